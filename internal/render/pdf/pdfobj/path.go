package pdfobj

import (
	"bytes"
	"fmt"
	"math"
)

// Path is a filled and/or stroked shape of a figure: a polygon or an open
// polyline through Points, or a circle (Circle) of radius R about
// Points[0]. Coordinates are page points from the top-left corner, y
// downwards, as for Line.
type Path struct {
	Points []Point
	// Close closes the polyline into a polygon (a bar).
	Close bool
	// Circle draws a circle of radius R about Points[0] instead.
	Circle bool
	R      float64
	// Fill fills the shape when Filled; Stroke outlines it when Width > 0.
	Filled bool
	Fill   Color
	Stroke Color
	Width  float64
}

// Point is a point on the page.
type Point struct{ X, Y float64 }

// kappa places the control points of a cubic Bézier quarter circle.
const kappa = 0.5522847498

// paths writes a page's paths inside their own graphics state (q … Q), so
// the colours and widths they set do not reach the lines and text drawn
// after them.
func (f *file) paths(b *bytes.Buffer, ps []Path) {
	if len(ps) == 0 {
		return
	}
	h := f.doc.Height
	b.WriteString("q\n")
	var fill, stroke Color
	fillSet, strokeSet, width := false, false, -1.0
	for _, p := range ps {
		if len(p.Points) == 0 || !p.Filled && p.Width <= 0 {
			continue
		}
		if p.Filled && (!fillSet || p.Fill != fill) {
			fmt.Fprintf(b, "%s %s %s rg\n", num(p.Fill[0]), num(p.Fill[1]), num(p.Fill[2]))
			fill, fillSet = p.Fill, true
		}
		if p.Width > 0 {
			if !strokeSet || p.Stroke != stroke {
				fmt.Fprintf(b, "%s %s %s RG\n", num(p.Stroke[0]), num(p.Stroke[1]), num(p.Stroke[2]))
				stroke, strokeSet = p.Stroke, true
			}
			if p.Width != width {
				fmt.Fprintf(b, "%s w\n", num(p.Width))
				width = p.Width
			}
		}
		if p.Circle {
			x, y, r := p.Points[0].X, h-p.Points[0].Y, math.Abs(p.R)
			k := kappa * r
			fmt.Fprintf(b, "%s %s m\n", num(x+r), num(y))
			fmt.Fprintf(b, "%s %s %s %s %s %s c\n", num(x+r), num(y+k), num(x+k), num(y+r), num(x), num(y+r))
			fmt.Fprintf(b, "%s %s %s %s %s %s c\n", num(x-k), num(y+r), num(x-r), num(y+k), num(x-r), num(y))
			fmt.Fprintf(b, "%s %s %s %s %s %s c\n", num(x-r), num(y-k), num(x-k), num(y-r), num(x), num(y-r))
			fmt.Fprintf(b, "%s %s %s %s %s %s c h\n", num(x+k), num(y-r), num(x+r), num(y-k), num(x+r), num(y))
		} else {
			for i, q := range p.Points {
				op := "l"
				if i == 0 {
					op = "m"
				}
				fmt.Fprintf(b, "%s %s %s\n", num(q.X), num(h-q.Y), op)
			}
			if p.Close {
				b.WriteString("h\n")
			}
		}
		closed := p.Close || p.Circle
		switch {
		case p.Filled && p.Width > 0 && closed:
			b.WriteString("B\n")
		case p.Filled && closed:
			b.WriteString("f\n")
		case p.Width > 0:
			b.WriteString("S\n")
		default:
			b.WriteString("n\n")
		}
	}
	b.WriteString("Q\n")
}
