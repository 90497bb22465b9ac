package report

import (
	"bytes"
	"strings"
)

// Marker comments of internal/render/doc: the next paragraph is centred or
// right-aligned.
const (
	markerCenter = "<!-- zongjie:center -->"
	markerRight  = "<!-- zongjie:right -->"
	markerLeft   = "<!-- zongjie:left -->"
)

// markdown writes a settled document as CommonMark with GFM tables, in the
// conventions of internal/render/doc: "#" title, "##" 一、, "###" （一）,
// "####" 1., "#####" （1）.
func (d *document) markdown() []byte {
	var b bytes.Buffer
	b.WriteString("# ")
	b.WriteString(headingText(stripMarks(d.title)))
	b.WriteString("\n")
	writeBlocks(&b, d.root)
	return b.Bytes()
}

func writeBlocks(b *bytes.Buffer, s *section) {
	for _, c := range s.children {
		b.WriteString("\n")
		if c.sec != nil {
			b.WriteString(strings.Repeat("#", c.sec.level+1))
			b.WriteString(" ")
			b.WriteString(c.sec.number)
			b.WriteString(headingText(stripMarks(c.sec.heading)))
			b.WriteString("\n")
			writeBlocks(b, c.sec)
			continue
		}
		writePara(b, c.para)
	}
}

func writePara(b *bytes.Buffer, p *para) {
	switch p.style {
	case styleTable:
		writeTable(b, p.rows)
		return
	case styleCenter:
		b.WriteString(markerCenter + "\n")
	case styleRight:
		b.WriteString(markerRight + "\n")
	case styleFlush:
		b.WriteString(markerLeft + "\n")
	}
	for i, l := range p.lines {
		if i > 0 {
			b.WriteString("\\\n") // hard line break
		}
		// Every line is guarded: a "#" or "- " line would interrupt the paragraph.
		b.WriteString(escapeLineStart(stripMarks(l)))
	}
	b.WriteString("\n")
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

// writeTable writes a GFM table; the first column is left-aligned (labels),
// the others right-aligned (figures).
func writeTable(b *bytes.Buffer, rows [][]string) {
	for i, r := range rows {
		b.WriteString("|")
		for _, c := range r {
			b.WriteString(" ")
			b.WriteString(tableCell(c))
			b.WriteString(" |")
		}
		b.WriteString("\n")
		if i == 0 {
			b.WriteString("|")
			for k := range r {
				if k == 0 {
					b.WriteString("---|")
				} else {
					b.WriteString("---:|")
				}
			}
			b.WriteString("\n")
		}
	}
}

// tableCell escapes what would end a cell early.
func tableCell(s string) string {
	s = strings.TrimSpace(strings.ReplaceAll(stripMarks(s), "\n", " "))
	var out strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '|' && (i == 0 || s[i-1] != '\\') {
			out.WriteByte('\\')
		}
		out.WriteByte(s[i])
	}
	return out.String()
}
