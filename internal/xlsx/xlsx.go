// Package xlsx writes Office Open XML workbooks (.xlsx): sheets of numbers
// and text, cell styles, column widths, frozen panes, hidden sheets and
// data validation (drop-down lists, number and date ranges, input prompts),
// which is what zongjie's fill-in workbooks and the workbook behind a DOCX
// chart need.
//
// It replaced github.com/xuri/excelize/v2 in the program (the tests still
// open our workbooks with excelize, as a second reader): excelize's package
// initialisation compiles its formula engine's regular expressions and
// builds its number-format tables, about 13 ms and 21 000 allocations at
// the start of every zongjie process, whatever the command; writing the
// few parts we use takes a few hundred lines. Output is deterministic: the
// same calls give the same bytes.
package xlsx

import (
	"fmt"
	"sort"
)

// Workbook is a workbook being built. The zero value is not usable; call
// New.
type Workbook struct {
	sheets []*Sheet
	styles []Style // styles[i] is style id i+1; id 0 is the default
	props  Props
	active int
}

// Props are the document properties (docProps/core.xml). Created and
// Modified are W3CDTF dates ("2006-09-16T00:00:00Z"); fixed dates keep
// the output the same for the same input.
type Props struct {
	Title, Creator, LastModifiedBy string
	Created, Modified              string
}

// New returns an empty workbook.
func New() *Workbook { return &Workbook{} }

// SetProps sets the document properties.
func (b *Workbook) SetProps(p Props) { b.props = p }

// AddSheet appends a sheet named name and returns it. Excel limits a name
// to 31 characters and forbids : \ / ? * [ ]; AddSheet reports such a name
// and a name used twice.
func (b *Workbook) AddSheet(name string) (*Sheet, error) {
	if err := checkSheetName(name); err != nil {
		return nil, err
	}
	for _, s := range b.sheets {
		if s.Name == name {
			return nil, fmt.Errorf("xlsx: sheet %q twice", name)
		}
	}
	s := &Sheet{Name: name, rows: map[int]map[int]cell{}, widths: map[int]float64{}, heights: map[int]float64{}}
	b.sheets = append(b.sheets, s)
	return s, nil
}

// Sheet returns the sheet named name, or nil.
func (b *Workbook) Sheet(name string) *Sheet {
	for _, s := range b.sheets {
		if s.Name == name {
			return s
		}
	}
	return nil
}

// SetActive makes the sheet named name the one a spreadsheet opens on.
func (b *Workbook) SetActive(name string) {
	for i, s := range b.sheets {
		if s.Name == name {
			b.active = i
		}
	}
}

// AddStyle registers a cell style and returns its id for Sheet.Set*. The
// same style twice gives the same id.
func (b *Workbook) AddStyle(st Style) int {
	for i, s := range b.styles {
		if s == st {
			return i + 1
		}
	}
	b.styles = append(b.styles, st)
	return len(b.styles)
}

// Sheet is one worksheet.
type Sheet struct {
	// Name is the sheet's tab name.
	Name string
	// Hidden hides the sheet's tab (a sheet of drop-down choices).
	Hidden bool

	rows        map[int]map[int]cell // row → column → cell, both from 1
	widths      map[int]float64      // column → width in characters
	heights     map[int]float64      // row → height in points
	frozenCols  int
	frozenRows  int
	validations []Validation
}

// cell is one cell's content: a number written as its text, or a string.
type cell struct {
	number string
	text   string
	isText bool
	style  int
}

// SetNumber puts a number, written as Excel stores it ("1761", "767.13",
// "-0.5"), into the cell at col, row (both from 1) with a style (0 for
// none).
func (s *Sheet) SetNumber(col, row int, number string, style int) {
	s.put(col, row, cell{number: number, style: style})
}

// SetText puts text into the cell at col, row with a style (0 for none).
func (s *Sheet) SetText(col, row int, text string, style int) {
	s.put(col, row, cell{text: text, isText: true, style: style})
}

// SetStyle gives the cell at col, row a style, keeping its content.
func (s *Sheet) SetStyle(col, row, style int) {
	c := s.rows[row][col]
	c.style = style
	s.put(col, row, c)
}

func (s *Sheet) put(col, row int, c cell) {
	r := s.rows[row]
	if r == nil {
		r = map[int]cell{}
		s.rows[row] = r
	}
	r[col] = c
}

// SetColWidth sets a column's width, in characters of the default font.
func (s *Sheet) SetColWidth(col int, width float64) { s.widths[col] = width }

// SetRowHeight sets a row's height in points.
func (s *Sheet) SetRowHeight(row int, height float64) { s.heights[row] = height }

// Freeze keeps the first cols columns and rows rows in view while the rest
// scrolls.
func (s *Sheet) Freeze(cols, rows int) { s.frozenCols, s.frozenRows = cols, rows }

// AddValidation adds a data validation.
func (s *Sheet) AddValidation(v Validation) { s.validations = append(s.validations, v) }

// sortedKeys returns m's keys in order.
func sortedKeys[V any](m map[int]V) []int {
	keys := make([]int, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	return keys
}
