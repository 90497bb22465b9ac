package cnfmt

import "testing"

func TestHeading(t *testing.T) {
	tests := []struct {
		level, n int
		want     string
	}{
		{1, 1, "一、"},
		{1, 10, "十、"},
		{1, 12, "十二、"},
		{2, 1, "（一）"},
		{2, 3, "（三）"},
		{3, 1, "1."},
		{3, 12, "12."},
		{4, 2, "（2）"},
		{4, 16, "（16）"},
	}
	for _, tt := range tests {
		if got := Heading(tt.level, tt.n); got != tt.want {
			t.Errorf("Heading(%d, %d) = %q, want %q", tt.level, tt.n, got, tt.want)
		}
	}
	mustPanic(t, "Heading(0, 1)", func() { Heading(0, 1) })
	mustPanic(t, "Heading(5, 1)", func() { Heading(5, 1) })
	mustPanic(t, "Heading(1, 0)", func() { Heading(1, 0) })
	mustPanic(t, "Heading(3, -1)", func() { Heading(3, -1) })
}

func TestOrdinalSeq(t *testing.T) {
	tests := []struct {
		n            int
		ordinal, seq string
	}{
		{1, "第一", "一是"},
		{2, "第二", "二是"},
		{10, "第十", "十是"},
		{11, "第十一", "十一是"},
		{100, "第一百", "一百是"},
	}
	for _, tt := range tests {
		if got := Ordinal(tt.n); got != tt.ordinal {
			t.Errorf("Ordinal(%d) = %q, want %q", tt.n, got, tt.ordinal)
		}
		if got := Seq(tt.n); got != tt.seq {
			t.Errorf("Seq(%d) = %q, want %q", tt.n, got, tt.seq)
		}
	}
	mustPanic(t, "Ordinal(0)", func() { Ordinal(0) })
	mustPanic(t, "Seq(0)", func() { Seq(0) })
	mustPanic(t, "Seq(-1)", func() { Seq(-1) })
}
