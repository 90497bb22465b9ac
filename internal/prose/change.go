package prose

import (
	"math/big"

	"zongjie/internal/cnfmt"
	"zongjie/internal/record"
	"zongjie/internal/rules"
)

// ChangePrecision is the decimals of a 同比 percentage; a rate's change in
// 个百分点 takes the precision of the rates it compares (rateChange).
const ChangePrecision = 1

// rateChange words the change of a rate in 个百分点 at the precision the
// two rates are printed with (../shared/WRITING.md: "a change is printed
// with the precision of what it compares"): a 划拨率 of two decimals from
// 95.4545% to 100% 提高4.55个百分点, an 入会率 of one 提高6.1个百分点. It is
// the difference of the rates as printed, which is what a reader who
// subtracts them finds: 86.06% and 86.94% print 86.1% and 86.9%, 提高0.8
// 个百分点, not the 0.9 of the exact rates.
func rateChange(c rules.Comparison) string {
	before, okb := new(big.Rat).SetString(c.Before.Shown())
	after, oka := new(big.Rat).SetString(c.After.Shown())
	if !okb || !oka {
		return ""
	}
	hundred := big.NewRat(100, 1)
	return cnfmt.RateChange(before.Quo(before, hundred), after.Quo(after, hundred), max(c.Before.Precision, c.After.Precision))
}

// Change words a 同比 the way a report does: "增长4.5%", "下降3%",
// "提高5.8个百分点", "降低0.5个百分点" or "持平"; "" when it cannot be
// stated. A rate changes by 个百分点, an amount or count by a percentage.
func Change(c rules.Comparison) string {
	if !c.OK() {
		return ""
	}
	if c.Kind == rules.KindRate {
		return rateChange(c)
	}
	s, ok := cnfmt.AmountChange(c.Before.Num, c.After.Num, ChangePrecision)
	if !ok {
		return ""
	}
	return s
}

// Diff words the difference: "增加5.6万元", "减少12人", "提高5.8个百分点";
// it is given even when the percentage cannot be (a change from 0), and is
// "" only when either period's figure is missing.
func Diff(c rules.Comparison) string {
	if c.Diff == nil {
		return ""
	}
	switch c.Kind {
	case rules.KindRate:
		return rateChange(c)
	case rules.KindAmount:
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
func unitWord(v rules.Value) string {
	if v.Kind == rules.KindPerCapita || v.Kind == rules.KindAmount {
		return "元"
	}
	return v.Unit
}

// Versus words a 同比 after its base, as a report of one period says it:
// "比上年增长9.2%" in a year's report, "比上年同期增长9.7%" in a report on
// part of a year (the base is always the same part of the year before,
// rules.Comparison). A review of several years names the base's year
// ("比2022年增长9.2%"): there "上年" would be ambiguous. "" when the change
// cannot be stated.
func (w *Writer) Versus(c rules.Comparison) string {
	t := Change(c)
	if t == "" {
		return ""
	}
	return cnfmt.Versus(w.base(c), t)
}

// base names the period a comparison is with.
func (w *Writer) base(c rules.Comparison) string {
	if w.multi || w.res.Base == nil {
		return c.Base
	}
	if part := w.res.Base.When.Part; part != "" && part != record.PartYear {
		return "上年同期"
	}
	return "上年"
}
