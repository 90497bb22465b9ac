package pdf

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestContainsRune: the PDF breaker's own sets of marks are answered as a
// search of them would be, the shortcut for Chinese characters included.
func TestContainsRune(t *testing.T) {
	for _, set := range []string{leftSittingRunes, hangingRunes} {
		for r := rune(0); r <= utf8.MaxRune; r++ {
			if got, want := containsRune(set, r), strings.ContainsRune(set, r); got != want {
				t.Fatalf("containsRune(%q, %U) = %v, want %v", set, r, got, want)
			}
		}
	}
}
