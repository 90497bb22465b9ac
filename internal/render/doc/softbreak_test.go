package doc

import "testing"

// TestSoftBreakSpace checks where a wrapped source line prints a space.
func TestSoftBreakSpace(t *testing.T) {
	tests := []struct {
		before, after rune
		want          bool
	}{
		{'行', '第', false},
		{'年', '1', false},
		{'3', '年', false},
		{'，', 'A', false},
		{'”', 'a', false},
		{'d', 'b', true},
		{'1', '2', true},
		{'.', 'N', true},
	}
	for _, tt := range tests {
		if got := SoftBreakSpace(tt.before, tt.after); got != tt.want {
			t.Errorf("SoftBreakSpace(%q, %q) = %v, want %v", tt.before, tt.after, got, tt.want)
		}
	}
}
