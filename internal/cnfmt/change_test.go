package cnfmt

import (
	"math"
	"testing"

	"zongjie/internal/num"
)

func TestAmountChange(t *testing.T) {
	tests := []struct {
		before, after string
		prec          int
		want          string
		ok            bool
	}{
		{"100", "112.5", 1, "增长12.5%", true},
		{"100", "97", 2, "下降3%", true},
		{"100", "100", 2, Flat, true},
		{"0", "0", 2, Flat, true},
		{"0", "5", 2, "", false}, // a change from zero is not a percentage
		{"-5", "5", 2, "", false},
		{"5", "-5", 2, "", false},
		{"100", "0", 2, "下降100%", true},
		{"100", "200", 2, "增长100%", true},
		{"100", "250", 2, "增长150%", true},
		{"3", "4", 2, "增长33.33%", true},
		{"1341911/10000", "140", 2, "增长4.33%", true}, // charity 134.1911 → 140万元
		{"99.9", "100", 2, "增长0.1%", true},
		{"8", "8.01", 2, "增长0.13%", true}, // 0.125% half up
		{"8", "7.99", 2, "下降0.13%", true},
		{"100000", "100001", 2, "增长0.001%", true}, // not 增长0%
		{"100000", "1", 2, "下降99.999%", true},     // not 下降100%
	}
	for _, tt := range tests {
		got, ok := AmountChange(rat(t, tt.before), rat(t, tt.after), tt.prec)
		if got != tt.want || ok != tt.ok {
			t.Errorf("AmountChange(%s, %s, %d) = %q, %v; want %q, %v",
				tt.before, tt.after, tt.prec, got, ok, tt.want, tt.ok)
		}
	}
	// the inputs are not modified
	b, a := rat(t, "100"), rat(t, "112.5")
	AmountChange(b, a, 1)
	if b.RatString() != "100" || a.RatString() != "225/2" {
		t.Errorf("AmountChange modified its arguments: %s, %s", b, a)
	}
	mustPanic(t, "AmountChange(nil)", func() { AmountChange(nil, rat(t, "1"), 2) })
}

func TestRateChange(t *testing.T) {
	tests := []struct {
		before, after string
		prec          int
		want          string
	}{
		{"0.645", "0.677", 1, "提高3.2个百分点"},
		{"0.8994", "0.8944", 1, "降低0.5个百分点"},
		{"0.5", "0.5", 1, Flat},
		{"0", "1", 0, "提高100个百分点"},
		{"0.89941", "0.89942", 2, "提高0.001个百分点"}, // not 提高0个百分点
		{"0.1", "0.12345", 2, "提高2.35个百分点"},      // half up
		{"0.12345", "0.1", 2, "降低2.35个百分点"},
		{"1761/2729", "1900/2729", 1, "提高5.1个百分点"},
	}
	for _, tt := range tests {
		if got := RateChange(rat(t, tt.before), rat(t, tt.after), tt.prec); got != tt.want {
			t.Errorf("RateChange(%s, %s, %d) = %q, want %q", tt.before, tt.after, tt.prec, got, tt.want)
		}
	}
	mustPanic(t, "RateChange(nil)", func() { RateChange(rat(t, "1"), nil, 2) })
}

func TestCountChange(t *testing.T) {
	tests := []struct {
		before, after int64
		unit, want    string
	}{
		{463, 475, "人", "增加12人"},
		{478, 475, "人", "减少3人"},
		{5, 5, "个", Flat},
		{0, 3, "家", "增加3家"},
		{3, 0, "家", "减少3家"},
		{math.MinInt64, math.MaxInt64, "人", "增加18446744073709551615人"},
	}
	for _, tt := range tests {
		if got := CountChange(tt.before, tt.after, tt.unit); got != tt.want {
			t.Errorf("CountChange(%d, %d, %q) = %q, want %q", tt.before, tt.after, tt.unit, got, tt.want)
		}
	}
}

func TestMoneyDiff(t *testing.T) {
	tests := []struct {
		before, after num.Money
		want          string
	}{
		{44400000, 50000000, "增加5.6万元"},
		{4440000, 5000000, "增加5600元"},
		{1000000, 700000, "减少3000元"},
		{999000000, 999000000, Flat},
		{100, 150, "增加0.5元"},
		{0, 1341756, "增加13417.56元"},
		{-500, 500, "增加10元"},
		{12000000000, 0, "减少1.2亿元"},
	}
	for _, tt := range tests {
		if got := MoneyDiff(tt.before, tt.after); got != tt.want {
			t.Errorf("MoneyDiff(%d, %d) = %q, want %q", tt.before, tt.after, got, tt.want)
		}
	}
}

func TestVersus(t *testing.T) {
	tests := []struct{ base, change, want string }{
		{"上年", "增长12.5%", "比上年增长12.5%"},
		{"上年", Flat, "与上年持平"},
		{"去年同期", "提高3.2个百分点", "比去年同期提高3.2个百分点"},
		{"上年", "减少3人", "比上年减少3人"},
	}
	for _, tt := range tests {
		if got := Versus(tt.base, tt.change); got != tt.want {
			t.Errorf("Versus(%q, %q) = %q, want %q", tt.base, tt.change, got, tt.want)
		}
	}
	mustPanic(t, "Versus(\"\")", func() { Versus("", "增长1%") })
}
