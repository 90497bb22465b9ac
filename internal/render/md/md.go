// Package md writes a report as Markdown (CommonMark with GFM tables) for
// people who edit reports as plain text or feed them to other tools. The
// heading levels follow the office document: "#" is the title, "##" a
// level-1 heading (一、), "###" level 2 (（一）), "####" level 3 (1.),
// "#####" level 4 (（1）). Text is escaped so that it reads as written; the
// layout roles that Markdown cannot express (centred lines, the signature)
// are plain paragraphs.
package md

import (
	"bytes"
	"io"
	"strings"

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
			b.WriteString(blk.Number)
			b.WriteString(headingText(spans(blk.Text)))
			b.WriteByte('\n')
		case *doc.Paragraph:
			for j, l := range blk.Lines {
				if j > 0 {
					b.WriteString("\\\n") // hard line break
				}
				s := spans(l)
				if j == 0 {
					s = blk.Number + s
				}
				b.WriteString(mdtext.EscapeLineStart(s))
			}
			b.WriteByte('\n')
		case *doc.Table:
			writeTable(&b, blk)
		}
	}
	_, err := w.Write(b.Bytes())
	return err
}

// spans writes a line's spans escaped, with their styles as ** * and `.
func spans(l doc.Line) string {
	var b strings.Builder
	for _, s := range l {
		if s.Style&doc.Code != 0 {
			fence := "`"
			for strings.Contains(s.Text, fence) {
				fence += "`"
			}
			pad := ""
			if strings.HasPrefix(s.Text, "`") || strings.HasSuffix(s.Text, "`") {
				pad = " "
			}
			b.WriteString(fence + pad + s.Text + pad + fence)
			continue
		}
		mark := ""
		if s.Style&doc.Strong != 0 {
			mark += "**"
		}
		if s.Style&doc.Emphasis != 0 {
			mark += "*"
		}
		b.WriteString(mark)
		b.WriteString(mdtext.Escape(s.Text))
		b.WriteString(mark)
	}
	return b.String()
}

// headingText keeps a heading on one line and stops a trailing "#" from
// reading as a closing sequence.
func headingText(s string) string {
	s = strings.TrimSpace(strings.ReplaceAll(s, "\n", ""))
	if strings.HasSuffix(s, "#") && !strings.HasSuffix(s, `\#`) {
		s = strings.TrimSuffix(s, "#") + `\#`
	}
	return s
}

// writeTable writes a GFM table; label columns are left-aligned, number
// columns right-aligned.
func writeTable(b *bytes.Buffer, t *doc.Table) {
	row := func(cells []doc.Line) {
		b.WriteString("|")
		for _, c := range cells {
			b.WriteString(" ")
			b.WriteString(strings.TrimSpace(spans(c)))
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
