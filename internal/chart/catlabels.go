package chart

import (
	"math"
	"strings"
	"unicode"

	"zongjie/internal/fonts"
)

// How category labels are set, tried in this order until the labels fit
// without touching: on one line; wrapped onto two lines; turned 45°; and
// failing those, only every k-th label (thinned), on one or two lines or
// turned.
type catMode int

const (
	catFlat    catMode = iota // one line each
	catWrapped                // one or two lines each
	catTurned                 // one line each, turned 45°, rising to the right
)

// catLayout is where the category labels go under the axis.
type catLayout struct {
	mode catMode
	// lines holds each category's label lines; nil for a label left out
	// by thinning.
	lines [][]string
	// every is the thinning: every-th label is shown (1 shows all).
	every  int
	height float64 // the space the labels take under the axis
	// over is how far the labels reach past the plot's left and right
	// ends (a long first label, a turned one, a thinned one spanning
	// several bands); the plot is narrowed to keep them in the drawing.
	over [2]float64
}

// overhang works out catLayout.over for bands of width bw.
func (l *catLayout) overhang(bw, size float64, width func(string) float64) {
	n := float64(len(l.lines))
	l.over = [2]float64{}
	for i, lines := range l.lines {
		cx := (float64(i) + 0.5) * bw
		for _, line := range lines {
			w := width(line)
			lo, hi := cx-w/2, cx+w/2
			if l.mode == catTurned {
				// The end's top corner lies turnedLift up and left of the
				// anchor; the start reaches w·sin45 further left; the
				// end's bottom corner lies descent·sin45 right.
				ax := cx + turnedShift*size
				lo, hi = ax-w*sin45-turnedLift*size, ax+descent*size*sin45
			}
			l.over[0] = math.Max(l.over[0], -lo)
			l.over[1] = math.Max(l.over[1], hi-n*bw)
		}
	}
}

// Spacing of category labels, in ems of their size.
const (
	catGap      = 0.5 // free space between two labels side by side
	catLineH    = 1.2 // the distance between the lines of a wrapped label
	catTopGap   = 0.6 // from the axis down to the labels, clear of the tick label at the axis
	turnedSep   = 1.1 // the distance turned labels' baselines need
	sin45       = math.Sqrt2 / 2
	turnedLift  = 0.62 // turned: the top of the label's end lies this far up and left of its anchor
	turnedShift = 0.27 // turned: the anchor lies this far right of the band's centre, so the end's middle is on it
)

// layoutCategories sets the labels of n categories in bands of width bw,
// their lines at most maxH deep under the axis.
func layoutCategories(names []string, bw float64, m Metrics, face fonts.Face, size, maxH float64) catLayout {
	width := func(s string) float64 { return m.Width(s, face, size) }
	// First without shortening any label; then, when no thinning helps,
	// turning and shortening the labels too long even for that.
	for _, cut := range []bool{false, true} {
		for every := 1; every <= max(len(names), 1); every++ {
			room := float64(every)*bw - catGap*size
			shown := func(i int) bool { return i%every == 0 }
			// One line each.
			if fits(names, shown, func(s string) bool { return width(s) <= room }) {
				return flatLayout(names, shown, every, catFlat, size, func(s string) []string { return []string{s} })
			}
			// Two lines each.
			if 2*catLineH*size+catTopGap*size <= maxH {
				ok := fits(names, shown, func(s string) bool { _, ok := wrap2(s, room, width); return ok })
				if ok {
					return flatLayout(names, shown, every, catWrapped, size, func(s string) []string {
						lines, _ := wrap2(s, room, width)
						return lines
					})
				}
			}
			// Turned 45°: neighbours' baselines must lie far enough apart.
			if float64(every)*bw*sin45 >= turnedSep*size {
				if l, ok := turnedLayout(names, shown, every, size, maxH, width, cut); ok {
					return l
				}
			}
		}
	}
	return catLayout{every: max(len(names), 1), lines: make([][]string, len(names))}
}

// fits reports whether every shown label passes ok.
func fits(names []string, shown func(int) bool, ok func(string) bool) bool {
	for i, s := range names {
		if shown(i) && !ok(s) {
			return false
		}
	}
	return true
}

func flatLayout(names []string, shown func(int) bool, every int, mode catMode, size float64, lines func(string) []string) catLayout {
	l := catLayout{mode: mode, every: every, lines: make([][]string, len(names))}
	deepest := 0
	for i, s := range names {
		if shown(i) {
			l.lines[i] = lines(s)
			deepest = max(deepest, len(l.lines[i]))
		}
	}
	l.height = catTopGap*size + (ascent+descent)*size + float64(deepest-1)*catLineH*size
	return l
}

// turnedLayout turns the labels 45°, shortening with "…" a label whose
// turned depth would pass maxH when cut is set; else ok is false when one
// would.
func turnedLayout(names []string, shown func(int) bool, every int, size, maxH float64, width func(string) float64, cut bool) (catLayout, bool) {
	l := catLayout{mode: catTurned, every: every, lines: make([][]string, len(names))}
	// A turned label of advance w reaches w·sin45 down and left of its end,
	// plus its em depth across.
	longest := (maxH-catTopGap*size)/sin45 - (ascent+descent)*size
	deepest := 0.0
	for i, s := range names {
		if !shown(i) {
			continue
		}
		if short := shorten(s, longest, width); short != s {
			if !cut {
				return catLayout{}, false
			}
			s = short
		}
		l.lines[i] = []string{s}
		w := width(s)
		deepest = math.Max(deepest, (w+(ascent+descent)*size)*sin45)
	}
	l.height = catTopGap*size + deepest
	return l, true
}

// shorten cuts s to at most limit wide, ending it with "…" when cut.
func shorten(s string, limit float64, width func(string) float64) string {
	if width(s) <= limit {
		return s
	}
	r := []rune(s)
	for n := len(r) - 1; n > 0; n-- {
		if t := string(r[:n]) + "…"; width(t) <= limit {
			return t
		}
	}
	return "…"
}

// unitSuffixes end the names of units, groups and kinds; a two-line label
// breaks before one of them first (瓯北 / 中心小学), longest first.
var unitSuffixes = []string{
	"中心小学", "中心学校", "中心幼儿园", "幼儿园", "委员会", "联合会", "中小学",
	"小学", "中学", "学校", "学区", "学院", "大学", "医院", "公司", "集团", "工会",
	"分会", "中心", "社区", "街道", "补助", "慰问金", "助学金",
}

// wrap2 splits s into at most two lines each at most room wide: one line
// when it fits; else at the break that keeps a unit's suffix whole, or
// else the break that balances the two lines best. ok is false when no
// break fits.
func wrap2(s string, room float64, width func(string) float64) ([]string, bool) {
	if width(s) <= room {
		return []string{s}, true
	}
	r := []rune(s)
	fit := func(i int) bool { return width(string(r[:i])) <= room && width(string(r[i:])) <= room }
	for _, suf := range unitSuffixes {
		if strings.HasSuffix(s, suf) {
			i := len(r) - len([]rune(suf))
			if i > 0 && breakable(r, i) && fit(i) {
				return []string{string(r[:i]), string(r[i:])}, true
			}
		}
	}
	best, bestDiff := -1, math.Inf(1)
	for i := 1; i < len(r); i++ {
		if !breakable(r, i) || !fit(i) {
			continue
		}
		diff := math.Abs(width(string(r[:i])) - width(string(r[i:])))
		if soft(r, i) {
			diff -= room // a break at a separator wins over balance
		}
		if diff < bestDiff {
			best, bestDiff = i, diff
		}
	}
	if best < 0 {
		return nil, false
	}
	return []string{string(r[:best]), strings.TrimLeft(string(r[best:]), " ")}, true
}

// breakable reports whether a line may break before r[i]: not inside a
// run of Latin letters and digits, not before closing punctuation, not
// after opening punctuation (the kinsoku rules of Chinese typesetting).
func breakable(r []rune, i int) bool {
	a, b := r[i-1], r[i]
	if isWordRune(a) && isWordRune(b) {
		return false
	}
	if strings.ContainsRune("）)」』】〕》〉，,。.、：:；;！!？?％%·…", b) {
		return false
	}
	return !strings.ContainsRune("（(「『【〔《〈", a)
}

// soft reports whether a break before r[i] falls at a separator (after a
// space, a 、 or a ·, or before an opening bracket).
func soft(r []rune, i int) bool {
	return strings.ContainsRune(" 、·/", r[i-1]) || strings.ContainsRune("（(", r[i])
}

func isWordRune(c rune) bool {
	return c < 0x80 && (unicode.IsLetter(c) || unicode.IsDigit(c)) || unicode.Is(unicode.Nd, c)
}
