package pdf

import (
	"zongjie/internal/doc"
	"zongjie/internal/fonts"
	"zongjie/internal/render/style"
)

// block is one unit of the page flow: a paragraph-like run of lines, or a table.
type block struct {
	role    doc.Role
	st      style.Block
	text    styled
	indent  float64 // points, first line
	heading bool    // keep with the next block, bookmark it
	table   *tableBlock
}

// collectBlocks returns the blocks of d in reading order.
func collectBlocks(d *doc.Document) []*block {
	out := make([]*block, 0, len(d.Blocks))
	for _, b := range d.Blocks {
		switch b := b.(type) {
		case *doc.Heading:
			blk := newBlock(b.Role())
			blk.heading = true
			blk.text.add(doc.CleanText(b.Number), blk.st.Face)
			blk.text.addLine(b.Text, blk.st.Face)
			out = append(out, blk)
		case *doc.Paragraph:
			blk := newBlock(b.Role())
			blk.text.add(doc.CleanText(b.Number), blk.st.Face)
			for i, l := range b.Lines {
				if i > 0 {
					blk.text.add("\n", blk.st.Face)
				}
				blk.text.addLine(l, blk.st.Face)
			}
			out = append(out, blk)
		case *doc.Table:
			out = append(out, &block{role: doc.RoleTable, st: style.For(doc.RoleTable), table: newTable(b)})
		}
	}
	return out
}

// newBlock starts a text block of role r.
func newBlock(r doc.Role) *block {
	st := style.For(r)
	return &block{role: r, st: st, indent: float64(st.IndentChars) * (st.SizePt + gridTracking(st.SizePt))}
}

// newTable collects the cells of a table: the header in 黑体, figures
// aligned at the end, other cells as the table style says.
func newTable(t *doc.Table) *tableBlock {
	tb := &tableBlock{}
	st := style.For(doc.RoleTable)
	row := func(cells []doc.Line, face fonts.Face) []tableCell {
		out := make([]tableCell, len(cells))
		for i, c := range cells {
			align := st.Align
			if i < len(t.Columns) && t.Columns[i].Kind == doc.ColumnNumber {
				align = style.Right
			}
			out[i].align = align
			out[i].text.addLine(c, face)
		}
		return out
	}
	tb.header = row(t.Header, fonts.Hei)
	for _, r := range t.Rows {
		tb.rows = append(tb.rows, row(r, st.Face))
	}
	return tb
}
