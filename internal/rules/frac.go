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
	n, d := reduce(p, q)
	r := new(big.Rat).SetInt64(n) // sets the denominator to 1
	if d != 1 {
		r.Denom().SetInt64(d)
	}
	return r
}

// reduce returns p/q in lowest terms with a positive denominator; q is not
// 0 and neither is math.MinInt64.
func reduce(p, q int64) (n, d int64) {
	if q < 0 {
		p, q = -p, -q
	}
	ap := p
	if ap < 0 {
		ap = -ap
	}
	g := int64(gcd(uint64(ap), uint64(q)))
	return p / g, q / g
}

// rats hands out rationals whose parts fit in one word, cut from shared
// arrays: the many per-unit values then cost no allocation each. Each part
// is a slice of capacity one of its own, so arithmetic on a rational that
// outgrows it allocates anew, as for any other rational, and writes into
// no other's words.
type rats struct {
	rs    slab[big.Rat]
	words slab[big.Word]
}

// denominated is a rational whose denominator is set: copied into a new
// rational, it makes Denom a reference to the copy's denominator, which is
// then replaced with the copy's own word before anything reads it.
var denominated = big.NewRat(1, 2)

// frac returns p/q as newFrac does, the same value in the same form.
func (a *rats) frac(p, q int64) *big.Rat {
	if q == 0 || p == math.MinInt64 || q == math.MinInt64 {
		return newFrac(p, q)
	}
	sn, sd := reduce(p, q)
	n, d := uint64(sn), uint64(sd)
	if sn < 0 {
		n = uint64(-sn)
	}
	if bits.UintSize < 64 && (n > math.MaxUint32 || d > math.MaxUint32) {
		return newFrac(p, q)
	}
	r := &a.rs.take(1)[0]
	w := a.words.take(2)
	w[0], w[1] = big.Word(n), big.Word(d)
	*r = *denominated
	r.Num().SetBits(w[0:1:1])
	r.Denom().SetBits(w[1:2:2])
	if sn < 0 {
		r.Num().Neg(r.Num())
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
