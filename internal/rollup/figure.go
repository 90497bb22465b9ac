package rollup

import (
	"math/big"
	"strconv"

	"zongjie/internal/num"
	"zongjie/internal/record"
)

// Bounds of an approximate sum: on which sides of its number the true
// figure may lie. Over alone is "X以上", Under alone "近X", both "约X".
const (
	bOver uint8 = 1 << iota
	bUnder
)

// figure is a summed count or amount as the merge goes: exact and
// approximate contributions kept apart, so that the sum is exact only when
// every contribution was and every contributor gave one.
type figure struct {
	stated bool // some contributor gave it
	// missing: some contributor that gave figures in the same record did
	// not give this one, so the sum is short by what it would have given.
	missing bool
	// conflict: the figure was left out because a field it goes with
	// differs (roll:"with=…"), read back from a partial roll-up.
	conflict bool
	overflow bool
	exact    int64 // sum of the exact contributions, in ones or 分
	approx   int64 // sum of the approximate contributions' numbers
	bounds   uint8
	nExact   uint8 // contributions, counted up to 2
	nApprox  uint8
	// words is the one approximate contribution as written, kept when it
	// is the figure's only contribution.
	words string
	// at are where the first contributions were written (up to maxAt), for
	// an audit's message.
	at []record.Pos
}

// maxAt is how many positions of its contributions a figure keeps.
const maxAt = 3

func inc(n uint8) uint8 { return min(n+1, 2) }

// addExact adds an exact contribution.
func (f *figure) addExact(v int64, at record.Pos) {
	f.stated = true
	f.nExact = inc(f.nExact)
	f.exact, f.overflow = addInt(f.exact, v, f.overflow)
	f.note(at)
}

// addApprox adds an approximate contribution a of kind k.
func (f *figure) addApprox(a num.Approx, k figKind, at record.Pos) {
	f.stated = true
	f.nApprox = inc(f.nApprox)
	v, ok := baseUnits(a.Value(), k)
	if !ok {
		f.overflow = true
	}
	f.approx, f.overflow = addInt(f.approx, v, f.overflow)
	switch a.Bound() {
	case num.Over:
		f.bounds |= bOver
	case num.Under:
		f.bounds |= bUnder
	default:
		f.bounds |= bOver | bUnder
	}
	if f.nApprox == 1 {
		f.words = a.String()
	}
	f.note(at)
}

// note keeps a contribution's position.
func (f *figure) note(at record.Pos) {
	if at.File != "" && len(f.at) < maxAt {
		f.at = append(f.at, at)
	}
}

// merge adds another figure's contributions.
func (f *figure) merge(g *figure) {
	if g == nil {
		return
	}
	f.stated = f.stated || g.stated
	f.missing = f.missing || g.missing
	f.conflict = f.conflict || g.conflict
	f.overflow = f.overflow || g.overflow
	f.exact, f.overflow = addInt(f.exact, g.exact, f.overflow)
	f.approx, f.overflow = addInt(f.approx, g.approx, f.overflow)
	f.bounds |= g.bounds
	if f.nApprox == 0 && g.nApprox == 1 {
		f.words = g.words
	}
	f.nExact = min(f.nExact+g.nExact, 2)
	f.nApprox = min(f.nApprox+g.nApprox, 2)
	for _, at := range g.at {
		if len(f.at) < maxAt {
			f.at = append(f.at, at)
		}
	}
}

// isExact reports whether the sum is exact: stated, every contribution
// exact, no contributor without it.
func (f *figure) isExact() bool {
	return f.stated && !f.conflict && f.nApprox == 0 && !f.missing
}

// value is the figure's number: the exact sum, or the number an
// approximate sum is about.
func (f *figure) value() int64 { return f.exact + f.approx }

// approximate returns the sum as an approximate figure: as written when it
// is one contribution, else in the canonical words of its number and
// bounds (a sum short of contributors lies above its number: X以上).
func (f *figure) approximate(k figKind) (num.Approx, bool) {
	if f.nApprox == 1 && f.nExact == 0 && !f.missing && f.words != "" {
		if a, ok, err := num.ParseApprox(f.words, approxKind(k)); ok && err == nil {
			return a, true
		}
	}
	b := f.bounds
	if f.missing {
		b |= bOver
	}
	a, ok, err := num.ParseApprox(approxWords(f.value(), b, k), approxKind(k))
	return a, ok && err == nil && f.value() > 0
}

func approxKind(k figKind) num.Kind {
	if k == figMoney {
		return num.KindMoney
	}
	return num.KindCount
}

// approxWords writes a number and its bounds as a clerk would: 3127以上,
// 近200, 约10.5万元; money in 万元 when it is a whole number of 百元 of at
// least 1万元, else in 元.
func approxWords(v int64, bounds uint8, k figKind) string {
	digits := strconv.FormatInt(v, 10)
	unit := ""
	if k == figMoney {
		unit = "元"
		const wan, hundred = 10000 * 100, 100 * 100
		if v >= wan && v%hundred == 0 {
			digits = num.FormatRat(big.NewRat(v, wan), 2, true) + "万"
		} else {
			digits = num.Money(v).String()
		}
	}
	switch bounds {
	case bOver:
		return digits + unit + "以上"
	case bUnder:
		return "近" + digits + unit
	}
	return "约" + digits + unit
}

// baseUnits converts an approximate figure's number to ones or 分.
func baseUnits(r *big.Rat, k figKind) (int64, bool) {
	if k == figMoney {
		r = new(big.Rat).Mul(r, big.NewRat(100, 1))
	}
	if !r.IsInt() || !r.Num().IsInt64() {
		return 0, false
	}
	return r.Num().Int64(), true
}

// addInt adds two non-overflowing int64s, reporting overflow.
func addInt(a, b int64, over bool) (int64, bool) {
	s := a + b
	if (b > 0 && s < a) || (b < 0 && s > a) {
		return 0, true
	}
	return s, over
}
