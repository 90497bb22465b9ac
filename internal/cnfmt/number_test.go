package cnfmt

import (
	"math/big"
	"testing"
)

func TestNumber(t *testing.T) {
	tests := []struct {
		in   string
		prec int
		want string
	}{
		{"1234.50", 2, "1234.5"},
		{"80", 2, "80"},
		{"0", 2, "0"},
		{"1/3", 4, "0.3333"},
		{"2/3", 2, "0.67"},
		{"2.5", 0, "3"},      // half up
		{"-2.5", 0, "-3"},    // half away from zero
		{"0.125", 2, "0.13"}, // half up at the boundary
		{"0.12499", 2, "0.12"},
		{"-1", -1, "-1"},      // negative precision acts as 0
		{"0.004", 2, "0.004"}, // nonzero never shows as 0
		{"-0.004", 2, "-0.004"},
		{"1/300", 2, "0.003"},
		{"0.0049", 2, "0.005"},
		{"99.996", 2, "100"}, // 100 is a landmark only for percentages
		{"12345678901234567890", 0, "12345678901234567890"},
	}
	for _, tt := range tests {
		if got := Number(rat(t, tt.in), tt.prec); got != tt.want {
			t.Errorf("Number(%s, %d) = %q, want %q", tt.in, tt.prec, got, tt.want)
		}
	}
	mustPanic(t, "Number(nil)", func() { Number(nil, 2) })
}

func TestQuantityPerCapitaCount(t *testing.T) {
	tests := []struct{ got, want string }{
		{Quantity(rat(t, "12.5"), 1, "小时"), "12.5小时"},
		{Quantity(rat(t, "462"), 0, "分"), "462分"},
		{PerCapita(rat(t, "156"), 0), "156元"},
		{PerCapita(rat(t, "923.6"), 0), "924元"}, // 教师发展中心 in seed 000
		{PerCapita(rat(t, "1234.5"), 2), "1234.5元"},
		{PerCapita(rat(t, "12000"), 0), "12000元"}, // per head stays in 元
		{PerCapita(rat(t, "0"), 0), "0元"},
		{PerCapita(rat(t, "0.3"), 0), "0.3元"}, // not "0元": 0元 means nothing spent
		{PerCapita(rat(t, "1341911/8612"), 0), "156元"},
		{Count(1761, "人"), "1761人"},
		{Count(0, "个"), "0个"},
		{Count(-3, "人"), "-3人"},
		{Count(9999, "人"), "9999人"},
		{Count(10000, "人"), "10,000人"},
		{Count(1234567, "人次"), "1,234,567人次"},
		{Count(-12345, "人"), "-12,345人"},
	}
	for i, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("case %d: got %q, want %q", i, tt.got, tt.want)
		}
	}
	mustPanic(t, "PerCapita(nil)", func() { PerCapita(nil, 0) })
	mustPanic(t, "Quantity(nil)", func() { Quantity(nil, 0, "人") })
}

// TestShows checks the text comparison of rounded figures with the
// landmarks against comparing their values.
func TestShows(t *testing.T) {
	other := big.NewRat(5, 2)
	for _, s := range []string{"0", "100", "-0.5", "0.01", "99.99", "100.01", "1000", "10", "2.5", "-100", "00"} {
		shown, _ := new(big.Rat).SetString(s)
		for _, m := range []*big.Rat{ratZero, ratHundred, other} {
			// "00" is not a text FormatRat writes; the others are.
			if want := shown.Cmp(m) == 0; shows(s, m) != want && s != "00" {
				t.Errorf("shows(%q, %s) = %v, want %v", s, m.RatString(), !want, want)
			}
		}
	}
}
