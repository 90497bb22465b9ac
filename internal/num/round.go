package num

import (
	"math/big"
	"strings"
)

// Round rounds r half away from zero to prec decimal places and returns the
// decimal digits, e.g. Round(689.97/767.13*100, 2) = "89.94".
// Trailing zeros are kept; see FormatRat to trim them.
func Round(r *big.Rat, prec int) string {
	neg := r.Sign() < 0
	a := new(big.Rat).Abs(r)
	scale := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(prec)), nil)
	a.Mul(a, new(big.Rat).SetInt(scale))
	// half-up: floor(a + 1/2)
	a.Add(a, big.NewRat(1, 2))
	q := new(big.Int).Quo(a.Num(), a.Denom())
	s := q.String()
	if prec > 0 {
		if len(s) <= prec {
			s = strings.Repeat("0", prec-len(s)+1) + s
		}
		s = s[:len(s)-prec] + "." + s[len(s)-prec:]
	}
	if neg && strings.Trim(s, "0.") != "" {
		s = "-" + s
	}
	return s
}

// FormatRat rounds r to prec decimals and, when trim is set, drops trailing
// zeros and a trailing point: 64.50 -> 64.5, 80.00 -> 80.
func FormatRat(r *big.Rat, prec int, trim bool) string {
	s := Round(r, prec)
	if trim && strings.Contains(s, ".") {
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	return s
}
