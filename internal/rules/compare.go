package rules

import (
	"math/big"

	"zongjie/internal/cnfmt"
	"zongjie/internal/record"
)

// ChangePrecision is the decimals of a 同比 percentage or of 个百分点.
const ChangePrecision = 1

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

// Text words the change the way a report does: "增长4.5%", "下降3%",
// "提高5.8个百分点", "降低0.5个百分点" or "持平"; "" when it cannot be stated.
func (c Comparison) Text() string {
	if !c.OK() {
		return ""
	}
	if c.Kind == KindRate {
		return cnfmt.RateChange(c.Before.Num, c.After.Num, ChangePrecision)
	}
	s, ok := cnfmt.AmountChange(c.Before.Num, c.After.Num, ChangePrecision)
	if !ok {
		return ""
	}
	return s
}

// DiffText words the difference: "增加5.6万元", "减少12人", "提高5.8个百分点";
// it is given even when the percentage cannot be (a change from 0), and is
// "" only when either period's figure is missing.
func (c Comparison) DiffText() string {
	if c.Diff == nil {
		return ""
	}
	switch c.Kind {
	case KindRate:
		return cnfmt.RateChange(c.Before.Num, c.After.Num, ChangePrecision)
	case KindAmount:
		b, okb := moneyOf(c.Before.Num)
		a, oka := moneyOf(c.After.Num)
		if okb && oka {
			return cnfmt.MoneyDiff(b, a)
		}
	}
	switch c.Diff.Sign() {
	case 0:
		return cnfmt.Flat
	case -1:
		return "减少" + cnfmt.Quantity(new(big.Rat).Neg(c.Diff), c.After.Precision, unitWord(c.After))
	}
	return "增加" + cnfmt.Quantity(c.Diff, c.After.Precision, unitWord(c.After))
}

// unitWord is the unit a difference of v is counted in: 元 for per-head figures.
func unitWord(v Value) string {
	if v.Kind == KindPerCapita || v.Kind == KindAmount {
		return "元"
	}
	return v.Unit
}

// sameLastYear returns the period of the year before latest with the same
// part (全年, 上半年 …), or nil.
func sameLastYear(history []*record.Period, latest *record.Period) *record.Period {
	if latest.When.Year == nil {
		return nil
	}
	for i := len(history) - 1; i >= 0; i-- {
		h := history[i]
		if h.When.Year != nil && *h.When.Year == *latest.When.Year-1 && partOf(h) == partOf(latest) {
			return h
		}
	}
	return nil
}

func partOf(p *record.Period) string {
	if p.When.Part == "" {
		return record.PartYear
	}
	return p.When.Part
}

// compare compares every whole-organisation value of after that before has too.
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
		if a.Subject != "" {
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
