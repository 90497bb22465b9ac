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

// colophon writes the 版记 in a frame at the foot of the last page: the
// 抄送 line between a thick and a thin rule, then the 印发机关 at the left
// and the 印发日期 at the right over a thick rule, 四号 仿宋, one character
// in at each side.
func (w *bodyWriter) colophon(is *doc.Issue) {
	x := w.x
	thick := itoa(eighths(style.MMToPt(style.ColophonThickMM)))
	thin := itoa(eighths(style.MMToPt(style.ColophonThinMM)))
	in := itoa(ptTwips(style.ColophonPt))
	f := w.fonts.face(fonts.FangSong)
	para := func(top, bottom string, tab bool, write func()) {
		x.open("w:p")
		x.open("w:pPr")
		x.empty("w:pStyle", "w:val", styleColophon)
		x.empty("w:framePr", "w:w", itoa(w.page.textWidth()), "w:wrap", "notBeside",
			"w:vAnchor", "margin", "w:hAnchor", "margin", "w:xAlign", "center", "w:yAlign", "bottom")
		x.open("w:pBdr")
		if top != "" {
			x.empty("w:top", "w:val", "single", "w:sz", top, "w:space", "1", "w:color", "000000")
		}
		x.empty("w:bottom", "w:val", "single", "w:sz", bottom, "w:space", "1", "w:color", "000000")
		x.close("w:pBdr")
		if tab {
			x.open("w:tabs")
			x.empty("w:tab", "w:val", "right", "w:pos", itoa(w.page.textWidth()-ptTwips(style.ColophonPt)))
			x.close("w:tabs")
		}
		x.empty("w:ind", "w:left", in, "w:right", in)
		x.close("w:pPr")
		write()
		x.close("w:p")
	}
	copyTo := style.CopyToLine(cleanAll(is.CopyTo))
	if copyTo != "" {
		para(thick, thin, false, func() { writeRun(x, run{text: copyTo, font: f}, 0) })
	}
	top := ""
	if copyTo == "" {
		top = thick
	}
	para(top, thick, true, func() {
		writeRun(x, run{text: doc.CleanText(is.Printer) + "\t" + style.PrintedLine(doc.CleanText(is.Printed)), font: f}, 0)
	})
	w.endsWithTable = false
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
