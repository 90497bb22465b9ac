package doc

import (
	"strings"
	"unicode/utf8"
)

// CleanText returns s as text every output format can carry: bytes that are
// not UTF-8 become U+FFFD, and line breaks, control characters other than
// tab, DEL, the C1 controls and the noncharacters U+FFFE and U+FFFF are
// dropped (HTML calls them parse errors, XML 1.0 forbids them, fonts have no
// glyph for them). Clean text is returned as it is, without copying. The
// composer cleans all text it puts in a document; writers clean again what
// they write, so a document built by hand cannot break their output.
func CleanText(s string) string {
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

// dropped reports whether CleanText removes r.
func dropped(r rune) bool {
	switch {
	case r == '\t':
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

// Cleaned returns m with every field cleaned (see CleanText).
func (m Meta) Cleaned() Meta {
	return Meta{Title: CleanText(m.Title), Author: CleanText(m.Author), Date: CleanText(m.Date), ISODate: CleanText(m.ISODate)}
}
