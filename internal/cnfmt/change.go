package cnfmt

import (
	"math/big"

	"zongjie/internal/num"
)

// Flat is the wording of no change. After a comparison base it takes 与, not
// 比: "与上年持平" (see Versus).
const Flat = "持平"

// AmountChange words the relative change of an amount or count from before
// to after as a percentage of before, rounded to prec decimals: "增长12.5%",
// "下降3%", or Flat when they are equal. ok is false when no percentage can
// be stated truthfully: before is zero and after is not (a change from
// zero), or either value is negative (a growth rate of a deficit means
// nothing); the caller then drops the sentence or words the difference
// instead (MoneyDiff, CountChange). Both zero is Flat. A change of a rate
// takes RateChange, never this. For num.Money pass m.Yuan(). Panics on nil.
func AmountChange(before, after *big.Rat, prec int) (string, bool) {
	need(before, "AmountChange")
	need(after, "AmountChange")
	switch {
	case before.Sign() < 0 || after.Sign() < 0:
		return "", false
	case before.Cmp(after) == 0:
		return Flat, true
	case before.Sign() == 0:
		return "", false
	}
	r := new(big.Rat).Sub(after, before)
	r.Quo(r, before)
	r.Mul(r, ratHundred)
	verb := "增长"
	if r.Sign() < 0 {
		verb = "下降"
		r.Neg(r)
	}
	return verb + honest(r, prec, ratHundred) + "%", true
}

// RateChange words the change between two rates, given as fractions, in
// percentage points rounded to prec decimals: "提高3.2个百分点",
// "降低0.5个百分点", or Flat when they are equal. Panics on nil.
func RateChange(before, after *big.Rat, prec int) string {
	need(before, "RateChange")
	need(after, "RateChange")
	d := new(big.Rat).Sub(after, before)
	d.Mul(d, ratHundred)
	switch d.Sign() {
	case 0:
		return Flat
	case -1:
		return "降低" + honest(d.Neg(d), prec) + "个百分点"
	}
	return "提高" + honest(d, prec) + "个百分点"
}

// CountChange words the difference between two counts with their unit:
// CountChange(463, 475, "人") = "增加12人", "减少3人", or Flat.
func CountChange(before, after int64, unit string) string {
	d := new(big.Int).Sub(big.NewInt(after), big.NewInt(before))
	switch d.Sign() {
	case 0:
		return Flat
	case -1:
		return "减少" + d.Neg(d).String() + unit
	}
	return "增加" + d.String() + unit
}

// MoneyDiff words the difference between two amounts with Money's units:
// "增加5.6万元", "减少3000元", "增加0.5元", or Flat.
func MoneyDiff(before, after num.Money) string {
	d := new(big.Rat).Sub(after.Yuan(), before.Yuan())
	switch d.Sign() {
	case 0:
		return Flat
	case -1:
		return "减少" + yuanWords(d.Neg(d))
	}
	return "增加" + yuanWords(d)
}

// Versus puts a change after its comparison base with the right
// preposition: Versus("上年", "增长12.5%") = "比上年增长12.5%", Versus("上年",
// Flat) = "与上年持平". Panics if base is empty.
func Versus(base, change string) string {
	if base == "" {
		panic("cnfmt.Versus: empty comparison base")
	}
	if change == Flat {
		return "与" + base + Flat
	}
	return "比" + base + change
}
