package docx

import (
	"zongjie/internal/doc"
	"zongjie/internal/fonts"
	"zongjie/internal/render/style"
)

// tableBorderEighths is the width of table rules in eighths of a point (½ pt).
const tableBorderEighths = 4

// tableCellMarginTwips is the left and right padding inside table cells.
const tableCellMarginTwips = 108

// stylesPart renders word/styles.xml: document defaults (仿宋 三号, Chinese
// language), the Normal style, one paragraph style per role, the footer
// style and the bordered report table style.
func stylesPart(p page, n fontNames) []byte {
	var x xmlWriter
	x.b.WriteString(xmlHeader)
	x.open("w:styles", "xmlns:w", nsW)

	body := style.For(doc.RoleBody)
	x.open("w:docDefaults")
	x.open("w:rPrDefault")
	x.open("w:rPr")
	writeFonts(&x, n.role(doc.RoleBody))
	writeSize(&x, body.SizePt)
	x.empty("w:lang", "w:val", "en-US", "w:eastAsia", "zh-CN", "w:bidi", "ar-SA")
	x.close("w:rPr")
	x.close("w:rPrDefault")
	x.open("w:pPrDefault")
	x.empty("w:pPr")
	x.close("w:pPrDefault")
	x.close("w:docDefaults")

	x.open("w:style", "w:type", "paragraph", "w:default", "1", "w:styleId", styleNormal)
	x.empty("w:name", "w:val", "Normal")
	x.empty("w:qFormat")
	x.open("w:pPr")
	// Widow and orphan control. A final ，、。 may hang past the right
	// margin (Word's own default for Chinese), stated so that LibreOffice,
	// which reads the element the other way round, does not hang it and
	// then leave it undrawn. No automatic space between Chinese and Latin
	// text or digits ("2023 年"): the text holds the spaces it means
	// (LibreOffice ignores these two on import).
	x.empty("w:widowControl")
	x.empty("w:overflowPunct")
	x.empty("w:autoSpaceDE", "w:val", "0")
	x.empty("w:autoSpaceDN", "w:val", "0")
	x.empty("w:spacing", "w:line", itoa(ptTwips(style.LinePitchPt)), "w:lineRule", "exact")
	x.empty("w:jc", "w:val", "both")
	x.close("w:pPr")
	x.open("w:rPr")
	writeFonts(&x, n.role(doc.RoleBody))
	writeTracking(&x, p.bodyTracking)
	writeSize(&x, body.SizePt)
	x.close("w:rPr")
	x.close("w:style")

	x.open("w:style", "w:type", "character", "w:default", "1", "w:styleId", "DefaultParagraphFont")
	x.empty("w:name", "w:val", "Default Paragraph Font")
	x.empty("w:uiPriority", "w:val", "1")
	x.empty("w:semiHidden")
	x.empty("w:unhideWhenUsed")
	x.close("w:style")

	for _, s := range paraStyles(p, n) {
		writeParaStyle(&x, s)
	}
	writeFooterStyle(&x, n)
	writeTableStyles(&x, n)
	x.close("w:styles")
	return x.bytes()
}

// writeParaStyle writes one role style.
func writeParaStyle(x *xmlWriter, s paraStyle) {
	x.open("w:style", "w:type", "paragraph", "w:styleId", s.id)
	x.empty("w:name", "w:val", s.name)
	x.empty("w:basedOn", "w:val", styleNormal)
	if s.keepNext {
		x.empty("w:next", "w:val", styleBody)
	}
	x.empty("w:qFormat")
	x.open("w:pPr")
	s.writeParaProps(x)
	x.close("w:pPr")
	x.open("w:rPr")
	writeFonts(x, s.font)
	writeTracking(x, s.tracking)
	writeSize(x, s.block.SizePt)
	x.close("w:rPr")
	x.close("w:style")
}

// writeFooterStyle writes the style of the page number line: 宋体 四号.
func writeFooterStyle(x *xmlWriter, n fontNames) {
	x.open("w:style", "w:type", "paragraph", "w:styleId", styleFooter)
	x.empty("w:name", "w:val", "footer")
	x.empty("w:basedOn", "w:val", styleNormal)
	x.open("w:pPr")
	x.empty("w:snapToGrid", "w:val", "0")
	x.empty("w:spacing", "w:line", itoa(ptTwips(style.PageNumberPt)), "w:lineRule", "exact")
	x.close("w:pPr")
	x.open("w:rPr")
	writeFonts(x, n.face(fonts.Song))
	writeTracking(x, 0)
	writeSize(x, style.PageNumberPt)
	x.close("w:rPr")
	x.close("w:style")
}

// writeTableStyles writes Word's default table style and the report table
// style 报告表格, which Word and WPS list among the table styles for the
// clerk to edit: ½ pt rules on every side and inside, centred on the page,
// cells centred vertically, and a header row (Word's "标题行" option) in
// 黑体.
func writeTableStyles(x *xmlWriter, n fontNames) {
	x.open("w:style", "w:type", "table", "w:default", "1", "w:styleId", "TableNormal")
	x.empty("w:name", "w:val", "Normal Table")
	x.empty("w:uiPriority", "w:val", "99")
	x.empty("w:semiHidden")
	x.empty("w:unhideWhenUsed")
	x.open("w:tblPr")
	x.empty("w:tblInd", "w:w", "0", "w:type", "dxa")
	writeCellMargins(x)
	x.close("w:tblPr")
	x.close("w:style")

	x.open("w:style", "w:type", "table", "w:styleId", styleTable)
	x.empty("w:name", "w:val", "报告表格")
	x.empty("w:basedOn", "w:val", "TableNormal")
	x.empty("w:qFormat")
	x.open("w:pPr")
	x.empty("w:snapToGrid", "w:val", "0")
	x.close("w:pPr")
	x.open("w:tblPr")
	x.empty("w:jc", "w:val", "center")
	writeTableBorders(x)
	writeCellMargins(x)
	x.close("w:tblPr")
	x.open("w:tcPr")
	x.empty("w:vAlign", "w:val", "center")
	x.close("w:tcPr")
	x.open("w:tblStylePr", "w:type", "firstRow")
	x.open("w:pPr")
	x.empty("w:keepNext")
	x.empty("w:jc", "w:val", "center")
	x.close("w:pPr")
	x.open("w:rPr")
	writeFonts(x, n.strong())
	x.close("w:rPr")
	x.open("w:trPr")
	x.empty("w:cantSplit")
	x.empty("w:tblHeader")
	x.close("w:trPr")
	x.close("w:tblStylePr")
	x.close("w:style")
}

// writeTableBorders writes single ½ pt rules around and inside a table.
func writeTableBorders(x *xmlWriter) {
	x.open("w:tblBorders")
	for _, side := range []string{"w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"} {
		x.empty(side, "w:val", "single", "w:sz", itoa(tableBorderEighths), "w:space", "0", "w:color", "000000")
	}
	x.close("w:tblBorders")
}

// writeCellMargins writes the padding of table cells.
func writeCellMargins(x *xmlWriter) {
	x.open("w:tblCellMar")
	x.empty("w:top", "w:w", "0", "w:type", "dxa")
	x.empty("w:left", "w:w", itoa(tableCellMarginTwips), "w:type", "dxa")
	x.empty("w:bottom", "w:w", "0", "w:type", "dxa")
	x.empty("w:right", "w:w", itoa(tableCellMarginTwips), "w:type", "dxa")
	x.close("w:tblCellMar")
}

// writeFonts writes w:rFonts: f's Latin family for digits and Latin
// letters, its Chinese family for Chinese. The eastAsia hint makes Word set punctuation that
// both scripts share, such as “” and —, in the Chinese font at full width.
func writeFonts(x *xmlWriter, f font) {
	x.empty("w:rFonts",
		"w:ascii", f.latin, "w:hAnsi", f.latin,
		"w:eastAsia", f.east, "w:cs", f.latin, "w:hint", "eastAsia")
}

// writeTracking writes a character spacing of twips. Styles write it even
// when it is 0, as they would otherwise inherit Normal's tightening.
func writeTracking(x *xmlWriter, twips int) {
	x.empty("w:spacing", "w:val", itoa(twips))
}

// writeSize writes w:sz and w:szCs.
func writeSize(x *xmlWriter, pt float64) {
	x.empty("w:sz", "w:val", itoa(halfPoints(pt)))
	x.empty("w:szCs", "w:val", itoa(halfPoints(pt)))
}
