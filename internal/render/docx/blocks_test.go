package docx

import (
	"slices"
	"testing"

	"zongjie/internal/doc"
	"zongjie/internal/fonts"
)

// TestBlockStylesAndFonts checks the style and run fonts each kind of block
// gets: roles per GB/T 9704, 黑体 for bold, 楷体 for emphasis, lists as
// numbered body paragraphs.
func TestBlockStylesAndFonts(t *testing.T) {
	tests := []struct {
		name, md, style string
		runs            [][2]string // text, eastAsia font
	}{
		{"title", "# 工作总结", "Title", [][2]string{{"工作总结", "方正小标宋简体"}}},
		{"level 1", "## 一、主要工作", "Heading1", [][2]string{{"一、主要工作", "黑体"}}},
		{"level 2", "### （一）组建工会", "Heading2", [][2]string{{"（一）组建工会", "楷体"}}},
		{"level 3", "#### 1. 学区", "Heading3", [][2]string{{"1. 学区", "仿宋"}}},
		{"level 4", "##### （1）经费", "Heading4", [][2]string{{"（1）经费", "仿宋"}}},
		{"body", "入会率64.5%。", "BodyText", [][2]string{{"入会率64.5%。", "仿宋"}}},
		{"centred", "<!-- zongjie:center -->\n（在大会上）", "Centered", [][2]string{{"（在大会上）", "楷体"}}},
		{"signature", "<!-- zongjie:right -->\n某工会", "Signature", [][2]string{{"某工会", "仿宋"}}},
		{"strong", "**一是**经费不足", "BodyText", [][2]string{{"一是", "黑体"}, {"经费不足", "仿宋"}}},
		{"emphasis", "要*特别*注意", "BodyText", [][2]string{{"要", "仿宋"}, {"特别", "楷体"}, {"注意", "仿宋"}}},
		{"ordered list", "3. 召开大会", "BodyText", [][2]string{{"3.召开大会", "仿宋"}}},
		{"bullet list", "- 甲项", "BodyText", [][2]string{{doc.BulletMarker + "甲项", "仿宋"}}},
		{"escapes", `\*\*不加粗\*\* &amp; \{\{`, "BodyText", [][2]string{{"**不加粗** & {{", "仿宋"}}},
		{"chinese soft break", "第一行\n第二行", "BodyText", [][2]string{{"第一行第二行", "仿宋"}}},
		{"latin soft break", "read\nbooks", "BodyText", [][2]string{{"read books", "仿宋"}}},
		{"link text only", "见[通知](https://example.org)", "BodyText", [][2]string{{"见通知", "仿宋"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ps := bodyParagraphs(t, tt.md)
			if len(ps) != 1 {
				t.Fatalf("%d paragraphs, want 1", len(ps))
			}
			if got := paragraphStyle(ps[0]); got != tt.style {
				t.Errorf("style %q, want %q", got, tt.style)
			}
			if got := runFonts(ps[0]); !slices.Equal(got, tt.runs) {
				t.Errorf("runs %q, want %q", got, tt.runs)
			}
		})
	}
}

// TestHostileTextIsText checks that HTML in the Markdown, inline or as a
// block, prints as its characters and never becomes markup.
func TestHostileTextIsText(t *testing.T) {
	tests := []struct{ name, md, want string }{
		{"inline script", "写道：<script>alert(1)</script>。", "写道：<script>alert(1)</script>。"},
		{"html block", "<div onclick=\"x()\">\n内容 & 更多\n</div>", "<div onclick=\"x()\">内容 & 更多</div>"},
		{"entity stays literal", "&lt;b&gt;", "<b>"},
		{"code span", "`<w:p>`", "<w:p>"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ps := bodyParagraphs(t, tt.md)
			if len(ps) != 1 {
				t.Fatalf("%d paragraphs, want 1", len(ps))
			}
			if got := ps[0].textContent(); got != tt.want {
				t.Errorf("text %q, want %q", got, tt.want)
			}
			if ps[0].first("script") != nil || ps[0].first("div") != nil {
				t.Error("user HTML became XML elements")
			}
		})
	}
}

// TestMarkersAreSkipped checks that marker comments leave no trace.
func TestMarkersAreSkipped(t *testing.T) {
	ps := bodyParagraphs(t, "<!-- zongjie:right -->\n某工会")
	if len(ps) != 1 || ps[0].textContent() != "某工会" {
		t.Fatalf("got %d paragraphs, first %q", len(ps), ps[0].textContent())
	}
}

// TestEveryRunHasEastAsianFont checks every run of every testdata report
// and of the footers names its Chinese and Latin fonts.
func TestEveryRunHasEastAsianFont(t *testing.T) {
	for _, tc := range loadCases(t) {
		t.Run(tc.name, func(t *testing.T) {
			files := render(t, tc)
			for _, part := range []string{"word/document.xml", "word/footer1.xml", "word/footer2.xml"} {
				tree, err := parseXML(files[part])
				if err != nil {
					t.Fatal(err)
				}
				runs := tree.all("r")
				if len(runs) == 0 {
					t.Fatalf("%s has no runs", part)
				}
				for i, r := range runs {
					f := r.first("rFonts")
					if f == nil || f.attrs["eastAsia"] == "" || f.attrs["ascii"] != fonts.LatinFamily {
						t.Errorf("%s run %d (%q) lacks eastAsia/ascii fonts", part, i, r.textContent())
					}
				}
			}
		})
	}
}
