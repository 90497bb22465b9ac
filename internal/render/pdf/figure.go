package pdf

import (
	"math"

	"zongjie/internal/chart"
	"zongjie/internal/doc"
	"zongjie/internal/fonts"
	"zongjie/internal/render/pdf/pdfobj"
	"zongjie/internal/render/style"
)

// figureBlock is a chart to draw above its caption (the block's text).
type figureBlock struct {
	chart chart.Chart
}

// newFigure makes the block of a chart: its caption set as RoleCaption,
// the chart drawn above it. A chart that cannot be drawn gives nil.
func newFigure(c *doc.Chart) *block {
	if !c.Chart.Valid() {
		return nil
	}
	blk := newBlock(doc.RoleCaption)
	blk.text.add(doc.CleanText(c.Caption), blk.st.Face)
	blk.figure = &figureBlock{chart: c.Chart}
	return blk
}

// fontMetrics measures chart labels with the fonts the page embeds, so
// Layout places them by the widths they will have.
type fontMetrics struct{ sh *shaper }

// Width implements chart.Metrics.
func (m fontMetrics) Width(s string, face fonts.Face, size float64) float64 {
	var st styled
	st.add(s, face)
	return m.sh.measure(st, size).width()
}

// drawing lays the chart out in style.FigureSizePt with the page fonts.
func (f *flow) drawing(fb *figureBlock) chart.Drawing { return drawChart(f.sh, fb) }

// drawChart lays the chart out in style.FigureSizePt, measuring its labels
// with sh.
func drawChart(sh *shaper, fb *figureBlock) chart.Drawing {
	w, h := style.FigureSizePt()
	return chart.Layout(fb.chart, chart.Size{W: w, H: h}, fontMetrics{sh})
}

// figureLines is how many line pitches a figure and its caption take.
func (f *flow) figureLines(b *block) int {
	_, h := style.FigureSizePt()
	_, lines := f.breakBlock(b)
	return int(math.Ceil(h/style.LinePitchPt-0.01)) + len(lines)
}

// figure draws a chart and its caption under it, both on one page: when
// they do not fit under what is on this page, they start the next. The
// drawing is vector paths and text in the embedded fonts (so the labels
// can be searched and copied); the caption goes back onto the line grid.
func (f *flow) figure(b *block, next *block) {
	d := f.drawing(b.figure)
	if len(d.Prims) == 0 {
		return
	}
	if f.y > 0 && f.y+float64(f.figureLines(b))*style.LinePitchPt > blockHeight+0.01 {
		f.newPage()
	}
	x0 := blockLeft + (blockWidth-d.Size.W)/2
	y0 := blockTop + f.y
	for _, p := range d.Prims {
		f.prim(p, x0, y0)
	}
	f.y = math.Ceil((f.y+d.Size.H)/style.LinePitchPt-0.01) * style.LinePitchPt
	if f.y > blockHeight-0.01 {
		f.newPage()
	}
	f.paragraph(b, next)
}

// prim adds one primitive of a drawing whose top-left corner is at x0, y0.
func (f *flow) prim(p chart.Prim, x0, y0 float64) {
	pt := func(x, y float64) pdfobj.Point { return pdfobj.Point{X: x0 + x, Y: y0 + y} }
	switch p := p.(type) {
	case *chart.Rect:
		f.cur.paths = append(f.cur.paths, pdfobj.Path{
			Points: []pdfobj.Point{pt(p.X, p.Y), pt(p.X+p.W, p.Y), pt(p.X+p.W, p.Y+p.H), pt(p.X, p.Y+p.H)},
			Close:  true, Filled: true, Fill: color(p.Fill),
			Stroke: color(p.Stroke.Color), Width: p.Stroke.Width,
		})
	case *chart.Segment:
		f.cur.paths = append(f.cur.paths, pdfobj.Path{
			Points: []pdfobj.Point{pt(p.X1, p.Y1), pt(p.X2, p.Y2)},
			Stroke: color(p.Stroke.Color), Width: p.Stroke.Width,
		})
	case *chart.Polyline:
		path := pdfobj.Path{Stroke: color(p.Stroke.Color), Width: p.Stroke.Width}
		for _, q := range p.Points {
			path.Points = append(path.Points, pt(q.X, q.Y))
		}
		f.cur.paths = append(f.cur.paths, path)
	case *chart.Circle:
		f.cur.paths = append(f.cur.paths, pdfobj.Path{
			Points: []pdfobj.Point{pt(p.X, p.Y)}, Circle: true, R: p.R,
			Filled: true, Fill: color(p.Fill),
			Stroke: color(p.Stroke.Color), Width: p.Stroke.Width,
		})
	case *chart.Text:
		f.label(p, x0, y0)
	}
}

// label draws a text of a drawing: measured with the page fonts, anchored
// and turned as the drawing says.
func (f *flow) label(t *chart.Text, x0, y0 float64) {
	var st styled
	st.add(t.Text, t.Face)
	m := f.sh.measure(st, t.Size)
	l := Line{Start: 0, End: len(m.text)}
	pos := 0.0
	for i := range m.text {
		l.X = append(l.X, pos)
		pos += m.widths[i]
	}
	off := 0.0
	switch t.Anchor {
	case chart.Middle:
		off = pos / 2
	case chart.End:
		off = pos
	}
	sin, cos := math.Sincos(t.Rotate * math.Pi / 180)
	ax, ay := x0+t.X-off*cos, y0+t.Y-off*sin
	runs := m.runs(l, 0, 0)
	for i := range runs {
		dx := runs[i].x
		runs[i].x, runs[i].y = ax+dx*cos, ay+dx*sin
		runs[i].rotate = t.Rotate
		runs[i].color = color(t.Fill)
		runs[i].figure = true
	}
	f.addLine(runs)
}

// color converts a chart colour.
func color(c chart.Color) pdfobj.Color {
	return pdfobj.Color{float64(c.R) / 255, float64(c.G) / 255, float64(c.B) / 255}
}
