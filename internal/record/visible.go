package record

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// hidden reports whether r is a character that is invisible or acts on the
// display rather than showing as itself: a control character (C0, DEL, C1),
// a format character (Unicode category Cf: zero-width spaces, the soft
// hyphen, bidirectional embeddings, overrides and isolates, a BOM inside
// text), a line or paragraph separator, or a noncharacter. Printed raw, such
// a character can move a terminal's cursor, retitle its window, clear its
// screen (ESC sequences) or reverse the order a line shows in (U+202E).
func hidden(r rune) bool {
	switch {
	case r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0):
		return true
	case r < 0xa0:
		return false
	case r == 0x2028 || r == 0x2029 || r == utf8.RuneError:
		return true
	case r >= 0xfdd0 && r <= 0xfdef, r&0xfffe == 0xfffe:
		return true
	}
	return unicode.Is(unicode.Cf, r)
}

// visible returns s with every hidden character (see hidden) written as
// <U+XXXX>; the line break and the tab, which messages never contain on
// their own, become ↵ and a space. Text without such a character is
// returned as it is, without a copy.
func visible(s string) string {
	i := strings.IndexFunc(s, func(r rune) bool { return hidden(r) })
	if i < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 16)
	b.WriteString(s[:i])
	for _, r := range s[i:] {
		switch {
		case r == '\n':
			b.WriteRune('↵')
		case r == '\t':
			b.WriteByte(' ')
		case hidden(r):
			writeCode(&b, r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// writeCode writes r as <U+XXXX>.
func writeCode(b *strings.Builder, r rune) { fmt.Fprintf(b, "<U+%04X>", r) }

// allowedInText reports whether a hidden character may stay in a decoded
// text value: a line break and a tab (a paragraph pasted with its layout),
// and the zero-width joiner, which joins the parts of an emoji.
func allowedInText(r rune) bool { return r == '\n' || r == '\t' || r == 0x200d }

// firstHidden returns the first hidden character of s that may not stay in
// a text value, and its index in characters; ok is false when there is none.
func firstHidden(s string) (r rune, at int, ok bool) {
	n := 0
	for _, c := range s {
		if hidden(c) && !allowedInText(c) {
			return c, n, true
		}
		n++
	}
	return 0, 0, false
}

// hiddenName names a hidden character for a message: what it is and how it
// shows up, in plain Chinese.
func hiddenName(r rune) string {
	code := fmt.Sprintf("<U+%04X>", r)
	switch {
	case r == 0x1b:
		return code + "(ESC 转义符,可以改变终端的显示)"
	case r == 0x08:
		return code + "(退格符)"
	case r == 0x07:
		return code + "(响铃符)"
	case r == '\r':
		return code + "(回车符)"
	case r == 0:
		return code + "(空字符)"
	case r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0):
		return code + "(控制字符)"
	case (r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069) || r == 0x200e || r == 0x200f || r == 0x061c:
		return code + "(文字方向控制符,会让一行字倒着显示)"
	case r == 0x200b || r == 0x2060 || r == 0xfeff:
		return code + "(零宽空格,看不见但会让两个相同的名称不相同)"
	case r == 0x2028 || r == 0x2029:
		return code + "(行分隔符)"
	case r == utf8.RuneError:
		return code + "(无法识别的字符)"
	}
	return code + "(不可见的格式字符)"
}
