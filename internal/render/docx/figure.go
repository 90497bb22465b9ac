package docx

import (
	"strconv"

	"zongjie/internal/chart"
	"zongjie/internal/chart/ooxml"
	"zongjie/internal/doc"
	"zongjie/internal/fonts"
	"zongjie/internal/render/style"
)

// styleCaption is the paragraph style of a figure's caption: Word's
// built-in "caption", which Chinese Word and WPS show as 题注.
const styleCaption = "Caption"

// firstChartRel is the number of the first chart's relationship id of
// word/_rels/document.xml.rels, after the fixed ones (relFooterEven).
const firstChartRel = 6

// figureSize is the chart's size on the page, as every writer draws it.
func figureSize() chart.Size {
	w, h := style.FigureSizePt()
	return chart.Size{W: w, H: h}
}

// figure writes a chart as a native DrawingML chart in a paragraph of its
// own, kept with the caption paragraph under it; the chart part itself is
// made by chartParts. A chart that cannot be drawn is left out with its
// caption.
func (w *bodyWriter) figure(c *doc.Chart) {
	if !c.Chart.Valid() {
		return
	}
	w.charts = append(w.charts, c.Chart)
	n := len(w.charts)
	w.endsWithTable = false
	w.x.open("w:p")
	w.x.open("w:pPr")
	w.x.empty("w:pStyle", "w:val", styleCenter)
	w.x.empty("w:keepNext")
	w.x.empty("w:snapToGrid", "w:val", "0")
	// Single line spacing, so the exact spacing of the style does not
	// clip the drawing.
	w.x.empty("w:spacing", "w:before", itoa(ptTwips(style.LinePitchPt/2)), "w:after", "0", "w:line", "240", "w:lineRule", "auto")
	w.x.close("w:pPr")
	w.x.open("w:r")
	writeRunProps(w.x, w.fonts.role(doc.RoleCaption))
	w.x.b.Write(ooxml.Inline(chartRel(n), n, figureSize(), c.Chart))
	w.x.close("w:r")
	w.x.close("w:p")
	var runs runList
	runs.add(doc.CleanText(c.Caption), w.fonts.role(doc.RoleCaption))
	w.paragraph(styleCaption, &runs, paraProps{})
}

// chartRel is the relationship id of the n-th chart.
func chartRel(n int) string { return "rId" + strconv.Itoa(firstChartRel+n-1) }

// chartParts builds the parts of the document's charts, in order: each
// chart part, its relationships and its embedded workbook, and the
// document's relationships to the chart parts. The labels are set in the
// report's 宋体 and 黑体 families.
func (wr *Writer) chartParts(charts []chart.Chart) ([]part, []relationship, error) {
	var parts []part
	var rels []relationship
	song := wr.fonts.face(fonts.Song)
	o := ooxml.Options{EastAsia: song.east, Latin: song.latin, Title: wr.fonts.face(fonts.Hei).east, Box: figureSize()}
	for i, c := range charts {
		p, err := ooxml.Build(c, i+1, o)
		if err != nil {
			return nil, nil, err
		}
		parts = append(parts,
			part{name: p.Name, contentType: ooxml.ContentTypeChart, data: p.XML},
			part{name: p.RelsName, data: p.Rels},
			part{name: p.WorkbookName, data: p.Workbook},
		)
		rels = append(rels, relationship{chartRel(i + 1), ooxml.RelChart, p.Target})
	}
	return parts, rels, nil
}
