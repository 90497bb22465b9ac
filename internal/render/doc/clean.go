package doc

import (
	"strings"
	"unicode/utf8"
)

// cleanSource returns src as text every output format can carry: bytes
// that are not UTF-8 become U+FFFD, and control characters other than tab,
// line feed and carriage return (which HTML calls parse errors and XML 1.0
// forbids), DEL, the C1 controls and the noncharacters U+FFFE and U+FFFF
// are dropped. The composer never writes such characters and strips them
// from record text, but a user's template may carry them; cleaning here
// keeps every writer's output well-formed whatever it is given. Clean input
// is returned as it is.
func cleanSource(src []byte) []byte {
	if isClean(string(src)) {
		return src
	}
	return []byte(cleanString(string(src)))
}

// cleanString is cleanSource for a string.
func cleanString(s string) string {
	if isClean(s) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if dropped(r) {
			return -1
		}
		return r // strings.Map turns invalid UTF-8 into U+FFFD
	}, s)
}

func isClean(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if dropped(rune(c)) {
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if (r == utf8.RuneError && size == 1) || dropped(r) {
			return false
		}
		i += size
	}
	return true
}

// dropped reports whether r is removed from a document's text.
func dropped(r rune) bool {
	switch {
	case r == '\t' || r == '\n' || r == '\r':
		return false
	case r < 0x20 || r == 0x7f:
		return true
	case r >= 0x80 && r < 0xa0:
		return true
	case r == 0xfffe || r == 0xffff:
		return true
	}
	return false
}
