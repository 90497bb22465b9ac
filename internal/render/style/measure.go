package style

import (
	"unicode/utf8"

	"golang.org/x/text/width"
)

// The writers that name fonts instead of embedding them (DOCX, HTML) cannot
// measure text: the reader's machine sets it. Decisions that every format
// must take alike — where a title breaks, how wide a table column is,
// where the signature stands — are therefore taken on nominal widths, the
// same in every writer: a Chinese character or full-width mark is one em,
// digits and Latin text the widths of Times New Roman (the Latin family
// the documents name), never less than half an em (the Chinese fonts' own
// Latin glyphs, which a machine without Times New Roman uses). Real fonts
// are no wider, so what fits nominally fits on paper.

// latinEm are Times New Roman's advances of the printable ASCII characters
// from space (0x20) to tilde (0x7E), in thousandths of an em.
var latinEm = [...]uint16{
	250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278, // space to /
	500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 278, 278, 564, 564, 564, 444, // 0 to ?
	921, 722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722, // @ to O
	556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611, 333, 278, 333, 469, 500, // P to _
	333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, // ` to o
	500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541, // p to ~
}

// RuneEm is the nominal advance of r in ems.
func RuneEm(r rune) float64 {
	if r >= 0x20 && r <= 0x7E {
		return max(float64(latinEm[r-0x20])/1000, 0.5)
	}
	switch width.LookupRune(r).Kind() {
	case width.EastAsianWide, width.EastAsianFullwidth, width.EastAsianAmbiguous:
		return 1
	}
	if r < 0x20 || r == 0x7F {
		return 0
	}
	return 0.75 // other Latin letters and signs
}

// TextEm is the nominal width of s in ems, on one line.
func TextEm(s string) float64 {
	w := 0.0
	for _, r := range s {
		w += RuneEm(r)
	}
	return w
}

// TextPt is the nominal width of s in points at a size, with the
// character spacing every writer gives text of that size (Tracking).
func TextPt(s string, sizePt float64) float64 {
	return TextEm(s)*sizePt + float64(utf8.RuneCountInString(s))*Tracking(sizePt)
}

// Tracking is the character spacing, in points, of text of a size: the
// grid's BodyTrackingPt for body text, none for other sizes.
func Tracking(sizePt float64) float64 {
	if sizePt == BodyPt {
		return BodyTrackingPt()
	}
	return 0
}

// TextWidthPt is the width of the text block in points (156 mm).
func TextWidthPt() float64 { return MMToPt(PageWidthMM - MarginLeftMM - MarginRightMM) }
