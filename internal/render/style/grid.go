package style

import "math"

// CharsPerLine and LinesPerPage are the GB/T 9704 text grid: 28 body
// characters per line and 22 lines per page on the 156 × 225 mm text block.
const (
	CharsPerLine = 28
	LinesPerPage = 22
)

// BodyTrackingPt is the character spacing, in points, that fits exactly
// CharsPerLine characters of body text (BodyPt) on a line of the text block:
// 28 × 16 pt is 448 pt but the block is 442 pt wide, so each character gives
// up a fraction of a point. It is ≤ 0 and a whole number of twips (1/20 pt),
// the unit Word stores. Word offices get the same effect from a character
// grid; an explicit spacing works alike in Word, WPS, LibreOffice and CSS.
func BodyTrackingPt() float64 {
	textWidthPt := MMToPt(PageWidthMM - MarginLeftMM - MarginRightMM)
	excessTwips := (BodyPt - textWidthPt/CharsPerLine) * 20
	if excessTwips <= 0 {
		return 0
	}
	return -math.Ceil(excessTwips) / 20
}
