package sheet

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Every cell's text is trimmed and many are stripped of spaces; most hold
// none. strings.TrimSpace and strings.Map decode every rune of a Chinese
// text to find that out: mayHoldSpace looks at bytes first, since a white
// space character (unicode.IsSpace, and U+3000) is either ASCII or starts
// with one of four bytes no common Chinese character starts with.

// mayHoldSpace reports whether the UTF-8 byte c can start a space:
// ASCII white space, or the first byte of U+0085, U+00A0 (0xC2), U+1680
// (0xE1), U+2000 to U+205F (0xE2) or U+3000 (0xE3).
func mayHoldSpace(c byte) bool {
	switch c {
	case ' ', '\t', '\n', '\v', '\f', '\r', 0xC2, 0xE1, 0xE2, 0xE3:
		return true
	}
	return false
}

// isSpaceAt reports whether s holds a white space character at byte i.
func isSpaceAt(s string, i int) bool {
	if !mayHoldSpace(s[i]) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsSpace(r) || r == '\u3000'
}

// trimSpace is strings.TrimSpace, quick for a text that has no space at
// either end.
func trimSpace(s string) string {
	if s == "" {
		return s
	}
	if !mayHoldSpace(s[0]) {
		if r, n := utf8.DecodeLastRuneInString(s); n == 1 && !mayHoldSpace(byte(r)) || n > 1 && !unicode.IsSpace(r) {
			return s
		}
	}
	return strings.TrimSpace(s)
}

// normalName is a name as written in a workbook with its spaces removed
// (and any byte that is not UTF-8 written as U+FFFD, as strings.Map
// does).
func normalName(s string) string {
	plain := true
	for i := 0; i < len(s) && plain; i++ {
		plain = !isSpaceAt(s, i)
	}
	if plain && utf8.ValidString(s) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || r == '\u3000' {
			return -1
		}
		return r
	}, s)
}
