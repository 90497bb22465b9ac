package docx

import (
	"slices"
	"testing"

	"zongjie/internal/doc"
	"zongjie/internal/doc/doctest"
	"zongjie/internal/fonts"
	"zongjie/internal/render/style"
)

// TestBlockStylesAndFonts checks the style and run fonts each kind of block
// gets: roles per GB/T 9704, 黑体 for strong text, 楷体 for emphasis, code
// and numbers in the block's font.
func TestBlockStylesAndFonts(t *testing.T) {
	tests := []struct {
		name  string
		block doc.Block
		style string
		runs  [][2]string // text, eastAsia font
	}{
		{"title", doctest.Title("工作总结"), "Title", [][2]string{{"工作总结", "方正小标宋简体"}}},
		{"level 1", doctest.H(1, "一、", "主要工作"), "Heading1", [][2]string{{"一、主要工作", "黑体"}}},
		{"level 2", doctest.H(2, "（一）", "组建工会"), "Heading2", [][2]string{{"（一）组建工会", "楷体"}}},
		{"level 3", doctest.H(3, "1.", "学区"), "Heading3", [][2]string{{"1.学区", "仿宋"}}},
		{"level 4", doctest.H(4, "（1）", "经费"), "Heading4", [][2]string{{"（1）经费", "仿宋"}}},
		{"body", doctest.P("入会率64.5%。"), "BodyText", [][2]string{{"入会率64.5%。", "仿宋"}}},
		{"centred", doctest.Center("（在大会上）"), "Centered", [][2]string{{"（在大会上）", "楷体"}}},
		{"salutation", doctest.Salutation("各位代表："), "Salutation", [][2]string{{"各位代表：", "仿宋"}}},
		{"signature", doctest.Signature("某工会", "2013年12月31日"), "Signature",
			[][2]string{{"某工会\n2013年12月31日", "仿宋"}}},
		{"work item", doctest.Item("3.", "召开大会"), "BodyText", [][2]string{{"3.召开大会", "仿宋"}}},
		{"strong", doctest.P(doctest.Strong("一是"), "经费不足"), "BodyText", [][2]string{{"一是", "黑体"}, {"经费不足", "仿宋"}}},
		{"emphasis", doctest.P("要", doctest.Em("特别"), "注意"), "BodyText",
			[][2]string{{"要", "仿宋"}, {"特别", "楷体"}, {"注意", "仿宋"}}},
		{"strong emphasis is 黑体", doctest.P(doc.Span{Text: "又粗又斜", Style: doc.Strong | doc.Emphasis}), "BodyText",
			[][2]string{{"又粗又斜", "黑体"}}},
		{"code is body text", doctest.P("见", doctest.Code("x := 1")), "BodyText", [][2]string{{"见x := 1", "仿宋"}}},
		{"strong in a heading", &doc.Heading{Level: 2, Number: "（二）", Text: doc.Line{doctest.Strong("加粗"), {Text: "标题"}}},
			"Heading2", [][2]string{{"（二）", "楷体"}, {"加粗", "黑体"}, {"标题", "楷体"}}},
		{"tab", doctest.P("制表符\t之后"), "BodyText", [][2]string{{"制表符\t之后", "仿宋"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ps := bodyParagraphs(t, tt.block)
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

// TestHostileTextIsText checks that markup in the text — WordprocessingML,
// HTML, character references, CDATA ends — in every place a document holds
// text prints as its characters and never becomes XML.
func TestHostileTextIsText(t *testing.T) {
	tests := []struct {
		name  string
		block doc.Block
		want  string
	}{
		{"inline script", doctest.P("写道：<script>alert(1)</script>。"), "写道：<script>alert(1)</script>。"},
		{"WordprocessingML", doctest.P(`</w:t></w:r><w:r><w:t xml:space="preserve">`), `</w:t></w:r><w:r><w:t xml:space="preserve">`},
		{"references stay literal", doctest.P("&lt;b&gt; &amp; &#x4E2D; ]]> <![CDATA[x]]>"), "&lt;b&gt; &amp; &#x4E2D; ]]> <![CDATA[x]]>"},
		{"strong span", doctest.P(doctest.Strong("<w:p>")), "<w:p>"},
		{"code span", doctest.P(doctest.Code("<w:p>&")), "<w:p>&"},
		{"heading number", doctest.H(1, "<w:br/>", "标题"), "<w:br/>标题"},
		{"item number", doctest.Item(`"&'`, "正文"), `"&'正文`},
		{"spaces at the ends are kept", doctest.P("  前后空格  "), "  前后空格  "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ps := bodyParagraphs(t, tt.block)
			if len(ps) != 1 {
				t.Fatalf("%d paragraphs, want 1", len(ps))
			}
			if got := paragraphText(ps[0]); got != tt.want {
				t.Errorf("text %q, want %q", got, tt.want)
			}
			for _, n := range []string{"script", "br", "CDATA"} {
				if ps[0].first(n) != nil {
					t.Errorf("user text became a <%s> element", n)
				}
			}
			if n := len(ps[0].all("p")); n != 1 {
				t.Errorf("%d paragraphs inside the paragraph", n)
			}
		})
	}
	body := renderBlocks(t, doctest.Table("L", []string{"</w:tc>"}, []string{"<w:tbl>"}))["word/document.xml"]
	if tables, cells := len(body.all("tbl")), len(body.all("tc")); tables != 1 || cells != 2 {
		t.Errorf("table cells holding markup gave %d tables of %d cells, want 1 of 2", tables, cells)
	}
	if got := bodyText(body.first("body")); got != "</w:tc>\n<w:tbl>\n" {
		t.Errorf("table text %q", got)
	}
}

// TestTextReadsBack reads every document's body back: Word shows the whole
// text of the document, in order, and nothing else.
func TestTextReadsBack(t *testing.T) {
	for _, tc := range doctest.All(t) {
		body := renderParts(t, tc.Doc)["word/document.xml"].first("body")
		if got, want := bodyText(body), doctest.Text(style.Printed(tc.Doc)); got != want {
			t.Errorf("%s: text read back differs:\n got %q\nwant %q", tc.Name, got, want)
		}
	}
}

// TestUncleanText checks that characters XML cannot carry are dropped (see
// doc.CleanText) and the part stays well-formed.
func TestUncleanText(t *testing.T) {
	d := doctest.Build(doc.Meta{Title: "标题\x01"}, doctest.P("控制\x01字符\x7f与\ufffe，制表符\t保留"))
	parts := renderParts(t, d) // fails on malformed XML
	got := paragraphText(parts["word/document.xml"].first("body").first("p"))
	if want := "控制字符与，制表符\t保留"; got != want {
		t.Errorf("text %q, want %q", got, want)
	}
	if got := text(parts["docProps/core.xml"].first("title")); got != "标题" {
		t.Errorf("title %q", got)
	}
}

// TestEveryRunHasEastAsianFont checks every run of every document and of
// the footers names its Chinese and Latin fonts.
func TestEveryRunHasEastAsianFont(t *testing.T) {
	for _, tc := range doctest.All(t) {
		t.Run(tc.Name, func(t *testing.T) {
			parts := renderParts(t, tc.Doc)
			for _, part := range []string{"word/document.xml", "word/footer1.xml", "word/footer2.xml"} {
				runs := parts[part].all("r")
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
