package report

import (
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"

	"zongjie/internal/doc"
	"zongjie/internal/mdtext"
)

// This file is the one place where the Markdown a template writes becomes
// document text. A template's text may use inline Markdown — **加粗**,
// *强调*, `代码`, backslash escapes and character references — while record
// text reaches it escaped (escapeText), so it always reads literally.
// goldmark parses each line once; the result is plain text in styled spans.

// inlineMarkup lists the bytes that can start inline Markdown. A line
// without any of them is its own text, and goldmark is not needed.
const inlineMarkup = "\\`*_[]<>&!"

// inlineParser parses one line of template output as CommonMark, with an
// escaped space kept as the CJK extension would (no table can stand in one
// line). It is built on first use, and only goldmark's parser is linked:
// the extension and renderer packages cost a process milliseconds of
// initialisation for nothing.
var inlineParser = sync.OnceValue(func() parser.Parser {
	return parser.NewParser(
		parser.WithBlockParsers(parser.DefaultBlockParsers()...),
		parser.WithInlineParsers(parser.DefaultInlineParsers()...),
		parser.WithParagraphTransformers(parser.DefaultParagraphTransformers()...),
		parser.WithEscapedSpace(),
	)
})

// inline turns one line of template output (marks already removed) into
// styled spans.
func inline(line string) doc.Line {
	line = mdtext.EscapeLineStart(line)
	if !strings.ContainsAny(line, inlineMarkup) {
		// Cleaned as the parsed spans are (inlineBuilder.add): a mark the
		// structure does not replace outside paragraphs, such as a point
		// opener (seq) in a title, must not reach the document.
		return doc.Plain(strings.TrimRight(doc.CleanText(line), " \t"))
	}
	src := []byte(line)
	root := inlineParser().Parse(text.NewReader(src), parser.WithContext(parser.NewContext()))
	var l inlineBuilder
	for n := root.FirstChild(); n != nil; n = n.NextSibling() {
		switch n.(type) {
		case *ast.Paragraph, *ast.Heading, *ast.TextBlock:
			l.children(n, src, 0)
		default:
			// A line that parses as another block (raw HTML, a thematic
			// break) prints as the text it is: a report is print.
			l.add(literal(n, src), 0)
		}
	}
	return l.line
}

// inlineBuilder collects spans, merging neighbours of one style.
type inlineBuilder struct{ line doc.Line }

func (b *inlineBuilder) add(s string, st doc.Style) {
	s = doc.CleanText(s)
	if s == "" {
		return
	}
	if n := len(b.line); n > 0 && b.line[n-1].Style == st {
		b.line[n-1].Text += s
		return
	}
	b.line = append(b.line, doc.Span{Text: s, Style: st})
}

func (b *inlineBuilder) children(n ast.Node, src []byte, st doc.Style) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		b.node(c, src, st)
	}
}

func (b *inlineBuilder) node(n ast.Node, src []byte, st doc.Style) {
	switch n := n.(type) {
	case *ast.Text:
		v := n.Segment.Value(src)
		if n.IsRaw() || st&doc.Code != 0 {
			b.add(string(v), st)
		} else {
			b.add(resolveText(v), st)
		}
	case *ast.String:
		if n.IsCode() || n.IsRaw() {
			b.add(string(n.Value), st)
		} else {
			b.add(resolveText(n.Value), st)
		}
	case *ast.CodeSpan:
		b.children(n, src, st|doc.Code)
	case *ast.Emphasis:
		if n.Level >= 2 {
			b.children(n, src, st|doc.Strong)
		} else {
			b.children(n, src, st|doc.Emphasis)
		}
	case *ast.AutoLink:
		b.add(string(n.Label(src)), st)
	case *ast.RawHTML:
		for i := 0; i < n.Segments.Len(); i++ {
			seg := n.Segments.At(i)
			b.add(string(seg.Value(src)), st)
		}
	default:
		// links and images print their text
		b.children(n, src, st)
	}
}

// literal is the source text of a block.
func literal(n ast.Node, src []byte) string {
	var sb strings.Builder
	lines := n.Lines()
	for i := 0; i < lines.Len(); i++ {
		seg := lines.At(i)
		sb.Write(seg.Value(src))
	}
	return strings.TrimRight(sb.String(), "\n")
}

// resolveText resolves the backslash escapes and character references of
// Markdown text in one pass, as CommonMark reads them: "\*" is "*", "&amp;"
// is "&", "&#x4E2D;" is "中"; an escaped space vanishes (the CJK rule) and a
// NUL byte or an invalid code point becomes U+FFFD. An escape is not
// resolved again: "\&amp;" is "&amp;".
func resolveText(src []byte) string {
	if !strings.ContainsAny(string(src), "\\&\x00") {
		return string(src)
	}
	var b strings.Builder
	b.Grow(len(src))
	for i := 0; i < len(src); i++ {
		c := src[i]
		switch {
		case c == '\\' && i+1 < len(src) && util.IsPunct(src[i+1]):
			b.WriteByte(src[i+1])
			i++
		case c == '\\' && i+1 < len(src) && src[i+1] == ' ':
			i++
		case c == 0:
			b.WriteRune(utf8.RuneError)
		case c == '&':
			r, n := charRef(src[i:])
			if n == 0 {
				b.WriteByte(c)
				continue
			}
			b.WriteString(r)
			i += n - 1
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// charRef reads a character reference at the start of s ("&amp;", "&#20013;",
// "&#x4E2D;") and returns its text and length, or 0 when there is none.
func charRef(s []byte) (string, int) {
	if len(s) < 3 {
		return "", 0
	}
	end := 1
	if s[1] == '#' {
		base, start := 10, 2
		if s[2] == 'x' || s[2] == 'X' {
			base, start = 16, 3
		}
		end = start
		for end < len(s) && end-start < 8 && isDigitIn(s[end], base) {
			end++
		}
		if end == start || end >= len(s) || s[end] != ';' || (base == 16 && end-start > 6) || (base == 10 && end-start > 7) {
			return "", 0
		}
		v, err := strconv.ParseUint(string(s[start:end]), base, 32)
		if err != nil {
			return "", 0
		}
		return string(util.ToValidRune(rune(v))), end + 1
	}
	for end < len(s) && util.IsAlphaNumeric(s[end]) {
		end++
	}
	if end == 1 || end >= len(s) || s[end] != ';' {
		return "", 0
	}
	e, ok := util.LookUpHTML5EntityByName(string(s[1:end]))
	if !ok {
		return "", 0
	}
	return string(e.Characters), end + 1
}

func isDigitIn(c byte, base int) bool {
	if base == 16 {
		return util.IsHexDecimal(c)
	}
	return c >= '0' && c <= '9'
}
