package docx

import (
	"fmt"
	"slices"
	"testing"

	"zongjie/internal/doc"
	"zongjie/internal/doc/doctest"
)

// TestTable checks header repetition, header font, rows that never split,
// empty cells and that the columns fill the text width.
func TestTable(t *testing.T) {
	tbl := renderBlocks(t, doctest.Table("LN", []string{"学区", "人均捐款（元）"},
		[]string{"大岙学区", "156"}, []string{"短行", ""}))["word/document.xml"].first("tbl")
	if tbl == nil {
		t.Fatal("no table")
	}
	rows := tbl.all("tr")
	if len(rows) != 3 {
		t.Fatalf("%d rows, want 3", len(rows))
	}
	if rows[0].first("tblHeader") == nil || rows[1].first("tblHeader") != nil {
		t.Error("only the first row should repeat as header")
	}
	for i, r := range rows {
		if r.first("cantSplit") == nil {
			t.Errorf("row %d may split across pages", i)
		}
		if n := len(r.all("tc")); n != 2 {
			t.Errorf("row %d has %d cells, want 2", i, n)
		}
	}
	if got := runFonts(rows[0].first("p")); got[0][1] != "黑体" || paragraphStyle(rows[0].first("p")) != styleTableHeading {
		t.Errorf("header runs %q in style %q, want 黑体 in %s", got, paragraphStyle(rows[0].first("p")), styleTableHeading)
	}
	if got := runFonts(rows[1].first("p")); got[0][1] != "仿宋" || paragraphStyle(rows[1].first("p")) != styleTableText {
		t.Errorf("body runs %q, want 仿宋 in %s", got, styleTableText)
	}
	if got := paragraphText(rows[2].all("tc")[1]); got != "" {
		t.Errorf("empty cell holds %q", got)
	}
	checkWidths(t, tbl, 2)
}

// TestTableWidths checks that the columns of tables of one to seven columns
// fill the text width, every cell as wide as its grid column, and that a
// column of long text is wider than one of short figures.
func TestTableWidths(t *testing.T) {
	for cols := 1; cols <= 7; cols++ {
		header := make([]string, cols)
		row := make([]string, cols)
		for i := range cols {
			header[i] = fmt.Sprintf("第%d列", i+1)
			row[i] = "1"
		}
		row[0] = "一个较长的单位名称（幼儿园）"
		tbl := renderBlocks(t, doctest.Table("L"+string(slices.Repeat([]byte("N"), cols-1)), header, row))["word/document.xml"].first("tbl")
		widths := checkWidths(t, tbl, cols)
		if cols > 1 && widths[0] <= widths[1] {
			t.Errorf("%d columns: the long column is %d twips, the short one %d", cols, widths[0], widths[1])
		}
	}
}

// checkWidths checks a table's grid: cols columns that fill the text width,
// and every cell's width equal to its column's. It returns the widths.
func checkWidths(t *testing.T, tbl *node, cols int) []int {
	t.Helper()
	var widths []int
	sum := 0
	for _, c := range tbl.all("gridCol") {
		w := atoi(t, c.attrs["w"])
		widths = append(widths, w)
		sum += w
	}
	if len(widths) != cols {
		t.Fatalf("%d grid columns, want %d", len(widths), cols)
	}
	if sum != a4().textWidth() {
		t.Errorf("columns %d twips wide, want the text width %d", sum, a4().textWidth())
	}
	if got := atoi(t, tbl.first("tblW").attrs["w"]); got != a4().textWidth() {
		t.Errorf("table width %d, want %d", got, a4().textWidth())
	}
	for i, tr := range tbl.all("tr") {
		for j, tc := range tr.all("tc") {
			if w := atoi(t, tc.first("tcW").attrs["w"]); j < len(widths) && w != widths[j] {
				t.Errorf("row %d cell %d is %d twips, its column %d", i, j, w, widths[j])
			}
		}
	}
	return widths
}

// TestFinalTableIsFollowedByParagraph checks that a document ending in a
// table still ends its body with a paragraph, as Word expects, and that a
// table followed by text gets no extra paragraph.
func TestFinalTableIsFollowedByParagraph(t *testing.T) {
	tests := []struct {
		name   string
		blocks []doc.Block
		want   []string
	}{
		{"final table", []doc.Block{doctest.Table("N", []string{"甲"}, []string{"1"})}, []string{"tbl", "p", "sectPr"}},
		{"text after the table", []doc.Block{doctest.Table("N", []string{"甲"}, []string{"1"}), doctest.P("乙")},
			[]string{"tbl", "p", "sectPr"}},
		{"two tables", []doc.Block{doctest.Table("N", []string{"甲"}), doctest.Table("N", []string{"乙"})},
			[]string{"tbl", "tbl", "p", "sectPr"}},
	}
	for _, tt := range tests {
		body := renderBlocks(t, tt.blocks...)["word/document.xml"].first("body")
		var kinds []string
		for _, c := range body.children {
			kinds = append(kinds, c.name)
		}
		if !slices.Equal(kinds, tt.want) {
			t.Errorf("%s: body holds %q, want %q", tt.name, kinds, tt.want)
		}
	}
}
