package pdf

import (
	"zongjie/internal/doc"
	"zongjie/internal/fonts"
	"zongjie/internal/render/pdf/pdfobj"
	"zongjie/internal/render/style"
)

// Page geometry in points, from the shared style (GB/T 9704): an A4 page
// whose text block is 156 × 225 mm, 22 lines of 28 characters.
var (
	pageWidth   = style.MMToPt(style.PageWidthMM)
	pageHeight  = style.MMToPt(style.PageHeightMM)
	blockLeft   = style.MMToPt(style.MarginLeftMM)
	blockTop    = style.MMToPt(style.MarginTopMM)
	blockWidth  = style.MMToPt(style.PageWidthMM - style.MarginLeftMM - style.MarginRightMM)
	blockHeight = style.MMToPt(style.PageHeightMM - style.MarginTopMM - style.MarginBottomMM)
)

// gridTracking returns the space added to (negative: taken from) every
// full-width character of the given size. Body text gets the shared
// style.BodyTrackingPt, which puts style.CharsPerLine characters on a line
// of the text block as the DOCX and HTML writers do; other sizes keep
// their natural width.
func gridTracking(size float64) float64 {
	if size != style.BodyPt {
		return 0
	}
	return style.BodyTrackingPt()
}

// Ideographic em box: Chinese glyphs fill the square from 0.12 em below the
// baseline to 0.88 em above it. Every font of a line shares this baseline,
// and the em box is centred in the line pitch.
const emAscent = 0.88

// baseline returns the baseline of a line of the given size whose pitch
// starts at top.
func baseline(top, pitch, size float64) float64 {
	return top + (pitch-size)/2 + emAscent*size
}

// textRun is one stretch of text drawn with one font, size and spacing.
type textRun struct {
	font    *fonts.Font
	size    float64
	x, y    float64 // start of the baseline, points from the page's top-left corner
	text    string
	spacing float64 // extra advance after every glyph (PDF Tc)
	repeat  bool    // a table header repeated on a continuation page
	line    int     // which drawn line the run belongs to (numbered across the document)
	block   int     // the index in the document of the block it belongs to, -1 for the 版头 and 版记
	role    doc.Role
	color   pdfobj.Color
	cell    *cellRef // the table cell the run is in, nil outside tables
	rotate  float64  // degrees clockwise as seen: a chart's turned label
	figure  bool     // a label of a chart's drawing, not body text
}

// cellRef names a cell of a table as printed (style.LayTable): row -1 is
// the header.
type cellRef struct{ row, col int }

// rule is a straight line (table borders, the rules of the 版头 and 版记).
type rule struct {
	x1, y1, x2, y2 float64
	width          float64
	color          pdfobj.Color
}

// bookmark is an outline entry pointing at a heading.
type bookmark struct {
	title string
	y     float64
	level int // 1 for the title and 一、 headings, 2 for （一） under them
}

// outlineLevel gives the outline level of the headings that get one.
var outlineLevel = map[doc.Role]int{doc.RoleTitle: 1, doc.RoleH1: 1, doc.RoleH2: 2}

// page is one laid-out page: what is drawn on it, in drawing order.
type page struct {
	number    int
	runs      []textRun
	rules     []rule
	paths     []pdfobj.Path // figures' bars, lines and markers
	bookmarks []bookmark
	// numberRun is the page number "— n —"; it is kept apart from the body
	// text so tests can tell them apart.
	numberRun []textRun
	// unnumbered marks a page that carries no number: the page of the 版记
	// alone and the blank page before it (GB/T 9704 §7.5, see colophonPage).
	unnumbered bool
}

// blank reports whether nothing is drawn on the page yet.
func (p *page) blank() bool {
	return len(p.runs) == 0 && len(p.rules) == 0 && len(p.paths) == 0
}
