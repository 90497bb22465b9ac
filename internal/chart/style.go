package chart

import (
	"math"

	"zongjie/internal/fonts"
)

// Style is how Layout sets a chart: sizes, faces and colours.
type Style struct {
	// Size is the font size of labels, in points; Small is the size Layout
	// falls back to when value labels do not fit at Size.
	Size, Small float64
	// Face sets labels, ticks and the legend; TitleFace the axes' units.
	Face, TitleFace fonts.Face
	// Palette colours the series in order; see DefaultPalette.
	Palette []Color
	// LineColor draws the rate line of a BarLine chart.
	LineColor Color
	Text      Color // labels
	Axis      Color // the category axis
	Grid      Color // gridlines
}

// DefaultPalette colours series so that they differ in lightness as well
// as hue: a report is often printed on a black-and-white office printer
// and read by people who do not tell red from green. Their CIE L*
// lightness is 32 (navy), 72 (amber), 49 (brick) and 90 (pale blue): the
// two series of a grouped chart, navy and amber, are 40 apart, and any
// two of the four at least 17, so they stay distinct shades of grey; the
// pale blue is outlined so it shows on white paper.
var DefaultPalette = []Color{
	{0x1f, 0x4e, 0x79}, // navy
	{0xe8, 0xa3, 0x3d}, // amber
	{0xc0, 0x50, 0x4d}, // brick
	{0xd6, 0xe6, 0xf4}, // pale blue
}

// DefaultStyle sets labels in 宋体 at 10.5 points (五号, falling back to 9,
// 小五), units in 黑体, series in DefaultPalette and a rate line in brick
// red, which in grey is darker than the amber and lighter than the navy
// bars it runs above.
func DefaultStyle() Style {
	return Style{
		Size: 10.5, Small: 9,
		Face: fonts.Song, TitleFace: fonts.Hei,
		Palette:   DefaultPalette,
		LineColor: DefaultPalette[2],
		Text:      Color{0x1a, 0x1a, 0x1a},
		Axis:      Color{0x40, 0x40, 0x40},
		Grid:      Color{0xd9, 0xd9, 0xd9},
	}
}

// color is the colour of series i.
func (st Style) color(i int) Color { return st.Palette[i%len(st.Palette)] }

// Lightness returns the colour's CIE L* lightness (0 black … 100 white),
// which is the grey it prints as.
func (c Color) Lightness() float64 {
	lin := func(v uint8) float64 {
		s := float64(v) / 255
		if s <= 0.04045 {
			return s / 12.92
		}
		return math.Pow((s+0.055)/1.055, 2.4)
	}
	y := 0.2126*lin(c.R) + 0.7152*lin(c.G) + 0.0722*lin(c.B)
	if y <= 216.0/24389 {
		return y * 24389 / 27
	}
	return 116*math.Cbrt(y) - 16
}

// outline is the stroke a bar of colour c needs to show on white paper:
// none for a colour darker than L* 80.
func (st Style) outline(c Color) Stroke {
	if c.Lightness() > 80 {
		return Stroke{Color: st.Palette[0], Width: 0.5}
	}
	return Stroke{}
}
