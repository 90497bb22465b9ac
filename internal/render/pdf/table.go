package pdf

import (
	"math"

	"zongjie/internal/render/style"
)

// tableBlock is a GFM table: an optional header row and body rows.
type tableBlock struct {
	header []tableCell
	rows   [][]tableCell
}

// tableCell is one cell's text and alignment.
type tableCell struct {
	text  styled
	align style.Align
}

// Table metrics: 四号 text on style.TableLinePitchPt; a one-line row is
// exactly one body line high, so a table of short rows keeps the page's rhythm.
const (
	tableRuleWidth = 0.5
	cellPadEm      = 0.4 // horizontal padding, in ems of the table text
)

func cellPitch() float64 { return style.TableLinePitchPt }
func cellVPad() float64  { return (style.LinePitchPt - cellPitch()) / 2 }

// laidCell is a cell broken into lines for its column.
type laidCell struct {
	m     measured
	lines []Line
	align style.Align
}

// table lays out a table across as many pages as it needs, repeating the
// header row at the top of each page. Rows are kept whole unless a single
// row is taller than a page.
func (f *flow) table(b *block) {
	t := b.table
	size := b.st.SizePt
	ncols := len(t.header)
	for _, r := range t.rows {
		ncols = max(ncols, len(r))
	}
	if ncols == 0 {
		return
	}
	all := append([][]tableCell{t.header}, t.rows...)
	ms := make([][]measured, len(all))
	for i, row := range all {
		ms[i] = make([]measured, ncols)
		for c := 0; c < ncols; c++ {
			var cell tableCell
			if c < len(row) {
				cell = row[c]
			}
			ms[i][c] = f.sh.measure(cell.text, size)
		}
	}
	widths := columnWidths(ms, ncols, blockWidth, cellPadEm*size)
	pad := cellPadEm * size
	laid := make([][]laidCell, len(all))
	for i, row := range all {
		laid[i] = make([]laidCell, ncols)
		for c := 0; c < ncols; c++ {
			align := b.st.Align
			if c < len(row) {
				align = row[c].align
			}
			if i == 0 {
				align = style.Center // header cells are centred
			}
			m := ms[i][c]
			o := BreakOptions{Width: widths[c] - 2*pad, Em: size}
			lines := BreakLines(m.text, m.advance, o)
			if len(lines) > 1 && i > 0 {
				// Wrapped text reads better justified than centred.
				o.Justify, align = true, style.Justify
				lines = BreakLines(m.text, m.advance, o)
			}
			laid[i][c] = laidCell{m: m, lines: lines, align: align}
		}
	}
	header := laid[0]
	if len(t.header) == 0 {
		header = nil
	}
	body := laid[1:]

	x0 := blockLeft
	headerH := rowHeight(header)
	fragTop := f.y
	repeat := false
	startFragment := func() {
		fragTop = f.y
		if header != nil {
			n := len(f.cur.runs)
			f.drawRow(header, widths, x0, 0, rowLines(header), size)
			for i := n; i < len(f.cur.runs); i++ {
				f.cur.runs[i].repeat = repeat
			}
		}
		repeat = true
	}
	endFragment := func() {
		f.frame(widths, x0, fragTop, f.y)
	}
	first := headerH
	if len(body) > 0 {
		first += rowHeight(body[0])
	}
	if f.y > 0 && f.y+first > blockHeight+0.01 {
		f.newPage()
	}
	startFragment()
	for _, row := range body {
		from, total := 0, rowLines(row)
		for from < total || total == 0 {
			room := blockHeight - f.y
			n := total - from
			if h := float64(n)*cellPitch() + 2*cellVPad(); h > room+0.01 {
				fit := int(math.Floor((room - 2*cellVPad() + 0.01) / cellPitch()))
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
			f.drawRow(row, widths, x0, from, from+n, size)
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

// columnWidths shares the table width among columns. Column widths are
// chosen between four levels, each at least the one before:
//
//   - hard: the longest unbreakable word of any cell;
//   - short: short body cells (a year, a number, a name) whole, never wrapped;
//   - balanced: also header cells on at most two even lines;
//   - natural: every cell on one line.
//
// The widest level that fits is used and the room left is shared in
// proportion to what each column wants from the next level; if even the
// words do not fit, columns shrink in proportion to them.
func columnWidths(ms [][]measured, ncols int, total, pad float64) []float64 {
	hard := make([]float64, ncols)
	short := make([]float64, ncols)
	balanced := make([]float64, ncols)
	natural := make([]float64, ncols)
	for i, row := range ms {
		for c, m := range row {
			w := m.width()
			word := min(m.minWidth(), 6*m.size) + 2*pad
			hard[c] = max(hard[c], word)
			natural[c] = max(natural[c], w+2*pad)
			switch {
			case i == 0: // the header
				half := math.Ceil(w/2/m.size-0.01)*m.size + 2*pad
				balanced[c] = max(balanced[c], word, half)
			case w <= 8*m.size:
				short[c] = max(short[c], w+2*pad)
			default:
				short[c] = max(short[c], word)
			}
		}
	}
	levels := [][]float64{hard, short, balanced, natural}
	for i := 1; i < len(levels); i++ {
		for c := range levels[i] {
			levels[i][c] = max(levels[i][c], levels[i-1][c])
		}
	}
	w := make([]float64, ncols)
	if sumNat := sum(natural); sumNat <= total {
		for c := range w {
			w[c] = natural[c] + (total-sumNat)/float64(ncols)
		}
		return w
	}
	for i := len(levels) - 2; i >= 0; i-- {
		lo, hi := levels[i], levels[i+1]
		sumLo, sumHi := sum(lo), sum(hi)
		if sumLo > total {
			continue
		}
		for c := range w {
			w[c] = lo[c]
			if sumHi > sumLo {
				w[c] += (total - sumLo) * (hi[c] - lo[c]) / (sumHi - sumLo)
			}
		}
		return w
	}
	for c := range w {
		w[c] = total * hard[c] / sum(hard)
	}
	return w
}

func sum(v []float64) float64 {
	s := 0.0
	for _, x := range v {
		s += x
	}
	return s
}

func rowLines(row []laidCell) int {
	n := 0
	for _, c := range row {
		n = max(n, len(c.lines))
	}
	return n
}

func rowHeight(row []laidCell) float64 {
	if row == nil {
		return 0
	}
	return float64(max(1, rowLines(row)))*cellPitch() + 2*cellVPad()
}

// drawRow draws lines [from, to) of every cell of a row at f.y, with the
// rule above it, and moves f.y below it. Cells with fewer lines are
// centred vertically.
func (f *flow) drawRow(row []laidCell, widths []float64, x0 float64, from, to int, size float64) {
	n := max(1, to-from)
	h := float64(n)*cellPitch() + 2*cellVPad()
	top := blockTop + f.y
	x := x0
	pad := cellPadEm * size
	for c, cell := range row {
		lines := cell.lines[min(from, len(cell.lines)):min(to, len(cell.lines))]
		offset := float64(n-len(lines)) * cellPitch() / 2
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
			lineTop := top + cellVPad() + offset + float64(i)*cellPitch()
			f.addLine(cell.m.runs(l, x+pad+max(0, shift), baseline(lineTop, cellPitch(), size)))
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
