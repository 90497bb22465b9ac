package style

import (
	"strings"
	"unicode"
)

// The character classes of Chinese line breaking (禁则, GB/T 15834 and the
// W3C "Requirements for Chinese Text Layout"), for every writer that
// decides a line break itself.

// noLineStartRunes may not begin a line: pause and stop marks, closing
// brackets and quotes, and signs that belong to the number before them.
const noLineStartRunes = "，。、；：？！）》」』”’〕】〉］｝．…·％‰℃" +
	",.;:?!)]}%"

// noLineEndRunes may not end a line: opening brackets and quotes.
const noLineEndRunes = "（《「『“‘〔【〈［｛" + "([{"

// NoLineStart reports whether r may not begin a line.
func NoLineStart(r rune) bool { return ContainsMark(noLineStartRunes, r) }

// NoLineEnd reports whether r may not end a line.
func NoLineEnd(r rune) bool { return ContainsMark(noLineEndRunes, r) }

// ContainsMark reports whether r is in marks, a string of punctuation and
// signs such as the sets above. A Chinese character, most of what a line
// breaker asks about, is in none of them, and is answered without a
// search: U+3400–U+F8FF (the ideographs of the basic block and extension
// A, Yi, Hangul, private use) holds no mark of any set (TestContainsMark).
func ContainsMark(marks string, r rune) bool {
	if r >= 0x3400 && r < 0xF900 {
		return false
	}
	return strings.ContainsRune(marks, r)
}

// IsWordRune reports whether r belongs to a run that is never split:
// ASCII letters, digits and punctuation, and other Latin letters, so that
// "2013", "89.94%", "A-1" and "alert(1)" stay whole.
func IsWordRune(r rune) bool {
	if r > 0x20 && r < 0x7F {
		return true
	}
	return r >= 0xC0 && r <= 0x24F && unicode.IsLetter(r)
}

// IsRepeatMark reports whether r is a mark that is written doubled and
// must not be split: the dash —— and the ellipsis …….
func IsRepeatMark(r rune) bool { return r == '—' || r == '…' || r == '⋯' }
