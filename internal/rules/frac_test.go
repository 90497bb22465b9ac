package rules

import (
	"math"
	"math/big"
	"testing"

	"zongjie/internal/num"
)

func TestNewFracIsNewRat(t *testing.T) {
	values := []int64{0, 1, -1, 2, -2, 3, 7, 10, 12, 100, -100, 1761, 2729, 68997, 76713, 1 << 31, 1<<40 + 6,
		999999999999, -123456789012, math.MaxInt64, math.MinInt64, math.MaxInt64 - 1, math.MinInt64 + 1}
	for _, p := range values {
		for _, q := range values {
			if q == 0 {
				continue
			}
			got, want := newFrac(p, q), big.NewRat(p, q)
			if got.Cmp(want) != 0 || got.String() != want.String() || got.IsInt() != want.IsInt() {
				t.Errorf("newFrac(%d, %d) = %s, want %s", p, q, got, want)
			}
			// Arithmetic on the result works as on any Rat.
			if s, w := new(big.Rat).Add(got, big.NewRat(1, 3)), new(big.Rat).Add(want, big.NewRat(1, 3)); s.Cmp(w) != 0 {
				t.Errorf("newFrac(%d, %d) + 1/3 = %s, want %s", p, q, s, w)
			}
		}
	}
}

func TestRatsFracIsNewFrac(t *testing.T) {
	values := []int64{0, 1, -1, 2, -2, 3, 7, 10, 12, 100, -100, 1761, 2729, 68997, 76713, 1 << 31, 1<<40 + 6,
		999999999999, -123456789012, math.MaxInt64, math.MinInt64, math.MaxInt64 - 1, math.MinInt64 + 1}
	var a rats
	type made struct {
		p, q int64
		r    *big.Rat
	}
	var all []made
	for _, p := range values {
		for _, q := range values {
			if q == 0 {
				continue
			}
			got, want := a.frac(p, q), newFrac(p, q)
			if got.Cmp(want) != 0 || got.String() != want.String() || got.IsInt() != want.IsInt() ||
				got.Num().Cmp(want.Num()) != 0 || got.Denom().Cmp(want.Denom()) != 0 {
				t.Errorf("rats.frac(%d, %d) = %s, want %s", p, q, got, want)
			}
			all = append(all, made{p, q, got})
		}
	}
	// Changing one in place, within its words or beyond, leaves the others.
	for i := 0; i < len(all); i += 2 {
		all[i].r.Add(all[i].r, big.NewRat(1, 3))
		all[i].r.Mul(all[i].r, big.NewRat(math.MaxInt64, 7))
	}
	for i := 1; i < len(all); i += 2 {
		if m := all[i]; m.r.Cmp(big.NewRat(m.p, m.q)) != 0 {
			t.Errorf("rats.frac(%d, %d) became %s when its neighbours changed", m.p, m.q, m.r)
		}
	}
	if denominated.Cmp(big.NewRat(1, 2)) != 0 {
		t.Errorf("the template became %s", denominated)
	}
}

func TestGCD(t *testing.T) {
	for _, tt := range []struct{ a, b, want uint64 }{
		{0, 0, 0}, {0, 5, 5}, {5, 0, 5}, {12, 18, 6}, {18, 12, 6}, {1, 1 << 63, 1}, {1 << 62, 1 << 63, 1 << 62},
		{68997, 76713, 3}, {100, 2729 * 100, 100}, {math.MaxUint64, math.MaxUint64, math.MaxUint64}, {6, 35, 1},
	} {
		if got := gcd(tt.a, tt.b); got != tt.want {
			t.Errorf("gcd(%d, %d) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestMul64(t *testing.T) {
	for _, tt := range []struct {
		x, y, want int64
		ok         bool
	}{
		{0, math.MinInt64, 0, true}, {3, 4, 12, true}, {-3, 4, -12, true}, {1 << 31, 1 << 31, 1 << 62, true},
		{1 << 32, 1 << 31, 0, false}, {-1, math.MinInt64, 0, false}, {math.MinInt64, -1, 0, false},
		{math.MinInt64, 1, math.MinInt64, true}, {math.MaxInt64, 2, 0, false}, {100, 92233720368547758, 9223372036854775800, true},
	} {
		if got, ok := mul64(tt.x, tt.y); got != tt.want || ok != tt.ok {
			t.Errorf("mul64(%d, %d) = %d, %v; want %d, %v", tt.x, tt.y, got, ok, tt.want, tt.ok)
		}
	}
}

func TestIntSum(t *testing.T) {
	for _, terms := range [][]int64{
		nil, {5}, {1, 2, 3}, {math.MaxInt64, 1}, {math.MaxInt64, 1, -2}, {math.MinInt64, -1, 5}, {-7, 7},
	} {
		var s intSum
		want := new(big.Int)
		for _, x := range terms {
			s.add(x)
			want.Add(want, big.NewInt(x))
		}
		if s.String() != want.String() || s.isZero() != (want.Sign() == 0) {
			t.Errorf("sum of %v = %s (zero %v), want %s", terms, s.String(), s.isZero(), want)
		}
		if got := s.rat(100); got.Cmp(new(big.Rat).SetFrac(want, big.NewInt(100))) != 0 {
			t.Errorf("sum of %v / 100 = %s", terms, got)
		}
		m, ok := s.money()
		if ok != want.IsInt64() || (ok && int64(m) != want.Int64()) {
			t.Errorf("sum of %v as money = %d, %v", terms, m, ok)
		}
		var three intSum
		three.add(3)
		if !s.isZero() {
			if got, w := three.quo(100, s), new(big.Rat).Quo(big.NewRat(3, 100), new(big.Rat).SetInt(want)); got.Cmp(w) != 0 {
				t.Errorf("3/100 ÷ sum of %v = %s, want %s", terms, got, w)
			}
		}
	}
}

// TestMoneyOf checks the int64 path of moneyOf against exact arithmetic.
func TestMoneyOf(t *testing.T) {
	exact := func(yuan *big.Rat) (num.Money, bool) {
		f := new(big.Rat).Mul(yuan, big.NewRat(100, 1))
		if !f.IsInt() || !f.Num().IsInt64() {
			return 0, false
		}
		return num.Money(f.Num().Int64()), true
	}
	huge, _ := new(big.Rat).SetString("123456789012345678901234567890")
	rats := []*big.Rat{big.NewRat(0, 1), big.NewRat(1, 1), big.NewRat(-7, 1), big.NewRat(1, 2), big.NewRat(-3, 4), big.NewRat(1, 3),
		big.NewRat(13417, 100), big.NewRat(1, 200), big.NewRat(1, 25), big.NewRat(math.MaxInt64, 1), big.NewRat(math.MaxInt64/100, 1),
		big.NewRat(math.MaxInt64/100+1, 1), big.NewRat(-(math.MaxInt64 / 100), 1), big.NewRat(math.MaxInt64, 100), big.NewRat(math.MinInt64, 1), huge}
	for _, r := range rats {
		gm, gok := moneyOf(r)
		wm, wok := exact(r)
		if gm != wm || gok != wok {
			t.Errorf("moneyOf(%s) = %d, %v; want %d, %v", r.RatString(), gm, gok, wm, wok)
		}
	}
}
