package record

import (
	"reflect"
	"strings"

	"gopkg.in/yaml.v3"
)

// Data that is not a YAML or JSON text: a spreadsheet (a whole data file),
// or a table (CSV) holding one list of records. Another package reads it
// (internal/sheet, registered with RegisterReader) into the node tree the
// YAML reader makes, so it is decoded and validated by the same code, and
// every position of it points at a cell of a sheet or a line of the table.
//
// A node read from such a source carries its origin in its Column: a
// negative Column encodes the origin's index and the column (OriginColumn),
// Line is the row. Nodes of the YAML text have Column ≥ 0. The positions
// of a period keep both alike, so a table of a hundred thousand rows costs
// no more than in YAML.

// Origin is a source of positions other than the data file's text: a
// worksheet of a workbook (File and Sheet), or a table file (File alone,
// whose positions are line and column like a text file's).
type Origin struct {
	File  string
	Sheet string
	// Blanks are the cells of a worksheet where values were left blank
	// (or could be written), by the value's data path within its record:
	// "occasion" for a column of a table sheet, "organisation.name" for a
	// row of a key/value sheet. A record missing a required value is
	// reported at that cell, by the name the clerk sees there.
	Blanks map[string]Blank
}

// Blank is where a value of a worksheet belongs: its cell, whose Row is 0
// in a table sheet (the row is the record's), and the name of its column
// or row as written there ("事由", "工会名称").
type Blank struct {
	Row, Col int
	Name     string
}

// blankAt is where the value at data path path, missing from the record
// read at line and column (encoded), belongs when the record comes from a
// worksheet with a cell for it, and the name of that cell's column or row;
// ok is false otherwise.
func blankAt(origins []Origin, line, column int, path string) (at Pos, name string, ok bool) {
	o, _, enc := decodeColumn(column)
	if !enc || o >= len(origins) || origins[o].Blanks == nil {
		return Pos{}, "", false
	}
	key := path
	if i := strings.LastIndex(path, "]."); i >= 0 {
		key = path[i+2:] // within the row's record
	}
	b, ok := origins[o].Blanks[key]
	if !ok {
		return Pos{}, "", false
	}
	row := b.Row
	if row == 0 {
		row = line
	}
	return Pos{File: origins[o].File, Sheet: origins[o].Sheet, Line: row, Col: b.Col}, b.Name, true
}

// cellFor is where the value at data path path belongs in a worksheet (see
// blankAt), written or not, and the name of its column or row there; ok
// is false when the record holding it was not read from a worksheet.
func (p *Period) cellFor(path string) (at Pos, name string, ok bool) {
	lc, found := p.pos.lookup(parentPath(path))
	if !found {
		return Pos{}, "", false
	}
	return blankAt(p.origins, lc.line, lc.col, path)
}

// originBits is how many bits of an encoded column hold the column.
const originBits = 20

// maxOrigins bounds the origins of one period (sheets of a workbook, table
// files), so an encoded column fits 31 bits.
const maxOrigins = 1 << (31 - originBits)

// MaxOrigins is how many origins (sheets and table files) one period can
// have.
const MaxOrigins = maxOrigins - 1

// OriginColumn encodes column col (from 1) of origin i (from 0) as the
// Column of a node: see Origin. A column too large to encode is kept as
// the largest that is.
func OriginColumn(i, col int) int {
	col = min(max(col, 1), 1<<originBits-1)
	return -(i<<originBits | col)
}

// decodeColumn splits an encoded column into its origin and column; ok is
// false for a column of the data file's text.
func decodeColumn(c int) (origin, col int, ok bool) {
	if c >= 0 {
		return 0, c, false
	}
	v := -c
	return v >> originBits, v & (1<<originBits - 1), true
}

// at is the position of line and column (encoded or not) in the period.
func (p *Period) at(line, col int) Pos {
	return posIn(p.File, p.origins, line, col)
}

// posIn is the position of line and column (encoded or not) in the file
// named file with the origins given.
func posIn(file string, origins []Origin, line, col int) Pos {
	if o, c, ok := decodeColumn(col); ok {
		if o < len(origins) {
			return Pos{File: origins[o].File, Sheet: origins[o].Sheet, Line: line, Col: c}
		}
		return Pos{File: file}
	}
	return Pos{File: file, Line: line, Col: col}
}

// Tree is a data file read by a Reader: the node tree a YAML data file
// would give, with the origins its encoded positions point at and the
// problems the reader found itself (a totals row that does not add up).
type Tree struct {
	Root    *yaml.Node // a mapping: the data file's top level
	Origins []Origin
	Errs    Errors
}

// Reader reads data that is not YAML or JSON.
type Reader interface {
	// Claims reports whether the file named name holding data is the
	// reader's (a workbook, or a binary or table format it can name in
	// its message), to be read by ReadFile instead of as YAML.
	Claims(name string, data []byte) bool
	// ReadFile reads a whole data file.
	ReadFile(name string, data []byte, lim Limits) (*Tree, error)
	// IsTable reports whether a file name names a table file (units.csv)
	// where a data file may give a list of records.
	IsTable(name string) bool
	// ReadTable reads the list of records at the data path (of type
	// list, a slice type) from the table file name, placing its positions
	// in origin: a sequence node of one mapping a record, and the
	// problems found.
	ReadTable(name string, data []byte, path string, list reflect.Type, origin int, lim Limits) (*yaml.Node, Errors, error)
}

// reader is the registered Reader, or nil.
var reader Reader

// RegisterReader makes r read the files YAML does not: internal/sheet
// registers itself when imported. It is called from an init function,
// before any file is read.
func RegisterReader(r Reader) { reader = r }

// Tables names files holding list sections of a data file, read into the
// period as if written in it: the data path of a top-level list ("units")
// to the file (units.csv), as `--units FILE` gives.
type Tables map[string]string

// parseTreeOf decodes a tree read by a Reader.
func parseTreeOf(name string, t *Tree, tables Tables, lim Limits) (decoded, error) {
	if t.Root == nil || t.Root.Kind != yaml.MappingNode {
		return decoded{}, Errors{{Pos: Pos{File: name}, Format: "文件里没有数据;可以用 zongjie init --xlsx 生成一份带说明的工作簿再填写"}}
	}
	if len(t.Origins) > maxOrigins {
		return decoded{}, Errors{{Pos: Pos{File: name}, Format: "工作表太多(%d 张,上限 %d 张);请删去不用的工作表", Args: []any{len(t.Origins), MaxOrigins}}}
	}
	p := &Period{File: name, origins: append([]Origin(nil), t.Origins...)}
	errs := &errorList{max: 1000}
	for _, e := range t.Errs {
		errs.add(e.Pos, e.Path, e.Format, e.Args...)
	}
	d := &decoder{file: name, pos: &p.pos, origins: &p.origins, errs: errs, limits: lim, tables: tables}
	return d.period(p, t.Root)
}
