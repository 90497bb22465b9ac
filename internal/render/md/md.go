// Package md writes a report as Markdown (CommonMark with GFM tables) for
// people who edit reports as plain text or feed them to other tools. The
// heading levels follow the office document: "#" is the title, "##" a
// level-1 heading (一、), "###" level 2 (（一）), "####" level 3 (1.),
// "#####" level 4 (（1）). Text is escaped so that it reads back as written,
// styles as **加粗**, *强调* and `代码`; the layout roles that Markdown
// cannot express (centred lines, the signature and its date) are plain
// paragraphs. Markdown cannot draw, so a chart is written as what it
// shows: a table of its figures (a column per series, its unit in the
// header) with the figure's caption under it, where the picture stands in
// the other formats. Layout that belongs to paper — a title's line break, a
// table's unit moved to its header or rows turned into columns, the 版头
// and 版记 of a report issued as a document — is the paper writers'
// (internal/render/style); Markdown keeps the text as composed.
package md

import (
	"bytes"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"

	"zongjie/internal/doc"
	"zongjie/internal/mdtext"
)

// Write writes d as Markdown.
func Write(w io.Writer, d *doc.Document) error {
	var b bytes.Buffer
	for i, blk := range d.Blocks {
		if i > 0 {
			b.WriteByte('\n')
		}
		switch blk := blk.(type) {
		case *doc.Heading:
			b.WriteString(strings.Repeat("#", blk.Level+1))
			b.WriteByte(' ')
			b.WriteString(headingText(mdtext.Escape(doc.CleanText(blk.Number)) + spans(blk.Text)))
			b.WriteByte('\n')
		case *doc.Paragraph:
			writeParagraph(&b, blk)
		case *doc.Table:
			writeTable(&b, blk)
		case *doc.Chart:
			writeChart(&b, blk)
		}
	}
	_, err := w.Write(b.Bytes())
	return err
}

// writeParagraph writes a paragraph, its lines joined by hard breaks. A
// line without text is left out: Markdown has no empty line inside a
// paragraph (it would end the paragraph), nor an empty paragraph.
func writeParagraph(b *bytes.Buffer, p *doc.Paragraph) {
	if strings.Trim(doc.CleanText(p.Number+p.Text()), " \t") == "" {
		return // nothing to read: Markdown has no empty paragraph
	}
	first := true
	for i, l := range p.Lines {
		s := spans(l)
		if i == 0 {
			s = mdtext.Escape(doc.CleanText(p.Number)) + s
		}
		s = mdtext.EscapeLineStart(s)
		if s == "" {
			continue
		}
		if !first {
			if bytes.HasSuffix(b.Bytes(), []byte(`\\`)) {
				// An escaped backslash right before the break's backslash
				// reads ambiguously: write it as a character reference.
				b.Truncate(b.Len() - 2)
				b.WriteString("&#92;")
			}
			b.WriteString("\\\n") // hard line break
		}
		b.WriteString(s)
		first = false
	}
	b.WriteByte('\n')
}

// spans writes a line's spans escaped, with their styles as **, * and `.
// Neighbouring spans of one style are written as one; a strong or
// emphasised span keeps the punctuation and spaces at its ends outside its
// marks, where CommonMark would not read the marks as marks (前**“书香”**后).
func spans(l doc.Line) string { return writeSpans(l, false) }

// cellSpans writes a table cell's spans: a pipe inside code is escaped too,
// as GFM splits the row at it otherwise.
func cellSpans(l doc.Line) string { return writeSpans(l, true) }

func writeSpans(l doc.Line, cell bool) string {
	var b strings.Builder
	for _, s := range mergeSpans(l) {
		if s.Style&doc.Code != 0 {
			c := code(s.Text)
			if cell {
				c = strings.ReplaceAll(c, "|", `\|`)
			}
			b.WriteString(c)
			continue
		}
		if s.Style == 0 {
			b.WriteString(mdtext.Escape(s.Text))
			continue
		}
		lead, core, trail := splitEdges(s.Text)
		b.WriteString(mdtext.Escape(lead))
		if core != "" {
			b.WriteString(marks(s.Style) + mdtext.Escape(core) + marks(s.Style))
		}
		b.WriteString(mdtext.Escape(trail))
	}
	return b.String()
}

// mergeSpans drops empty spans and merges neighbours of one style, and
// neighbours whose marks would run together (see ambiguous). Code
// that is also strong or emphasised becomes strong or emphasised text:
// marks around a code span next to Chinese text do not read as marks, and
// code looks like other text in every format.
func mergeSpans(l doc.Line) doc.Line {
	out := make(doc.Line, 0, len(l))
	for _, s := range l {
		s.Text = doc.CleanText(s.Text)
		if s.Text == "" {
			continue
		}
		if s.Style&doc.Code != 0 && s.Style&(doc.Strong|doc.Emphasis) != 0 {
			s.Style &^= doc.Code
		}
		if n := len(out); n > 0 && (out[n-1].Style == s.Style || ambiguous(out[n-1].Style, s.Style)) {
			out[n-1].Text += s.Text
			out[n-1].Style |= s.Style
			continue
		}
		out = append(out, s)
	}
	return out
}

// ambiguous reports whether the marks of two neighbouring styles would run
// together into a delimiter run Markdown cannot read back: strong next to
// emphasis reads (**甲***乙*), but strong-and-emphasis next to either does
// not, and is written as one strong-and-emphasised span.
func ambiguous(a, b doc.Style) bool {
	const both = doc.Strong | doc.Emphasis
	if a&doc.Code != 0 || b&doc.Code != 0 || a == 0 || b == 0 {
		return false
	}
	return a == both || b == both
}

// marks are the emphasis marks of a style: ** for strong, * for emphasis.
func marks(st doc.Style) string {
	m := ""
	if st&doc.Strong != 0 {
		m += "**"
	}
	if st&doc.Emphasis != 0 {
		m += "*"
	}
	return m
}

// code writes a code span: a fence longer than any run of backticks in the
// text, and a space inside each fence when the text starts or ends with a
// backtick or with a space (which CommonMark would strip).
func code(text string) string {
	longest, run := 0, 0
	for _, r := range text {
		if r == '`' {
			run++
			longest = max(longest, run)
		} else {
			run = 0
		}
	}
	fence := strings.Repeat("`", longest+1)
	pad := ""
	if strings.HasPrefix(text, "`") || strings.HasSuffix(text, "`") ||
		(strings.HasPrefix(text, " ") && strings.HasSuffix(text, " ") && strings.Trim(text, " \t") != "") {
		pad = " "
	}
	return fence + pad + text + pad + fence
}

// splitEdges splits off the punctuation, symbols and spaces at either end
// of s.
func splitEdges(s string) (lead, core, trail string) {
	edge := func(r rune) bool { return unicode.IsPunct(r) || unicode.IsSymbol(r) || unicode.IsSpace(r) }
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !edge(r) {
			break
		}
		i += n
	}
	j := len(s)
	for j > i {
		r, n := utf8.DecodeLastRuneInString(s[:j])
		if !edge(r) {
			break
		}
		j -= n
	}
	return s[:i], s[i:j], s[j:]
}

// headingText keeps a heading on one line and stops a trailing "#" from
// reading as a closing sequence.
func headingText(s string) string {
	s = strings.ReplaceAll(s, "\n", "")
	if strings.HasSuffix(s, "#") && !strings.HasSuffix(s, `\#`) {
		s = strings.TrimSuffix(s, "#") + `\#`
	}
	return trimEdges(s)
}

// trimEdges drops the spaces and tabs at either end of s, as Markdown
// does at the ends of a heading or a table cell; other white space, such as
// the full-width space U+3000, is text and stays.
func trimEdges(s string) string { return strings.Trim(s, " \t") }

// writeTable writes a GFM table; label columns are left-aligned, number
// columns right-aligned.
func writeTable(b *bytes.Buffer, t *doc.Table) {
	row := func(cells []doc.Line) {
		b.WriteString("|")
		for _, c := range cells {
			b.WriteString(" ")
			b.WriteString(trimEdges(cellSpans(c)))
			b.WriteString(" |")
		}
		b.WriteString("\n")
	}
	row(t.Header)
	b.WriteString("|")
	for _, c := range t.Columns {
		if c.Kind == doc.ColumnNumber {
			b.WriteString("---:|")
		} else {
			b.WriteString("---|")
		}
	}
	b.WriteString("\n")
	for _, r := range t.Rows {
		row(r)
	}
}
