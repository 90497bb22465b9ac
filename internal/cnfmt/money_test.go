package cnfmt

import (
	"math"
	"math/rand/v2"
	"testing"

	"zongjie/internal/num"
)

func TestMoney(t *testing.T) {
	tests := []struct {
		fen  num.Money
		want string
	}{
		{767130000, "767.13万元"},   // seed 000 spending
		{134191100, "134.1911万元"}, // seed 000 charity: source precision kept
		{963000, "9630元"},
		{1341756, "13417.56元"}, // seed 004: 角分 stay in 元
		{1341750, "13417.5元"},
		{0, "0元"},
		{1, "0.01元"},
		{50, "0.5元"},
		{-500, "-5元"},
		{-1341756, "-13417.56元"},
		{-767130000, "-767.13万元"},
		{999900, "9999元"},
		{999999, "9999.99元"},
		{1000000, "1万元"}, // exact 万
		{1000050, "10000.5元"},
		{1000100, "1.0001万元"},
		{22800000, "22.8万元"},
		{9999999900, "9999.9999万元"},
		{10000000000, "1亿元"},
		{12000000000, "1.2亿元"},
		{12345678000, "12345.678万元"},
		{10000000100, "10000.0001万元"}, // exact beats brief
		{10000000001, "100000000.01元"},
		{-12000000000, "-1.2亿元"},
		{100000000000000, "10000亿元"}, // num's ceiling, one trillion 元
	}
	for _, tt := range tests {
		if got := Money(tt.fen); got != tt.want {
			t.Errorf("Money(%d分) = %q, want %q", tt.fen, got, tt.want)
		}
	}
}

func TestYuanWan(t *testing.T) {
	tests := []struct{ got, want string }{
		{Yuan(767130000), "7671300元"},
		{Yuan(1341756), "13417.56元"},
		{Yuan(1341750), "13417.5元"},
		{Yuan(12000000000), "120000000元"},
		{Yuan(0), "0元"},
		{Yuan(-500), "-5元"},
		{Wan(767130000), "767.13万元"},
		{Wan(963000), "0.963万元"},
		{Wan(1341756), "1.341756万元"},
		{Wan(1000000), "1万元"},
		{Wan(12000000000), "12000万元"},
		{Wan(1), "0.000001万元"},
		{Wan(0), "0万元"},
		{Wan(-1000000), "-1万元"},
	}
	for i, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("case %d: got %q, want %q", i, tt.got, tt.want)
		}
	}
}

func TestMoneyApprox(t *testing.T) {
	tests := []struct {
		fen  num.Money
		prec int
		want string
	}{
		{134191100, 2, "约134.19万元"},
		{767130000, 2, "767.13万元"},
		{767130000, 4, "767.13万元"},
		{1341756, 1, "约1.3万元"},
		{1341750, 2, "约1.34万元"},
		{1342500, 3, "约1.343万元"}, // half up at the boundary
		{963000, 0, "9630元"},
		{135000, 0, "1350元"},
		{999960, 0, "约1万元"},         // 9999.6元 rounds into the next unit
		{9999999900, 2, "约1亿元"},     // 9999.9999万元 likewise
		{12345678000, 2, "约1.23亿元"}, // brevity on request, marked 约
		{10000000100, 2, "约1亿元"},
		{40, 0, "0.4元"}, // never "约0元"
		{0, 2, "0元"},
		{-134191100, 2, "约-134.19万元"},
	}
	for _, tt := range tests {
		if got := MoneyApprox(tt.fen, tt.prec); got != tt.want {
			t.Errorf("MoneyApprox(%d分, %d) = %q, want %q", tt.fen, tt.prec, got, tt.want)
		}
	}
}

// TestYuanIsExact checks that Yuan, which prints num.Money's own digits,
// words every amount as the exact rational rounding does.
func TestYuanIsExact(t *testing.T) {
	for _, fen := range []int64{0, 1, 5, 10, 50, 99, 100, 101, 110, 1341756, 767130000, -1, -5, -10, -1341750,
		1<<62 + 7, -(1<<62 + 30), math.MaxInt64, math.MinInt64} {
		m := num.Money(fen)
		if got, want := Yuan(m), num.FormatRat(m.Yuan(), 2, true)+"元"; got != want {
			t.Errorf("Yuan(%d分) = %q, want %q", fen, got, want)
		}
	}
}

// TestMoneyMatchesExactWording checks Money's integer path against the
// exact rational wording it replaced, across the thresholds and signs.
func TestMoneyMatchesExactWording(t *testing.T) {
	var ms []num.Money
	for _, y := range []int64{0, 1, 9, 99, 9999, 10000, 10001, 12345, 99999999, 100000000, 100000001, 123456789, 1e12} {
		for _, f := range []int64{0, 1, 10, 50, 99} {
			ms = append(ms, num.Money(y*100+f), num.Money(-(y*100 + f)))
		}
	}
	ms = append(ms, math.MaxInt64, math.MinInt64, math.MinInt64+1)
	r := rand.New(rand.NewPCG(1, 2))
	for range 10000 {
		ms = append(ms, num.Money(r.Int64N(1e14)-5e13), num.Money(r.Int64N(1e6)*100))
	}
	for _, m := range ms {
		if got, want := Money(m), yuanWords(m.Yuan()); got != want {
			t.Errorf("Money(%d 分) = %s, want %s", int64(m), got, want)
		}
	}
}
