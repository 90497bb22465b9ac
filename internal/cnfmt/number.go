package cnfmt

import (
	"math/big"
	"strconv"
	"strings"

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
	for p := prec; ; p++ {
		s := num.FormatRat(r, p, true)
		if p >= prec+maxExtraPrec || !misleading(r, s, landmarks) {
			return s
		}
	}
}

// misleading reports whether the rounded text s (as FormatRat writes it,
// trimmed) equals 0 or one of the landmarks while r is not that value.
func misleading(r *big.Rat, s string, landmarks []*big.Rat) bool {
	if shows(s, ratZero) && r.Sign() != 0 {
		return true
	}
	for _, m := range landmarks {
		if shows(s, m) && r.Cmp(m) != 0 {
			return true
		}
	}
	return false
}

// shows reports whether the trimmed rounded text s is the value m. The
// landmarks 0 and 100 are compared as text ("0", "100": trimmed FormatRat
// text is canonical, and never "-0"), any other by value.
func shows(s string, m *big.Rat) bool {
	switch m {
	case ratZero:
		return s == "0"
	case ratHundred:
		return s == "100"
	}
	shown, ok := new(big.Rat).SetString(s)
	return ok && shown.Cmp(m) == 0
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

// Count words a whole count with its unit, in digits up to 9999 and
// grouped by three from 10000 (GB/T 15835): Count(1761, "人") = "1761人",
// Count(12345, "人") = "12,345人".
func Count(n int64, unit string) string {
	s := strconv.FormatInt(n, 10)
	if n < 10000 && n > -10000 {
		return s + unit
	}
	digits := strings.TrimPrefix(s, "-")
	b := make([]byte, 0, len(s)+len(s)/3)
	if n < 0 {
		b = append(b, '-')
	}
	for i := range len(digits) {
		if i > 0 && (len(digits)-i)%3 == 0 {
			b = append(b, ',')
		}
		b = append(b, digits[i])
	}
	return string(b) + unit
}
