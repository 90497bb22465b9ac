package chart

import (
	"math"
	"testing"
)

func TestNiceScale(t *testing.T) {
	tests := []struct {
		lo, hi   float64
		maxN     int
		prec     int
		want     []string // the tick labels
		wantStep float64
	}{
		{0, 178, 6, 0, []string{"0", "50", "100", "150", "200"}, 50},
		{0, 178, 10, 0, []string{"0", "20", "40", "60", "80", "100", "120", "140", "160", "180"}, 20},
		{0, 3.68, 5, 2, []string{"0", "1", "2", "3", "4"}, 1},
		{0, 9.5, 4, 1, []string{"0.0", "2.5", "5.0", "7.5", "10.0"}, 2.5},
		{0, 9.5, 4, 0, []string{"0", "5", "10"}, 5}, // 2.5 would need a decimal the series never shows
		{0, 0.42, 5, 2, []string{"0.0", "0.1", "0.2", "0.3", "0.4", "0.5"}, 0.1},
		{0, 0.9, 4, 3, []string{"0.00", "0.25", "0.50", "0.75", "1.00"}, 0.25},
		{0, 1, 2, 0, []string{"0", "1"}, 1},
		{0, 12345, 6, 0, []string{"0", "2500", "5000", "7500", "10000", "12500"}, 2500},
		{-35, 120, 6, 0, []string{"-50", "0", "50", "100", "150"}, 50},
		{0, 0, 5, 0, []string{"0", "1"}, 1}, // all zero: one interval
		{0, 7e8, 5, 0, []string{"0", "200000000", "400000000", "600000000", "800000000"}, 2e8},
	}
	for _, tt := range tests {
		s := niceScale(tt.lo, tt.hi, tt.maxN, tt.prec)
		var got []string
		for i := 0; i <= s.N; i++ {
			got = append(got, s.Label(i))
		}
		if !equal(got, tt.want) || math.Abs(s.Step()-tt.wantStep) > 1e-12 {
			t.Errorf("niceScale(%v, %v, %d, %d) = %v step %v; want %v step %v", tt.lo, tt.hi, tt.maxN, tt.prec, got, s.Step(), tt.want, tt.wantStep)
		}
		if s.Min() > tt.lo || s.Max() < tt.hi || s.N > max(tt.maxN, 1) {
			t.Errorf("niceScale(%v, %v): %v … %v in %d intervals does not cover the values in at most %d", tt.lo, tt.hi, s.Min(), s.Max(), s.N, tt.maxN)
		}
	}
}

func equal(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestScaleLabelIsExact(t *testing.T) {
	// Ticks of 0.1 and 0.3 are written as decimals, never 0.30000000000000004.
	s := Scale{K: 1, Mant: 10, Exp: -1, N: 3}
	want := []string{"0.1", "0.2", "0.3", "0.4"}
	for i, w := range want {
		if got := s.Label(i); got != w {
			t.Errorf("Label(%d) = %q, want %q", i, got, w)
		}
	}
	if got := (Scale{K: -3, Mant: 25, Exp: 0, N: 1}).Label(0); got != "-7.5" {
		t.Errorf("negative 2.5 step: %q", got)
	}
}

func TestBandScale(t *testing.T) {
	tests := []struct {
		name       string
		vmin, vmax float64
		n, prec    int
		bands      [][2]float64
		ceiling    float64
		want       []string
	}{
		// 入会率 of five years above members' bars: 70 … 100, every rate in the top band.
		{"rates above bars", 95.2, 97.8, 6, 1, [][2]float64{{0.7, 0.95}}, 100, []string{"70", "75", "80", "85", "90", "95", "100"}},
		{"rates spread", 40, 90, 4, 1, [][2]float64{{0.7, 0.95}, {0.2, 0.95}}, 100, []string{"20", "40", "60", "80", "100"}},
		{"no ceiling for counts", 1049, 1163, 5, 0, [][2]float64{{0.15, 0.9}}, math.NaN(), []string{"950", "1000", "1050", "1100", "1150", "1200"}},
		{"negative", -12, 30, 4, 0, [][2]float64{{0.1, 0.9}}, math.NaN(), []string{"-40", "-20", "0", "20", "40"}},
	}
	for _, tt := range tests {
		s := bandScale(tt.vmin, tt.vmax, tt.n, tt.prec, tt.bands, tt.ceiling)
		var got []string
		for i := 0; i <= s.N; i++ {
			got = append(got, s.Label(i))
		}
		if !equal(got, tt.want) {
			t.Errorf("%s: ticks %v, want %v", tt.name, got, tt.want)
		}
		if s.N != tt.n || s.Pos(tt.vmin) < 0 || s.Pos(tt.vmax) > 1 {
			t.Errorf("%s: %d intervals, values at %.3f … %.3f", tt.name, s.N, s.Pos(tt.vmin), s.Pos(tt.vmax))
		}
	}
}
