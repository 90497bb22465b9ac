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
// "see (a)" stay as they are. A full stop typed as "." after a Chinese
// character, before Chinese or the end, becomes "。" ("8期.开展" → "8期。
// 开展"; "3.5万", "v1.2" stay); straight double quotes around Chinese
// become “ ” in pairs, when a line holds them in pairs; "二." opening a
// line becomes "二、".
func fullWidthPunct(s string) string {
	rs := []rune(s)
	changed := curlQuotes(rs)
	for i, r := range rs {
		if r == '.' {
			next := neighbour(rs, i, +1)
			switch prev := neighbour(rs, i, -1); {
			case numeralMarker(rs, i):
				rs[i] = '、' // "一.加强" → "一、加强"
				changed = true
			case isNumeral(prev) && isNumeral(next):
				// 五.一, 三.八, 十二.五: a date or a plan's number, left as typed
			case closesChinese(prev) && (next == 0 || next == '\n' || isCJK(next)):
				rs[i] = '。'
				changed = true
			}
			continue
		}
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

// closesChinese reports whether r can end a Chinese sentence before its
// full stop: a Chinese character, or a closing quote or bracket.
func closesChinese(r rune) bool {
	return unicode.Is(unicode.Han, r) || strings.ContainsRune("”’）》】", r)
}

// numeralMarker reports whether the "." at i ends a Chinese numeral that
// opens its line, as a list item's number ("二.加强组织建设").
func numeralMarker(rs []rune, i int) bool {
	j := i - 1
	for j >= 0 && isNumeral(rs[j]) {
		j--
	}
	next := neighbour(rs, i, +1)
	return j < i-1 && (j < 0 || rs[j] == '\n') && isCJK(next) && !isNumeral(next)
}

// isNumeral reports whether r is a Chinese numeral 一 to 十 (or 〇, 零).
func isNumeral(r rune) bool { return strings.ContainsRune("〇零一二三四五六七八九十", r) }

// curlQuotes turns the straight double quotes of each line of rs into “
// and ” in turn, when the line holds an even number of them and one of
// them touches a Chinese character; it reports whether it changed any.
func curlQuotes(rs []rune) bool {
	changed := false
	for start := 0; start < len(rs); {
		end := start
		for end < len(rs) && rs[end] != '\n' {
			end++
		}
		var at []int
		chinese := false
		for i := start; i < end; i++ {
			if rs[i] == '"' {
				at = append(at, i)
				chinese = chinese || isCJK(neighbour(rs, i, -1)) || isCJK(neighbour(rs, i, +1))
			}
		}
		if len(at) > 0 && len(at)%2 == 0 && chinese {
			for k, i := range at {
				rs[i] = '“'
				if k%2 == 1 {
					rs[i] = '”'
				}
			}
			changed = true
		}
		start = end + 1
	}
	return changed
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
