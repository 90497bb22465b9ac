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
// of the text block of its page, the last, in a section of its own
// (colophonSection; LibreOffice 7.4 sets it where it stands, at the top
// of that page): the 抄送 line, then the 印发机关 at the left and
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

// The 版记 stands on the document's last face (GB/T 9704 §7.4), an even
// page when it is printed on both sides, and neither it nor a blank page
// before it carries a number (§7.5). The PDF writer, which lays out the
// pages itself, keeps the 版记 on the page where the text ends when that
// page is even and has room for it. Word and WPS lay out the pages when
// they open the file, so this writer cannot know where the text ends;
// what they do honour is a section that starts on the next even page.
// So a report with a 版记 ends in a section that holds the 版记 alone,
// started by an even-page section break (w:type evenPage) and with blank
// footers: the 版记's page is even and unnumbered wherever the text ends.
// When the text ends on an odd page, the 版记 takes the even page after
// it, as in the PDF. When it ends on an even page, the reader adds a blank
// odd page before the 版记's, the form §7.5 provides for, where the PDF
// sets the 版记 under the text if there is room: two faces more, but never
// a 版记 on an odd page, which is what the other choice, the 版记 floating
// at the foot of whatever page the text ends on, gives half of the time.
// LibreOffice leaves that blank page empty (and its PDF export skips it
// by default); Word and WPS may print on it the body's footer, the number
// of the page before it. The body's section keeps its footers and numbers
// its pages from 1; the 版记's section goes on counting, so the readers
// find its page even where the PDF does. A report without a 版记 stays
// one section, as before.

// lastParagraph returns the last block of d when it is a heading or a
// paragraph, which can carry the end of the body's section; nil when the
// body ends with a table or a chart, after which a paragraph of its own
// (bodyWriter.pad) ends it.
func lastParagraph(d *doc.Document) doc.Block {
	if n := len(d.Blocks); n > 0 {
		switch b := d.Blocks[n-1].(type) {
		case *doc.Heading, *doc.Paragraph:
			return b
		}
	}
	return nil
}

// colophonSection is the last section of a report with a 版记, which holds
// the 版记 alone: it starts on the next even page and shows the blank
// footer (blankFooter) of a document with the given number of charts.
func colophonSection(charts int) section {
	rel := blankFooterRel(charts)
	return section{start: "evenPage", footerOdd: rel, footerEven: rel}
}

// blankFooterRel is the relationship id of the blank footer, after the
// charts' (chartRel), so that the ids of a report without a 版记 stay
// what they are.
func blankFooterRel(charts int) string { return "rId" + itoa(firstChartRel+charts) }

// blankFooter returns word/footer3.xml, an empty footer, and the
// relationship to it: the footer of the 版记's section, which must name
// one, since Word and WPS show the previous section's footer in a section
// that names none.
func blankFooter(charts int) (part, relationship) {
	var x xmlWriter
	x.b.WriteString(xmlHeader)
	x.open("w:ftr", "xmlns:w", nsW, "xmlns:r", nsR)
	x.open("w:p")
	x.open("w:pPr")
	x.empty("w:pStyle", "w:val", styleFooter)
	x.close("w:pPr")
	x.close("w:p")
	x.close("w:ftr")
	return part{name: "word/footer3.xml", contentType: ctFooter, data: x.bytes()},
		relationship{blankFooterRel(charts), relTypeFooter, "footer3.xml"}
}
