package pdfobj

import (
	"bytes"
	"fmt"
	"math"

	"zongjie/internal/fonts"
)

// writeStringByte writes c into a literal string: the glyph numbers of a
// text run are its two-byte codes. A parenthesis or backslash is escaped,
// and a carriage return too, which a reader would take for an end of line.
func writeStringByte(b *bytes.Buffer, c byte) {
	switch c {
	case '(', ')', '\\':
		b.WriteByte('\\')
	case '\r':
		b.WriteString(`\r`)
		return
	}
	b.WriteByte(c)
}

// content writes a page's content stream: its paths, its lines, then its text in one
// text object, each run placed absolutely with its own text matrix. Font,
// size, spacing and line width are set only when they change.
func (f *file) content(p *Page) ([]byte, error) {
	var b bytes.Buffer
	h := f.doc.Height
	f.paths(&b, p.Paths)
	width := -1.0
	var stroke Color
	for _, l := range p.Lines {
		if l.Width != width {
			fmt.Fprintf(&b, "%s w\n", num(l.Width))
			width = l.Width
		}
		if l.Color != stroke {
			fmt.Fprintf(&b, "%s %s %s RG\n", num(l.Color[0]), num(l.Color[1]), num(l.Color[2]))
			stroke = l.Color
		}
		fmt.Fprintf(&b, "%s %s m %s %s l S\n", num(l.X1), num(h-l.Y1), num(l.X2), num(h-l.Y2))
	}
	if len(p.Texts) == 0 {
		return b.Bytes(), nil
	}
	byFont := make(map[*fonts.Font]*embeddedFont, len(f.fonts))
	for _, e := range f.fonts {
		byFont[e.font] = e
	}
	b.WriteString("BT\n")
	var cur *embeddedFont
	size, spacing := -1.0, 0.0
	var fill Color
	for _, t := range p.Texts {
		if t.Color != fill {
			fmt.Fprintf(&b, "%s %s %s rg\n", num(t.Color[0]), num(t.Color[1]), num(t.Color[2]))
			fill = t.Color
		}
		e := byFont[t.Font]
		if e != cur || t.Size != size {
			fmt.Fprintf(&b, "/%s %s Tf\n", e.resource, num(t.Size))
			cur, size = e, t.Size
		}
		if t.Spacing != spacing {
			fmt.Fprintf(&b, "%s Tc\n", num(t.Spacing))
			spacing = t.Spacing
		}
		if t.Rotate != 0 {
			sin, cos := math.Sincos(t.Rotate * math.Pi / 180)
			fmt.Fprintf(&b, "%s %s %s %s %s %s Tm\n(", num(cos), num(-sin), num(sin), num(cos), num(t.X), num(h-t.Y))
		} else {
			fmt.Fprintf(&b, "1 0 0 1 %s %s Tm\n(", num(t.X), num(h-t.Y))
		}
		for _, r := range t.S {
			g, ok := e.subset.Glyph(r)
			if !ok {
				return nil, fmt.Errorf("字体 %s 里没有“%c”(U+%04X)这个字", t.Font, r, r)
			}
			writeStringByte(&b, byte(g>>8))
			writeStringByte(&b, byte(g))
		}
		b.WriteString(") Tj\n")
	}
	b.WriteString("ET\n")
	return b.Bytes(), nil
}
