// Package mdtext escapes text for CommonMark, so that it reads as the text
// it is and never as markup. The composer uses it for record text it writes
// into template output, the Markdown writer for every text it writes; both
// must agree, so the rules live here once.
package mdtext

import "strings"

// specials are the characters Escape backslash-escapes: every ASCII
// character that can start or end inline markup, plus those a user's
// template engine or a table could read ({ } $ |).
const specials = "\\`*_[]<>#|~&{}$"

// Escape backslash-escapes every character of s that Markdown could read as
// markup, so "**", "<script>", "[x](y)", "#" and "&amp;" print as typed.
func Escape(s string) string {
	if !strings.ContainsAny(s, specials) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	for _, r := range s {
		if r < 0x80 && strings.IndexByte(specials, byte(r)) >= 0 {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// EscapeLineStart escapes what would make a paragraph line that starts with
// s into another block: a heading "#", a list "-", "+", "*", "1." or "1)", a
// quote ">", a setext underline "=", a table "|" or an indented code block
// (leading spaces are dropped).
func EscapeLineStart(s string) string {
	s = strings.TrimLeft(s, " ")
	if s == "" {
		return s
	}
	switch s[0] {
	case '-', '+', '*', '>', '=', '#', '|', '~', '`', '_':
		return `\` + s
	}
	i := 0
	for i < len(s) && i < 9 && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i > 0 && i < len(s) && (s[i] == '.' || s[i] == ')') &&
		(i+1 == len(s) || s[i+1] == ' ' || s[i+1] == '\t') {
		return s[:i] + `\` + s[i:]
	}
	return s
}
