package num

import (
	"math/big"
	"strings"
	"testing"
)

func TestParseMoney(t *testing.T) {
	tests := []struct {
		in   string
		want Money
		err  bool
	}{
		{"7671300", 767130000, false},
		{"767.13万", 767130000, false},
		{"767.13万元", 767130000, false},
		{"134.1911万", 134191100, false},
		{"13417.56元", 1341756, false},
		{"1,234.5", 123450, false},
		{"1，234，567", 123456700, false},
		{"12,34", 0, true},
		{"1,5", 0, true},
		{"1,234.5,6", 0, true},
		{"—5", 0, true},
		{"１２３４", 123400, false},
		{"1.2亿", 12000000000, false},
		{"-5元", -500, false},
		{"0", 0, false},
		{"0.001", 0, true},
		{"abc", 0, true},
		{"", 0, true},
		{"1.2.3", 0, true},
		{"99999999999999999999999999", 0, true},
		{"1e3", 100000, false}, // JSON writers print some numbers in E notation
		{"1.5E4元", 1500000, false},
		{"1.2345e2", 12345, false},
		{"1e-3", 0, true}, // below a 分
		{"1e99", 0, true},
		{"e5", 0, true},
		{"1e", 0, true},
		{"1e+", 0, true},
	}
	for _, tt := range tests {
		got, err := ParseMoney(tt.in)
		if (err != nil) != tt.err {
			t.Errorf("ParseMoney(%q) error = %v, want error %v", tt.in, err, tt.err)
			continue
		}
		if got != tt.want {
			t.Errorf("ParseMoney(%q) = %d, want %d", tt.in, got, tt.want)
		}
	}
}

func TestParseCount(t *testing.T) {
	tests := []struct {
		in   string
		want int64
		err  bool
	}{
		{"1761", 1761, false},
		{"1,761", 1761, false},
		{"１７６１", 1761, false},
		{"12.0", 12, false},
		{"12.5", 0, true},
		{"十二", 0, true},
		{"228人", 228, false},
		{"6户", 6, false},
		{"2024年度", 2024, false},
		{"12个人", 0, true},
		{"1e3", 1000, false},
		{"1.761E3", 1761, false},
		{"4.1万", 41000, false},
		{"4.1万人次", 41000, false},
		{"1.23456万", 0, true},
		{"1e-1", 0, true},
		{"1.5e0", 0, true},
	}
	for _, tt := range tests {
		got, err := ParseCount(tt.in)
		if (err != nil) != tt.err || got != tt.want {
			t.Errorf("ParseCount(%q) = %d, %v; want %d, error %v", tt.in, got, err, tt.want, tt.err)
		}
	}
}

func TestRound(t *testing.T) {
	tests := []struct {
		r    *big.Rat
		prec int
		want string
	}{
		{new(big.Rat).Mul(big.NewRat(68997, 76713), big.NewRat(100, 1)), 2, "89.94"},
		{new(big.Rat).Mul(big.NewRat(1761, 2729), big.NewRat(100, 1)), 1, "64.5"},
		{big.NewRat(5, 1000), 2, "0.01"},   // half up
		{big.NewRat(-5, 1000), 2, "-0.01"}, // half away from zero
		{big.NewRat(-1, 1000), 2, "0.00"},  // no negative zero
		{big.NewRat(405, 1), 0, "405"},
		{big.NewRat(1, 3), 4, "0.3333"},
	}
	for _, tt := range tests {
		if got := Round(tt.r, tt.prec); got != tt.want {
			t.Errorf("Round(%s, %d) = %s, want %s", tt.r.RatString(), tt.prec, got, tt.want)
		}
	}
	if got := FormatRat(big.NewRat(645, 10), 2, true); got != "64.5" {
		t.Errorf("FormatRat trim = %s", got)
	}
	if got := FormatRat(big.NewRat(80, 1), 2, true); got != "80" {
		t.Errorf("FormatRat trim = %s", got)
	}
}

func TestParseDecimalExact(t *testing.T) {
	tests := []struct {
		in   string
		want string
		err  bool
	}{
		{"462", "462", false},
		{"95.5", "95.5", false},
		{"0.50", "0.50", false},
		{"-3", "-3", false},
		{"１,２００", "1200", false},
		{"x", "", true},
		{"1234567890123456789", "", true},
		{"9.55e1", "95.5", false},
		{"5E-2", "0.05", false},
		{"-1.5e2", "-150", false},
		{"1e40", "", true},
	}
	for _, tt := range tests {
		d, err := ParseDecimalExact(tt.in)
		if (err != nil) != tt.err {
			t.Errorf("ParseDecimalExact(%q) error %v", tt.in, err)
			continue
		}
		if err == nil && d.String() != tt.want {
			t.Errorf("ParseDecimalExact(%q) = %s, want %s", tt.in, d, tt.want)
		}
	}
}

// TestBlankPlaceholder checks that a 范文 blank ("20__", "1__人") is refused,
// not read as a smaller number.
func TestBlankPlaceholder(t *testing.T) {
	for _, s := range []string{"20__", "1__", "___", "1_761"} {
		if n, err := ParseCount(s); err == nil || !strings.Contains(err.Error(), "下划线") {
			t.Errorf("ParseCount(%q) = %d, %v; want the blank refused", s, n, err)
		}
		if m, err := ParseMoney(s + "元"); err == nil || !strings.Contains(err.Error(), "下划线") {
			t.Errorf("ParseMoney(%q) = %d, %v; want the blank refused", s, m, err)
		}
	}
}

// TestRoundFastPathAgrees compares the integer fast path with the big.Int
// path (roundBig) over a grid of fractions and precisions, including half-way cases.
func TestRoundFastPathAgrees(t *testing.T) {
	nums := []int64{0, 1, -1, 5, -5, 15, 25, 68997, 1761, 999999999, -123456789, 1 << 40, -(1 << 62)}
	dens := []int64{1, 2, 3, 7, 10, 100, 1000, 76713, 2729, 1 << 31}
	for _, n := range nums {
		for _, d := range dens {
			for _, prec := range []int{0, 1, 2, 4, 9, 18} {
				r := big.NewRat(n, d)
				fast, ok := roundSmall(r, prec)
				if !ok {
					continue
				}
				if want := roundBig(r, prec); fast != want {
					t.Errorf("Round(%d/%d, %d) = %s, want %s", n, d, prec, fast, want)
				}
			}
		}
	}
}

func TestMoneyString(t *testing.T) {
	for _, tt := range []struct {
		m    Money
		want string
	}{{767130000, "7671300"}, {1341756, "13417.56"}, {1350, "13.5"}, {5, "0.05"}, {-500, "-5"}, {-1, "-0.01"}, {0, "0"}} {
		if got := tt.m.String(); got != tt.want {
			t.Errorf("Money(%d).String() = %q, want %q", tt.m, got, tt.want)
		}
		if got := FormatRat(tt.m.Yuan(), 2, true); got != tt.want {
			t.Errorf("FormatRat disagrees for %d: %q", tt.m, got)
		}
	}
}

// TestPlainPathsAgree checks that the integer readings of plain amounts and
// counts give what the exact big.Rat readings give, and that they decline
// whatever is not plain.
func TestPlainPathsAgree(t *testing.T) {
	inputs := []string{
		"0", "7", "007", "7671300", "13417.56", "13417.5", "13417.50", "0.05", "0.5", ".5", "5.", "5..1",
		"767.13万", "134.1911万", "0.000001万", "0.0000001万", "1.2亿", "0.0000000001亿", "3亿",
		"999999999999", "999999999999.99", "1000000000000", "99999999.999999万", "9999.9999999999亿",
		"12345678901234567890", "-5", "+5", "1,234", "1e3", "5万万", "万", "亿", "", "0x10", "١٢",
	}
	for _, in := range inputs {
		t.Run(in, func(t *testing.T) {
			if m, ok := plainMoney(in); ok {
				want, err := parseMoneyRat(in, in)
				if err != nil || m != want {
					t.Errorf("plainMoney(%q) = %d; exact reading %d, %v", in, m, want, err)
				}
			} else if strings.Trim(in, "0123456789") == "" && len(in) > 0 && len(in) <= 12 {
				t.Errorf("plainMoney(%q) declined a plain amount", in)
			}
			if n, ok := plainCount(in); ok {
				want, err := parseCountRat(in)
				if err != nil || n != want {
					t.Errorf("plainCount(%q) = %d; exact reading %d, %v", in, n, want, err)
				}
			}
		})
	}
}

func TestNormalizePlainUnchanged(t *testing.T) {
	for _, tt := range []struct {
		in    string
		plain bool
	}{
		{"1761", true}, {"1,234.5", true}, {"-5元", false}, {" 5", false}, {"5\t", false},
		{"１２", false}, {"a_b", true}, {"", true}, {"\x01", true}, {"5\v", false},
	} {
		if got := isPlainASCII(tt.in); got != tt.plain {
			t.Errorf("isPlainASCII(%q) = %v, want %v", tt.in, got, tt.plain)
		}
		if tt.plain && Normalize(tt.in) != tt.in {
			t.Errorf("Normalize(%q) = %q changed a plain string", tt.in, Normalize(tt.in))
		}
	}
}

func TestCountMeasure(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"1761", ""},
		{"612人", "人"},
		{"1,260人次", "人次"},
		{"4.1万人次", "人次"},
		{"62户", "户"},
		{"９户次", "户次"},
		{"近200人以上", "人"},
		{"30余名", "名"},
		{"10万元", ""},
	} {
		if got := CountMeasure(tt.in); got != tt.want {
			t.Errorf("CountMeasure(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
