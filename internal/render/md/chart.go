package md

import (
	"bytes"

	"zongjie/internal/doc"
	"zongjie/internal/mdtext"
)

// writeChart writes a chart as the table of its figures, a row per
// category and a column per series ("会员人数（人）"), with the caption
// under it as a paragraph of its own: a reader of the plain text gets the
// numbers the picture shows, and the caption keeps its number, so "图2"
// means the same figure in every format.
func writeChart(b *bytes.Buffer, c *doc.Chart) {
	ch := c.Chart
	if !ch.Valid() {
		return
	}
	b.WriteString("| |")
	for _, s := range ch.Series {
		b.WriteString(" " + trimEdges(mdtext.Escape(doc.CleanText(seriesHeader(s.Name, s.Unit)))) + " |")
	}
	b.WriteString("\n|---|")
	for range ch.Series {
		b.WriteString("---:|")
	}
	b.WriteByte('\n')
	for i, cat := range ch.Categories {
		b.WriteString("| " + trimEdges(mdtext.Escape(doc.CleanText(cat))) + " |")
		for _, s := range ch.Series {
			b.WriteString(" " + s.Points[i].Shown + " |")
		}
		b.WriteByte('\n')
	}
	if caption := trimEdges(doc.CleanText(c.Caption)); caption != "" {
		b.WriteByte('\n')
		b.WriteString(mdtext.EscapeLineStart(mdtext.Escape(caption)))
		b.WriteByte('\n')
	}
}

// seriesHeader is a series' column header: its name with its unit in
// full-width brackets, "慈善捐款（万元）", or the name alone.
func seriesHeader(name, unit string) string {
	if unit == "" {
		return name
	}
	return name + "（" + unit + "）"
}
