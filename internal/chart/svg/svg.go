// Package svg writes a chart's drawing (chart.Layout) as inline SVG for the
// HTML writer: text stays text, so a reader can select and search every
// label and a screen reader reads the title and the figures (<title>,
// <desc>); the report's font families set the labels; gridlines, axes and
// bars are drawn with crisp edges; and the same drawing always gives the
// same bytes.
package svg

import (
	"bytes"
	"encoding/xml"
	"io"
	"strings"

	"zongjie/internal/chart"
	"zongjie/internal/fonts"
)

// Options says how to write the SVG.
type Options struct {
	// ID names the chart uniquely in its page ("chart1"); the title and
	// description get the ids ID+"-title" and ID+"-desc". Empty: "chart".
	ID string
	// Family returns the CSS font-family value that sets a face in the
	// report (the HTML writer's own stacks, e.g. `"Times New Roman", "宋体",
	// serif`); nil uses DefaultFamily.
	Family func(fonts.Face) string
}

// DefaultFamily lists fonts.Families of the face as a CSS font-family
// value, ending with a generic family.
func DefaultFamily(f fonts.Face) string {
	var names []string
	for _, n := range fonts.Families[f] {
		names = append(names, `"`+strings.ReplaceAll(n, `"`, `\"`)+`"`)
	}
	generic := "serif"
	if f == fonts.Hei {
		generic = "sans-serif"
	}
	return strings.Join(append(names, generic), ", ")
}

// Write writes the drawing as one <svg> element, sized in points.
func Write(w io.Writer, d chart.Drawing, o Options) error {
	_, err := w.Write(Bytes(d, o))
	return err
}

// Bytes returns the drawing as one <svg> element, sized in points.
func Bytes(d chart.Drawing, o Options) []byte {
	id := o.ID
	if id == "" {
		id = "chart"
	}
	family := o.Family
	if family == nil {
		family = DefaultFamily
	}
	var b bytes.Buffer
	b.Grow(256 + 160*len(d.Prims))
	b.WriteString(`<svg xmlns="http://www.w3.org/2000/svg" version="1.1"`)
	attr(&b, "width", chart.F(d.Size.W)+"pt")
	attr(&b, "height", chart.F(d.Size.H)+"pt")
	attr(&b, "viewBox", "0 0 "+chart.F(d.Size.W)+" "+chart.F(d.Size.H))
	attr(&b, "role", "img")
	attr(&b, "aria-labelledby", id+"-title "+id+"-desc")
	b.WriteString(">\n")
	element(&b, "title", id+"-title", d.Title)
	element(&b, "desc", id+"-desc", d.Desc)
	for _, p := range d.Prims {
		switch p := p.(type) {
		case *chart.Rect:
			b.WriteString("<rect")
			attr(&b, "x", chart.F(p.X))
			attr(&b, "y", chart.F(p.Y))
			attr(&b, "width", chart.F(p.W))
			attr(&b, "height", chart.F(p.H))
			attr(&b, "fill", p.Fill.Hex())
			stroke(&b, p.Stroke)
			attr(&b, "shape-rendering", "crispEdges")
			b.WriteString("/>\n")
		case *chart.Segment:
			b.WriteString("<line")
			attr(&b, "x1", chart.F(p.X1))
			attr(&b, "y1", chart.F(p.Y1))
			attr(&b, "x2", chart.F(p.X2))
			attr(&b, "y2", chart.F(p.Y2))
			stroke(&b, p.Stroke)
			if p.Y1 == p.Y2 || p.X1 == p.X2 {
				attr(&b, "shape-rendering", "crispEdges")
			}
			b.WriteString("/>\n")
		case *chart.Polyline:
			b.WriteString("<polyline")
			var pts strings.Builder
			for i, q := range p.Points {
				if i > 0 {
					pts.WriteByte(' ')
				}
				pts.WriteString(chart.F(q.X) + "," + chart.F(q.Y))
			}
			attr(&b, "points", pts.String())
			attr(&b, "fill", "none")
			stroke(&b, p.Stroke)
			attr(&b, "stroke-linejoin", "round")
			b.WriteString("/>\n")
		case *chart.Circle:
			b.WriteString("<circle")
			attr(&b, "cx", chart.F(p.X))
			attr(&b, "cy", chart.F(p.Y))
			attr(&b, "r", chart.F(p.R))
			attr(&b, "fill", p.Fill.Hex())
			stroke(&b, p.Stroke)
			b.WriteString("/>\n")
		case *chart.Text:
			b.WriteString("<text")
			attr(&b, "x", chart.F(p.X))
			attr(&b, "y", chart.F(p.Y))
			attr(&b, "font-family", family(p.Face))
			attr(&b, "font-size", chart.F(p.Size))
			if p.Anchor != chart.Start {
				attr(&b, "text-anchor", p.Anchor.String())
			}
			attr(&b, "fill", p.Fill.Hex())
			if p.Rotate != 0 {
				attr(&b, "transform", "rotate("+chart.F(p.Rotate)+" "+chart.F(p.X)+" "+chart.F(p.Y)+")")
			}
			b.WriteByte('>')
			escape(&b, p.Text)
			b.WriteString("</text>\n")
		}
	}
	b.WriteString("</svg>")
	return b.Bytes()
}

// attr writes ` name="value"`, the value escaped.
func attr(b *bytes.Buffer, name, value string) {
	b.WriteByte(' ')
	b.WriteString(name)
	b.WriteString(`="`)
	escape(b, value)
	b.WriteByte('"')
}

// stroke writes a stroke's attributes, or stroke="none".
func stroke(b *bytes.Buffer, s chart.Stroke) {
	if s.Width <= 0 {
		return
	}
	attr(b, "stroke", s.Color.Hex())
	attr(b, "stroke-width", chart.F(s.Width))
}

// element writes <name id="id">text</name>.
func element(b *bytes.Buffer, name, id, text string) {
	b.WriteString("<" + name)
	attr(b, "id", id)
	b.WriteByte('>')
	escape(b, text)
	b.WriteString("</" + name + ">\n")
}

// escape writes s escaped for XML text and attributes; characters XML
// cannot hold become U+FFFD.
func escape(b *bytes.Buffer, s string) {
	_ = xml.EscapeText(b, []byte(s))
}
