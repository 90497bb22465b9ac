package docx

import (
	"math"

	"zongjie/internal/doc"
	"zongjie/internal/fonts"
	"zongjie/internal/render/style"
)

// The 公文 apparatus of a report issued as a document (doc.Issue): the 版头
// before the title, the 版记 after the body, as GB/T 9704 and
// internal/render/style lay them out.

// mastheadTitleGap is the space between the red rule and the title, twips.
func mastheadTitleGap() int {
	return style.MastheadTitleGapLines * ptTwips(style.LinePitchPt)
}

// masthead writes the 版头: the 发文机关标志 centred in red, 35 mm below
// the top of the text block; the 发文字号 two lines below it; under that
// the red rule, the width of the block (a bottom border of the number's
// paragraph, or of the authority's when there is no number).
func (w *bodyWriter) masthead(is *doc.Issue) {
	x := w.x
	size := style.AuthorityPt(is.Authority)
	line := ptTwips(size * 1.2)
	f := w.fonts.role(doc.RoleTitle)
	rule := func() {
		x.open("w:pBdr")
		x.empty("w:bottom", "w:val", "single", "w:sz", itoa(eighths(style.MastheadRulePt)),
			"w:space", itoa(int(style.MMToPt(style.MastheadRuleGapMM))), "w:color", style.RedHex)
		x.close("w:pBdr")
	}
	x.open("w:p")
	x.open("w:pPr")
	x.empty("w:pStyle", "w:val", styleMasthead)
	if is.Number == "" {
		rule()
	}
	x.empty("w:spacing", "w:before", itoa(mmTwips(style.MastheadTopMM)-(line-ptTwips(size))/2),
		"w:line", itoa(line), "w:lineRule", "exact")
	x.close("w:pPr")
	x.open("w:r")
	x.open("w:rPr")
	writeFonts(x, f)
	x.empty("w:color", "w:val", style.RedHex)
	writeSize(x, size)
	x.close("w:rPr")
	writeText(x, doc.CleanText(is.Authority))
	x.close("w:r")
	x.close("w:p")
	if is.Number == "" {
		return
	}
	x.open("w:p")
	x.open("w:pPr")
	x.empty("w:pStyle", "w:val", styleDocNumber)
	rule()
	x.empty("w:spacing", "w:before", itoa(style.MastheadNumberGapLines*ptTwips(style.LinePitchPt)))
	x.close("w:pPr")
	writeRun(x, run{text: doc.CleanText(is.Number), font: w.fonts.face(fonts.FangSong)}, 0)
	x.close("w:p")
}

// colophon writes the 版记 as a table of one column, floating at the foot
// of the text block of the last page (Word; LibreOffice sets it where it
// stands, after the body): the 抄送 line, then the 印发机关 at the left and
// the 印发日期 at the right, a thick rule above and below, a thin one
// between; 四号 仿宋, one character in at each side.
func (w *bodyWriter) colophon(is *doc.Issue) {
	x := w.x
	width := w.page.textWidth()
	in := ptTwips(style.ColophonPt)
	border := func(side string, mm float64) {
		x.empty(side, "w:val", "single", "w:sz", itoa(eighths(style.MMToPt(mm))), "w:space", "0", "w:color", "000000")
	}
	x.open("w:tbl")
	x.open("w:tblPr")
	x.empty("w:tblpPr", "w:leftFromText", "0", "w:rightFromText", "0", "w:topFromText", itoa(ptTwips(style.LinePitchPt)),
		"w:vertAnchor", "margin", "w:horzAnchor", "margin", "w:tblpXSpec", "center", "w:tblpYSpec", "bottom")
	x.empty("w:tblW", "w:w", itoa(width), "w:type", "dxa")
	x.open("w:tblBorders")
	border("w:top", style.ColophonThickMM)
	border("w:bottom", style.ColophonThickMM)
	border("w:insideH", style.ColophonThinMM)
	x.close("w:tblBorders")
	x.empty("w:tblLayout", "w:type", "fixed")
	x.open("w:tblCellMar")
	x.empty("w:left", "w:w", "0", "w:type", "dxa")
	x.empty("w:right", "w:w", "0", "w:type", "dxa")
	x.close("w:tblCellMar")
	x.close("w:tblPr")
	x.open("w:tblGrid")
	x.empty("w:gridCol", "w:w", itoa(width))
	x.close("w:tblGrid")
	f := w.fonts.face(fonts.FangSong)
	row := func(text string, tab bool) {
		x.open("w:tr")
		x.open("w:trPr")
		x.empty("w:cantSplit")
		x.close("w:trPr")
		x.open("w:tc")
		x.open("w:tcPr")
		x.empty("w:tcW", "w:w", itoa(width), "w:type", "dxa")
		x.close("w:tcPr")
		x.open("w:p")
		x.open("w:pPr")
		x.empty("w:pStyle", "w:val", styleColophon)
		if tab {
			x.open("w:tabs")
			x.empty("w:tab", "w:val", "right", "w:pos", itoa(width-2*in))
			x.close("w:tabs")
		}
		x.empty("w:ind", "w:left", itoa(in), "w:right", itoa(in))
		x.close("w:pPr")
		writeRun(x, run{text: text, font: f}, 0)
		x.close("w:p")
		x.close("w:tc")
		x.close("w:tr")
	}
	if copyTo := style.CopyToLine(cleanAll(is.CopyTo)); copyTo != "" {
		row(copyTo, false)
	}
	row(doc.CleanText(is.Printer)+"\t"+style.PrintedLine(doc.CleanText(is.Printed)), true)
	x.close("w:tbl")
	w.endsWithTable = true
}

// eighths converts points to the eighths of a point of border widths.
func eighths(pt float64) int { return int(math.Round(pt * 8)) }

func cleanAll(list []string) []string {
	out := make([]string, 0, len(list))
	for _, s := range list {
		if s = doc.CleanText(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}
