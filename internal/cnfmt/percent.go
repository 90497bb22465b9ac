package cnfmt

import "math/big"

// Percent words a fraction as a percentage rounded half away from zero to
// prec decimals, trailing zeros trimmed: Percent(68997/76713, 2) = "89.94%",
// Percent(1761/2729, 1) = "64.5%", Percent(0.8, 2) = "80%", Percent(4.05, 2)
// = "405%". A nonzero fraction never shows as "0%" and a fraction other than
// exactly 1 never shows as "100%" (99.996% stays "99.996%"). Panics if frac
// is nil.
func Percent(frac *big.Rat, prec int) string {
	p := new(big.Rat).Mul(need(frac, "Percent"), ratHundred)
	return honest(p, prec, ratHundred) + "%"
}

// Points words a difference of two rates, given as a difference of
// fractions, in 个百分点: Points(0.032, 1) = "3.2个百分点", Points(-0.005, 1)
// = "-0.5个百分点". For sentences use RateChange, which words the direction.
// Panics if delta is nil.
func Points(delta *big.Rat, prec int) string {
	p := new(big.Rat).Mul(need(delta, "Points"), ratHundred)
	return honest(p, prec) + "个百分点"
}
