package docx

import (
	"zongjie/internal/doc"
)

// bodyWriter walks the blocks of a document into WordprocessingML.
type bodyWriter struct {
	x     *xmlWriter
	page  page
	fonts fontNames
	// endsWithTable is true while the last block written is a table; Word
	// expects a paragraph between a table and the section properties.
	endsWithTable bool
}

// blocks writes every block of d. Headings and paragraphs take the style of
// their role; a heading or work item starts with its number.
func (w *bodyWriter) blocks(d *doc.Document) {
	for _, b := range d.Blocks {
		switch b := b.(type) {
		case *doc.Heading:
			f := w.fonts.role(b.Role())
			var runs runList
			runs.add(doc.CleanText(b.Number), f)
			w.addLine(&runs, b.Text, f)
			w.paragraph(roleStyle(b.Role()), &runs)
		case *doc.Paragraph:
			f := w.fonts.role(b.Role())
			var runs runList
			runs.add(doc.CleanText(b.Number), f)
			for i, l := range b.Lines {
				if i > 0 {
					runs.lineBreak(f)
				}
				w.addLine(&runs, l, f)
			}
			w.paragraph(roleStyle(b.Role()), &runs)
		case *doc.Table:
			w.table(b)
		}
	}
}

// finish closes the body: an empty paragraph after a final table.
func (w *bodyWriter) finish() {
	if w.endsWithTable {
		w.paragraph(styleBody, &runList{})
	}
}

// paragraph writes a paragraph of style styleID holding runs.
func (w *bodyWriter) paragraph(styleID string, runs *runList) {
	w.endsWithTable = false
	w.x.open("w:p")
	w.x.open("w:pPr")
	w.x.empty("w:pStyle", "w:val", styleID)
	w.x.close("w:pPr")
	runs.write(w.x)
	w.x.close("w:p")
}
