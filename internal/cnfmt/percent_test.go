package cnfmt

import "testing"

func TestPercent(t *testing.T) {
	tests := []struct {
		frac string
		prec int
		want string
	}{
		{"68997/76713", 2, "89.94%"}, // seed 000: 689.97 ÷ 767.13
		{"1761/2729", 1, "64.5%"},    // seed 000 入会率
		{"1761/2729", 2, "64.53%"},
		{"4/5", 2, "80%"},
		{"81/20", 2, "405%"},
		{"121/122", 2, "99.18%"},
		{"15/28", 1, "53.6%"},
		{"49/77", 1, "63.6%"},
		{"0", 2, "0%"},
		{"1", 2, "100%"},
		{"0.12345", 2, "12.35%"},   // half up at the boundary
		{"-0.12345", 2, "-12.35%"}, // half away from zero
		{"0.1234499", 2, "12.34%"},
		{"99999/100000", 2, "99.999%"}, // not 100%
		{"19999/20000", 2, "99.995%"},
		{"0.9996", 1, "99.96%"},
		{"2000001/2000000", 2, "100.0001%"}, // above 100% is not 100% either
		{"1/100000", 2, "0.001%"},           // not 0%
		{"-1/100000", 2, "-0.001%"},
		{"1/3", 0, "33%"},
	}
	for _, tt := range tests {
		if got := Percent(rat(t, tt.frac), tt.prec); got != tt.want {
			t.Errorf("Percent(%s, %d) = %q, want %q", tt.frac, tt.prec, got, tt.want)
		}
	}
	mustPanic(t, "Percent(nil)", func() { Percent(nil, 2) })
}

func TestPoints(t *testing.T) {
	tests := []struct {
		delta string
		prec  int
		want  string
	}{
		{"0.032", 1, "3.2个百分点"},
		{"-0.005", 1, "-0.5个百分点"},
		{"0", 1, "0个百分点"},
		{"0.00001", 2, "0.001个百分点"},
		{"0.0012345", 2, "0.12个百分点"},
		{"0.001235", 3, "0.124个百分点"},
		{"1", 0, "100个百分点"},
	}
	for _, tt := range tests {
		if got := Points(rat(t, tt.delta), tt.prec); got != tt.want {
			t.Errorf("Points(%s, %d) = %q, want %q", tt.delta, tt.prec, got, tt.want)
		}
	}
	mustPanic(t, "Points(nil)", func() { Points(nil, 2) })
}
