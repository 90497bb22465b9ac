package rules

import (
	"math"
	"math/big"
	"math/bits"
)

// newFrac returns the rational p/q; q must not be 0. It is big.NewRat(p, q)
// made for the many per-unit values: the fraction is reduced with int64
// arithmetic, and the result's parts are set through Num and Denom, which
// are references to an initialised Rat's numerator and denominator, so no
// big.Int gcd runs and fewer allocations are made.
func newFrac(p, q int64) *big.Rat {
	if q == 0 || p == math.MinInt64 || q == math.MinInt64 {
		return big.NewRat(p, q) // panics on 0 as NewRat does; MinInt64 cannot be negated
	}
	if q < 0 {
		p, q = -p, -q
	}
	ap := p
	if ap < 0 {
		ap = -ap
	}
	g := int64(gcd(uint64(ap), uint64(q)))
	r := new(big.Rat).SetInt64(p / g) // sets the denominator to 1
	if q/g != 1 {
		r.Denom().SetInt64(q / g)
	}
	return r
}

// gcd returns the greatest common divisor of a and b (binary method);
// gcd(0, b) = b.
func gcd(a, b uint64) uint64 {
	if a == 0 {
		return b
	}
	if b == 0 {
		return a
	}
	shift := bits.TrailingZeros64(a | b)
	a >>= bits.TrailingZeros64(a)
	for b != 0 {
		b >>= bits.TrailingZeros64(b)
		if a > b {
			a, b = b, a
		}
		b -= a
	}
	return a << shift
}
