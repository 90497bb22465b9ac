package docx

import (
	"strconv"

	"zongjie/internal/render/style"
)

// page is the A4 page of style in WordprocessingML units.
type page struct {
	width, height            int // twips
	top, bottom, left, right int // margins, twips
	header, footer           int // distance of header/footer from the page edge, twips
	linePitch                int // twips
	// bodyTracking is the character spacing (w:spacing in rPr, twips, ≤ 0)
	// that fits style.CharsPerLine characters of 三号 text on a line.
	bodyTracking int
}

// headerDistanceMM is where an (empty) header would sit; the report has none.
const headerDistanceMM = 15.0

// a4 returns the page laid out per style.
func a4() page {
	p := page{
		width:     mmTwips(style.PageWidthMM),
		height:    mmTwips(style.PageHeightMM),
		top:       mmTwips(style.MarginTopMM),
		bottom:    mmTwips(style.MarginBottomMM),
		left:      mmTwips(style.MarginLeftMM),
		right:     mmTwips(style.MarginRightMM),
		header:    mmTwips(headerDistanceMM),
		linePitch: ptTwips(style.LinePitchPt),
	}
	// The page number line starts FooterGapMM below the text block; Word
	// measures the footer distance from the page edge to its bottom.
	p.footer = mmTwips(style.MarginBottomMM-style.FooterGapMM) - ptTwips(style.PageNumberPt)
	// Offices fit 28 characters a line with a character grid (w:docGrid
	// linesAndChars, negative charSpace), but LibreOffice then gives every
	// character two grid cells; an explicit spacing works everywhere.
	p.bodyTracking = ptTwips(style.BodyTrackingPt())
	return p
}

// textWidth is the width of the text block in twips.
func (p page) textWidth() int { return p.width - p.left - p.right }

// section is what sets a section of the document apart from the page
// every section shares: how it starts and the footers it shows.
type section struct {
	// start is the section's w:type, how it starts: "" for Word's default,
	// a new page; "evenPage" for the next even page.
	start string
	// footerOdd and footerEven are the relationship ids of the footers of
	// its odd and even pages.
	footerOdd, footerEven string
	// first numbers its pages from 1: the document's first section.
	first bool
}

// bodySection is the section of the report's text, numbered from 1, "— n —"
// on the outer side of every page.
var bodySection = section{footerOdd: relFooterOdd, footerEven: relFooterEven, first: true}

// writeSectPr writes the properties of section s: its footers, A4,
// margins and the 22-line grid.
func (p page) writeSectPr(x *xmlWriter, s section) {
	x.open("w:sectPr")
	x.empty("w:footerReference", "w:type", "default", "r:id", s.footerOdd)
	x.empty("w:footerReference", "w:type", "even", "r:id", s.footerEven)
	if s.start != "" {
		x.empty("w:type", "w:val", s.start)
	}
	x.empty("w:pgSz", "w:w", itoa(p.width), "w:h", itoa(p.height))
	x.empty("w:pgMar",
		"w:top", itoa(p.top), "w:right", itoa(p.right),
		"w:bottom", itoa(p.bottom), "w:left", itoa(p.left),
		"w:header", itoa(p.header), "w:footer", itoa(p.footer), "w:gutter", "0")
	if s.first {
		x.empty("w:pgNumType", "w:start", "1")
	}
	x.empty("w:cols", "w:space", "425")
	x.empty("w:docGrid", "w:type", "lines", "w:linePitch", itoa(p.linePitch))
	x.close("w:sectPr")
}

func itoa(i int) string { return strconv.Itoa(i) }
