package docx

import (
	"zongjie/internal/doc"
	"zongjie/internal/render/style"
)

// table writes a table as style.LayTable sets it: a bordered table of the
// report table style spanning the text block, columns as wide as the
// layout says (an explicit grid, the widths PDF and HTML use), the header
// row in 黑体 broken where the layout breaks it and repeated on every page,
// figures aligned right, rows never split across pages. A table set in
// 小四 says so on its cells.
func (w *bodyWriter) table(t *doc.Table) {
	l := style.LayTable(t)
	if l == nil {
		return
	}
	widths := gridWidths(l.Widths, w.page.textWidth())
	x := w.x
	x.open("w:tbl")
	x.open("w:tblPr")
	x.empty("w:tblStyle", "w:val", styleTable)
	x.empty("w:tblW", "w:w", itoa(sumInts(widths)), "w:type", "dxa")
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
	small := l.SizePt != style.TablePt
	for i := -1; i < len(l.Rows); i++ {
		header := i < 0
		x.open("w:tr")
		x.open("w:trPr")
		x.empty("w:cantSplit")
		if header {
			x.empty("w:tblHeader")
		}
		x.close("w:trPr")
		for c := range widths {
			var lines []doc.Line
			switch {
			case header:
				lines = l.Header[c]
			case c < len(l.Rows[i]):
				lines = []doc.Line{l.Rows[i][c]}
			}
			w.cell(lines, widths[c], header, l.Align(c), small, l.SizePt)
		}
		x.close("w:tr")
	}
	x.close("w:tbl")
	w.endsWithTable = true
}

// cell writes one table cell of lines, joined by line breaks.
func (w *bodyWriter) cell(lines []doc.Line, width int, header bool, align style.Align, small bool, size float64) {
	x := w.x
	x.open("w:tc")
	x.open("w:tcPr")
	x.empty("w:tcW", "w:w", itoa(width), "w:type", "dxa")
	x.empty("w:vAlign", "w:val", "center")
	x.close("w:tcPr")
	styleID, f := styleTableText, w.fonts.role(doc.RoleTable)
	switch {
	case header:
		styleID, f = styleTableHeading, w.fonts.strong()
	case align == style.Right:
		styleID = styleTableNumber
	}
	var runs runList
	w.addLines(&runs, lines, f)
	w.endsWithTable = false
	x.open("w:p")
	x.open("w:pPr")
	x.empty("w:pStyle", "w:val", styleID)
	if small {
		x.empty("w:spacing", "w:line", itoa(ptTwips(style.TableLinePitch(size))), "w:lineRule", "exact")
	}
	x.close("w:pPr")
	for _, r := range runs.runs {
		if small {
			writeRun(x, r, size)
		} else {
			writeRun(x, r, 0)
		}
	}
	x.close("w:p")
	x.close("w:tc")
}

// gridWidths turns the layout's column widths in points into whole twips
// that add up to exactly the text width (the last column takes the
// rounding), so the table never passes the block.
func gridWidths(pts []float64, total int) []int {
	out := make([]int, len(pts))
	left := total
	for c := range len(pts) - 1 {
		out[c] = int(pts[c] * twipsPerPt)
		left -= out[c]
	}
	out[len(pts)-1] = max(0, left)
	return out
}

func sumInts(v []int) int {
	s := 0
	for _, x := range v {
		s += x
	}
	return s
}
