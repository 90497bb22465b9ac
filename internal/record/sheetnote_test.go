package record

import "testing"

// TestSheetWords: a note's data keys become the names a workbook's columns
// carry; dotted paths, a command's words and a figure's id stay; advice
// for YAML files only is left out.
func TestSheetWords(t *testing.T) {
	for _, c := range []struct{ text, path, want string }{
		{"所属分组(须在 groups 中列出)", "units.group", "所属分组(须在“分组”中列出)"},
		{"慰问人数(按 measure 计)", "relief.batches.persons", "慰问人数(按“计量”计)"},
		{"与哪一批次重复(写那一批次的 occasion)", "relief.batches.overlaps.with", "与哪一批次重复(写那一批次的“事由”)"},
		{"属于哪个栏目(栏目名见 zongjie help sections)", "rates.section", "属于哪个栏目(栏目名见 zongjie help sections)"},
		{"单位类别,与 units.kind 一致", "finance.bands.kind", "单位类别,与 units.kind 一致"},
		{"基层单位明细表,可写成 columns + rows 的表格形式", "units", "基层单位明细表"},
	} {
		if got := SheetWords(c.text, c.path); got != c.want {
			t.Errorf("SheetWords(%q, %s) = %q, want %q", c.text, c.path, got, c.want)
		}
	}
}
