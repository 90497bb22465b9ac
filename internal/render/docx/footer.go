package docx

import (
	"zongjie/internal/fonts"
	"zongjie/internal/render/style"
)

// footerSide is where the page number sits: GB/T 9704 puts odd page numbers
// at the right and even ones at the left, one character in from the edge.
type footerSide int

const (
	footerOdd footerSide = iota
	footerEven
)

// footerPart renders word/footer1.xml (odd) or footer2.xml (even): the page
// number "— N —" with a PAGE field, 宋体 四号.
func footerPart(side footerSide, n fontNames) []byte {
	var x xmlWriter
	x.b.WriteString(xmlHeader)
	x.open("w:ftr", "xmlns:w", nsW, "xmlns:r", nsR)
	x.open("w:p")
	x.open("w:pPr")
	x.empty("w:pStyle", "w:val", styleFooter)
	oneChar := itoa(ptTwips(style.PageNumberPt))
	if side == footerOdd {
		x.empty("w:ind", "w:right", oneChar)
		x.empty("w:jc", "w:val", "right")
	} else {
		x.empty("w:ind", "w:left", oneChar)
		x.empty("w:jc", "w:val", "left")
	}
	x.close("w:pPr")
	f := n.face(fonts.Song)
	prefix, suffix := style.PageNumberAffixes()
	writeRun(&x, run{text: prefix, font: f}, 0)
	writeField(&x, f, " PAGE ", "1")
	writeRun(&x, run{text: suffix, font: f}, 0)
	x.close("w:p")
	x.close("w:ftr")
	return x.bytes()
}

// writeField writes a complex field: instruction, and the result a reader
// shows until it updates the field.
func writeField(x *xmlWriter, f font, instr, result string) {
	fieldChar := func(kind string) {
		x.open("w:r")
		writeRunProps(x, f)
		x.empty("w:fldChar", "w:fldCharType", kind)
		x.close("w:r")
	}
	fieldChar("begin")
	x.open("w:r")
	writeRunProps(x, f)
	x.element("w:instrText", instr, "xml:space", "preserve")
	x.close("w:r")
	fieldChar("separate")
	writeRun(x, run{text: result, font: f}, 0)
	fieldChar("end")
}
