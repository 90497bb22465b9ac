package pdf

import (
	"math"

	"zongjie/internal/doc"
	"zongjie/internal/fonts"
	"zongjie/internal/render/pdf/pdfobj"
	"zongjie/internal/render/style"
)

// The 公文 apparatus of a report issued as a document (doc.Issue), laid
// out per GB/T 9704 with the metrics of internal/render/style.

// red is the colour of the 版头.
var red = pdfobj.Color(style.Red)

// oneLine measures text in a face at a size as a single unbroken line.
func (f *flow) oneLine(text string, face fonts.Face, size float64) (measured, Line) {
	var s styled
	s.add(text, face)
	m := f.sh.measure(s, size)
	l := Line{Start: 0, End: len(m.text)}
	pos := 0.0
	for i := range m.text {
		l.X = append(l.X, pos)
		pos += m.widths[i]
	}
	l.Width = pos
	return m, l
}

// masthead draws the 版头 at the top of the first page: the 发文机关标志
// centred in red, its top 35 mm below the top of the text block; two lines
// below it the 发文字号; 4 mm below that a red rule the width of the
// block. The title follows two lines under the rule.
func (f *flow) masthead(is *doc.Issue) {
	pitch := style.LinePitchPt
	size := style.AuthorityPt(doc.CleanText(is.Authority))
	m, l := f.oneLine(doc.CleanText(is.Authority), fonts.Song, size)
	top := style.MMToPt(style.MastheadTopMM)
	runs := m.runs(l, blockLeft+max(0, (blockWidth-l.Width)/2), blockTop+top+emAscent*size)
	for i := range runs {
		runs[i].color = red
	}
	f.addLine(runs)
	bottom := top + size // the foot of the authority's em box
	f.y = bottom
	if number := doc.CleanText(is.Number); number != "" {
		f.y = math.Ceil(f.y/pitch-0.01)*pitch + style.MastheadNumberGapLines*pitch
		m, l := f.oneLine(number, fonts.FangSong, style.BodyPt)
		f.addLine(m.runs(l, blockLeft+max(0, (blockWidth-l.Width)/2), baseline(blockTop+f.y, pitch, style.BodyPt)))
		bottom = f.y + (pitch+style.BodyPt)/2
		f.y += pitch
	}
	ruleY := bottom + style.MMToPt(style.MastheadRuleGapMM)
	f.cur.rules = append(f.cur.rules, rule{x1: blockLeft, y1: blockTop + ruleY, x2: blockLeft + blockWidth, y2: blockTop + ruleY,
		width: style.MastheadRulePt, color: red})
	f.y = math.Ceil(ruleY/pitch-0.01)*pitch + style.MastheadTitleGapLines*pitch
	if f.y > blockHeight-0.01 {
		f.newPage()
	}
}

// colophon draws the 版记 at the foot of the document's last face, an even
// page (colophonPage): a thick rule, the 抄送 line, a thin
// rule, the 印发机关 at the left and the 印发日期 at the right, a thick rule
// on the foot of the text block; 四号 仿宋, one character in at each side.
func (f *flow) colophon(is *doc.Issue) {
	pitch := style.LinePitchPt
	size := style.ColophonPt
	var cm measured
	var copyLines []Line
	if line := copyToLine(is); line != "" {
		var s styled
		s.add(line, fonts.FangSong)
		cm = f.sh.measure(s, size)
		copyLines = BreakLines(cm.text, cm.advance, BreakOptions{Width: blockWidth - 2*size, Em: size})
	}
	need := float64(len(copyLines)+1) * pitch
	f.colophonPage(need)
	y0 := blockHeight - need
	thick, thin := style.MMToPt(style.ColophonThickMM), style.MMToPt(style.ColophonThinMM)
	hrule := func(y, w float64) {
		f.cur.rules = append(f.cur.rules, rule{x1: blockLeft, y1: blockTop + y, x2: blockLeft + blockWidth, y2: blockTop + y, width: w})
	}
	hrule(y0, thick)
	y := y0
	for _, l := range copyLines {
		f.addLine(cm.runs(l, blockLeft+size, baseline(blockTop+y, pitch, size)))
		y += pitch
	}
	if len(copyLines) > 0 {
		hrule(y, thin)
	}
	base := baseline(blockTop+y, pitch, size)
	var runs []textRun
	if printer := doc.CleanText(is.Printer); printer != "" {
		m, l := f.oneLine(printer, fonts.FangSong, size)
		runs = append(runs, m.runs(l, blockLeft+size, base)...)
	}
	if printed := style.PrintedLine(doc.CleanText(is.Printed)); printed != "" {
		m, l := f.oneLine(printed, fonts.FangSong, size)
		runs = append(runs, m.runs(l, blockLeft+blockWidth-size-l.Width, base)...)
	}
	f.addLine(runs)
	hrule(blockHeight, thick)
	f.y = blockHeight
}

// colophonPage makes the current page the one the 版记 goes on, need
// points high at the foot of the text block. GB/T 9704 puts the 版记 on
// the document's last face, its last rule on the foot of the text block;
// printed on both sides, that face is an even page. So the 版记 stays on
// the page where the text ends when that page is even and has room for it;
// otherwise it goes to the next even page: the next page when the text
// ends on an odd one, else the one after a blank page. The standard (§7.5)
// numbers neither the blank page before the 版记 nor the 版记 page, and a
// page that holds the 版记 alone, the text having ended on the page before,
// carries no number either.
func (f *flow) colophonPage(need float64) {
	if f.cur.number%2 == 0 && f.y+need <= blockHeight+0.01 {
		f.cur.unnumbered = f.cur.blank()
		return
	}
	if !f.cur.blank() {
		f.newPage()
	}
	for f.cur.number%2 == 1 {
		f.cur.unnumbered = true // the blank page before the 版记's
		f.newPage()
	}
	f.cur.unnumbered = true
}

// copyToLine is the 抄送 line of the 版记, "" if it has none.
func copyToLine(is *doc.Issue) string {
	var copyTo []string
	for _, c := range is.CopyTo {
		if c = doc.CleanText(c); c != "" {
			copyTo = append(copyTo, c)
		}
	}
	return style.CopyToLine(copyTo)
}

// mastheadTexts returns the texts the 版头 of is draws, each in its face,
// as masthead sets them; nothing if the report has no 版头.
func mastheadTexts(is *doc.Issue) []styled {
	if is == nil || is.Authority == "" {
		return nil
	}
	return styledTexts(faceText{fonts.Song, doc.CleanText(is.Authority)}, faceText{fonts.FangSong, doc.CleanText(is.Number)})
}

// colophonTexts returns the texts the 版记 of is draws, each in its face,
// as colophon sets them; nothing if the report has no 版记.
func colophonTexts(is *doc.Issue) []styled {
	if is == nil || is.Printer == "" {
		return nil
	}
	return styledTexts(faceText{fonts.FangSong, copyToLine(is)}, faceText{fonts.FangSong, doc.CleanText(is.Printer)},
		faceText{fonts.FangSong, style.PrintedLine(doc.CleanText(is.Printed))})
}

// faceText is a text to set in a face.
type faceText struct {
	face fonts.Face
	text string
}

// styledTexts returns the texts styled, leaving out the empty ones.
func styledTexts(texts ...faceText) []styled {
	var out []styled
	for _, t := range texts {
		if t.text != "" {
			var s styled
			s.add(t.text, t.face)
			out = append(out, s)
		}
	}
	return out
}
