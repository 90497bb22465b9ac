package record

import (
	"math"
	"strconv"
	"strings"
	"unicode"
)

// Pos is where a value was written: file, line and column (both 1-based;
// columns count characters, not bytes).
//
// In a spreadsheet the place is a cell: Sheet names the worksheet, Line is
// the row and Col the column number (A is 1), and String writes it as the
// spreadsheet does, 文件.xlsx:单位!C12.
type Pos struct {
	File  string
	Line  int
	Col   int
	Sheet string
}

// IsValid reports whether p points into a file.
func (p Pos) IsValid() bool { return p.Line > 0 }

// String renders p as file:line:col (file:sheet!cell in a spreadsheet), or
// the file alone when p has no line.
func (p Pos) String() string {
	switch {
	case !p.IsValid():
		return p.File
	case p.Sheet != "":
		return p.File + ":" + SheetRef(p.Sheet) + "!" + p.Cell()
	}
	return p.File + ":" + strconv.Itoa(p.Line) + ":" + strconv.Itoa(p.Col)
}

// Cell names the cell of a position in a spreadsheet as the spreadsheet
// does ("C12"), or returns "" for a position in a text file.
func (p Pos) Cell() string {
	if p.Sheet == "" || !p.IsValid() {
		return ""
	}
	return ColumnName(p.Col) + strconv.Itoa(p.Line)
}

// ColumnName is the letters of a spreadsheet's column n (1 is A, 27 AA);
// "" for n < 1.
func ColumnName(n int) string {
	var b []byte
	for n > 0 {
		n--
		b = append(b, byte('A'+n%26))
		n /= 26
	}
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
	return string(b)
}

// SheetRef writes a worksheet's name as a cell reference does: as it is
// when it is letters and digits (单位, Sheet1), else in single quotes with
// any quote in it doubled: '2023 单位'.
func SheetRef(name string) string {
	plain := name != ""
	for i, r := range name {
		if !(unicode.IsLetter(r) || r == '_' || (unicode.IsDigit(r) && i > 0)) {
			plain = false
			break
		}
	}
	if plain {
		return name
	}
	return "'" + strings.ReplaceAll(name, "'", "''") + "'"
}

// Before orders positions by file, sheet, line and column.
func (p Pos) Before(q Pos) bool {
	if p.File != q.File {
		return p.File < q.File
	}
	if p.Sheet != q.Sheet {
		return p.Sheet < q.Sheet
	}
	if p.Line != q.Line {
		return p.Line < q.Line
	}
	return p.Col < q.Col
}

// Pos returns where the value at a data path ("finance.spent",
// "units[3].staff") was written. For a path that was not written it returns
// the position of its nearest written parent, so every reference still points
// into the file.
func (p *Period) Pos(path string) Pos {
	for {
		if lc, ok := p.pos.lookup(path); ok {
			return p.at(lc.line, lc.col)
		}
		parent := parentPath(path)
		if parent == path {
			return Pos{File: p.File}
		}
		path = parent
	}
}

// FieldPos is Pos for the path of field key of row i of the list of
// records at list ("units", 3, "staff": "units[3].staff"), found without
// reading the path.
func (p *Period) FieldPos(list string, i int, key string) Pos {
	if t := p.pos.tables[list]; t != nil && i >= 0 && i < len(t.rows) {
		if fi := t.field(key); fi >= 0 {
			if c := t.cells[i*len(t.fields)+fi]; c.line > 0 {
				return p.at(int(c.line), int(c.col))
			}
		}
	}
	return p.Pos(list + "[" + strconv.Itoa(i) + "]." + key)
}

// Has reports whether a value was written at path.
func (p *Period) Has(path string) bool {
	_, ok := p.pos.lookup(path)
	return ok
}

// parentPath strips the last element of a data path: "a.b[2].c" -> "a.b[2]" -> "a.b" -> "a" -> "".
func parentPath(path string) string {
	for i := len(path) - 1; i >= 0; i-- {
		switch path[i] {
		case '.':
			return path[:i]
		case '[':
			return path[:i]
		}
	}
	return ""
}

// positions records where each value of a period was written, by data path.
// The rows of a list of records (units, groups, charity[0].participation …)
// are kept in a table: each row's position and its fields' positions, by
// field. A hundred thousand units so cost two arrays instead of a million
// path strings in a map. Every other path ("finance.spent",
// "units[3].figures.x") is kept in the map. A path is kept in one of the two.
type positions struct {
	paths  map[string]lineCol
	tables map[string]*rowTable // by the list's path ("units")
}

// lineCol is a position in the file; the zero value means not written.
type lineCol struct{ line, col int }

// rowTable holds the positions of a list of records: of each row
// ("units[3]") and of each row's fields ("units[3].staff").
type rowTable struct {
	path   string  // the list's data path, e.g. "units"
	fields []field // the record type's fields; a cell's index is its field's
	rows   []cell  // by row
	cells  []cell  // by row, then field: rows × len(fields)
}

// cell is a compact lineCol. A position that does not fit (a line or column
// beyond 2³¹) is kept in the map instead.
type cell struct{ line, col int32 }

func (c cell) lineCol() lineCol { return lineCol{int(c.line), int(c.col)} }

func fits(lc lineCol) bool { return lc.line <= math.MaxInt32 && lc.col <= math.MaxInt32 }

// table starts the table of the list at path with n rows of the record
// type whose fields are given.
func (ps *positions) table(path string, fields []field, n int) *rowTable {
	t := &rowTable{path: path, fields: fields, rows: make([]cell, n), cells: make([]cell, n*len(fields))}
	if ps.tables == nil {
		ps.tables = map[string]*rowTable{}
	}
	ps.tables[path] = t
	return t
}

// set records the position of the value at a path that is not in a table.
func (ps *positions) set(path string, lc lineCol) {
	if ps.paths == nil {
		ps.paths = map[string]lineCol{}
	}
	ps.paths[path] = lc
}

// lookup returns where the value at path was written.
func (ps *positions) lookup(path string) (lineCol, bool) {
	if list, row, key, ok := splitRow(path); ok {
		if t := ps.tables[list]; t != nil && row < len(t.rows) {
			var c cell
			if key == "" {
				c = t.rows[row]
			} else if fi := t.field(key); fi >= 0 {
				c = t.cells[row*len(t.fields)+fi]
			}
			if c.line > 0 {
				return c.lineCol(), true
			}
		}
	}
	lc, ok := ps.paths[path]
	return lc, ok
}

// field returns the index of the field named key, or -1.
func (t *rowTable) field(key string) int {
	for i, f := range t.fields {
		if f.key == key {
			return i
		}
	}
	return -1
}

// splitRow splits a path to a row or a row's field into the list's path,
// the row and the field's key: "units[3].staff" -> "units", 3, "staff";
// "units[3]" -> "units", 3, "". ok is false for any other path, and for a
// row number not written the way decoding writes it ("units[03]").
func splitRow(path string) (list string, row int, key string, ok bool) {
	end := strings.LastIndexByte(path, ']')
	if end < 0 {
		return "", 0, "", false
	}
	if rest := path[end+1:]; rest != "" {
		if rest[0] != '.' || len(rest) == 1 || strings.ContainsAny(rest[1:], ".[") {
			return "", 0, "", false
		}
		key = rest[1:]
	}
	start := strings.LastIndexByte(path[:end], '[')
	if start < 0 {
		return "", 0, "", false
	}
	digits := path[start+1 : end]
	if digits == "" || len(digits) > 9 || (digits[0] == '0' && len(digits) > 1) {
		return "", 0, "", false
	}
	for i := 0; i < len(digits); i++ {
		if digits[i] < '0' || digits[i] > '9' {
			return "", 0, "", false
		}
		row = row*10 + int(digits[i]-'0')
	}
	return path[:start], row, key, true
}
