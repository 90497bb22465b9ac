package num

import (
	"math/big"
	"strings"
	"testing"
	"time"

	"zongjie/internal/hostile"
)

// FuzzParseMoney checks that any text either parses to an amount that prints
// back to the same value, or is refused with a message; never a panic.
func FuzzParseMoney(f *testing.F) {
	for _, s := range []string{"7671300", "767.13万", "13417.56元", "1,234.5", "１２３４", "1.2亿", "-5元", "", "万", "0.001", "1e9", "--1", "9999999999999999999999", "20__", "1__人"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		defer hostile.Watchdog(10 * time.Second)()
		m, err := ParseMoney(s)
		if err != nil {
			if err.Error() == "" {
				t.Fatal("empty error")
			}
			return
		}
		if m > maxMoney || m < -maxMoney {
			t.Fatalf("%q parsed beyond the limit: %d", s, m)
		}
		back, err := ParseMoney(m.String())
		if err != nil || back != m {
			t.Fatalf("%q -> %d -> %q -> %d, %v", s, m, m.String(), back, err)
		}
	})
}

// FuzzRound checks Round against a reference: the result, read back, is
// within half a unit of the last place, and never prints "-0".
func FuzzRound(f *testing.F) {
	f.Add(int64(68997), int64(76713), 2)
	f.Add(int64(-5), int64(1000), 2)
	f.Add(int64(1), int64(3), 6)
	f.Fuzz(func(t *testing.T, a, b int64, prec int) {
		defer hostile.Watchdog(10 * time.Second)()
		if b == 0 || prec < 0 || prec > 12 {
			return
		}
		r := big.NewRat(a, b)
		s := Round(r, prec)
		if strings.Trim(s, "-0.") == "" && strings.HasPrefix(s, "-") {
			t.Fatalf("negative zero %q", s)
		}
		back, ok := new(big.Rat).SetString(s)
		if !ok {
			t.Fatalf("Round gave %q", s)
		}
		diff := new(big.Rat).Sub(back, r)
		diff.Abs(diff)
		half := new(big.Rat).SetFrac(big.NewInt(1), new(big.Int).Mul(big.NewInt(2), new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(prec)), nil)))
		if diff.Cmp(half) > 0 {
			t.Fatalf("Round(%s, %d) = %s is off by %s", r.RatString(), prec, s, diff.RatString())
		}
	})
}
