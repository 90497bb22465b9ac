package docx

import (
	"slices"
	"testing"

	"zongjie/internal/doc/doctest"
)

// TestParagraphStyles checks styles.xml: fonts, sizes, indents, alignment
// and fixed line spacing of each role style.
func TestParagraphStyles(t *testing.T) {
	styles := renderBlocks(t, doctest.P("正文"))["word/styles.xml"]
	byID := map[string]*node{}
	for _, s := range styles.all("style") {
		byID[s.attrs["styleId"]] = s
	}
	tests := []struct {
		id, font, size, firstLineChars, jc, line string
	}{
		{"Title", "方正小标宋简体", "44", "0", "center", "579"},
		{"Heading1", "黑体", "32", "200", "both", "579"},
		{"Heading2", "楷体", "32", "200", "both", "579"},
		{"Heading3", "仿宋", "32", "200", "both", "579"},
		{"Heading4", "仿宋", "32", "200", "both", "579"},
		{"BodyText", "仿宋", "32", "200", "both", "579"},
		{"Centered", "楷体", "32", "0", "center", "579"},
		{"Signature", "仿宋", "32", "0", "right", "579"},
		{"Salutation", "仿宋", "32", "0", "left", "579"},
		{"TableText", "仿宋", "28", "0", "center", "420"},
		{"TableHeading", "黑体", "28", "0", "center", "420"},
	}
	for _, tt := range tests {
		t.Run(tt.id, func(t *testing.T) {
			s := byID[tt.id]
			if s == nil {
				t.Fatalf("no style %s", tt.id)
			}
			got := []string{
				s.first("rFonts").attrs["eastAsia"],
				s.first("sz").attrs["val"],
				s.first("ind").attrs["firstLineChars"],
				s.first("jc").attrs["val"],
				s.first("pPr").first("spacing").attrs["line"],
				s.first("pPr").first("spacing").attrs["lineRule"],
			}
			want := []string{tt.font, tt.size, tt.firstLineChars, tt.jc, tt.line, "exact"}
			if !slices.Equal(got, want) {
				t.Errorf("font, size, indent, jc, line, rule = %q, want %q", got, want)
			}
		})
	}
	if byID["Normal"] == nil || byID["ReportTable"].first("tblBorders") == nil {
		t.Error("Normal style or bordered table style missing")
	}
}
