package report

import (
	"strings"
	"unicode"

	"zongjie/internal/mdtext"
)

// escapeText prepares record text (a name, a clerk's paragraph) for the
// template output a report is composed from: control characters go (so no
// mark or directive can be forged), ASCII punctuation that Chinese text
// around it calls full-width becomes full-width, and every character
// Markdown could read as markup is escaped (mdtext.Escape), so "**",
// "<script>", "[x](y)", "#" and "&amp;" print as typed in every format.
func escapeText(s string) string {
	return mdtext.Escape(fullWidthPunct(cleanControl(s)))
}

// cleanControl removes control characters and the noncharacters U+FFFE and
// U+FFFF (what doc.CleanText drops), so that punctuation is widened by the
// characters that will be printed next to it; a tab becomes a space and a
// line break is kept (the structural pass joins lines).
func cleanControl(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\n':
			return r
		case r == '\t':
			return ' '
		case r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) || r == 0xfffe || r == 0xffff:
			return -1
		}
		return r
	}, s)
}

// fullWidth maps ASCII punctuation to the full-width form Chinese text uses.
var fullWidth = map[rune]rune{
	',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）',
}

// fullWidthPunct turns ASCII , ; : ? ! ( ) into their full-width forms
// where a Chinese character stands next to them (skipping spaces), so
// "民办学校(幼儿园)" reads "民办学校（幼儿园）" while "1,234" and
// "see (a)" stay as they are.
func fullWidthPunct(s string) string {
	rs := []rune(s)
	changed := false
	for i, r := range rs {
		fw, ok := fullWidth[r]
		if !ok {
			continue
		}
		if isCJK(neighbour(rs, i, -1)) || isCJK(neighbour(rs, i, +1)) ||
			(r == ')' && openedByCJK(rs, i)) {
			rs[i] = fw
			changed = true
		}
	}
	if !changed {
		return s
	}
	return string(rs)
}

// openedByCJK reports whether the ")" at i closes a "(" already made full-width.
func openedByCJK(rs []rune, i int) bool {
	for j := i - 1; j >= 0; j-- {
		switch rs[j] {
		case '（':
			return true
		case '(', ')', '）':
			return false
		}
	}
	return false
}

// neighbour returns the first non-space rune from i in direction dir, or 0.
func neighbour(rs []rune, i, dir int) rune {
	for j := i + dir; j >= 0 && j < len(rs); j += dir {
		if rs[j] != ' ' {
			return rs[j]
		}
	}
	return 0
}

// isCJK reports whether r is a Chinese character or full-width punctuation.
func isCJK(r rune) bool {
	return unicode.Is(unicode.Han, r) || (r >= 0x3000 && r <= 0x303f) || (r >= 0xff00 && r <= 0xffef) ||
		r == '“' || r == '”' || r == '‘' || r == '’' || r == '…' || r == '—'
}
