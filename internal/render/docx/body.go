package docx

import (
	"zongjie/internal/chart"
	"zongjie/internal/doc"
	"zongjie/internal/render/style"
)

// bodyWriter walks the blocks of a document into WordprocessingML.
type bodyWriter struct {
	x     *xmlWriter
	page  page
	fonts fontNames
	// endsWithTable is true while the last block written is a table; Word
	// expects a paragraph between a table and the section properties.
	endsWithTable bool
	// charts are the charts written so far, in order: the n-th is
	// chart part n (see figure).
	charts []chart.Chart
	// sectionEnd, if not nil, is the block whose paragraph ends the
	// body's section when the 版记's section (colophonSection) follows;
	// sectionEnded is set once a paragraph has ended it.
	sectionEnd   doc.Block
	sectionEnded bool
}

// paraProps are the direct paragraph properties a block adds to its style.
type paraProps struct {
	keepNext bool // kept with the next paragraph (a table's intro, the 落款)
	right    int  // right indent, twips (the 落款)
	// spaceBefore, if not 0, replaces the style's space before, twips.
	spaceBefore int
	// endsSection makes the paragraph the last of the body's section.
	endsSection bool
}

// blocks writes every block of d. Headings and paragraphs take the style of
// their role; a heading or work item starts with its number. The title
// breaks where style.TitleBreaks says, the 落款 stands where
// style.SignatureIndent puts it, and a paragraph that introduces a table
// keeps with it (style.KeepWithNext).
func (w *bodyWriter) blocks(d *doc.Document) {
	for i, b := range d.Blocks {
		var props paraProps
		if _, heading := b.(*doc.Heading); !heading {
			props.keepNext = style.KeepWithNext(d.Blocks, i)
		}
		props.endsSection = w.sectionEnd != nil && b == w.sectionEnd
		switch b := b.(type) {
		case *doc.Heading:
			f := w.fonts.role(b.Role())
			var runs runList
			runs.add(doc.CleanText(b.Number), f)
			lines := []doc.Line{b.Text}
			if b.Role() == doc.RoleTitle && b.Number == "" {
				lines = style.SplitLine(b.Text, style.TitleBreaks(b.Text, d.Meta.Author))
				if d.Masthead() {
					props.spaceBefore = mastheadTitleGap()
				}
			}
			w.addLines(&runs, lines, f)
			w.paragraph(roleStyle(b.Role()), &runs, props)
		case *doc.Paragraph:
			f := w.fonts.role(b.Role())
			var runs runList
			runs.add(doc.CleanText(b.Number), f)
			w.addLines(&runs, b.Lines, f)
			props.right = ptTwips(style.SignatureIndent(d.Blocks, i))
			w.paragraph(roleStyle(b.Role()), &runs, props)
		case *doc.Table:
			w.table(b)
		case *doc.Chart:
			w.figure(b)
		}
	}
}

// addLines appends lines to runs, a line break between them.
func (w *bodyWriter) addLines(runs *runList, lines []doc.Line, f font) {
	for i, l := range lines {
		if i > 0 {
			runs.lineBreak(f)
		}
		w.addLine(runs, l, f)
	}
}

// finish closes the body: after a final table, the empty paragraph Word
// requires there.
func (w *bodyWriter) finish() {
	if w.endsWithTable {
		w.pad(false)
	}
}

// pad writes an empty paragraph one point high with no spacing, so that a
// table that fills its page is not followed by a blank one; with
// endsSection, it ends the body's section.
func (w *bodyWriter) pad(endsSection bool) {
	w.endsWithTable = false
	w.x.open("w:p")
	w.x.open("w:pPr")
	w.x.empty("w:pStyle", "w:val", styleBody)
	w.x.empty("w:spacing", "w:before", "0", "w:after", "0", "w:line", itoa(padLineTwips), "w:lineRule", "exact")
	w.x.open("w:rPr")
	w.x.empty("w:sz", "w:val", "2")
	w.x.empty("w:szCs", "w:val", "2")
	w.x.close("w:rPr")
	if endsSection {
		w.endSection()
	}
	w.x.close("w:pPr")
	w.x.close("w:p")
}

// endSection writes the properties of the body's section into the
// paragraph properties being written, which makes that paragraph the
// section's last.
func (w *bodyWriter) endSection() {
	w.page.writeSectPr(w.x, bodySection)
	w.sectionEnded = true
}

// padLineTwips is the height of the paragraph after a final table: 1 pt.
const padLineTwips = 20

// paragraph writes a paragraph of style styleID holding runs.
func (w *bodyWriter) paragraph(styleID string, runs *runList, props paraProps) {
	w.endsWithTable = false
	w.x.open("w:p")
	w.x.open("w:pPr")
	w.x.empty("w:pStyle", "w:val", styleID)
	if props.keepNext {
		w.x.empty("w:keepNext")
	}
	if props.spaceBefore != 0 {
		w.x.empty("w:spacing", "w:before", itoa(props.spaceBefore))
	}
	if props.right != 0 {
		w.x.empty("w:ind", "w:right", itoa(props.right))
	}
	if props.endsSection {
		w.endSection()
	}
	w.x.close("w:pPr")
	runs.write(w.x)
	w.x.close("w:p")
}
