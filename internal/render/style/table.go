package style

import (
	"strings"
	"unicode"

	"zongjie/internal/doc"
)

// Table sizes and spacing. Tables are set in 仿宋 四号; one too wide for the
// text block in 四号 is set in 小四, or turned so its rows become columns,
// whichever reads better (LayTable).
const (
	TableSmallPt   = 12.0 // 小四
	TableCellPadPt = 5.4  // left and right padding inside a cell (108 twips, Word's default)
	// tableSlackPt is room added to every column beyond what its text
	// measures, for a reader's fonts a little wider than the nominal ones.
	tableSlackPt = 1.0
	// tableWordCapEm bounds the width a single long word (a URL) claims
	// for its column; it is cut inside when its column is narrower.
	tableWordCapEm = 6.0
	// tableShortEm is the longest body cell a column keeps on one line
	// when it can.
	tableShortEm = 8.0
)

// TableLinePitchPt is the line pitch of 四号 table text.
const TableLinePitchPt = 1.5 * TablePt

// TableLinePitch is the fixed line spacing inside table cells of a size:
// one and a half times the size, so a 四号 row of one line is one body
// line high.
func TableLinePitch(sizePt float64) float64 { return 1.5 * sizePt }

// TableLayout is how a table is set on the text block. The writers that
// set tables on paper (PDF, DOCX, HTML) all take it from LayTable, so a
// table has the same size, orientation, column widths and header breaks in
// every format.
type TableLayout struct {
	// Columns, Header and Rows are the table as printed: a column whose
	// figures share a unit has it in the header ("慈善捐款（万元）") and its
	// figures bare, each to the precision of the most precise ("2.00",
	// "2.15"); when Rotated, the document's rows are the columns.
	Columns []doc.Column
	// Header holds each header cell broken into its lines, at word
	// boundaries only (see Breaks), balanced; writers break them there
	// with explicit line breaks.
	Header [][]doc.Line
	Rows   [][]doc.Line
	// Rotated is true when rows and columns are swapped: the table was too
	// wide the other way.
	Rotated bool
	// SizePt is the size of the cell text (TablePt or TableSmallPt), LinePt
	// its line pitch, PadPt the padding at each side of a cell.
	SizePt, LinePt, PadPt float64
	// Widths are the column widths in points, padding included; they sum
	// to the text block's width.
	Widths []float64
}

// Align returns how the cells of column c align: figures at the end, other
// cells as the table role says (centred); header cells are centred.
func (l *TableLayout) Align(c int) Align {
	if c < len(l.Columns) && l.Columns[c].Kind == doc.ColumnNumber {
		return Right
	}
	return For(doc.RoleTable).Align
}

// LayTable lays out a table: the printed cells, then the size and
// orientation, the column widths and the header breaks.
//
// Each column wants, in points at a size, at four levels: the widest unit
// it never breaks (hard: a figure with its unit, a year, a header word;
// other words up to six characters); its short body cells whole (short:
// up to eight characters); its header on at most two balanced lines too
// (balanced); every cell on one line (natural). A table is set in 四号
// when the hard level fits the block. Otherwise it is set in 小四, or
// rotated in 四号 or 小四 (only a table of row names and figures turns),
// whichever reaches the higher level, in that order on a tie. The widest
// level that fits decides the widths, the room left shared in proportion
// to what each column wants from the next level (all of it over the
// natural widths, evenly). If not even the hard level fits in any way, the
// columns shrink in proportion to it and long units break: a table never
// runs past the block.
func LayTable(t *doc.Table) *TableLayout {
	n := len(t.Columns)
	for _, r := range append([][]doc.Line{t.Header}, t.Rows...) {
		n = max(n, len(r))
	}
	if n == 0 {
		return nil
	}
	cols, header, rows := printedCells(t, n)
	type option struct {
		size    float64
		rotated bool
	}
	options := []option{{TablePt, false}, {TableSmallPt, false}}
	if rotatable(cols, rows) {
		options = append(options, option{TablePt, true}, option{TableSmallPt, true})
	}
	total := TextWidthPt()
	var best *tableFit
	for i, o := range options {
		c, h, r := cols, header, rows
		if o.rotated {
			c, h, r = rotate(cols, header, rows)
		}
		f := fitTable(h, r, o.size, total)
		f.cols, f.header, f.rows, f.rotated = c, h, r, o.rotated
		if i == 0 && f.level >= 0 {
			best = f
			break
		}
		if i == 0 {
			continue
		}
		if best == nil || f.level > best.level || f.level < 0 && best.level < 0 && sum(f.levels[0]) < sum(best.levels[0]) {
			best = f
		}
	}
	l := &TableLayout{
		Columns: best.cols, Rows: best.rows, Rotated: best.rotated,
		SizePt: best.size, LinePt: TableLinePitch(best.size), PadPt: TableCellPadPt,
		Widths: distribute(best.levels, total),
	}
	for c, h := range best.header {
		inner := l.Widths[c] - 2*TableCellPadPt
		l.Header = append(l.Header, breakCell(h, best.size, inner))
	}
	return l
}

// tableFit is one way of setting a table and what its columns want.
type tableFit struct {
	size    float64
	rotated bool
	cols    []doc.Column
	header  []doc.Line
	rows    [][]doc.Line
	levels  [4][]float64 // hard, short, balanced, natural
	level   int          // the widest level that fits, -1 if none
}

// fitTable measures the columns of a table set at size.
func fitTable(header []doc.Line, rows [][]doc.Line, size, total float64) *tableFit {
	n := len(header)
	f := &tableFit{size: size, level: -1}
	for i := range f.levels {
		f.levels[i] = make([]float64, n)
	}
	hard, short, balanced, natural := f.levels[0], f.levels[1], f.levels[2], f.levels[3]
	extra := 2*TableCellPadPt + tableSlackPt
	for i, row := range append([][]doc.Line{header}, rows...) {
		for c := range n {
			var text string
			if c < len(row) {
				text = cleanLine(row[c])
			}
			m := measureCell(text, size)
			hard[c] = max(hard[c], m.word+extra)
			natural[c] = max(natural[c], m.natural+extra)
			switch {
			case i == 0:
				balanced[c] = max(balanced[c], m.two+extra)
			case m.natural <= tableShortEm*size:
				short[c] = max(short[c], m.natural+extra)
			}
		}
	}
	for i := 1; i < len(f.levels); i++ {
		for c := range n {
			f.levels[i][c] = max(f.levels[i][c], f.levels[i-1][c])
		}
	}
	for i := range f.levels {
		if sum(f.levels[i]) <= total+eps {
			f.level = i
		}
	}
	return f
}

// cellMeasure is what one cell's text wants, in points.
type cellMeasure struct {
	word    float64 // the widest unit never broken (capped unless a figure)
	two     float64 // the wider line of the best two-line break
	natural float64 // all on one line
}

// cellPrefix returns the nominal width of rs[:i] at size for every i, with
// room for the quarter em a reader may put between Chinese text and Latin
// text or digits (LibreOffice does, whatever the document says), so that a
// cell as wide as its text holds it in every reader.
func cellPrefix(rs []rune, size float64) []float64 {
	prefix := make([]float64, len(rs)+1)
	for i, r := range rs {
		prefix[i+1] = prefix[i] + RuneEm(r)*size
		if i > 0 && scriptBoundary(rs[i-1], r) {
			prefix[i+1] += autoSpaceEm * size
		}
	}
	return prefix
}

// autoSpaceEm is the space some readers add between Chinese and Latin text.
const autoSpaceEm = 0.25

// scriptBoundary reports whether a reader that spaces Chinese from Latin
// text puts space between a and b.
func scriptBoundary(a, b rune) bool {
	wide := func(r rune) bool { return RuneEm(r) == 1 && !unicode.IsPunct(r) && !unicode.IsSymbol(r) }
	latin := func(r rune) bool { return IsWordRune(r) && (unicode.IsLetter(r) || unicode.IsDigit(r)) }
	return wide(a) && latin(b) || latin(a) && wide(b)
}

// measureCell measures a cell's text at size on nominal widths.
func measureCell(text string, size float64) cellMeasure {
	rs := []rune(text)
	prefix := cellPrefix(rs, size)
	m := cellMeasure{natural: prefix[len(rs)]}
	if _, _, ok := doc.SplitFigure(text); ok {
		m.word, m.two = m.natural, m.natural
		return m
	}
	ok := Breaks(text)
	start := 0
	for i := 1; i <= len(rs); i++ {
		if i == len(rs) || ok[i] {
			w := prefix[i] - prefix[start]
			if _, _, fig := doc.SplitFigure(string(rs[start:i])); !fig {
				w = min(w, tableWordCapEm*size)
			}
			m.word = max(m.word, w)
			start = i
		}
	}
	m.two = m.natural
	for i := 1; i < len(rs); i++ {
		if ok[i] {
			m.two = min(m.two, max(prefix[i], prefix[len(rs)]-prefix[i]))
		}
	}
	m.two = max(m.two, m.word)
	return m
}

// distribute shares the width total among the columns (see LayTable).
func distribute(levels [4][]float64, total float64) []float64 {
	n := len(levels[0])
	w := make([]float64, n)
	natural := levels[3]
	if s := sum(natural); s <= total+eps {
		for c := range w {
			w[c] = natural[c] + (total-s)/float64(n)
		}
		return w
	}
	for i := len(levels) - 2; i >= 0; i-- {
		lo, hi := levels[i], levels[i+1]
		sumLo, sumHi := sum(lo), sum(hi)
		if sumLo > total+eps {
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
	hard := levels[0]
	for c := range w {
		w[c] = total * hard[c] / sum(hard)
	}
	return w
}

// breakCell breaks a header cell into balanced lines of at most inner
// points, between words.
func breakCell(l doc.Line, size, inner float64) []doc.Line {
	text := cleanLine(l)
	rs := []rune(text)
	if len(rs) == 0 {
		return []doc.Line{l}
	}
	prefix := cellPrefix(rs, size)
	widthOf := func(from, to int) float64 { return prefix[to] - prefix[from] }
	return SplitLine(l, Balance(len(rs), Breaks(text), inner, widthOf))
}

// printedCells returns the table's cells as printed, n per row: a shared
// unit moved to the header, figures to one precision per column.
func printedCells(t *doc.Table, n int) ([]doc.Column, []doc.Line, [][]doc.Line) {
	cols := make([]doc.Column, n)
	copy(cols, t.Columns)
	fit := func(r []doc.Line) []doc.Line {
		out := make([]doc.Line, n)
		copy(out, r)
		return out
	}
	header := fit(t.Header)
	rows := make([][]doc.Line, len(t.Rows))
	for i, r := range t.Rows {
		rows[i] = fit(r)
	}
	for c := range n {
		if cols[c].Kind != doc.ColumnNumber {
			continue
		}
		unit := cols[c].Unit
		decimals := -1
		for _, r := range rows {
			if num, u, ok := doc.SplitFigure(cleanLine(r[c])); ok && u == unit {
				decimals = max(decimals, decimalsOf(num))
			}
		}
		if decimals < 0 {
			continue // no figure in the column's unit
		}
		for _, r := range rows {
			if num, u, ok := doc.SplitFigure(cleanLine(r[c])); ok && u == unit {
				var st doc.Style
				if len(r[c]) > 0 {
					st = r[c][0].Style
				}
				r[c] = doc.Line{{Text: padDecimals(num, decimals), Style: st}}
			}
		}
		if unit != "" {
			h := append(doc.Line(nil), header[c]...)
			header[c] = append(h, doc.Span{Text: "（" + unit + "）"})
		}
		cols[c].Unit = ""
	}
	return cols, header, rows
}

// decimalsOf is the number of decimals a figure is written with.
func decimalsOf(num string) int {
	if i := strings.IndexByte(num, '.'); i >= 0 {
		return len(num) - i - 1
	}
	return 0
}

// padDecimals writes num with d decimals, adding zeros (never rounding:
// d is at least its own).
func padDecimals(num string, d int) string {
	have := decimalsOf(num)
	if have >= d {
		return num
	}
	if have == 0 {
		num += "."
	}
	return num + strings.Repeat("0", d-have)
}

// rotatable reports whether a table may turn: a column of row names, the
// others figures, and at least one row.
func rotatable(cols []doc.Column, rows [][]doc.Line) bool {
	if len(cols) < 2 || len(rows) == 0 || cols[0].Kind != doc.ColumnLabel {
		return false
	}
	for _, c := range cols[1:] {
		if c.Kind != doc.ColumnNumber {
			return false
		}
	}
	return true
}

// RotatedCorner heads the first column of a rotated table, the column of
// what were the headers.
const RotatedCorner = "项目"

// rotate swaps rows and columns: the headers make the first column, under
// RotatedCorner, each row's name heads a column of its figures.
func rotate(cols []doc.Column, header []doc.Line, rows [][]doc.Line) ([]doc.Column, []doc.Line, [][]doc.Line) {
	rc := make([]doc.Column, len(rows)+1)
	for i := 1; i < len(rc); i++ {
		rc[i].Kind = doc.ColumnNumber
	}
	rh := []doc.Line{doc.Plain(RotatedCorner)}
	for _, r := range rows {
		rh = append(rh, r[0])
	}
	var rr [][]doc.Line
	for c := 1; c < len(cols); c++ {
		row := []doc.Line{header[c]}
		for _, r := range rows {
			row = append(row, r[c])
		}
		rr = append(rr, row)
	}
	return rc, rh, rr
}

func sum(v []float64) float64 {
	s := 0.0
	for _, x := range v {
		s += x
	}
	return s
}

// Printed returns d with each table as LayTable prints it (its unit in the
// header, figures to one precision, turned when too wide; header cells
// whole), the document whose text a reader of the PDF, DOCX or HTML finds.
// The blocks are shared with d, not copied.
func Printed(d *doc.Document) *doc.Document {
	out := &doc.Document{Meta: d.Meta, Issue: d.Issue, Blocks: make([]doc.Block, len(d.Blocks))}
	for i, b := range d.Blocks {
		t, ok := b.(*doc.Table)
		if !ok {
			out.Blocks[i] = b
			continue
		}
		l := LayTable(t)
		if l == nil {
			out.Blocks[i] = b
			continue
		}
		p := &doc.Table{Columns: l.Columns, Rows: l.Rows}
		for _, lines := range l.Header {
			var h doc.Line
			for _, line := range lines {
				h = append(h, line...)
			}
			p.Header = append(p.Header, h)
		}
		out.Blocks[i] = p
	}
	return out
}
