package pdfobj

import (
	"bytes"
	"fmt"
	"math"
	"strconv"
	"strings"

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

// content writes a page's content stream: its paths, its lines, then its
// text in one text object. The first run is placed with a text matrix (Tm),
// every other upright run by a move (Td) from the start of the one before,
// which takes half the bytes; a rotated run has its own matrix. Font, size,
// spacing and line width are set only when they change.
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
	// The line matrix: upright once a Tm without rotation has set it, its
	// origin at (lineX, lineY) thousandths of a point.
	upright := false
	var lineX, lineY int64
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
		x, y := milli(t.X), milli(h-t.Y)
		switch {
		case t.Rotate != 0:
			sin, cos := math.Sincos(t.Rotate * math.Pi / 180)
			fmt.Fprintf(&b, "%s %s %s %s %s %s Tm\n(", num(cos), num(-sin), num(sin), num(cos), num(t.X), num(h-t.Y))
			upright = false
		case upright:
			// Td moves from where the previous run started, by the
			// difference of the two rounded positions: each run lands
			// exactly where its own Tm would have put it.
			b.WriteString(milliNum(x - lineX))
			b.WriteByte(' ')
			b.WriteString(milliNum(y - lineY))
			b.WriteString(" Td\n(")
		default:
			b.WriteString("1 0 0 1 ")
			b.WriteString(milliNum(x))
			b.WriteByte(' ')
			b.WriteString(milliNum(y))
			b.WriteString(" Tm\n(")
			upright = true
		}
		lineX, lineY = x, y
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

// milli returns v in thousandths, rounded as num rounds it.
func milli(v float64) int64 { return int64(math.Round(v * 1000)) }

// milliNum writes a number of thousandths as num writes the number.
func milliNum(m int64) string {
	if m == 0 {
		return "0"
	}
	neg := m < 0
	if neg {
		m = -m
	}
	s := strconv.FormatInt(m/1000, 10)
	if frac := m % 1000; frac != 0 {
		f := strconv.FormatInt(1000+frac, 10)[1:]
		s += "." + strings.TrimRight(f, "0")
	}
	if neg {
		s = "-" + s
	}
	return s
}
