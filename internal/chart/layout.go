package chart

import (
	"math"
	"math/big"
	"strings"

	"zongjie/internal/cnfmt"
)

// Layout lays the chart out in a box of the given size (points) with the
// default style, measuring text with m. Every writer draws the same
// drawing: a PDF writer passes its fonts' metrics, HTML and DOCX
// GridMetrics. An invalid chart (see Chart.Valid) or an empty box gives a
// drawing with no primitives.
func Layout(c Chart, box Size, m Metrics) Drawing { return DefaultStyle().Layout(c, box, m) }

// Spacing of the drawing, in points.
const (
	pad        = 4.0 // free margin around the drawing
	tickGap    = 4   // between a tick label and the plot
	labelGap   = 3   // between a bar's end or a marker and its value label
	markerR    = 3   // a marker's radius
	lineWidth  = 1.75
	gridWidth  = 0.5
	axisWidth  = 0.75
	swatchW    = 14  // a legend entry's sample
	legendSep  = 14  // between legend entries
	legendGap  = 4   // between a sample and its name
	maxCatFrac = 0.4 // the category labels take at most this share of the height
)

// plot is the chart's geometry while it is laid out.
type plot struct {
	st Style
	c  Chart
	m  Metrics
	sz Size

	bars, lines []int // the series drawn as bars and as lines
	right       bool  // a second axis on the right
	left, rgt   Scale
	x0, x1      float64 // the plot area
	y0, y1      float64 // top and bottom of the plot area
	bw          float64 // a category's band width
	cats        catLayout

	out      []Prim
	texts    []*Text
	barBoxes []box   // the bars, which line labels keep off if they can
	markers  []box   // the markers, which labels keep off
	segments [][2]Pt // the lines' segments, which labels keep off
}

// Layout lays the chart out in a box with this style; see Layout.
func (st Style) Layout(c Chart, sz Size, m Metrics) Drawing {
	d := Drawing{Size: sz, Title: c.Title, Desc: c.Summary()}
	if !c.Valid() || !(sz.W > 0) || !(sz.H > 0) {
		return d
	}
	p := &plot{st: st, c: c, m: m, sz: sz}
	p.assign()
	top := p.legend()
	if strings.TrimSpace(p.unitTitle(Left)) != "" {
		top += st.Size * 1.6
	}
	p.y0 = top + st.Size*0.5
	p.frame()
	p.grid()
	p.drawBars()
	p.axisLine()
	p.drawLines()
	p.tickLabels()
	p.categoryLabels()
	p.valueLabels()
	for _, t := range p.texts {
		p.out = append(p.out, t)
	}
	d.Prims = p.out
	d.Plot = Area{p.x0, p.y0, p.x1 - p.x0, p.y1 - p.y0}
	d.LeftAxis = p.left
	if p.right {
		d.RightAxis = p.rgt
	}
	return d
}

// assign decides which series are bars and which lines.
func (p *plot) assign() {
	for i, s := range p.c.Series {
		switch {
		case p.c.Kind == Line, p.c.Kind == BarLine && s.Axis == Right:
			p.lines = append(p.lines, i)
		default:
			p.bars = append(p.bars, i)
		}
	}
	p.right = p.c.Kind == BarLine && len(p.lines) > 0 && len(p.bars) > 0
}

// color is the colour series i is drawn in.
func (p *plot) color(i int) Color {
	if p.right && p.isLine(i) {
		return p.st.LineColor
	}
	return p.st.color(i)
}

func (p *plot) isLine(i int) bool {
	for _, j := range p.lines {
		if j == i {
			return true
		}
	}
	return false
}

// legend lays the legend out at the top, one or more centred rows, when
// there are two series or more, and returns where the rows end.
func (p *plot) legend() float64 {
	size := p.st.Size
	if len(p.c.Series) < 2 {
		return pad
	}
	type entry struct {
		i    int
		name string
		w    float64
	}
	var rows [][]entry
	var widths []float64
	avail := p.sz.W - 2*pad
	for i, s := range p.c.Series {
		name := s.Name
		if p.right && s.Axis == Right {
			name += "（右轴）"
		}
		e := entry{i, name, swatchW + legendGap + p.m.Width(name, p.st.Face, size)}
		n := len(rows)
		if n == 0 || widths[n-1]+legendSep+e.w > avail {
			rows = append(rows, nil)
			widths = append(widths, -legendSep)
			n++
		}
		rows[n-1] = append(rows[n-1], e)
		widths[n-1] += legendSep + e.w
	}
	rowH := size * 1.5
	y := pad
	for r, row := range rows {
		x := (p.sz.W - widths[r]) / 2
		base := y + ascent*size
		mid := base - (ascent-descent)/2*size
		for _, e := range row {
			c := p.color(e.i)
			if p.isLine(e.i) {
				p.out = append(p.out,
					&Segment{x, mid, x + swatchW, mid, Stroke{c, lineWidth}, RoleLegendSwatch},
					&Circle{x + swatchW/2, mid, markerR, Color{0xff, 0xff, 0xff}, Stroke{c, 1.5}, RoleLegendSwatch, e.i})
			} else {
				h := size * 0.7
				p.out = append(p.out, &Rect{x, mid - h/2, swatchW, h, c, p.st.outline(c), RoleLegendSwatch, e.i})
			}
			p.texts = append(p.texts, &Text{X: x + swatchW + legendGap, Y: base, Text: e.name, Size: size,
				Face: p.st.Face, Anchor: Start, Fill: p.st.Text, Role: RoleLegendLabel, Series: e.i})
			x += e.w + legendSep
		}
		y += rowH
	}
	return y
}

// unitTitle words an axis' unit: "单位：万元"; "" for an axis with no
// series.
func (p *plot) unitTitle(a Axis) string {
	for _, i := range p.axisSeries(a) {
		return "单位：" + p.c.Series[i].Unit
	}
	return ""
}

// axisSeries lists the series measured on an axis.
func (p *plot) axisSeries(a Axis) []int {
	if !p.right {
		if a == Right {
			return nil
		}
		all := make([]int, len(p.c.Series))
		for i := range all {
			all[i] = i
		}
		return all
	}
	if a == Left {
		return p.bars
	}
	return p.lines
}

// frame fixes the plot area, the scales and the category labels, which
// depend on each other (tick labels' width sets the plot's width, which
// sets the category labels' depth, which sets the plot's height, which
// sets the ticks): a few rounds until nothing moves.
func (p *plot) frame() {
	size := p.st.Size
	width := func(s string) float64 { return p.m.Width(s, p.st.Face, size) }
	leftW, rightW := 0.0, 0.0
	var over [2]float64
	for range 8 {
		p.x0 = math.Max(pad+leftW+tickGap, pad+over[0])
		p.x1 = p.sz.W - pad
		if p.right {
			p.x1 -= rightW + tickGap
		} else {
			p.x1 -= size * 0.5
		}
		p.x1 = math.Min(p.x1, p.sz.W-pad-over[1])
		p.bw = (p.x1 - p.x0) / float64(len(p.c.Categories))
		p.cats = layoutCategories(p.c.Categories, p.bw, p.m, p.st.Face, size, maxCatFrac*p.sz.H)
		p.cats.overhang(p.bw, size, width)
		p.y1 = p.sz.H - pad - p.cats.height
		p.scales()
		lw, rw := p.tickWidth(p.left), 0.0
		if p.right {
			rw = p.tickWidth(p.rgt)
		}
		// The plot only narrows from round to round, so this ends.
		lw, rw = math.Max(lw, leftW), math.Max(rw, rightW)
		o := [2]float64{math.Max(over[0], p.cats.over[0]), math.Max(over[1], p.cats.over[1])}
		if lw == leftW && rw == rightW && o == over {
			return
		}
		leftW, rightW, over = lw, rw, o
	}
}

// tickWidth is the width of an axis' widest tick label.
func (p *plot) tickWidth(s Scale) float64 {
	w := 0.0
	for i := 0; i <= s.N; i++ {
		w = math.Max(w, p.m.Width(s.Label(i), p.st.Face, p.st.Size))
	}
	return w
}

// scales sets the value axes for the plot's height.
func (p *plot) scales() {
	size := p.st.Size
	h := p.y1 - p.y0
	maxN := min(max(int(h/(size*2.4)), 2), 6)
	labelRoom := (ascent + descent) * size * 1.1
	if h <= labelRoom*2 {
		labelRoom = h / 3
	}
	switch {
	case len(p.bars) > 0:
		lo, hi := p.extent(p.bars, p.c.Kind == Stacked)
		lo, hi = math.Min(lo, 0), math.Max(hi, 0)
		head := labelRoom / h // a value label above the tallest bar
		if p.right {
			head = 0.38 // the rate line runs above the bars
		}
		// Widen the range so the labels' share of it lies beyond the
		// bars on the sides where there are bars: R = (hi−lo) + sides·head·R.
		sides := 0.0
		if hi > 0 {
			sides++
		}
		if lo < 0 {
			sides++
		}
		if r := (hi - lo) / (1 - sides*head); sides > 0 && head*sides < 0.9 {
			if hi > 0 {
				hi += head * r
			}
			if lo < 0 {
				lo -= head * r
			}
		}
		p.left = niceScale(lo, hi, maxN, p.precision(p.bars))
		if p.right {
			vmin, vmax := p.extent(p.lines, false)
			top := 1 - labelRoom/h
			p.rgt = bandScale(vmin, vmax, p.left.N, p.precision(p.lines),
				[][2]float64{{0.7, top}, {0.5, top}, {0.2, top}}, p.ceiling(p.lines))
		}
	default:
		vmin, vmax := p.extent(p.lines, false)
		top := 1 - labelRoom/h
		p.left = bandScale(vmin, vmax, maxN, p.precision(p.lines),
			[][2]float64{{0.15, top}, {0.05, top}}, p.ceiling(p.lines))
	}
}

// extent is the smallest and largest figure of the series (stacked: the
// sums of each category's positive and negative figures).
func (p *plot) extent(series []int, stacked bool) (lo, hi float64) {
	lo, hi = math.Inf(1), math.Inf(-1)
	for c := range p.c.Categories {
		pos, neg := 0.0, 0.0
		for _, i := range series {
			v := p.c.Series[i].Points[c].Float()
			if !stacked {
				lo, hi = math.Min(lo, v), math.Max(hi, v)
				continue
			}
			if v >= 0 {
				pos += v
			} else {
				neg += v
			}
		}
		if stacked {
			lo, hi = math.Min(lo, neg), math.Max(hi, pos)
		}
	}
	return lo, hi
}

// precision is the most decimals the series show: ticks need no more.
func (p *plot) precision(series []int) int {
	prec := 0
	for _, i := range series {
		prec = max(prec, p.c.Series[i].Precision)
	}
	return prec
}

// ceiling is 100 for series in percent (an axis of rates stops at 100%
// when the rates do), else no ceiling (NaN).
func (p *plot) ceiling(series []int) float64 {
	for _, i := range series {
		if p.c.Series[i].Unit != "%" {
			return math.NaN()
		}
	}
	return 100
}

// y is the height on the page of value v on scale s.
func (p *plot) y(s Scale, v float64) float64 { return p.y1 - s.Pos(v)*(p.y1-p.y0) }

// scaleOf is the scale series i is measured on.
func (p *plot) scaleOf(i int) Scale {
	if p.right && p.isLine(i) {
		return p.rgt
	}
	return p.left
}

// cx is the centre of category c's band.
func (p *plot) cx(c int) float64 { return p.x0 + (float64(c)+0.5)*p.bw }

// grid draws a gridline at every tick of the left axis but the one the
// category axis lies on.
func (p *plot) grid() {
	base := p.baseline()
	for i := 0; i <= p.left.N; i++ {
		y := p.y(p.left, p.left.Tick(i))
		if math.Abs(y-base) < 0.01 {
			continue
		}
		p.out = append(p.out, &Segment{p.x0, y, p.x1, y, Stroke{p.st.Grid, gridWidth}, RoleGrid})
	}
}

// baseline is where the category axis runs: at zero when the left axis
// spans it, else at the bottom.
func (p *plot) baseline() float64 {
	if p.left.Min() <= 0 && p.left.Max() >= 0 {
		return p.y(p.left, 0)
	}
	return p.y1
}

func (p *plot) axisLine() {
	y := p.baseline()
	p.out = append(p.out, &Segment{p.x0, y, p.x1, y, Stroke{p.st.Axis, axisWidth}, RoleAxis})
}

// barSlot is the left edge and width of series k's bar (k-th of nb) in
// category c.
func (p *plot) barSlot(c, k, nb int) (x, w float64) {
	group := p.bw * 0.56
	if nb > 1 {
		group = p.bw * math.Min(0.8, 0.4+0.15*float64(nb))
	}
	w = group / float64(nb)
	return p.cx(c) - group/2 + float64(k)*w, w
}

// drawBars draws the bars: side by side, or stacked.
func (p *plot) drawBars() {
	if len(p.bars) == 0 {
		return
	}
	zero := p.y(p.left, 0)
	for c := range p.c.Categories {
		if p.c.Kind == Stacked {
			x, w := p.barSlot(c, 0, 1)
			pos, neg := 0.0, 0.0
			for _, i := range p.bars {
				v := p.c.Series[i].Points[c].Float()
				from := &pos
				if v < 0 {
					from = &neg
				}
				ya, yb := p.y(p.left, *from), p.y(p.left, *from+v)
				*from += v
				p.bar(i, x, w, ya, yb)
			}
			continue
		}
		for k, i := range p.bars {
			x, w := p.barSlot(c, k, len(p.bars))
			gap := math.Min(1, w*0.1)
			if len(p.bars) == 1 {
				gap = 0
			}
			p.bar(i, x+gap/2, w-gap, zero, p.y(p.left, p.c.Series[i].Points[c].Float()))
		}
	}
}

// bar draws series i's bar between heights ya and yb.
func (p *plot) bar(i int, x, w, ya, yb float64) {
	top, h := math.Min(ya, yb), math.Abs(ya-yb)
	c := p.color(i)
	p.out = append(p.out, &Rect{x, top, w, h, c, p.st.outline(c), RoleBar, i})
	p.barBoxes = append(p.barBoxes, box{x, top, x + w, top + h})
}

// drawLines draws the line series with their markers.
func (p *plot) drawLines() {
	white := Color{0xff, 0xff, 0xff}
	for _, i := range p.lines {
		s := p.scaleOf(i)
		c := p.color(i)
		pts := make([]Pt, len(p.c.Categories))
		for k := range pts {
			pts[k] = Pt{p.cx(k), p.y(s, p.c.Series[i].Points[k].Float())}
		}
		p.out = append(p.out, &Polyline{pts, Stroke{c, lineWidth}, RoleLine, i})
		for _, q := range pts {
			p.out = append(p.out, &Circle{q.X, q.Y, markerR, white, Stroke{c, 1.5}, RoleMarker, i})
			p.markers = append(p.markers, box{q.X - markerR, q.Y - markerR, q.X + markerR, q.Y + markerR})
		}
		for k := 1; k < len(pts); k++ {
			p.segments = append(p.segments, [2]Pt{pts[k-1], pts[k]})
		}
	}
}

// tickLabels writes the axes' tick labels and units.
func (p *plot) tickLabels() {
	size := p.st.Size
	mid := (ascent - descent) / 2 * size // from a label's baseline to its middle
	axes := []struct {
		a      Axis
		s      Scale
		x      float64
		anchor Anchor
	}{{Left, p.left, p.x0 - tickGap, End}}
	if p.right {
		axes = append(axes, struct {
			a      Axis
			s      Scale
			x      float64
			anchor Anchor
		}{Right, p.rgt, p.x1 + tickGap, Start})
	}
	for _, ax := range axes {
		for i := 0; i <= ax.s.N; i++ {
			p.text(ax.x, p.y(ax.s, ax.s.Tick(i))+mid, ax.s.Label(i), size, ax.anchor, RoleTickLabel, -1)
		}
		if t := p.unitTitle(ax.a); t != "" {
			x, anchor := pad, Start
			if ax.a == Right {
				x, anchor = p.sz.W-pad, End
			}
			tt := p.text(x, p.y0-size*0.9, t, size, anchor, RoleAxisTitle, -1)
			tt.Face = p.st.TitleFace
		}
	}
}

// text adds a text in the style's face and colour.
func (p *plot) text(x, y float64, s string, size float64, a Anchor, r Role, series int) *Text {
	t := &Text{X: x, Y: y, Text: s, Size: size, Face: p.st.Face, Anchor: a, Fill: p.st.Text, Role: r, Series: series}
	p.texts = append(p.texts, t)
	return t
}

// categoryLabels writes the category labels under the plot.
func (p *plot) categoryLabels() {
	size := p.st.Size
	top := p.y1 + catTopGap*size
	for c, lines := range p.cats.lines {
		for j, line := range lines {
			if p.cats.mode == catTurned {
				t := p.text(p.cx(c)+turnedShift*size, top+turnedLift*size, line, size, End, RoleCategoryLabel, c)
				t.Rotate = -45
				continue
			}
			p.text(p.cx(c), top+ascent*size+float64(j)*catLineH*size, line, size, Middle, RoleCategoryLabel, c)
		}
	}
}

// labelForm is how value labels are worded and sized: the figure with its
// unit at the label size, then at the small size, then the bare number at
// the small size (the axis' unit title names the unit).
type labelForm struct {
	size float64
	bare bool
}

// valueLabels writes each bar's figure above it (below a negative one;
// inside its segment for a stacked bar, with the stack's total above) and
// each marker's beside it, in the first form in which no two bar labels
// touch. A marker's label goes where it touches no other label, marker or
// line, preferring to stay off the bars too; over a bar, or where a line
// crosses a bar's label, the label gets a white ground. A label that
// cannot be placed so is left out (the figure is in Desc, and in the
// report's text).
func (p *plot) valueLabels() {
	forms := []labelForm{{p.st.Size, false}, {p.st.Small, false}, {p.st.Small, true}}
	var placed []*Text
	// First a form whose labels keep off the neighbouring bars, then one
	// whose labels only keep off each other.
	for _, offBars := range []bool{true, false} {
		for _, f := range forms {
			var ok bool
			placed, ok = p.barLabels(f, offBars)
			if ok {
				break
			}
			placed = nil
		}
		if placed != nil {
			break
		}
	}
	hard := append([]box(nil), p.markers...)
	for _, t := range placed {
		hard = append(hard, bounds(t, p.m).grow(0.5))
	}
	form := forms[0]
	if len(placed) > 0 {
		form.size = placed[0].Size
	}
	for _, i := range p.lines {
		s := p.scaleOf(i)
		for c := range p.c.Categories {
			pt := p.c.Series[i].Points[c]
			if t, ok := p.lineLabel(i, c, p.y(s, pt.Float()), pt, form, hard); ok {
				placed = append(placed, t)
				hard = append(hard, bounds(t, p.m).grow(0.5))
			}
		}
	}
	for _, t := range placed {
		b := bounds(t, p.m).grow(1)
		if t.Fill == p.st.Text && (t.Role == RoleValueLabel && p.isLine(t.Series) && hitsAny(b, p.barBoxes) || p.crossesLine(b)) {
			p.out = append(p.out, &Rect{b.x0, b.y0, b.x1 - b.x0, b.y1 - b.y0, Color{0xff, 0xff, 0xff}, Stroke{}, RoleLabelGround, t.Series})
		}
		p.texts = append(p.texts, t)
	}
}

// lineLabel places the label of series i's point in category c (at
// height y): above or below (below first in a valley), then beside, each
// clear of the hard boxes, the plot's edges and the lines, first also
// clear of the bars.
func (p *plot) lineLabel(i, c int, y float64, pt Point, f labelForm, hard []box) (*Text, bool) {
	x := p.cx(c)
	up := y - markerR - labelGap
	down := y + markerR + labelGap + ascent*f.size
	side := y + (ascent-descent)/2*f.size
	cands := []struct {
		x, y float64
		a    Anchor
	}{
		{x, up, Middle}, {x, down, Middle},
		{x + markerR + labelGap, up, Start}, {x - markerR - labelGap, up, End},
		{x + markerR + labelGap, down, Start}, {x - markerR - labelGap, down, End},
		{x + markerR + labelGap, side, Start}, {x - markerR - labelGap, side, End},
	}
	if p.valley(i, c) {
		cands[0], cands[1] = cands[1], cands[0]
	}
	for _, offBars := range []bool{true, false} {
		for _, k := range cands {
			t := p.valueText(k.x, k.y, pt, i, f)
			t.Anchor = k.a
			b := bounds(t, p.m)
			if b.y0 < p.y0-f.size || b.y1 > p.y1 || !p.within(b) {
				continue
			}
			g := b.grow(0.5)
			if hitsAny(g, hard) || p.crossesLine(g) || offBars && hitsAny(g, p.barBoxes) {
				continue
			}
			return t, true
		}
	}
	return nil, false
}

// valley reports whether series i's point in category c lies below both
// its neighbours (on the page: lower), where its label goes underneath.
func (p *plot) valley(i, c int) bool {
	v := p.c.Series[i].Points[c].Float()
	below := 0
	for _, n := range []int{c - 1, c + 1} {
		if n >= 0 && n < len(p.c.Categories) {
			if p.c.Series[i].Points[n].Float() <= v {
				return false
			}
			below++
		}
	}
	return below > 0
}

// crossesLine reports whether a line of a series passes through b.
func (p *plot) crossesLine(b box) bool {
	for _, s := range p.segments {
		if segmentHits(s[0], s[1], b) {
			return true
		}
	}
	return false
}

// segmentHits reports whether the segment from a to b passes through box
// r (Liang–Barsky clipping).
func segmentHits(a, b Pt, r box) bool {
	t0, t1 := 0.0, 1.0
	dx, dy := b.X-a.X, b.Y-a.Y
	for _, e := range [4][2]float64{{-dx, a.X - r.x0}, {dx, r.x1 - a.X}, {-dy, a.Y - r.y0}, {dy, r.y1 - a.Y}} {
		q, d := e[0], e[1]
		if q == 0 {
			if d < 0 {
				return false
			}
			continue
		}
		t := d / q
		if q < 0 {
			t0 = math.Max(t0, t)
		} else {
			t1 = math.Min(t1, t)
		}
		if t0 > t1 {
			return false
		}
	}
	return true
}

// hitsAny reports whether b overlaps any of the boxes.
func hitsAny(b box, boxes []box) bool {
	for _, o := range boxes {
		if b.overlaps(o) {
			return true
		}
	}
	return false
}

// valueText makes the label of point pt of series i at x, baseline y.
func (p *plot) valueText(x, y float64, pt Point, i int, f labelForm) *Text {
	s := pt.Label
	if f.bare {
		s = strings.TrimSuffix(s, p.c.Series[i].Unit)
	}
	return &Text{X: x, Y: y, Text: s, Size: f.size, Face: p.st.Face, Anchor: Middle, Fill: p.st.Text, Role: RoleValueLabel, Series: i}
}

// barLabels makes the bars' labels in form f; ok is false when two of
// them would touch, or one would leave the drawing, or (offBars) one of
// grouped bars would run onto a bar.
func (p *plot) barLabels(f labelForm, offBars bool) ([]*Text, bool) {
	var out []*Text
	zero := p.y(p.left, 0)
	for c := range p.c.Categories {
		if p.c.Kind == Stacked {
			out = append(out, p.stackLabels(c, f)...)
			continue
		}
		for k, i := range p.bars {
			x, w := p.barSlot(c, k, len(p.bars))
			pt := p.c.Series[i].Points[c]
			y := p.y(p.left, pt.Float())
			if y <= zero { // upward (or zero): above the bar
				out = append(out, p.valueText(x+w/2, y-labelGap, pt, i, f))
			} else {
				out = append(out, p.valueText(x+w/2, y+labelGap+ascent*f.size, pt, i, f))
			}
		}
	}
	if offBars && len(p.bars) > 1 && p.c.Kind != Stacked {
		// Side by side, a label wider than its bar should not run onto
		// the taller bar beside it, where it reads as that bar's.
		for _, t := range out {
			if hitsAny(bounds(t, p.m), p.barBoxes) {
				return out, false
			}
		}
	}
	return out, p.clear(out)
}

// stackLabels labels the segments of category c's stack that can hold
// their figure, and the stack's total above it.
func (p *plot) stackLabels(c int, f labelForm) []*Text {
	var out []*Text
	x, w := p.barSlot(c, 0, 1)
	pos := 0.0
	for _, i := range p.bars {
		pt := p.c.Series[i].Points[c]
		v := pt.Float()
		if v <= 0 {
			continue
		}
		ya, yb := p.y(p.left, pos), p.y(p.left, pos+v)
		pos += v
		t := p.valueText(x+w/2, (ya+yb)/2+(ascent-descent)/2*f.size, pt, i, f)
		if b := bounds(t, p.m); b.x1-b.x0 <= w-2 && b.y1-b.y0 <= ya-yb-2 {
			if p.color(i).Lightness() < 55 {
				t.Fill = Color{0xff, 0xff, 0xff}
			}
			out = append(out, t)
		}
	}
	if pos > 0 {
		label := p.total(c)
		if f.bare {
			label = strings.TrimSuffix(label, p.c.Series[p.bars[0]].Unit)
		}
		out = append(out, &Text{X: x + w/2, Y: p.y(p.left, pos) - labelGap, Text: label, Size: f.size,
			Face: p.st.Face, Anchor: Middle, Fill: p.st.Text, Role: RoleValueLabel, Series: -1})
	}
	return out
}

// total words the sum of category c's positive figures with the unit,
// with as many decimals as the series show.
func (p *plot) total(c int) string {
	sum := new(big.Rat)
	for _, i := range p.bars {
		if e := p.c.Series[i].Points[c].Exact; e.Sign() > 0 {
			sum.Add(sum, e)
		}
	}
	return cnfmt.Number(sum, p.precision(p.bars)) + p.c.Series[p.bars[0]].Unit
}

// within reports whether a value label's box lies between the value axes
// (clear of their tick labels) and inside the drawing.
func (p *plot) within(b box) bool {
	right := p.sz.W - pad
	if p.right {
		right = p.x1 + tickGap/2
	}
	return b.x0 >= p.x0-tickGap/2 && b.x1 <= right
}

// clear reports whether no two of the labels touch and all lie inside the
// drawing.
func (p *plot) clear(ts []*Text) bool {
	bs := make([]box, len(ts))
	for i, t := range ts {
		bs[i] = bounds(t, p.m)
		if !p.within(bs[i]) || bs[i].y0 < 0 {
			return false
		}
		for j := range i {
			if bs[i].grow(0.5).overlaps(bs[j]) {
				return false
			}
		}
	}
	return true
}
