package pdf

import (
	"zongjie/internal/doc"
	"zongjie/internal/fonts"
	"zongjie/internal/render/style"
)

// block is one unit of the page flow: a paragraph-like run of lines, a
// table, or a figure over its caption.
type block struct {
	role    doc.Role
	st      style.Block
	text    styled
	indent  float64 // points, first line
	heading bool    // a heading: bookmarked, never the last line of a page
	// keepNext keeps the end of the block on the page where the next one
	// starts (style.KeepWithNext): headings, a table's intro, the
	// signature over its date.
	keepNext bool
	// right is the right indent of a line set flush right (the 落款).
	right float64
	table *tableBlock
	// figure is a chart drawn above the block's text, its caption.
	figure *figureBlock
	index  int    // the block's index in the document, for tests
	next   *block // the block after it in the flow, nil for the last
}

// collectBlocks returns the blocks of d in reading order.
func collectBlocks(d *doc.Document) []*block {
	out := make([]*block, 0, len(d.Blocks))
	for i, b := range d.Blocks {
		var blk *block
		switch b := b.(type) {
		case *doc.Heading:
			blk = newBlock(b.Role())
			blk.heading = true
			blk.text.add(doc.CleanText(b.Number), blk.st.Face)
			lines := []doc.Line{b.Text}
			if b.Role() == doc.RoleTitle && b.Number == "" {
				lines = style.SplitLine(b.Text, style.TitleBreaks(b.Text, d.Meta.Author))
			}
			blk.addLines(lines)
		case *doc.Paragraph:
			blk = newBlock(b.Role())
			blk.text.add(doc.CleanText(b.Number), blk.st.Face)
			blk.addLines(b.Lines)
			blk.right = style.SignatureIndent(d.Blocks, i)
		case *doc.Table:
			blk = &block{role: doc.RoleTable, st: style.For(doc.RoleTable), table: newTable(b)}
		case *doc.Chart:
			if blk = newFigure(b); blk == nil {
				continue
			}
		default:
			continue
		}
		blk.keepNext = style.KeepWithNext(d.Blocks, i)
		blk.index = i
		if n := len(out); n > 0 {
			out[n-1].next = blk
		}
		out = append(out, blk)
	}
	return out
}

// addLines appends lines to the block's text, "\n" between them.
func (b *block) addLines(lines []doc.Line) {
	for i, l := range lines {
		if i > 0 {
			b.text.add("\n", b.st.Face)
		}
		b.text.addLine(l, b.st.Face)
	}
}

// newBlock starts a text block of role r.
func newBlock(r doc.Role) *block {
	st := style.For(r)
	return &block{role: r, st: st, indent: float64(st.IndentChars) * (st.SizePt + gridTracking(st.SizePt))}
}

// newTable collects the cells of a table as style.LayTable sets it: the
// header in 黑体, broken where the layout breaks it, figures aligned at the
// end, other cells as the table style says.
func newTable(t *doc.Table) *tableBlock {
	l := style.LayTable(t)
	if l == nil {
		return &tableBlock{}
	}
	tb := &tableBlock{layout: l}
	st := style.For(doc.RoleTable)
	tb.header = make([]tableCell, len(l.Header))
	for c, lines := range l.Header {
		tb.header[c].align = l.Align(c)
		for i, line := range lines {
			if i > 0 {
				tb.header[c].text.add("\n", fonts.Hei)
			}
			tb.header[c].text.addLine(line, fonts.Hei)
		}
	}
	for _, r := range l.Rows {
		row := make([]tableCell, len(r))
		for c, cell := range r {
			row[c].align = l.Align(c)
			row[c].text.addLine(cell, st.Face)
		}
		tb.rows = append(tb.rows, row)
	}
	return tb
}
