package chart

import (
	"fmt"
	"math"
	"math/big"
	"strings"
	"testing"

	"zongjie/internal/cnfmt"
	"zongjie/internal/fonts"
)

// synth makes a chart of the given kind from figures (one slice per
// series, in unit), the series named after their index.
func synth(kind Kind, unit string, cats []string, series ...[]float64) Chart {
	c := Chart{Kind: kind, Title: "测试", Categories: cats}
	for i, vs := range series {
		s := Series{Name: fmt.Sprintf("系列%d", i+1), Unit: unit, Precision: 1}
		if kind == BarLine && i == len(series)-1 {
			s.Axis, s.Unit = Right, "%"
		}
		for _, v := range vs {
			r := new(big.Rat).SetFloat64(v)
			shown := cnfmt.Number(r, 1)
			s.Points = append(s.Points, Point{Exact: r, Shown: shown, Label: shown + s.Unit})
		}
		c.Series = append(c.Series, s)
	}
	return c
}

// names makes n category names from a pattern with %d.
func names(n int, pattern string) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = fmt.Sprintf(pattern, i+1)
	}
	return out
}

func ramp(n int, from, step float64) []float64 {
	out := make([]float64, n)
	for i := range out {
		out[i] = from + float64(i)*step
	}
	return out
}

var schools = []string{"枫林镇中心小学", "大岙中学", "瓯北中心小学", "岩头镇中心幼儿园", "实验小学", "永嘉县第二中学", "上塘学区", "桥头镇中心学校", "教师发展中心", "碧莲镇中心小学"}

// layoutCases are charts that stress the layout: long names, many
// categories, several series, negative figures.
func layoutCases() map[string]Chart {
	years := names(5, "201%d年")
	return map[string]Chart{
		"groups":         synth(Bar, "元", []string{"大岙学区", "岩头学区", "瓯北学区", "上塘学区", "直属学校", "永临学区"}, []float64{156, 136, 136, 123, 123, 115}),
		"schools":        synth(Bar, "元", schools, ramp(10, 248, -8)),
		"40 units":       synth(Bar, "人", names(40, "第%d中心小学"), ramp(40, 30, 3)),
		"150 units":      synth(Bar, "人", names(150, "单位%d"), ramp(150, 1, 1)),
		"grouped":        synth(GroupedBar, "万元", names(12, "20%d年"), ramp(12, 2.1, 0.3), ramp(12, 3.6, -0.2)),
		"grouped three":  synth(GroupedBar, "万元", years, ramp(5, 12.5, 1), ramp(5, 3, 2), ramp(5, 40, -5)),
		"bar and rate":   synth(BarLine, "人", years, []float64{160, 164, 169, 173, 178}, []float64{95.2, 95.9, 96.6, 97.2, 97.8}),
		"rate crossing":  synth(BarLine, "人", years, []float64{160, 40, 169, 20, 178}, []float64{15, 95, 10, 90, 50}),
		"stacked":        synth(Stacked, "万元", years, ramp(5, 4, 1), ramp(5, 2, 0.5), ramp(5, 0.3, 0.1)),
		"line negative":  synth(Line, "%", years, []float64{-3.5, 2.1, 6.4, -1.2, 4.4}),
		"bar negative":   synth(Bar, "万元", years, []float64{-3.5, 2.1, 6.4, -1.2, 4.4}),
		"two categories": synth(Bar, "户", []string{"困难职工", "单亲女职工"}, []float64{12, 3}),
		"long words":     synth(Bar, "万元", []string{"困难职工帮扶救助资金（含春送温暖）", "金秋助学", "医疗互助补充保险"}, []float64{13.4, 5.1, 2}),
	}
}

var boxes = []Size{{440, 260}, {300, 200}, {620, 320}, {220, 160}}

// TestLayoutNoOverlap lays every case out in several boxes and checks
// geometrically that no two texts touch, that every text and shape lies
// inside the drawing, and that bars rise from the category axis.
func TestLayoutNoOverlap(t *testing.T) {
	m := GridMetrics{}
	for name, c := range layoutCases() {
		for _, sz := range boxes {
			d := Layout(c, sz, m)
			where := fmt.Sprintf("%s in %gx%g", name, sz.W, sz.H)
			if len(d.Prims) == 0 {
				t.Errorf("%s: empty drawing", where)
				continue
			}
			checkDrawing(t, where, c, d, m)
		}
	}
}

// checkDrawing checks one drawing's geometry.
func checkDrawing(t *testing.T, where string, c Chart, d Drawing, m Metrics) {
	t.Helper()
	texts := d.Texts()
	quads := make([][4]Pt, len(texts))
	for i, tx := range texts {
		quads[i] = corners(tx, m)
		for _, q := range quads[i] {
			if q.X < -0.01 || q.Y < -0.01 || q.X > d.Size.W+0.01 || q.Y > d.Size.H+0.01 {
				t.Errorf("%s: %s %q leaves the drawing (%.2f, %.2f)", where, tx.Role, tx.Text, q.X, q.Y)
				break
			}
		}
		for j := range i {
			if quadsOverlap(quads[i], quads[j]) {
				t.Errorf("%s: %s %q overlaps %s %q", where, tx.Role, tx.Text, texts[j].Role, texts[j].Text)
			}
		}
	}
	var axis *Segment
	for _, p := range d.Prims {
		if s, ok := p.(*Segment); ok && s.Role == RoleAxis {
			axis = s
		}
	}
	if axis == nil {
		t.Fatalf("%s: no category axis", where)
	}
	shown := map[int]bool{}
	for _, p := range d.Prims {
		switch p := p.(type) {
		case *Rect:
			if p.X < -0.01 || p.Y < -0.01 || p.X+p.W > d.Size.W+0.01 || p.Y+p.H > d.Size.H+0.01 {
				t.Errorf("%s: rect %+v leaves the drawing", where, p)
			}
			if p.Role == RoleBar && c.Kind != Stacked && math.Abs(p.Y-axis.Y1) > 0.01 && math.Abs(p.Y+p.H-axis.Y1) > 0.01 {
				t.Errorf("%s: bar %+v does not start at the axis (y %.2f)", where, p, axis.Y1)
			}
		case *Text:
			if p.Role == RoleCategoryLabel {
				shown[p.Series] = true
			}
		}
	}
	if len(shown) < min(len(c.Categories), 2) {
		t.Errorf("%s: %d category labels shown of %d", where, len(shown), len(c.Categories))
	}
}

// quadsOverlap reports whether two convex quadrilaterals overlap (more
// than touch), by the separating axis theorem.
func quadsOverlap(a, b [4]Pt) bool {
	for _, q := range [][4]Pt{a, b} {
		for i := range 4 {
			p0, p1 := q[i], q[(i+1)%4]
			nx, ny := p1.Y-p0.Y, p0.X-p1.X
			amin, amax := project(a, nx, ny)
			bmin, bmax := project(b, nx, ny)
			l := math.Hypot(nx, ny)
			if l == 0 {
				continue
			}
			if amax/l <= bmin/l+0.01 || bmax/l <= amin/l+0.01 {
				return false
			}
		}
	}
	return true
}

func project(q [4]Pt, nx, ny float64) (lo, hi float64) {
	lo, hi = math.Inf(1), math.Inf(-1)
	for _, p := range q {
		v := p.X*nx + p.Y*ny
		lo, hi = math.Min(lo, v), math.Max(hi, v)
	}
	return lo, hi
}

func TestQuadsOverlap(t *testing.T) {
	sq := func(x, y float64) [4]Pt { return [4]Pt{{x, y}, {x + 1, y}, {x + 1, y + 1}, {x, y + 1}} }
	diamond := [4]Pt{{2, 0.9}, {3.1, 2}, {2, 3.1}, {0.9, 2}}
	if !quadsOverlap(sq(0, 0), sq(0.5, 0.5)) || quadsOverlap(sq(0, 0), sq(1, 0)) || quadsOverlap(sq(0, 0), sq(3, 3)) {
		t.Error("axis-aligned squares")
	}
	// The diamond's corner reaches into the unit square's bounding box but not the square.
	if quadsOverlap(sq(0.5, 0.5), diamond) == false {
		t.Error("diamond should reach the square at (1.5,1.5)")
	}
	if quadsOverlap(sq(0, 0), diamond) {
		t.Error("diamond does not reach the square at the origin")
	}
}

func TestWrap2(t *testing.T) {
	m := GridMetrics{}
	width := func(s string) float64 { return m.Width(s, fonts.Song, 10) }
	tests := []struct {
		name string
		room float64 // in ems of size 10
		want string  // lines joined by "/", "" when it cannot be wrapped
	}{
		{"瓯北中心小学", 6, "瓯北中心小学"},
		{"瓯北中心小学", 4, "瓯北/中心小学"},
		{"瓯北中心小学", 3.5, "瓯北中/心小学"},
		{"枫林镇中心小学", 4, "枫林镇/中心小学"},
		{"岩头镇中心幼儿园", 5, "岩头镇/中心幼儿园"},
		{"永嘉县第二中学", 5, "永嘉县第二/中学"},
		{"困难职工补助", 4, "困难职工/补助"},
		{"第2023届（春季）", 5, "第2023届/（春季）"},
		{"Grade12ABC", 3, ""}, // a Latin word is never cut
		{"慰问、帮扶", 3, "慰问、/帮扶"},
		{"一二三四五六七八九", 4, ""},
	}
	for _, tt := range tests {
		lines, ok := wrap2(tt.name, tt.room*10, width)
		got := strings.Join(lines, "/")
		if !ok {
			got = ""
		}
		if got != tt.want {
			t.Errorf("wrap2(%q, %g em) = %q, want %q", tt.name, tt.room, got, tt.want)
		}
	}
}

func TestCategoryModes(t *testing.T) {
	m := GridMetrics{}
	tests := []struct {
		name  string
		cats  []string
		bw    float64
		mode  catMode
		every int
	}{
		{"years fit", names(5, "201%d年"), 80, catFlat, 1},
		{"schools wrap", []string{"瓯北中心小学", "大岙中学"}, 50, catWrapped, 1},
		{"schools turn", schools, 40, catTurned, 1},
		{"many thin", names(150, "单位%d"), 2.7, catTurned, 7},
		{"many thin, no room to turn", names(150, "单位%d"), 2.7, catFlat, 16},
	}
	for _, tt := range tests {
		maxH := 100.0
		if strings.Contains(tt.name, "no room") {
			maxH = 20
		}
		l := layoutCategories(tt.cats, tt.bw, m, fonts.Song, 10.5, maxH)
		if l.mode != tt.mode || l.every != tt.every {
			t.Errorf("%s: mode %d every %d, want mode %d every %d", tt.name, l.mode, l.every, tt.mode, tt.every)
		}
	}
}

func TestLayoutDeterministic(t *testing.T) {
	for name, c := range layoutCases() {
		a := Layout(c, Size{440, 260}, GridMetrics{}).Dump()
		b := Layout(c, Size{440, 260}, GridMetrics{}).Dump()
		if a != b {
			t.Errorf("%s: two layouts differ", name)
		}
	}
}

func TestInvalidChartDrawsNothing(t *testing.T) {
	one := synth(Bar, "人", []string{"2023年"}, []float64{5})
	if d := Layout(one, Size{440, 260}, GridMetrics{}); len(d.Prims) != 0 {
		t.Errorf("a chart of one bar was drawn: %d primitives", len(d.Prims))
	}
	ok := synth(Bar, "人", []string{"甲", "乙"}, []float64{5, 6})
	if d := Layout(ok, Size{0, 260}, GridMetrics{}); len(d.Prims) != 0 {
		t.Error("an empty box was drawn in")
	}
	// A series shorter than the categories (a hand-built or fuzzed
	// document) is neither drawn nor described, and does not panic.
	short := synth(Bar, "人", []string{"甲", "乙"}, []float64{5})
	if d := Layout(short, Size{440, 260}, GridMetrics{}); len(d.Prims) != 0 || d.Desc != "" {
		t.Errorf("a series with one point for two categories gave %d primitives, desc %q", len(d.Prims), d.Desc)
	}
	if got, want := ok.Summary(), "甲：5人；乙：6人。"; got != want {
		t.Errorf("Summary = %q, want %q", got, want)
	}
}

func TestPaletteLightness(t *testing.T) {
	p := DefaultPalette
	for i := range p {
		for j := range i {
			if d := math.Abs(p[i].Lightness() - p[j].Lightness()); d < 15 {
				t.Errorf("colours %s and %s differ by L* %.1f in grey", p[i].Hex(), p[j].Hex(), d)
			}
		}
	}
	if d := math.Abs(p[0].Lightness() - p[1].Lightness()); d < 35 {
		t.Errorf("the two series of a grouped chart differ by only L* %.1f", d)
	}
	line := DefaultStyle().LineColor.Lightness()
	if line <= p[0].Lightness() || line >= p[1].Lightness() {
		t.Errorf("rate line L* %.1f not between the bars' colours", line)
	}
}
