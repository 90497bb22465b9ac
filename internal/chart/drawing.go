package chart

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"zongjie/internal/fonts"
)

// Size is a width and a height in points.
type Size struct{ W, H float64 }

// Pt is a point of the drawing, in points from its top-left corner, y
// pointing down (as SVG; a PDF writer flips y).
type Pt struct{ X, Y float64 }

// Color is an opaque sRGB colour.
type Color struct{ R, G, B uint8 }

// Hex returns the colour as "#rrggbb".
func (c Color) Hex() string { return fmt.Sprintf("#%02x%02x%02x", c.R, c.G, c.B) }

// Stroke is how a line is drawn; a zero Width draws nothing.
type Stroke struct {
	Color Color
	Width float64 // in points
}

// Role says what a primitive shows, for writers that tag or style it (an
// SVG class, a PDF marked-content tag) and for tests.
type Role int

// Roles of primitives.
const (
	RoleGrid          Role = iota // a gridline at a tick
	RoleAxis                      // the category axis line (at zero)
	RoleBar                       // a bar, or a segment of a stacked bar
	RoleLine                      // a series' line
	RoleMarker                    // a marker on a series' line
	RoleTickLabel                 // a value axis' tick label
	RoleAxisTitle                 // a value axis' unit (单位：万元)
	RoleCategoryLabel             // a category's label (a line of it when wrapped)
	RoleValueLabel                // a figure written at its bar or marker
	RoleLegendSwatch              // the legend's sample of a series
	RoleLegendLabel               // the legend's name of a series
	RoleLabelGround               // a white ground under a value label that lies over a bar or a line
)

var roleNames = []string{"grid", "axis", "bar", "line", "marker", "tick", "axis-title", "category", "value", "legend-swatch", "legend", "label-ground"}

// String returns the role's short name: "grid", "bar", "category" ….
func (r Role) String() string {
	if r >= 0 && int(r) < len(roleNames) {
		return roleNames[r]
	}
	return "unknown"
}

// Anchor is where a text's position lies along its baseline.
type Anchor int

// Text anchors.
const (
	Start  Anchor = iota // the position is the text's start (left end)
	Middle               // the position is the text's middle
	End                  // the position is the text's end (right end)
)

var anchorNames = []string{"start", "middle", "end"}

// String returns "start", "middle" or "end" (as SVG's text-anchor).
func (a Anchor) String() string {
	if a >= 0 && int(a) < len(anchorNames) {
		return anchorNames[a]
	}
	return "start"
}

// Prim is one primitive of a drawing: a *Rect, *Segment, *Polyline, *Circle
// or *Text.
type Prim interface {
	// Kind is the primitive's role in the chart.
	Kind() Role
	dump(b *strings.Builder)
}

// Rect is a filled rectangle, optionally outlined.
type Rect struct {
	X, Y, W, H float64
	Fill       Color
	Stroke     Stroke
	Role       Role
	Series     int // the series it draws, -1 for none
}

// Segment is a straight line.
type Segment struct {
	X1, Y1, X2, Y2 float64
	Stroke         Stroke
	Role           Role
}

// Polyline is an open path through its points.
type Polyline struct {
	Points []Pt
	Stroke Stroke
	Role   Role
	Series int
}

// Circle is a marker: a filled circle with an outline.
type Circle struct {
	X, Y, R float64
	Fill    Color
	Stroke  Stroke
	Role    Role
	Series  int
}

// Text is one line of text. X, Y is its anchor point on the baseline;
// Rotate turns the text about that point, in degrees clockwise as seen
// (SVG's rotate; -45 rises to the right).
type Text struct {
	X, Y   float64
	Text   string
	Size   float64 // font size in points
	Face   fonts.Face
	Anchor Anchor
	Rotate float64
	Fill   Color
	Role   Role
	// Series is the series a value label or legend entry belongs to, the
	// category index for a category label, -1 otherwise.
	Series int
}

// Kind implements Prim.
func (r *Rect) Kind() Role { return r.Role }

// Kind implements Prim.
func (l *Segment) Kind() Role { return l.Role }

// Kind implements Prim.
func (p *Polyline) Kind() Role { return p.Role }

// Kind implements Prim.
func (c *Circle) Kind() Role { return c.Role }

// Kind implements Prim.
func (t *Text) Kind() Role { return t.Role }

// Drawing is a chart laid out in a box: primitives in points, in painting
// order (gridlines, bars, lines, markers, then text), ready for any
// writer to draw.
type Drawing struct {
	Size  Size
	Prims []Prim
	// Title and Desc describe the chart for accessibility: its title and
	// every figure in words (Chart.Summary).
	Title, Desc string
	// LeftAxis and RightAxis are the value axes drawn (RightAxis.N is 0
	// when there is no second axis), for writers that describe the chart
	// rather than draw it (a DOCX chart part fixes its axes to them).
	LeftAxis, RightAxis Scale
	// Plot is the plot area (inside the axes), in points.
	Plot Area
}

// Area is a rectangle in points, from its top-left corner.
type Area struct{ X, Y, W, H float64 }

// Texts returns the drawing's text primitives.
func (d Drawing) Texts() []*Text {
	var out []*Text
	for _, p := range d.Prims {
		if t, ok := p.(*Text); ok {
			out = append(out, t)
		}
	}
	return out
}

// F formats a coordinate or size for output, the same on every machine:
// rounded to 1/100 point, trailing zeros dropped, never "-0". Writers use
// it so the same chart gives the same bytes.
func F(x float64) string {
	r := math.Round(x*100) / 100
	if r == 0 {
		return "0"
	}
	return strconv.FormatFloat(r, 'f', -1, 64)
}

// Dump writes the drawing as compact text, one primitive a line, for
// golden tests and for reading a layout.
func (d Drawing) Dump() string {
	var b strings.Builder
	b.WriteString("size " + F(d.Size.W) + " " + F(d.Size.H) + "\n")
	for _, p := range d.Prims {
		p.dump(&b)
		b.WriteByte('\n')
	}
	return b.String()
}

func (r *Rect) dump(b *strings.Builder) {
	fmt.Fprintf(b, "rect %s %s %s %s fill=%s", F(r.X), F(r.Y), F(r.W), F(r.H), r.Fill.Hex())
	dumpStroke(b, r.Stroke)
	fmt.Fprintf(b, " %s s%d", r.Role, r.Series)
}

func (l *Segment) dump(b *strings.Builder) {
	fmt.Fprintf(b, "line %s %s %s %s", F(l.X1), F(l.Y1), F(l.X2), F(l.Y2))
	dumpStroke(b, l.Stroke)
	fmt.Fprintf(b, " %s", l.Role)
}

func (p *Polyline) dump(b *strings.Builder) {
	b.WriteString("polyline")
	for _, q := range p.Points {
		b.WriteString(" " + F(q.X) + "," + F(q.Y))
	}
	dumpStroke(b, p.Stroke)
	fmt.Fprintf(b, " %s s%d", p.Role, p.Series)
}

func (c *Circle) dump(b *strings.Builder) {
	fmt.Fprintf(b, "circle %s %s r=%s fill=%s", F(c.X), F(c.Y), F(c.R), c.Fill.Hex())
	dumpStroke(b, c.Stroke)
	fmt.Fprintf(b, " %s s%d", c.Role, c.Series)
}

func (t *Text) dump(b *strings.Builder) {
	fmt.Fprintf(b, "text %s %s size=%s face=%s %s", F(t.X), F(t.Y), F(t.Size), t.Face, t.Anchor)
	if t.Rotate != 0 {
		b.WriteString(" rotate=" + F(t.Rotate))
	}
	fmt.Fprintf(b, " fill=%s %s s%d %q", t.Fill.Hex(), t.Role, t.Series, t.Text)
}

func dumpStroke(b *strings.Builder, s Stroke) {
	if s.Width > 0 {
		b.WriteString(" stroke=" + s.Color.Hex() + "/" + F(s.Width))
	}
}
