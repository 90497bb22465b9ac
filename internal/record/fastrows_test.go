package record

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/tools/txtar"
	"gopkg.in/yaml.v3"

	"zongjie/internal/hostile"
)

// sameTree reports the first difference between two node trees, field by
// field (an alias by where its anchor is), or "". Comments are not
// compared: fastTree drops them, and no stage reads them.
func sameTree(a, b *yaml.Node, path string) string {
	switch {
	case a == nil && b == nil:
		return ""
	case a == nil || b == nil:
		return fmt.Sprintf("%s: one node is nil", path)
	}
	type shape struct {
		Kind                   yaml.Kind
		Style                  yaml.Style
		Tag, Value, Anchor     string
		Line, Column, Content  int
		AliasLine, AliasColumn int
	}
	of := func(n *yaml.Node) shape {
		s := shape{n.Kind, n.Style, n.Tag, n.Value, n.Anchor, n.Line, n.Column, len(n.Content), 0, 0}
		if n.Alias != nil {
			s.AliasLine, s.AliasColumn = n.Alias.Line, n.Alias.Column
		}
		return s
	}
	if sa, sb := of(a), of(b); sa != sb {
		return fmt.Sprintf("%s: %+v, want %+v", path, sa, sb)
	}
	for i := range a.Content {
		if d := sameTree(a.Content[i], b.Content[i], fmt.Sprintf("%s/%d", path, i)); d != "" {
			return d
		}
	}
	return ""
}

// checkFast reads text both ways: when the fast readers take it, yaml.v3
// must read it too, into the same nodes. It reports whether they took it,
// and how many blocks of rows the fast reader of rows read.
func checkFast(t *testing.T, text []byte) (taken bool, rowBlocks int) {
	t.Helper()
	var fast, slow yaml.Node
	if looksLikeJSON(text) {
		return false, 0
	}
	lazy, _, ok := readFast(&fast, "x.yaml", text)
	if !ok {
		return false, 0
	}
	// Each row as the table decoder sees it must be the row made for good.
	for _, b := range lazy {
		filled := make([][]yaml.Node, len(b.seq.Content))
		for r, row := range b.seq.Content {
			if row.Content != nil {
				t.Fatalf("row %d has cells before it is filled", r)
			}
			b.fill(r)
			for _, c := range row.Content {
				filled[r] = append(filled[r], *c)
			}
			b.clear(r)
		}
		b.expand()
		for r, row := range b.seq.Content {
			for i, c := range row.Content {
				if d := sameTree(c, &filled[r][i], fmt.Sprintf("row %d cell %d", r, i)); d != "" {
					t.Fatalf("filled and expanded differ: %s", d)
				}
			}
		}
	}
	rowBlocks = len(lazy)
	lazy.expandAll()
	if err := readYAML(&slow, "x.yaml", text); err != nil {
		t.Fatalf("the fast reader read text yaml.v3 refuses (%v):\n%s", err, text)
	}
	if d := sameTree(&fast, &slow, ""); d != "" {
		t.Fatalf("the fast reader's nodes differ from yaml.v3's: %s\ntext:\n%s", d, text)
	}
	return true, rowBlocks
}

// rowsDoc is a units table with the given row lines (each indented as
// given), between other sections.
func rowsDoc(rows ...string) []byte {
	return []byte("organisation:\n  name: 某工会\nunits:\n  columns: [name, group, staff]\n  rows:\n" +
		strings.Join(rows, "\n") + "\nperiod:\n  year: 2023\n")
}

// plainRows are n ordinary rows indented by four spaces.
func plainRows(n int) []string {
	rows := make([]string, n)
	for i := range rows {
		rows[i] = fmt.Sprintf("    - [第%d小学, 岩头学区, %d]", i+1, 40+i)
	}
	return rows
}

func TestFastRowsTaken(t *testing.T) {
	tests := []struct {
		name string
		text []byte
	}{
		{"plain", rowsDoc(plainRows(10)...)},
		{"compact sequence at the key's indentation", rowsDoc(strings.Split(strings.ReplaceAll(strings.Join(plainRows(10), "\n"), "    - [", "  - ["), "\n")...)},
		{"blank lines between rows", rowsDoc(append(append(plainRows(5), "", "   "), plainRows(5)...)...)},
		{"spaces around cells", rowsDoc(append(plainRows(9), "    - [  甲小学 ,岩头学区,   12   ]   ")...)},
		{"blank and dash cells", rowsDoc(append(plainRows(9), "    - [-, —, ~]", "    - [-12, null, true]", "    - [<<, 1.5e3, 2023-01-02]")...)},
		{"spaces inside a cell", rowsDoc(append(plainRows(9), "    - [甲  小学, a b, 1 2]")...)},
		{"CRLF line breaks", []byte(strings.ReplaceAll(string(rowsDoc(plainRows(10)...)), "\n", "\r\n"))},
		{"no line break at the end", []byte("units:\n  rows:\n" + strings.Join(plainRows(10), "\n"))},
		{"several tables", []byte("units:\n  columns: [name]\n  rows:\n" + strings.Join(plainRows(8), "\n") +
			"\nactivities:\n  columns: [name]\n  rows:\n" + strings.Join(plainRows(8), "\n") + "\n")},
		{"supplementary and other characters", rowsDoc(append(plainRows(9), "    - [𠀋小学, \\x, a=b, (1), 1/2, a;b, $5, ^_^, +1, .5]")...)},
		{"row lines in a list item", []byte("sections:\n  - name: x\n    rows:\n" + strings.Join(plainRows(8), "\n") + "\n  - name: y\n")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, rows := checkFast(t, tt.text); rows == 0 {
				t.Fatalf("the fast reader of rows did not take:\n%s", tt.text)
			}
		})
	}
}

func TestFastRowsFallback(t *testing.T) {
	odd := func(row string) []byte { return rowsDoc(append(plainRows(9), row)...) }
	tests := []struct {
		name string
		text []byte
	}{
		{"double quotes", odd(`    - ["甲小学", 岩头学区, 1]`)},
		{"single quotes", odd(`    - ['甲小学', 岩头学区, 1]`)},
		{"quote inside a cell", odd(`    - [甲"小学, 岩头学区, 1]`)},
		{"comment after the row", odd("    - [甲小学, 岩头学区, 1] # 注")},
		{"hash in a cell", odd("    - [甲#小学, 岩头学区, 1]")},
		{"colon and space", odd("    - [甲: 小学, 岩头学区, 1]")},
		{"colon", odd("    - [10:30, 岩头学区, 1]")},
		{"flow mapping in a row", odd("    - [{name: 甲}, 岩头学区, 1]")},
		{"nested brackets", odd("    - [[甲], 岩头学区, 1]")},
		{"anchor", odd("    - [&a 甲小学, 岩头学区, 1]")},
		{"alias", odd("    - [*a, 岩头学区, 1]")},
		{"tag", odd("    - [!!str 12, 岩头学区, 1]")},
		{"pipe", odd("    - [|, 岩头学区, 1]")},
		{"greater-than", odd("    - [>, 岩头学区, 1]")},
		{"percent", odd("    - [%5, 岩头学区, 1]")},
		{"at sign", odd("    - [@甲, 岩头学区, 1]")},
		{"backtick", odd("    - [`甲`, 岩头学区, 1]")},
		{"question mark", odd("    - [? 甲, 岩头学区, 1]")},
		{"tab", odd("    - [甲小学,\t岩头学区, 1]")},
		{"dash and space", odd("    - [- 甲, 岩头学区, 1]")},
		{"lone dash and space", odd("    - [甲, - , 1]")},
		{"empty cell", odd("    - [甲, , 1]")},
		{"trailing comma", odd("    - [甲, 乙, 1,]")},
		{"empty row", odd("    - []")},
		{"row over two lines", odd("    - [甲小学, 岩头学区,\n       1]")},
		{"text after the row", odd("    - [甲, 乙, 1] x")},
		{"no space after the dash", odd("    -[甲, 乙, 1]")},
		{"row in braces", odd("    - {name: 甲}")},
		{"line separator", odd("    - [甲\u2028乙, 岩头学区, 1]")},
		{"next line", odd("    - [甲\u0085乙, 岩头学区, 1]")},
		{"byte-order mark", odd("    - [甲\ufeff乙, 岩头学区, 1]")},
		{"control character", odd("    - [甲\x01乙, 岩头学区, 1]")},
		{"carriage return inside", odd("    - [甲\r乙, 岩头学区, 1]")},
		{"comment line among rows", odd("    # 注")},
		{"comment after the block", []byte("units:\n  rows:\n" + strings.Join(plainRows(10), "\n") + "\n# 注\nperiod: {year: 2023}\n")},
		{"more indented line after", []byte("units:\n  rows:\n" + strings.Join(plainRows(10), "\n") + "\n      x\n")},
		{"row indented less than the key", []byte("units:\n    rows:\n" + strings.Join(strings.Split(strings.ReplaceAll(strings.Join(plainRows(10), "\n"), "    - [", "  - ["), "\n"), "\n") + "\n")},
		{"rows indented unevenly", odd("      - [甲, 乙, 1]")},
		{"key with a value", []byte("units:\n  rows: x\n" + strings.Join(plainRows(10), "\n") + "\n")},
		{"key with an anchor", []byte("units:\n  rows: &r\n" + strings.Join(plainRows(10), "\n") + "\n")},
		{"key with a comment", []byte("units:\n  rows: # 注\n" + strings.Join(plainRows(10), "\n") + "\n")},
		{"quoted key", []byte("units:\n  \"rows\":\n" + strings.Join(plainRows(10), "\n") + "\n")},
		{"key in a block scalar", []byte("text: |\n  rows:\n" + strings.Join(plainRows(10), "\n") + "\nperiod: {year: 2023}\n")},
		{"key in a flow mapping", []byte("units: {columns: [name],\n  rows:\n" + strings.Join(plainRows(10), "\n") + "\n  }\n")},
		{"no rows", []byte("units:\n  rows:\n\nperiod: {year: 2023}\n")},
		{"JSON", []byte("{\"units\": {\"rows\":\n" + strings.Join(plainRows(10), "\n") + "\n}}")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, rows := checkFast(t, tt.text); rows > 0 {
				t.Fatalf("the fast reader of rows took:\n%s", tt.text)
			}
		})
	}
}

// TestFastRowsExamples checks the fast reader against yaml.v3 on every
// example and hostile input, and that it takes the large table of a
// synthetic county.
func TestFastRowsExamples(t *testing.T) {
	var files []string
	for _, pattern := range []string{"../../examples/*.yaml", "../../examples/*/*.yaml", "../../testdata/hostile/inputs/*.yaml"} {
		m, _ := filepath.Glob(pattern)
		files = append(files, m...)
	}
	if len(files) == 0 {
		t.Fatal("no examples found")
	}
	taken := 0
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		if ok, _ := checkFast(t, data); ok {
			taken++
		}
	}
	if taken == 0 {
		t.Error("the fast reader took no example")
	}
}

func TestPlainTag(t *testing.T) {
	for _, v := range []string{"是", "直属学校", "abc", "<<", "<", "~", "null", "Null", "true", "True", "yes", "no", "on", "off", "y", "n",
		"0", "7", "12", "0123", "09", "08.5", "123456789012345678", "1234567890123456789", "99999999999999999999", "-1", "+1", "1_000",
		"1.5", ".5", ".inf", "-.inf", ".nan", "1e3", "0x1F", "0o17", "0b101", "2023-01-02", "2023-1-2", "2023", "1:30", "-", "—", "约5万", "5万",
		"6560.57", "2023-09", "2023-9", "2023-1-2", "2023-01-11", "2023-02-30", "2023-13-01", "2023-12-31", "2023-00-10", "2023-1-2-3", "2023--1", "20230-1-2", "0023-01-01", "2023-0x1-2", "2023-09-", "2023-", "2023-1_0", "0.5", "00.5", "1.0", "1.", ".", "1.2.3", "123456789012345678.123456789012345678", "1234567890123456789.5", "1e400", "0.1e5"} {
		n := &yaml.Node{Kind: yaml.ScalarNode, Value: v}
		if got, want := plainTag(n), n.ShortTag(); got != want && !(v == "<<" && got == "!!merge") {
			t.Errorf("plainTag(%q) = %s, yaml.v3 says %s", v, got, want)
		}
	}
}

// FuzzFastRows checks the fast reader against yaml.v3: whatever text it
// takes, yaml.v3 must read without error into the same nodes. Each input
// is tried as a whole file and as the rows of a table between other
// sections.
func FuzzFastRows(f *testing.F) {
	f.Add([]byte(strings.Join(plainRows(10), "\n")))
	f.Add([]byte(strings.Join(append(plainRows(9), "    - [-, —, ~, <<, 1.5e3, 2023-01-02, a  b ,-1]"), "\n")))
	f.Add([]byte(strings.ReplaceAll(strings.Join(plainRows(10), "\n"), "    - [", "  - [")))
	f.Add(rowsDoc(plainRows(10)...))
	files, _ := filepath.Glob("testdata/load/table_*.txtar")
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		for _, af := range txtar.Parse(data).Files {
			f.Add(af.Data)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		defer hostile.Watchdog(10 * time.Second)()
		checkFast(t, data)
		checkFast(t, rowsDoc(string(data)))
	})
}
