package doc

import "github.com/yuin/goldmark/util"

// SoftBreakSpace reports whether a soft line break (a plain newline inside a
// paragraph of the Markdown) prints as a space, given the runes just before
// and after it. Chinese text wraps without spaces, so the break vanishes when
// either side is a full-width, wide, half-width or ambiguous East Asian
// character (Han, ，。, “” …); between Latin words and digits it is a space.
// Writers that lay out soft breaks themselves use it so all formats agree.
func SoftBreakSpace(before, after rune) bool {
	return !eastAsian(before) && !eastAsian(after)
}

func eastAsian(r rune) bool {
	switch util.EastAsianWidth(r) {
	case "F", "W", "H", "A":
		return true
	}
	return false
}
