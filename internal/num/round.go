package num

import (
	"math/big"
	"math/bits"
	"strconv"
	"strings"
)

// Round rounds r half away from zero to prec decimal places and returns the
// decimal digits, e.g. Round(689.97/767.13*100, 2) = "89.94".
// Trailing zeros are kept; see FormatRat to trim them.
func Round(r *big.Rat, prec int) string {
	if s, ok := roundSmall(r, prec); ok {
		return s
	}
	return roundBig(r, prec)
}

// roundBig is Round for any rational, with big.Int arithmetic.
func roundBig(r *big.Rat, prec int) string {
	a := new(big.Rat).Abs(r)
	scale := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(prec)), nil)
	a.Mul(a, new(big.Rat).SetInt(scale))
	// half-up: floor(a + 1/2)
	a.Add(a, big.NewRat(1, 2))
	q := new(big.Int).Quo(a.Num(), a.Denom())
	return withPoint(q.String(), prec, r.Sign() < 0 && q.Sign() != 0)
}

// withPoint places the decimal point prec digits from the right of the
// rounded digits and adds the sign: ("8994", 2, false) -> "89.94".
func withPoint(digits string, prec int, neg bool) string {
	if prec > 0 {
		if len(digits) <= prec {
			digits = strings.Repeat("0", prec-len(digits)+1) + digits
		}
		digits = digits[:len(digits)-prec] + "." + digits[len(digits)-prec:]
	}
	if neg {
		digits = "-" + digits
	}
	return digits
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

// pow10 holds 10^0 … 10^18.
var pow10 = func() [19]uint64 {
	var p [19]uint64
	p[0] = 1
	for i := 1; i < len(p); i++ {
		p[i] = p[i-1] * 10
	}
	return p
}()

// roundSmall is Round for the common case of a fraction of two int64s whose
// scaled numerator fits in 128 bits: plain integer arithmetic, no big.Int
// allocations. It reports false when the fast path does not apply.
func roundSmall(r *big.Rat, prec int) (string, bool) {
	if prec < 0 || prec > 18 || !r.Num().IsInt64() || !r.Denom().IsUint64() {
		return "", false
	}
	n := r.Num().Int64()
	neg := n < 0
	a := uint64(n)
	if neg {
		a = uint64(-n)
	}
	d := r.Denom().Uint64()
	hi, lo := bits.Mul64(a, pow10[prec])
	if hi >= d {
		return "", false // the quotient would not fit in 64 bits
	}
	q, rem := bits.Div64(hi, lo, d)
	if q == ^uint64(0) {
		return "", false // q+1 below would wrap
	}
	// half up: round when 2*rem >= d (rem < d, so 2*rem cannot overflow 65 bits)
	if rem >= d-rem {
		q++
	}
	return withPoint(strconv.FormatUint(q, 10), prec, neg && q != 0), true
}

// Exact renders an exact rational as a decimal when it has a short one (up
// to ten decimals), else as a fraction: "1761", "0.5", "1761/2729". It is
// how figures are written where they must be exact: metrics, audits.
func Exact(r *big.Rat) string {
	if r.IsInt() {
		return r.Num().String()
	}
	for prec := 1; prec <= 10; prec++ {
		s := r.FloatString(prec)
		if t, ok := new(big.Rat).SetString(s); ok && t.Cmp(r) == 0 {
			return s
		}
	}
	return r.RatString()
}
