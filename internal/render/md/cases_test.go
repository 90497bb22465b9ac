package md

import (
	"testing"

	"zongjie/internal/doc"
	"zongjie/internal/doc/doctest"
)

// roundTrip writes a document of the given blocks and wants to read them
// back as they are.
func roundTrip(t *testing.T, blocks ...doc.Block) {
	t.Helper()
	d := doctest.Build(doc.Meta{}, blocks...)
	got, err := readBack(write(t, d))
	if err != nil {
		t.Fatal(err)
	}
	if diff := diffBlocks(got, wantBlocks(d)); diff != "" {
		t.Error(diff)
	}
}

// TestStyledStart writes paragraphs that start with a styled span.
func TestStyledStart(t *testing.T) {
	roundTrip(t, doctest.P(doctest.Strong("一是"), "经费不足；", doctest.Strong("二是"), "活动不多。"),
		doctest.P(doctest.Em("强调"), "在前"), doctest.P(doctest.Code("代码"), "在前"))
}

// TestEmptyLastLine writes a paragraph whose last line is empty: it is
// left out, as Markdown has no empty line inside a paragraph.
func TestEmptyLastLine(t *testing.T) {
	roundTrip(t, &doc.Paragraph{Kind: doc.RoleBody, Lines: []doc.Line{doc.Plain("第一行"), nil}})
}

// TestFlanking writes strong and emphasised spans that start or end with
// punctuation or white space, between Chinese characters: the
// punctuation stands outside the marks (see asWritten).
func TestFlanking(t *testing.T) {
	roundTrip(t, doctest.P("开展", doctest.Strong("“书香工会”"), "活动"), doctest.P("制定", doctest.Em("（试行）"), "办法"),
		doctest.P("其中", doctest.Strong("一是 "), "经费"))
}

// TestNumberMarkup writes a heading and a work item whose numbers hold
// markup.
func TestNumberMarkup(t *testing.T) {
	roundTrip(t, doctest.H(1, "<b>一</b>、", "标题"), doctest.Item("*1*.", "正文"))
}

// TestLeadingTab writes a paragraph that starts with a tab.
func TestLeadingTab(t *testing.T) {
	roundTrip(t, doctest.P("\t制表符开头"))
}

// TestTrimSpace writes a heading whose text starts with spaces and
// headings and cells that end in an ideographic space.
func TestTrimSpace(t *testing.T) {
	roundTrip(t, doctest.H(2, "（一）", "  标题"), doctest.H(2, "（二）", "标题\u3000"),
		doctest.Table("L", []string{"\u3000表头"}, []string{"单元格\u3000"}))
}

// TestEmptySpan writes empty styled spans.
func TestEmptySpan(t *testing.T) {
	roundTrip(t, doctest.P("前", doctest.Strong(""), "后"), doctest.P(doctest.Em("")), doctest.P("前", doctest.Code(""), "后"))
}

// TestCodeStyles writes code spans that are also strong or emphasised:
// they are written as strong or emphasised text (see asWritten).
func TestCodeStyles(t *testing.T) {
	roundTrip(t, doctest.P("前", doc.Span{Text: "粗代码", Style: doc.Strong | doc.Code}, "后"),
		doctest.P("前", doc.Span{Text: "斜代码", Style: doc.Emphasis | doc.Code}, "后"))
}

// TestAdjacentSpans writes styled spans next to each other.
func TestAdjacentSpans(t *testing.T) {
	roundTrip(t, doctest.P("前", doctest.Code("甲"), doctest.Code("乙"), "后"),
		doctest.P("前", doctest.Strong("甲"), doctest.Strong("乙"), "后"),
		doctest.P("前", doctest.Strong("甲"), doctest.Em("乙"), "后"))
}

// TestCodeSpaces writes code that starts and ends with a space.
func TestCodeSpaces(t *testing.T) {
	roundTrip(t, doctest.P("前", doctest.Code(" x := 1 "), "后"))
}
