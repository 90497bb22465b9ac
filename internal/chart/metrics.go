package chart

import (
	"math"

	"zongjie/internal/fonts"
	"zongjie/internal/textwidth"
)

// Metrics measures text for Layout. A PDF writer passes its real font
// metrics, so labels are placed by the widths the page will have; HTML and
// DOCX, whose fonts are the reader's, use GridMetrics.
type Metrics interface {
	// Width is the advance width in points of s set in face at size.
	Width(s string, face fonts.Face, size float64) float64
}

// GridMetrics measures text as a character grid does (internal/textwidth):
// a Chinese character or full-width sign one em, any other character half
// an em. Chinese fonts set Chinese characters on the em and digits near
// half of it, so this is close for every font a report uses.
type GridMetrics struct{}

// Width implements Metrics.
func (GridMetrics) Width(s string, _ fonts.Face, size float64) float64 {
	return float64(textwidth.String(s)) * size / 2
}

// The vertical extent of a line of text about its baseline, in ems: Chinese
// fonts put the ideographic em box about 0.88 em above and 0.12 em below
// the baseline.
const (
	ascent  = 0.88
	descent = 0.12
)

// box is an axis-aligned rectangle.
type box struct{ x0, y0, x1, y1 float64 }

func (a box) overlaps(b box) bool {
	return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1
}

// grow widens the box by d on every side.
func (a box) grow(d float64) box { return box{a.x0 - d, a.y0 - d, a.x1 + d, a.y1 + d} }

// corners returns the four corners of the text's ink box (its advance
// along the baseline, the em box across it), turned by its rotation:
// start-top, end-top, end-bottom, start-bottom.
func corners(t *Text, m Metrics) [4]Pt {
	w := m.Width(t.Text, t.Face, t.Size)
	x0 := 0.0
	switch t.Anchor {
	case Middle:
		x0 = -w / 2
	case End:
		x0 = -w
	}
	local := [4]Pt{{x0, -ascent * t.Size}, {x0 + w, -ascent * t.Size}, {x0 + w, descent * t.Size}, {x0, descent * t.Size}}
	sin, cos := math.Sincos(t.Rotate * math.Pi / 180)
	var out [4]Pt
	for i, p := range local {
		out[i] = Pt{t.X + p.X*cos - p.Y*sin, t.Y + p.X*sin + p.Y*cos}
	}
	return out
}

// bounds is the axis-aligned box around the text's corners.
func bounds(t *Text, m Metrics) box {
	c := corners(t, m)
	b := box{c[0].X, c[0].Y, c[0].X, c[0].Y}
	for _, p := range c[1:] {
		b.x0, b.x1 = math.Min(b.x0, p.X), math.Max(b.x1, p.X)
		b.y0, b.y1 = math.Min(b.y0, p.Y), math.Max(b.y1, p.Y)
	}
	return b
}
