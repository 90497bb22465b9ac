package sheet

import (
	"regexp"
	"strconv"
	"strings"
	"sync"
)

// cellKind is what a cell holds.
type cellKind int

const (
	cellEmpty   cellKind = iota
	cellText             // text (or a table file's field)
	cellNumber           // a number, as stored (its number format in fmt)
	cellBool             // TRUE or FALSE, as "1" or "0"
	cellError            // an error value: #DIV/0!, #REF! …
	cellNoValue          // a formula whose result was never saved
)

// xcell is one cell of a row.
type xcell struct {
	col  int // the column, from 1
	pcol int // the column its position names: col in a sheet, the character column in a table file
	kind cellKind
	text string
	fmt  fmtClass
	// formula is the cell's formula, when it has one (for messages);
	// external is set when it refers to another file.
	formula  string
	external bool
	// hidden is set for a cell of a hidden column (columnsHidden).
	hidden bool
}

// xrow is one row of a sheet, its cells in column order.
type xrow struct {
	num   int
	cells []xcell
}

// externalRef matches a formula's reference to another workbook: [1]Sheet1!A1
// as stored, or [book.xlsx] and a path as typed. It is compiled at the
// first workbook, not as every process starts.
var externalRef = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`\[[0-9]+\][^!]*!|\[[^\]]*\.(?i:xlsx|xlsm|xls|xlsb|et|ods|csv)\]|(?i:[a-z]:\\|\\\\|https?://)`)
})

// readSheet streams the rows of a worksheet's part to fn, in order,
// skipping rows with no value. It stops at fn's first error.
func (wb *workbook) readSheet(data []byte, fn func(*xrow) error) error {
	s := &scanner{data: data}
	var hidden columnsHidden
	for {
		t, err := s.next()
		if err != nil {
			return wb.damaged()
		}
		if t.kind == tokEOF {
			return nil
		}
		if t.kind == tokStart && t.is("sheetData") {
			break
		}
		if (t.kind == tokStart || t.kind == tokEmpty) && t.is("col") {
			hidden.add(t)
		}
	}
	shared := map[string]string{} // shared formulas, by index
	rowNum := 0
	row := &xrow{}
	for {
		t, err := s.next()
		if err != nil {
			return wb.damaged()
		}
		switch {
		case t.kind == tokEOF:
			return wb.damaged()
		case t.kind == tokEnd && t.is("sheetData"):
			return nil
		case (t.kind == tokStart || t.kind == tokEmpty) && t.is("row"):
			rowNum++
			if r, ok := t.rawAttr("r"); ok {
				n, ok := atoi(r)
				if !ok || n < 1 || n > 1<<20 {
					return wb.damaged()
				}
				rowNum = n
			}
			row.num, row.cells = rowNum, row.cells[:0]
			if t.kind == tokEmpty {
				continue
			}
			if err := wb.readRow(s, row, shared); err != nil {
				return err
			}
			hidden.mark(row)
			if len(row.cells) > 0 {
				if err := fn(row); err != nil {
					return err
				}
			}
		case t.kind == tokStart:
			if s.skip() != nil {
				return wb.damaged()
			}
		}
	}
}

// readRow reads the cells of the row whose start tag was just read.
func (wb *workbook) readRow(s *scanner, row *xrow, shared map[string]string) error {
	col := 0
	for {
		if fastCells && s.isCellStart() {
			if a, empty, v, hasV, ok := s.fastCell(); ok {
				var err error
				if col, err = wb.plainCell(row, col, a, empty, v, hasV); err != nil {
					return err
				}
				continue
			}
		}
		t, err := s.next()
		if err != nil {
			return wb.damaged()
		}
		switch {
		case t.kind == tokEOF:
			return wb.damaged()
		case t.kind == tokEnd && t.is("row"):
			return nil
		case (t.kind == tokStart || t.kind == tokEmpty) && t.is("c"):
			col++
			if r, ok := t.rawAttr("r"); ok {
				c, n, ok := parseRef(r)
				if !ok || n != row.num {
					return wb.damaged()
				}
				col = c
			}
			if col > 16384 {
				return wb.damaged()
			}
			c := xcell{col: col, pcol: col}
			if st, ok := t.rawAttr("s"); ok {
				if n, ok := atoi(st); ok {
					c.fmt = wb.format(n)
				}
			}
			typ := ""
			if t, ok := t.rawAttr("t"); ok {
				typ = cellTypes[string(t)]
			}
			if t.kind == tokStart {
				if err := wb.readCell(s, &c, typ, shared); err != nil {
					return err
				}
			}
			if c.kind != cellEmpty {
				row.cells = append(row.cells, c)
			}
		case t.kind == tokStart:
			if s.skip() != nil {
				return wb.damaged()
			}
		}
	}
}

// readCell reads the value, formula and text of the cell c, whose start
// tag (with type typ) was just read.
func (wb *workbook) readCell(s *scanner, c *xcell, typ string, shared map[string]string) error {
	var v, inline string
	hasV, hasF, hasInline := false, false, false
	for {
		t, err := s.next()
		if err != nil {
			return wb.damaged()
		}
		switch {
		case t.kind == tokEOF:
			return wb.damaged()
		case t.kind == tokEnd && t.is("c"):
			return wb.cellValue(c, typ, v, inline, hasV, hasF, hasInline)
		case t.kind == tokStart && t.is("v"):
			if v, err = s.text(); err != nil {
				return wb.damaged()
			}
			hasV = true
		case t.is("f") && (t.kind == tokStart || t.kind == tokEmpty):
			hasF = true
			si, _ := t.attr("si")
			ft, _ := t.attr("t")
			text := ""
			if t.kind == tokStart {
				if text, err = s.text(); err != nil {
					return wb.damaged()
				}
			}
			if ft == "shared" {
				if text != "" {
					shared[si] = text
				} else {
					text = shared[si]
				}
			}
			c.formula = text
			c.external = externalRef().MatchString(text)
		case t.kind == tokStart && t.is("is"):
			if inline, err = s.text("rPh", "phoneticPr"); err != nil {
				return wb.damaged()
			}
			hasInline = true
		case t.kind == tokStart:
			if s.skip() != nil {
				return wb.damaged()
			}
		}
	}
}

// cellValue sets c's kind and text from what its element held.
func (wb *workbook) cellValue(c *xcell, typ, v, inline string, hasV, hasF, hasInline bool) error {
	switch {
	case hasF && !hasInline && (!hasV || strings.TrimSpace(v) == "" && typ != "str" && typ != "s"):
		c.kind = cellNoValue
		return nil
	case typ == "s":
		i, err := strconv.Atoi(strings.TrimSpace(v))
		if err != nil || i < 0 || i >= len(wb.sst) {
			return wb.damaged()
		}
		c.kind, c.text = cellText, wb.sst[i]
	case typ == "inlineStr":
		c.kind, c.text = cellText, unescapeOOXML(inline)
	case typ == "str":
		c.kind, c.text = cellText, unescapeOOXML(v)
	case typ == "b":
		c.kind, c.text = cellBool, strings.TrimSpace(v)
	case typ == "e":
		c.kind, c.text = cellError, strings.TrimSpace(v)
	case typ == "d":
		c.kind, c.text = cellText, strings.TrimSpace(v)
		if len(c.text) > 10 && c.text[10] == 'T' {
			c.text = c.text[:10]
		}
	default:
		c.kind, c.text = cellNumber, strings.TrimSpace(v)
		if _, ok := atoi(c.text); ok {
			break // a whole number, as most are
		}
		if _, err := strconv.ParseFloat(c.text, 64); err != nil && c.text != "" {
			c.kind = cellText
		}
	}
	if c.text == "" && c.kind != cellError {
		c.kind = cellEmpty
	}
	return nil
}

// cellTypes are the cell types (t="s" …), kept as strings without
// allocating one a cell.
var cellTypes = map[string]string{"s": "s", "str": "str", "inlineStr": "inlineStr", "b": "b", "e": "e", "d": "d", "n": "n"}

// atoi reads a small non-negative decimal number.
func atoi[T string | []byte](b T) (int, bool) {
	if len(b) == 0 || len(b) > 9 {
		return 0, false
	}
	n := 0
	for i := 0; i < len(b); i++ {
		c := b[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

// parseRef splits a cell reference ("C12") into its column and row.
func parseRef[T string | []byte](ref T) (col, row int, ok bool) {
	i := 0
	for i < len(ref) && i < 4 {
		c := ref[i]
		switch {
		case c >= 'A' && c <= 'Z':
			col = col*26 + int(c-'A') + 1
		case c >= 'a' && c <= 'z':
			col = col*26 + int(c-'a') + 1
		default:
			goto digits
		}
		i++
	}
digits:
	if i == 0 || i == len(ref) || ref[i] == '$' {
		return 0, 0, false
	}
	row, ok = atoi(ref[i:])
	if !ok || row < 1 {
		return 0, 0, false
	}
	return col, row, true
}

// columnsHidden are the ranges of a worksheet's hidden columns, from its
// <cols>: a clerk hides the columns of the ledger that are not the data
// (联系人, 电话), and the header of a hidden column is not read as one.
type columnsHidden []struct{ min, max int }

// add records the range of a <col> element if it hides its columns.
func (h *columnsHidden) add(t token) {
	v, _ := t.rawAttr("hidden")
	if string(v) != "1" && string(v) != "true" {
		return
	}
	lo, ok1 := t.rawAttr("min")
	hi, ok2 := t.rawAttr("max")
	minCol, ok3 := atoi(lo)
	maxCol, ok4 := atoi(hi)
	if ok1 && ok2 && ok3 && ok4 && minCol >= 1 && minCol <= maxCol {
		*h = append(*h, struct{ min, max int }{minCol, maxCol})
	}
}

// mark sets hidden on the cells of r in hidden columns.
func (h columnsHidden) mark(r *xrow) {
	for i := range r.cells {
		for _, rg := range h {
			if rg.min <= r.cells[i].col && r.cells[i].col <= rg.max {
				r.cells[i].hidden = true
			}
		}
	}
}
