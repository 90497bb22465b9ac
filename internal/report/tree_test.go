package report

import "testing"

func TestLastRune(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want rune
	}{
		{"", 0},
		{"abc", 'c'},
		{"入会率为89.94%", '%'},
		{"共有" + string(markData) + "112", '2'},
		{"单位" + string(markData) + string(markMissing), '位'},
		{string(markData) + string(markMissing), 0},
		{"ab\xe4\xb8", '\uFFFD'}, // a cut character reads as the replacement character
	} {
		if got := lastRune(tt.s); got != tt.want {
			t.Errorf("lastRune(%q) = %q, want %q", tt.s, got, tt.want)
		}
	}
}
