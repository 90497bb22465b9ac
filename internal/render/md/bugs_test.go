package md

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"zongjie/internal/doc"
	"zongjie/internal/doc/doctest"
)

// Known bugs of the Markdown writer, which the tests that find them skip.
const (
	bugStyledStart = "bug: a paragraph or line that starts with a styled span loses the span's style: " +
		"Write escapes the start of the written line (mdtext.EscapeLineStart) after the marks are added, " +
		"so **一是**… is written \\**一是**… and reads as asterisks and plain 一是"
	bugEmptyLastLine = "bug: a paragraph whose last line is empty ends in a hard break with nothing after it; " +
		"CommonMark reads that backslash as text"
	bugFlanking = "bug: a strong or emphasised span whose text starts or ends with punctuation or white space " +
		"loses its style next to other text (CommonMark's flanking rules): 前**“书香”**后 reads as 前**“书香”**后 " +
		"in plain text"
	bugLeadingTab = "bug: a paragraph that starts with a tab becomes an indented code block " +
		"(mdtext.EscapeLineStart drops leading spaces, not tabs)"
	bugNumber = "bug: the number of a heading or work item is written unescaped (only its line start is escaped), " +
		"so a number holding Markdown or HTML (*, <b>, [x](y), &amp;, \\, `, a closing #) becomes markup"
	bugEmptySpan = "bug: an empty strong, emphasised or code span is written as its bare marks (**, *, ``), " +
		"which read as text"
	bugCodeStyles = "bug: a code span that is also strong or emphasised is written in backticks only " +
		"and loses 黑体/楷体 (**`代码`** would keep it)"
	bugAdjacentSpans = "bug: styled spans next to each other are written as marked runs whose marks run together: " +
		"code 甲 and code 乙 give `甲``乙`, one code span holding the backticks"
	bugCodeSpaces = "bug: code whose text starts and ends with a space loses one space at each end " +
		"(CommonMark strips them; Write pads only code that starts or ends with a backtick)"
	bugTrimSpace = "bug: white space at the start of a heading's text (after its number) is dropped, and so are " +
		"Unicode spaces (U+3000, U+202F …) at the end of a heading or at either end of a table cell: " +
		"Write trims them with strings.TrimSpace, where Markdown drops only spaces and tabs at the ends of a line"
)

// quirkBackslashBreak is not the writer's: goldmark reads an escaped
// backslash before a backslash hard break (three backslashes at a line's
// end) as two backslashes and no break, where CommonMark reads one
// backslash and a break.
const quirkBackslashBreak = "goldmark quirk: a line ending in a backslash before a hard break reads as two backslashes"

// flankingBug reports whether a span of style st holding s hits
// bugFlanking: strong or emphasised text that starts or ends with
// punctuation, a symbol or white space.
func flankingBug(st doc.Style, s string) bool {
	if st&(doc.Strong|doc.Emphasis) == 0 || s == "" {
		return false
	}
	first, _ := utf8.DecodeRuneInString(s)
	last, _ := utf8.DecodeLastRuneInString(s)
	edge := func(r rune) bool { return unicode.IsPunct(r) || unicode.IsSymbol(r) || unicode.IsSpace(r) }
	return edge(first) || edge(last)
}

// knownBug returns the known writer bug block b hits, or "".
func knownBug(b doc.Block) string {
	var lines []doc.Line
	switch b := b.(type) {
	case *doc.Heading:
		if strings.ContainsAny(b.Number, numberMarkup) {
			return bugNumber
		}
		if text := b.Text.String(); strings.TrimLeftFunc(text, unicode.IsSpace) != text ||
			strings.TrimRightFunc(text, unicode.IsSpace) != strings.TrimRight(text, " \t") {
			return bugTrimSpace
		}
		lines = []doc.Line{b.Text}
	case *doc.Paragraph:
		if len(b.Lines) == 0 {
			return ""
		}
		if strings.ContainsAny(b.Number, numberMarkup) {
			return bugNumber
		}
		if n := len(b.Lines); n > 1 && len(normalise(b.Lines[n-1], true)) == 0 {
			return bugEmptyLastLine
		}
		for i, l := range b.Lines {
			if i+1 < len(b.Lines) && strings.HasSuffix(strings.TrimRight(l.String(), " \t"), "\\") {
				return quirkBackslashBreak
			}
			if first := normalise(l, false); (i > 0 || b.Number == "") && len(first) > 0 && first[0].Style != 0 {
				return bugStyledStart
			}
		}
		if strings.HasPrefix(strings.TrimLeft(b.Number+b.Lines[0].String(), " "), "\t") {
			return bugLeadingTab
		}
		lines = b.Lines
	case *doc.Table:
		for _, r := range append([][]doc.Line{b.Header}, b.Rows...) {
			for _, c := range r {
				if text := c.String(); strings.TrimSpace(text) != strings.Trim(text, " \t") {
					return bugTrimSpace
				}
			}
			lines = append(lines, r...)
		}
	}
	for _, l := range lines {
		var prev doc.Span // the last span with text
		for _, s := range l {
			if s.Text != "" {
				if s.Style != 0 && prev.Style != 0 {
					return bugAdjacentSpans
				}
				prev = s
			}
			if s.Text == "" && s.Style != 0 {
				return bugEmptySpan
			}
			if s.Style&doc.Code != 0 && s.Style&(doc.Strong|doc.Emphasis) != 0 {
				return bugCodeStyles
			}
			if s.Style&doc.Code != 0 && len(s.Text) > 1 && s.Text[0] == ' ' && s.Text[len(s.Text)-1] == ' ' &&
				strings.Trim(s.Text, " ") != "" {
				return bugCodeSpaces
			}
			if flankingBug(s.Style, s.Text) {
				return bugFlanking
			}
		}
	}
	return ""
}

// numberMarkup are the characters that make a number hit bugNumber.
const numberMarkup = "\\`*_[]<>&!~#"

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
	t.Skip(bugStyledStart)
	roundTrip(t, doctest.P(doctest.Strong("一是"), "经费不足；", doctest.Strong("二是"), "活动不多。"),
		doctest.P(doctest.Em("强调"), "在前"), doctest.P(doctest.Code("代码"), "在前"))
}

// TestEmptyLastLine writes a paragraph whose last line is empty.
func TestEmptyLastLine(t *testing.T) {
	t.Skip(bugEmptyLastLine)
	roundTrip(t, &doc.Paragraph{Kind: doc.RoleBody, Lines: []doc.Line{doc.Plain("第一行"), nil}})
}

// TestFlanking writes strong and emphasised spans that start or end with
// punctuation or white space, between Chinese characters.
func TestFlanking(t *testing.T) {
	t.Skip(bugFlanking)
	roundTrip(t, doctest.P("开展", doctest.Strong("“书香工会”"), "活动"), doctest.P("制定", doctest.Em("（试行）"), "办法"),
		doctest.P("其中", doctest.Strong("一是 "), "经费"))
}

// TestNumberMarkup writes a heading and a work item whose numbers hold
// markup.
func TestNumberMarkup(t *testing.T) {
	t.Skip(bugNumber)
	roundTrip(t, doctest.H(1, "<b>一</b>、", "标题"), doctest.Item("*1*.", "正文"))
}

// TestLeadingTab writes a paragraph that starts with a tab.
func TestLeadingTab(t *testing.T) {
	t.Skip(bugLeadingTab)
	roundTrip(t, doctest.P("\t制表符开头"))
}

// TestTrimSpace writes a heading whose text starts with spaces and
// headings and cells that end in an ideographic space.
func TestTrimSpace(t *testing.T) {
	t.Skip(bugTrimSpace)
	roundTrip(t, doctest.H(2, "（一）", "  标题"), doctest.H(2, "（二）", "标题\u3000"),
		doctest.Table("L", []string{"\u3000表头"}, []string{"单元格\u3000"}))
}

// TestEmptySpan writes empty styled spans.
func TestEmptySpan(t *testing.T) {
	t.Skip(bugEmptySpan)
	roundTrip(t, doctest.P("前", doctest.Strong(""), "后"), doctest.P(doctest.Em("")), doctest.P("前", doctest.Code(""), "后"))
}

// TestCodeStyles writes code spans that are also strong or emphasised.
func TestCodeStyles(t *testing.T) {
	t.Skip(bugCodeStyles)
	roundTrip(t, doctest.P("前", doc.Span{Text: "粗代码", Style: doc.Strong | doc.Code}, "后"),
		doctest.P("前", doc.Span{Text: "斜代码", Style: doc.Emphasis | doc.Code}, "后"))
}

// TestAdjacentSpans writes styled spans next to each other.
func TestAdjacentSpans(t *testing.T) {
	t.Skip(bugAdjacentSpans)
	roundTrip(t, doctest.P("前", doctest.Code("甲"), doctest.Code("乙"), "后"),
		doctest.P("前", doctest.Strong("甲"), doctest.Strong("乙"), "后"),
		doctest.P("前", doctest.Strong("甲"), doctest.Em("乙"), "后"))
}

// TestCodeSpaces writes code that starts and ends with a space.
func TestCodeSpaces(t *testing.T) {
	t.Skip(bugCodeSpaces)
	roundTrip(t, doctest.P("前", doctest.Code(" x := 1 "), "后"))
}
