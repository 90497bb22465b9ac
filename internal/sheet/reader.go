package sheet

import (
	"bytes"
	"path/filepath"
	"reflect"
	"strings"

	"gopkg.in/yaml.v3"

	"zongjie/internal/record"
)

// init makes the record package read workbooks and table files:
// record.Load of a .xlsx file, `units: 单位.csv` in a data file, and
// `--units FILE`.
func init() { record.RegisterReader(reader{}) }

// reader is the record.Reader of workbooks and table files.
type reader struct{}

// spreadsheetExts are the file name extensions of spreadsheets, read (or
// explained) here rather than as YAML.
var spreadsheetExts = map[string]bool{".xlsx": true, ".xlsm": true, ".xltx": true, ".xltm": true, ".xls": true, ".xlsb": true,
	".et": true, ".ett": true, ".numbers": true, ".ods": true, ".csv": true, ".tsv": true}

// tableExts are the extensions of table files.
var tableExts = map[string]bool{".csv": true, ".tsv": true, ".txt": true}

func (reader) Claims(name string, data []byte) bool {
	return bytes.HasPrefix(data, zipMagic) || bytes.HasPrefix(data, oleMagic) || bytes.HasPrefix(data, []byte("PK\x05\x06")) ||
		spreadsheetExts[strings.ToLower(filepath.Ext(name))]
}

func (reader) ReadFile(name string, data []byte, lim record.Limits) (*record.Tree, error) {
	if ext := strings.ToLower(filepath.Ext(name)); ext == ".csv" || ext == ".tsv" {
		return nil, fileErr(name, "CSV 文件只能放一张表(如单位表),放不下工会名称、年度等其他内容;请在数据文件(.yaml 或 .xlsx)中写 units: %s,或用 --units %s 与数据文件一起给出",
			filepath.Base(name), name)
	}
	return readWorkbook(name, data, lim)
}

func (reader) IsTable(name string) bool {
	return tableExts[strings.ToLower(filepath.Ext(name))] && !strings.ContainsAny(name, "\n\r")
}

func (reader) ReadTable(name string, data []byte, path string, list reflect.Type, origin int, lim record.Limits) (*yaml.Node, record.Errors, error) {
	t := tableOf(path, list)
	if t == nil {
		return nil, nil, fileErr(name, "“%s”不能从表格文件读入", path)
	}
	b := newBuilder(name, nil, lim)
	b.origins = make([]record.Origin, origin+1)
	b.origins[origin] = record.Origin{File: name}
	flat := *t
	flat.parent, flat.children = nil, nil
	s := b.tableSheet(origin, &flat)
	err := readCSV(name, data, func(r *xrow) bool {
		s.row(r)
		return s.state != stateDone && !b.stopped
	})
	if err != nil {
		return nil, nil, err
	}
	s.end()
	if b.stopped {
		return nil, nil, b.errs
	}
	out := b.forms[&flat]
	if out == nil {
		out = &yaml.Node{Kind: yaml.SequenceNode, Line: 1, Column: record.OriginColumn(origin, 1)}
	}
	return out, b.errs, nil
}

// tableOf is the table of the list at a data path ("units",
// "charity[0].participation"), or of the first list of its type.
func tableOf(path string, list reflect.Type) *table {
	var b strings.Builder
	depth := 0
	for _, r := range path {
		switch {
		case r == '[':
			depth++
		case r == ']':
			depth--
		case depth == 0:
			b.WriteRune(r)
		}
	}
	l := theLayout()
	for _, t := range l.tables {
		if t.path == b.String() {
			return t
		}
	}
	for _, t := range l.tables {
		if reflect.SliceOf(t.elem) == list || reflect.SliceOf(reflect.PointerTo(t.elem)) == list {
			return t
		}
	}
	return nil
}
