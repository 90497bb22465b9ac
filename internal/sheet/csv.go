package sheet

import (
	"bytes"
	"encoding/csv"
	"errors"
	"io"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"zongjie/internal/record"
)

// A table file holds one list of records: a header row of column names
// and a row a record, as the table sheets of a workbook (units.csv). It
// may be UTF-8 (with or without a byte-order mark), GBK (as Chinese Excel
// and WPS save CSV), or UTF-16 (Excel's "Unicode 文本"); fields are
// separated by commas or tabs, whichever the header row uses.

// csvText returns a table file's bytes as UTF-8 text.
func csvText(name string, data []byte) ([]byte, error) {
	switch {
	case bytes.HasPrefix(data, []byte("\xff\xfe")), bytes.HasPrefix(data, []byte("\xfe\xff")):
		big := data[0] == 0xfe
		data = data[2:]
		u := make([]uint16, len(data)/2)
		for i := range u {
			if big {
				u[i] = uint16(data[2*i])<<8 | uint16(data[2*i+1])
			} else {
				u[i] = uint16(data[2*i+1])<<8 | uint16(data[2*i])
			}
		}
		var b bytes.Buffer
		for _, r := range utf16.Decode(u) {
			b.WriteRune(r)
		}
		return b.Bytes(), nil
	}
	return record.DecodeText(name, data)
}

// delimiter is the separator the first non-empty line uses most: a tab
// or a comma (outside quotes).
func delimiter(text []byte) rune {
	commas, tabs := 0, 0
	quoted := false
	for _, c := range text {
		switch {
		case c == '"':
			quoted = !quoted
		case quoted:
		case c == ',':
			commas++
		case c == '\t':
			tabs++
		case c == '\n' && commas+tabs > 0:
			if tabs > commas {
				return '\t'
			}
			return ','
		}
	}
	if tabs > commas {
		return '\t'
	}
	return ','
}

// readCSV streams the rows of a table file to fn.
func readCSV(name string, data []byte, fn func(*xrow) bool) error {
	text, err := csvText(name, data)
	if err != nil {
		return err
	}
	text = bytes.TrimPrefix(text, []byte("\xef\xbb\xbf"))
	var starts []int // byte offset of each line
	starts = append(starts, 0)
	for i, c := range text {
		if c == '\n' {
			starts = append(starts, i+1)
		}
	}
	r := csv.NewReader(bytes.NewReader(text))
	r.Comma = delimiter(text)
	r.FieldsPerRecord = -1
	r.LazyQuotes = true
	r.ReuseRecord = true
	row := &xrow{}
	for {
		fields, err := r.Read()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			var pe *csv.ParseError
			line, col := 0, 0
			if errors.As(err, &pe) {
				line, col = pe.Line, pe.Column
			}
			return record.Errors{{Pos: record.Pos{File: name, Line: line, Col: col}, Format: "表格文件的格式有误(引号没有配对?);请用 Excel 或 WPS 打开后重新“另存为”CSV"}}
		}
		row.cells = row.cells[:0]
		line := 0
		for i, f := range fields {
			l, c := r.FieldPos(i)
			if i == 0 {
				line = l
			}
			f = strings.TrimSpace(f)
			if f == "" {
				continue
			}
			pcol := c
			if l-1 < len(starts) {
				s := starts[l-1]
				if e := s + c - 1; e <= len(text) && e >= s {
					pcol = utf8.RuneCount(text[s:e]) + 1
				}
			}
			row.cells = append(row.cells, xcell{col: i + 1, pcol: pcol, kind: cellText, text: f})
		}
		row.num = line
		if len(row.cells) > 0 && !fn(row) {
			return nil
		}
	}
}
