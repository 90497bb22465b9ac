package style

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestContainsMark: the shortcut for Chinese characters gives the same
// answer as searching the set, for every rune and each set of marks.
func TestContainsMark(t *testing.T) {
	for _, set := range []string{noLineStartRunes, noLineEndRunes} {
		for r := rune(0); r <= utf8.MaxRune; r++ {
			if got, want := ContainsMark(set, r), strings.ContainsRune(set, r); got != want {
				t.Fatalf("ContainsMark(%q, %U) = %v, want %v", set, r, got, want)
			}
		}
	}
}
