package docx

import (
	"zongjie/internal/doc"
	"zongjie/internal/textwidth"
)

// minColumnUnits is the narrowest column weight: two Chinese characters.
const minColumnUnits = 4

// table writes a table as a bordered table spanning the text block: the
// header row in 黑体 repeats on every page, all cells are centred
// (style.For(doc.RoleTable)), rows never split across pages. Column widths
// follow the longest text of each column.
func (w *bodyWriter) table(t *doc.Table) {
	rows := append([][]doc.Line{t.Header}, t.Rows...)
	cols := len(t.Columns)
	for _, r := range rows {
		cols = max(cols, len(r))
	}
	if cols == 0 {
		return
	}
	widths := w.columnWidths(rows, cols)
	x := w.x
	x.open("w:tbl")
	x.open("w:tblPr")
	x.empty("w:tblStyle", "w:val", styleTable)
	x.empty("w:tblW", "w:w", itoa(w.page.textWidth()), "w:type", "dxa")
	x.empty("w:jc", "w:val", "center")
	x.empty("w:tblLayout", "w:type", "fixed")
	x.empty("w:tblLook", "w:val", "04A0", "w:firstRow", "1", "w:lastRow", "0",
		"w:firstColumn", "0", "w:lastColumn", "0", "w:noHBand", "1", "w:noVBand", "1")
	x.close("w:tblPr")
	x.open("w:tblGrid")
	for _, wd := range widths {
		x.empty("w:gridCol", "w:w", itoa(wd))
	}
	x.close("w:tblGrid")
	for i, r := range rows {
		header := i == 0
		x.open("w:tr")
		x.open("w:trPr")
		x.empty("w:cantSplit")
		if header {
			x.empty("w:tblHeader")
		}
		x.close("w:trPr")
		for c := range cols {
			var cell doc.Line
			if c < len(r) {
				cell = r[c]
			}
			w.cell(cell, widths[c], header)
		}
		x.close("w:tr")
	}
	x.close("w:tbl")
	w.endsWithTable = true
}

// cell writes one table cell.
func (w *bodyWriter) cell(cell doc.Line, width int, header bool) {
	x := w.x
	x.open("w:tc")
	x.open("w:tcPr")
	x.empty("w:tcW", "w:w", itoa(width), "w:type", "dxa")
	x.empty("w:vAlign", "w:val", "center")
	x.close("w:tcPr")
	styleID, f := styleTableText, w.fonts.role(doc.RoleTable)
	if header {
		styleID, f = styleTableHeading, w.fonts.strong()
	}
	var runs runList
	w.addLine(&runs, cell, f)
	w.paragraph(styleID, &runs)
	x.close("w:tc")
}

// columnWidths shares the text width among cols columns in proportion to
// the widest text of each (a Chinese character counts two units, other
// characters one). The last column takes the rounding remainder.
func (w *bodyWriter) columnWidths(rows [][]doc.Line, cols int) []int {
	units := make([]int, cols)
	for c := range units {
		units[c] = minColumnUnits
	}
	for _, r := range rows {
		for c, cell := range r {
			units[c] = max(units[c], textwidth.String(cell.String()))
		}
	}
	total := 0
	for _, u := range units {
		total += u
	}
	widths := make([]int, cols)
	left := w.page.textWidth()
	for c := range cols - 1 {
		widths[c] = w.page.textWidth() * units[c] / total
		left -= widths[c]
	}
	widths[cols-1] = left
	return widths
}
