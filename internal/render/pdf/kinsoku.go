package pdf

import "unicode"

// The character classes of Chinese line breaking (禁则, GB/T 15834 and the
// W3C "Requirements for Chinese Text Layout").

// noLineStartRunes may not begin a line: pause and stop marks, closing
// brackets and quotes, and signs that belong to the number before them.
const noLineStartRunes = "，。、；：？！）》」』”’〕】〉］｝．…·％‰℃" +
	",.;:?!)]}%"

// noLineEndRunes may not end a line: opening brackets and quotes.
const noLineEndRunes = "（《「『“‘〔【〈［｛" + "([{"

// noLineStart reports whether r may not begin a line.
func noLineStart(r rune) bool { return containsRune(noLineStartRunes, r) }

// noLineEnd reports whether r may not end a line.
func noLineEnd(r rune) bool { return containsRune(noLineEndRunes, r) }

// leftSittingRunes are full-width marks drawn in the left half of their
// square (GB style): at the end of a line their blank right half may lie
// past the right edge.
const leftSittingRunes = "，。、；：）》」』”’〕】〉］｝"

// hangingRunes may hang past the right edge at the end of a line (行末点号悬挂).
const hangingRunes = "，。、．"

func containsRune(set string, r rune) bool {
	for _, c := range set {
		if c == r {
			return true
		}
	}
	return false
}

// isWordRune reports whether r belongs to a run that is never split:
// ASCII letters, digits and punctuation, and other Latin letters, so that
// "2013", "89.94%", "A-1" and "alert(1)" stay whole.
func isWordRune(r rune) bool {
	if r > 0x20 && r < 0x7F {
		return true
	}
	return r >= 0xC0 && r <= 0x24F && unicode.IsLetter(r)
}

// isRepeatMark reports whether r is a mark that is written doubled and
// must not be split: the dash —— and the ellipsis …….
func isRepeatMark(r rune) bool { return r == '—' || r == '…' || r == '⋯' }
