package catalog

import (
	"math/big"
	"strings"

	"zongjie/internal/chart"
	"zongjie/internal/cnfmt"
	"zongjie/internal/prose"
	"zongjie/internal/rules"
)

// Money units: an amount series is shown in the largest unit its largest
// figure reaches, the way report text words amounts (WRITING.md §4).
var (
	wan = big.NewRat(10000, 1)
	yi  = big.NewRat(100000000, 1)
)

// moneyUnit returns the unit and divisor an amount series whose largest
// absolute figure is top is shown in: 亿元 from 1亿, 万元 from 1万, else 元.
func moneyUnit(top *big.Rat) (string, *big.Rat) {
	a := new(big.Rat).Abs(top)
	switch {
	case a.Cmp(yi) >= 0:
		return "亿元", yi
	case a.Cmp(wan) >= 0:
		return "万元", wan
	}
	return "元", big.NewRat(1, 1)
}

// displayUnit is the unit a value's series is shown in when its largest
// figure is top (only amounts depend on it).
func displayUnit(v rules.Value, top *big.Rat) (string, *big.Rat) {
	switch v.Kind {
	case rules.KindRate:
		return "%", big.NewRat(1, 100)
	case rules.KindAmount:
		return moneyUnit(top)
	case rules.KindPerCapita:
		return "元", big.NewRat(1, 1)
	}
	return v.Unit, big.NewRat(1, 1)
}

// pointOf makes the point of a computed value shown in unit (divisor div):
// the label is the report's own wording of the figure (prose.Writer.Value)
// when that wording is in unit, so a chart never words a figure otherwise
// than the text beside it; else the figure in unit with at most two
// decimals (an amount below 1万元 beside amounts in 万元).
func pointOf(pw *prose.Writer, v rules.Value, unit string, div *big.Rat) chart.Point {
	exact := new(big.Rat).Quo(v.Num, div)
	text := pw.Value(v)
	if n, ok := strings.CutSuffix(text, unit); ok && plainNumber(strings.ReplaceAll(n, ",", "")) {
		return chart.Point{Exact: exact, Shown: strings.ReplaceAll(n, ",", ""), Label: text, Subject: v.Subject}
	}
	prec := v.Precision
	if v.Kind == rules.KindAmount {
		prec = 2
	}
	shown := cnfmt.Number(exact, prec)
	return chart.Point{Exact: exact, Shown: shown, Label: shown + unit, Subject: v.Subject}
}

// plainNumber reports whether s is a decimal number: optional minus,
// digits, at most one point.
func plainNumber(s string) bool {
	s = strings.TrimPrefix(s, "-")
	whole, frac, _ := strings.Cut(s, ".")
	if whole == "" {
		return false
	}
	for _, part := range []string{whole, frac} {
		for _, c := range part {
			if c < '0' || c > '9' {
				return false
			}
		}
	}
	return true
}

// decimals is the number of decimals of a shown number.
func decimals(shown string) int {
	if _, frac, ok := strings.Cut(shown, "."); ok {
		return len(frac)
	}
	return 0
}

// seriesOf makes a series named name from values (all computed), in the
// unit the largest of them calls for; maxOf widens the choice of unit to
// figures of other series that share the axis (nil for none).
func seriesOf(pw *prose.Writer, name string, values []rules.Value, maxOf *big.Rat, ids ...string) chart.Series {
	top := largest(values)
	if maxOf != nil && maxOf.Cmp(top) > 0 {
		top = maxOf
	}
	unit, div := displayUnit(values[0], top)
	s := chart.Series{Name: name, Unit: unit, IDs: ids, Points: make([]chart.Point, len(values))}
	for i, v := range values {
		s.Points[i] = pointOf(pw, v, unit, div)
		s.Precision = max(s.Precision, decimals(s.Points[i].Shown))
	}
	return s
}

// largest is the largest absolute figure of the values.
func largest(values []rules.Value) *big.Rat {
	top := new(big.Rat)
	for _, v := range values {
		if a := new(big.Rat).Abs(v.Num); a.Cmp(top) > 0 {
			top = a
		}
	}
	return top
}

// allOK reports whether every value was computed and at least one is
// nonzero: a series of gaps or of zeros is no series (a zero is not an
// achievement).
func allOK(values []rules.Value) bool {
	nonzero := false
	for _, v := range values {
		if !v.OK() {
			return false
		}
		if v.Num.Sign() != 0 {
			nonzero = true
		}
	}
	return nonzero
}
