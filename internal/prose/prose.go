// Package prose words the rule engine's figures in Chinese: a value with
// its unit ("89.94%", "767.13万元", "475人"), a change against last year
// ("增长4.5%", "提高3.1个百分点"), a target's gap, a finding as the clause of
// the 存在的问题 section. It is the wording stage between internal/rules,
// which computes figures and writes no sentence, and internal/report,
// which fills templates; the metrics command words its tables with it too.
//
// Number style follows ../shared/WRITING.md §4 through internal/cnfmt.
package prose

import (
	"math/big"

	"zongjie/internal/cnfmt"
	"zongjie/internal/num"
	"zongjie/internal/rules"
)

// Value words a value with its unit the way a report writes it ("89.94%",
// "767.13万元", "1761人", "156元"), or "无法计算(reason)" when it could not
// be computed (reports leave such values out; tables show why).
func Value(v rules.Value) string {
	if !v.OK() {
		return "无法计算(" + v.Err + ")"
	}
	switch v.Kind {
	case rules.KindRate:
		return cnfmt.Percent(v.Num, v.Precision)
	case rules.KindAmount:
		if m, ok := moneyOf(v.Num); ok {
			return cnfmt.Money(m)
		}
		return cnfmt.Quantity(v.Num, v.Precision, "元")
	case rules.KindPerCapita:
		return cnfmt.PerCapita(v.Num, v.Precision)
	case rules.KindCount:
		if v.Num.IsInt() && v.Num.Num().IsInt64() {
			return countText(v.Num.Num().Int64(), v.Unit) // 19,380人 as the sentences count
		}
	}
	return cnfmt.Quantity(v.Num, v.Precision, v.Unit)
}

// moneyOf converts an amount in 元 to num.Money when it is a whole number of 分.
func moneyOf(yuan *big.Rat) (num.Money, bool) {
	f := new(big.Rat).Mul(yuan, big.NewRat(100, 1))
	if !f.IsInt() || !f.Num().IsInt64() {
		return 0, false
	}
	return num.Money(f.Num().Int64()), true
}
