package cnfmt

import (
	"math/big"
	"strconv"

	"zongjie/internal/num"
)

// maxExtraPrec bounds how many decimals honest rounding may add.
const maxExtraPrec = 20

var (
	ratZero    = new(big.Rat)
	ratHundred = big.NewRat(100, 1)
)

// need panics when r is nil: a missing figure must be dropped before wording.
func need(r *big.Rat, fn string) *big.Rat {
	if r == nil {
		panic("cnfmt." + fn + ": nil value (a missing figure must be dropped before wording)")
	}
	return r
}

// honest rounds r half away from zero to prec decimals and trims trailing
// zeros, but adds decimals while the rounded text would equal one of the
// landmarks (always 0, plus the given ones) that r itself is not.
func honest(r *big.Rat, prec int, landmarks ...*big.Rat) string {
	if prec < 0 {
		prec = 0
	}
	marks := append([]*big.Rat{ratZero}, landmarks...)
	for p := prec; ; p++ {
		s := num.FormatRat(r, p, true)
		if p >= prec+maxExtraPrec || !misleading(r, s, marks) {
			return s
		}
	}
}

// misleading reports whether the rounded text s equals a landmark that r is not.
func misleading(r *big.Rat, s string, marks []*big.Rat) bool {
	shown, ok := new(big.Rat).SetString(s)
	if !ok {
		return false
	}
	for _, m := range marks {
		if shown.Cmp(m) == 0 && r.Cmp(m) != 0 {
			return true
		}
	}
	return false
}

// Number words r as a plain decimal rounded half away from zero to prec
// decimals, trailing zeros trimmed: Number(1234.50, 2) = "1234.5",
// Number(2.5, 0) = "3". A nonzero r never shows as "0". Panics if r is nil.
func Number(r *big.Rat, prec int) string { return honest(need(r, "Number"), prec) }

// Quantity words r like Number followed by unit: Quantity(r, 1, "小时") = "12.5小时".
func Quantity(r *big.Rat, prec int, unit string) string {
	return honest(need(r, "Quantity"), prec) + unit
}

// PerCapita words a per-head amount, always in 元 whatever its size:
// PerCapita(156, 0) = "156元", PerCapita(1234.5, 2) = "1234.5元".
func PerCapita(r *big.Rat, prec int) string {
	return honest(need(r, "PerCapita"), prec) + "元"
}

// Count words a whole count with its unit: Count(1761, "人") = "1761人".
func Count(n int64, unit string) string { return strconv.FormatInt(n, 10) + unit }
