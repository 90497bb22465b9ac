package ooxml

import (
	"strconv"

	"zongjie/internal/chart"
)

// Namespaces of the drawing in word/document.xml.
const (
	nsWP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
	// GraphicChart is the graphicData uri of a chart.
	GraphicChart = "http://schemas.openxmlformats.org/drawingml/2006/chart"
)

// Inline returns the w:drawing element that places a chart in a run of
// word/document.xml (<w:r>…</w:r>), inline with the text, size points
// wide and high. relID is the Id of the document's relationship to the
// chart part (Part.Target); id numbers the drawing, unique among the
// document's drawings (wp:docPr ids); c names and describes it for screen
// readers (its title, and every figure in words). The w: prefix is the
// document's own; the element declares every other namespace it uses.
func Inline(relID string, id int, size chart.Size, c chart.Chart) []byte {
	var x xw
	x.open("w:drawing")
	x.open("wp:inline", "distT", "0", "distB", "0", "distL", "0", "distR", "0", "xmlns:wp", nsWP)
	x.empty("wp:extent", "cx", emu(size.W), "cy", emu(size.H))
	x.empty("wp:effectExtent", "l", "0", "t", "0", "r", "0", "b", "0")
	x.empty("wp:docPr", "id", strconv.Itoa(id), "name", "图表 "+strconv.Itoa(id), "title", c.Title, "descr", c.Summary())
	x.empty("wp:cNvGraphicFramePr")
	x.open("a:graphic", "xmlns:a", nsA)
	x.open("a:graphicData", "uri", GraphicChart)
	x.empty("c:chart", "xmlns:c", nsC, "xmlns:r", nsR, "r:id", relID)
	x.close("a:graphicData")
	x.close("a:graphic")
	x.close("wp:inline")
	x.close("w:drawing")
	return x.bytes()
}
