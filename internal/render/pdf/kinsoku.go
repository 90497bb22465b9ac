package pdf

import "zongjie/internal/render/style"

// The character classes of Chinese line breaking are the shared ones of
// style (禁则); the marks that may give up their blank half or hang past
// the right edge are the PDF breaker's own.

func noLineStart(r rune) bool  { return style.NoLineStart(r) }
func noLineEnd(r rune) bool    { return style.NoLineEnd(r) }
func isWordRune(r rune) bool   { return style.IsWordRune(r) }
func isRepeatMark(r rune) bool { return style.IsRepeatMark(r) }

// leftSittingRunes are full-width marks drawn in the left half of their
// square (GB style): at the end of a line their blank right half may lie
// past the right edge.
const leftSittingRunes = "，。、；：）》」』”’〕】〉］｝"

// hangingRunes may hang past the right edge at the end of a line (行末点号悬挂).
const hangingRunes = "，。、．"

func containsRune(set string, r rune) bool { return style.ContainsMark(set, r) }
