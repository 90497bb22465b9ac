package rules

import (
	"math/big"

	"zongjie/internal/record"
)

// Comparison is one whole-organisation figure against the same period of
// the year before (同比). A rate changes by 个百分点 (Diff, Change nil); an
// amount, count or per-head figure changes by a percentage (Change) as well
// as by its difference (Diff) — the two are never confused.
type Comparison struct {
	ID     string // the value id, e.g. "relief.amount"
	Label  string
	Kind   Kind
	Base   string // the earlier period, e.g. "2013年"
	Before Value
	After  Value
	// Diff is After − Before in the value's unit (元, 人 …); for a rate, the
	// difference of the fractions (0.031 is 3.1个百分点).
	Diff *big.Rat
	// Change is Diff ÷ Before for amounts, counts and per-head figures; nil
	// for rates, and nil when Before is 0 or either is negative (Err says why).
	Change *big.Rat
	// Err says why the comparison cannot be stated (上期无法计算, 上期为0 …).
	Err string
}

// OK reports whether the comparison can be stated.
func (c Comparison) OK() bool { return c.Err == "" && c.Diff != nil }

// sameLastYear returns the period of the year before latest with the same
// part (全年, 上半年 …), or nil.
func sameLastYear(history []*record.Period, latest *record.Period) *record.Period {
	if latest.When.Year == nil {
		return nil
	}
	for i := len(history) - 1; i >= 0; i-- {
		h := history[i]
		if h.When.Year != nil && *h.When.Year == *latest.When.Year-1 && h.When.Whole() == latest.When.Whole() {
			return h
		}
	}
	return nil
}

// notCompared are values that are labels or settings, not results: the year
// reported on, when the committee was elected and for how long, the line
// the spending bands are drawn at. A 同比 of them ("报告年度 增长0.05%")
// says nothing.
var notCompared = map[string]bool{IDPeriodYear: true, IDCommitteeElected: true, IDTermYears: true, IDBandThreshold: true}

// compare compares every whole-organisation value of after that before
// has too, but for the labels and settings of notCompared.
func compare(base string, before, after []Value) []Comparison {
	prev := map[string]Value{}
	for _, v := range before {
		if v.Subject == "" {
			if _, dup := prev[v.ID]; !dup {
				prev[v.ID] = v
			}
		}
	}
	var out []Comparison
	for _, a := range after {
		if a.Subject != "" || notCompared[a.ID] {
			continue
		}
		b, ok := prev[a.ID]
		if !ok {
			continue
		}
		c := Comparison{ID: a.ID, Label: a.Label, Kind: a.Kind, Base: base, Before: b, After: a}
		switch {
		case !b.OK():
			c.Err = "上期无法计算:" + b.Err
		case !a.OK():
			c.Err = "本期无法计算:" + a.Err
		default:
			c.Diff = new(big.Rat).Sub(a.Num, b.Num)
			if a.Kind != KindRate {
				switch {
				case b.Num.Sign() < 0 || a.Num.Sign() < 0:
					c.Err = "有负数,不计算增长率"
				case b.Num.Sign() == 0 && a.Num.Sign() != 0:
					c.Err = "上期为0,无法计算增长率"
				case b.Num.Sign() == 0:
					c.Change = new(big.Rat)
				default:
					c.Change = new(big.Rat).Quo(c.Diff, b.Num)
				}
			}
		}
		out = append(out, c)
	}
	return out
}
