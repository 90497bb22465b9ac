package pdf

import (
	"math"

	"zongjie/internal/doc"
	"zongjie/internal/render/style"
)

// tableBlock is a table as style.LayTable sets it: the header row and
// body rows, column widths, size and padding.
type tableBlock struct {
	layout *style.TableLayout
	header []tableCell
	rows   [][]tableCell
}

// tableCell is one cell's text and alignment.
type tableCell struct {
	text  styled
	align style.Align
}

// tableRuleWidth is the width of the table's rules.
const tableRuleWidth = 0.5

// Row metrics of a table: its line pitch, and the padding above and below
// the lines of a row, so that a one-line row is one body line high.
func (t *tableBlock) pitch() float64 { return t.layout.LinePt }
func (t *tableBlock) vpad() float64  { return max(0, (style.LinePitchPt-t.layout.LinePt)/2) }

// laidCell is a cell broken into lines for its column.
type laidCell struct {
	m     measured
	lines []Line
	align style.Align
}

// laidTable is a table broken into lines: the header row (nil if the table
// has no header) and the body rows.
type laidTable struct {
	t      *tableBlock
	header []laidCell
	body   [][]laidCell
}

// lay breaks every cell of a table into lines for its column: header cells
// where the layout broke them, and between words, so a header word is
// never split; a figure is never split; wrapped body text is justified.
func (f *flow) lay(t *tableBlock) *laidTable {
	l := t.layout
	size := l.SizePt
	all := append([][]tableCell{t.header}, t.rows...)
	laid := make([][]laidCell, len(all))
	for i, row := range all {
		laid[i] = make([]laidCell, len(l.Widths))
		for c := range l.Widths {
			var cell tableCell
			if c < len(row) {
				cell = row[c]
			}
			m := f.sh.measure(cell.text, size)
			align := cell.align
			if i == 0 {
				align = style.Center // header cells are centred
			}
			o := BreakOptions{Width: l.Widths[c] - 2*l.PadPt, Em: size, Glue: cellGlue(m.text)}
			lines := BreakLines(m.text, m.advance, o)
			if len(lines) > 1 && i > 0 {
				// Wrapped text reads better justified than centred.
				o.Justify, o.MinLast, align = true, style.MinLastLineRunes, style.Justify
				lines = BreakLines(m.text, m.advance, o)
			}
			laid[i][c] = laidCell{m: m, lines: lines, align: align}
		}
	}
	lt := &laidTable{t: t, header: laid[0], body: laid[1:]}
	if len(t.header) == 0 {
		lt.header = nil
	}
	return lt
}

// cellGlue marks where a cell's text may not break: anywhere inside a
// figure ("134.1911", "2013年"), elsewhere inside a word (style.Breaks).
func cellGlue(text []rune) []bool {
	glue := make([]bool, len(text))
	s := string(text)
	if _, _, ok := doc.SplitFigure(s); ok {
		for i := 1; i < len(glue); i++ {
			glue[i] = true
		}
		return glue
	}
	for i, ok := range style.Breaks(s) {
		glue[i] = i > 0 && !ok
	}
	return glue
}

// table lays out a table across as many pages as it needs, repeating the
// header row at the top of each page. Rows are kept whole unless a single
// row is taller than a page.
func (f *flow) table(b *block) {
	t := b.table
	if t.layout == nil {
		return
	}
	lt := f.lay(t)
	widths := t.layout.Widths
	size := t.layout.SizePt
	header, body := lt.header, lt.body

	x0 := blockLeft
	headerH := t.rowHeight(header)
	fragTop := f.y
	repeat := false
	startFragment := func() {
		fragTop = f.y
		if header != nil {
			n := len(f.cur.runs)
			f.drawRow(t, header, -1, x0, 0, rowLines(header), size)
			for i := n; i < len(f.cur.runs); i++ {
				f.cur.runs[i].repeat = repeat
			}
		}
		repeat = true
	}
	endFragment := func() {
		f.frame(widths, x0, fragTop, f.y)
	}
	if f.y > 0 && f.y+lt.keepHeight() > blockHeight+0.01 {
		f.newPage()
	}
	startFragment()
	for r, row := range body {
		from, total := 0, rowLines(row)
		for from < total || total == 0 {
			room := blockHeight - f.y
			n := total - from
			if h := float64(n)*t.pitch() + 2*t.vpad(); h > room+0.01 {
				fit := int(math.Floor((room - 2*t.vpad() + 0.01) / t.pitch()))
				rowsHere := f.y > fragTop+headerH+0.01
				if rowsHere || fit < 1 && fragTop > 0 {
					// The row does not fit under what is already on this page.
					endFragment()
					f.newPage()
					startFragment()
					continue
				}
				n = max(1, fit) // a row taller than a page is split
			}
			f.drawRow(t, row, r, x0, from, from+n, size)
			from += n
			if total == 0 {
				break
			}
			if from < total {
				endFragment()
				f.newPage()
				startFragment()
			}
		}
	}
	endFragment()
	// Back onto the line grid for the text that follows.
	f.y = math.Ceil(f.y/style.LinePitchPt-0.01) * style.LinePitchPt
	if f.y > blockHeight-0.01 {
		f.newPage()
	}
}

// keepHeight is the height of the header row and the first body row: what
// must stand on one page, and with the paragraph that introduces the table.
func (lt *laidTable) keepHeight() float64 {
	h := lt.t.rowHeight(lt.header)
	if len(lt.body) > 0 {
		h += lt.t.rowHeight(lt.body[0])
	}
	return h
}

func rowLines(row []laidCell) int {
	n := 0
	for _, c := range row {
		n = max(n, len(c.lines))
	}
	return n
}

func (t *tableBlock) rowHeight(row []laidCell) float64 {
	if row == nil {
		return 0
	}
	return float64(max(1, rowLines(row)))*t.pitch() + 2*t.vpad()
}

// drawRow draws lines [from, to) of every cell of a row at f.y, with the
// rule above it, and moves f.y below it. Cells with fewer lines are
// centred vertically.
func (f *flow) drawRow(t *tableBlock, row []laidCell, r int, x0 float64, from, to int, size float64) {
	n := max(1, to-from)
	h := float64(n)*t.pitch() + 2*t.vpad()
	top := blockTop + f.y
	x := x0
	pad := t.layout.PadPt
	widths := t.layout.Widths
	for c, cell := range row {
		lines := cell.lines[min(from, len(cell.lines)):min(to, len(cell.lines))]
		offset := float64(n-len(lines)) * t.pitch() / 2
		if from > 0 || to < rowLines(row) {
			offset = 0 // a split row reads top-down
		}
		inner := widths[c] - 2*pad
		for i, l := range lines {
			shift := 0.0
			switch cell.align {
			case style.Right:
				shift = inner - l.Width
			case style.Center:
				shift = (inner - l.Width) / 2
			}
			lineTop := top + t.vpad() + offset + float64(i)*t.pitch()
			runs := cell.m.runs(l, x+pad+max(0, shift), baseline(lineTop, t.pitch(), size))
			for k := range runs {
				runs[k].cell = &cellRef{row: r, col: c}
			}
			f.addLine(runs)
		}
		x += widths[c]
	}
	f.cur.rules = append(f.cur.rules, rule{x1: x0, y1: top, x2: x, y2: top, width: tableRuleWidth})
	f.y += h
}

// frame draws the bottom rule and the column rules of a table fragment
// that runs from top to bottom (text-block offsets).
func (f *flow) frame(widths []float64, x0, top, bottom float64) {
	y1, y2 := blockTop+top, blockTop+bottom
	x := x0
	f.cur.rules = append(f.cur.rules, rule{x1: x, y1: y1, x2: x, y2: y2, width: tableRuleWidth})
	for _, w := range widths {
		x += w
		f.cur.rules = append(f.cur.rules, rule{x1: x, y1: y1, x2: x, y2: y2, width: tableRuleWidth})
	}
	f.cur.rules = append(f.cur.rules, rule{x1: x0, y1: y2, x2: x, y2: y2, width: tableRuleWidth})
}
