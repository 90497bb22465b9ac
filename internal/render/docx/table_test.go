package docx

import (
	"slices"
	"testing"

	"zongjie/internal/doc"
)

// TestTable checks header repetition, header font, short rows and that the
// columns fill the text width.
func TestTable(t *testing.T) {
	md := "| 学区 | 人均捐款（元） |\n|---|---:|\n| 大岙学区 | 156 |\n| 短行 |\n"
	tbl := renderMarkdown(t, md, doc.Meta{})["word/document.xml"].first("tbl")
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
	if got := runFonts(rows[0].first("p")); got[0][1] != "黑体" {
		t.Errorf("header font %q, want 黑体", got[0][1])
	}
	for i, r := range rows {
		if n := len(r.all("tc")); n != 2 {
			t.Errorf("row %d has %d cells, want 2", i, n)
		}
	}
	sum := 0
	for _, c := range tbl.all("gridCol") {
		sum += atoi(t, c.attrs["w"])
	}
	if sum != a4().textWidth() {
		t.Errorf("columns %d twips wide, want the text width %d", sum, a4().textWidth())
	}
}

// TestFinalTableIsFollowedByParagraph checks that a report ending in a
// table still ends its body with a paragraph, as Word expects.
func TestFinalTableIsFollowedByParagraph(t *testing.T) {
	body := renderMarkdown(t, "| 甲 |\n|---|\n| 1 |\n", doc.Meta{})["word/document.xml"].first("body")
	var kinds []string
	for _, c := range body.children {
		kinds = append(kinds, c.name)
	}
	if want := []string{"tbl", "p", "sectPr"}; !slices.Equal(kinds, want) {
		t.Errorf("body holds %q, want %q", kinds, want)
	}
}
