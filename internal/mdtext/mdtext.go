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

// EscapeLineStart escapes what would make a paragraph line that starts
// with s into another block: an ATX heading ("# "), a block quote (">"), a
// list item ("- ", "+ ", "* ", "1. ", "1) "), a thematic break ("***",
// "---", "___"), a setext underline ("===", "--", which turns the line
// before it into a heading), a table's delimiter row ("|---|", "-:"), a code fence ("```", "~~~") or an indented
// code block (leading spaces and tabs are dropped). Anything else at the
// start of a line, such as "**加粗**" or "#号", is left for inline parsing.
func EscapeLineStart(s string) string {
	s = strings.TrimLeft(s, " \t")
	if s == "" {
		return s
	}
	if strings.Trim(s, "-:| \t") == "" && strings.Contains(s, "-") {
		// a table's delimiter row ("-:", "|---|"), which would turn the
		// line before it into a table header
		return `\` + s
	}
	switch c := s[0]; c {
	case '>', '=':
		return `\` + s
	case '#':
		n := len(s) - len(strings.TrimLeft(s, "#"))
		if n <= 6 && endsMarker(s, n) {
			return `\` + s
		}
	case '-', '+', '*', '_':
		if (c != '_' && endsMarker(s, 1)) || isThematicBreak(s) || (c == '-' && strings.Trim(s, "- \t") == "") {
			return `\` + s
		}
	case '`', '~':
		run := len(s) - len(strings.TrimLeft(s, string(c)))
		// A backtick fence's info string holds no backtick; a line that
		// has one after the run is an inline code span.
		if run >= 3 && (c == '~' || !strings.Contains(s[run:], "`")) {
			return `\` + s
		}
	}
	i := 0
	for i < len(s) && i < 9 && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i > 0 && i < len(s) && (s[i] == '.' || s[i] == ')') && endsMarker(s, i+1) {
		return s[:i] + `\` + s[i:]
	}
	return s
}

// endsMarker reports whether a block marker of n bytes at the start of s is
// followed by a space, a tab or the end of the line.
func endsMarker(s string, n int) bool {
	return n == len(s) || s[n] == ' ' || s[n] == '\t'
}

// isThematicBreak reports whether s is three or more of one of - * _, with
// spaces or tabs between them and nothing else.
func isThematicBreak(s string) bool {
	c, n := s[0], 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case c:
			n++
		case ' ', '\t':
		default:
			return false
		}
	}
	return n >= 3
}
