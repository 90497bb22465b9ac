package textwidth

import "testing"

func TestString(t *testing.T) {
	for _, c := range []struct {
		s    string
		want int
	}{
		{"", 0}, {"abc", 3}, {"入会率", 6}, {"64.5%", 5}, {"（一）", 6}, {"ＡＢ", 4}, {"2013年", 6},
	} {
		if got := String(c.s); got != c.want {
			t.Errorf("String(%q) = %d, want %d", c.s, got, c.want)
		}
	}
}
