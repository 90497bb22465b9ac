package record

import (
	"path/filepath"
	"reflect"
	"strings"

	"gopkg.in/yaml.v3"
)

// readTables reads the list sections the command line gives files for
// (Tables) into the period v, whose fields are fields; n is the data
// file's top level, where a problem with a table's file is reported.
func (d *decoder) readTables(n *yaml.Node, v reflect.Value, fields []field) {
	keys := make([]string, 0, len(d.tables))
	for k := range d.tables {
		keys = append(keys, k)
	}
	sortStrings(keys)
	for _, key := range keys {
		fi := fieldIndex(fields, key)
		f := v.Field(fields[max(fi, 0)].index)
		if fi < 0 || f.Kind() != reflect.Slice || !isRecord(f.Type().Elem()) {
			d.errs.add(Pos{File: d.tables[key]}, key, "“%s”不是一张表,不能从文件读入", clip(key))
			continue
		}
		d.readTable(nil, f, pathOf(key), d.tables[key], false)
	}
}

// readTable reads the table file name into the list v at path: named at n
// by the data file (relative to its folder), or given on the command line
// (n is nil).
func (d *decoder) readTable(n *yaml.Node, v reflect.Value, path dpath, name string, named bool) {
	if reader == nil {
		d.errorf(n, path.String(), "这里应当是列表(每项以 - 开头),却写成了%s", kindName(n))
		return
	}
	file := name
	if named {
		if filepath.IsAbs(name) || strings.HasPrefix(filepath.ToSlash(filepath.Clean(name)), "../") || filepath.Clean(name) == ".." {
			d.errorf(n, path.String(), "表格文件“%s”要和数据文件放在同一个文件夹(或其下的文件夹)里,写相对的文件名,如 单位.csv", clip(name))
			return
		}
		file = filepath.Join(filepath.Dir(d.file), name)
	}
	if d.origins == nil || len(*d.origins) >= maxOrigins {
		d.errorf(n, path.String(), "表格文件太多,最多 %d 个", MaxOrigins)
		return
	}
	data, err := readData(file, d.limits)
	if err != nil {
		d.tableError(n, path, err)
		return
	}
	*d.origins = append(*d.origins, Origin{File: file})
	list, errs, err := reader.ReadTable(file, data, path.String(), v.Type(), len(*d.origins)-1, d.limits)
	if err != nil {
		d.tableError(n, path, err)
		return
	}
	for _, e := range errs {
		d.errs.add(e.Pos, e.Path, e.Format, e.Args...)
	}
	if list != nil {
		d.decode(list, v, path, 1)
	}
}

// tableError reports a table file that could not be read: at the place
// of the data file naming it, or as the table file's own problem.
func (d *decoder) tableError(n *yaml.Node, path dpath, err error) {
	es, ok := err.(Errors)
	if !ok || len(es) == 0 {
		d.errorf(n, path.String(), "无法读取表格文件:%v", err)
		return
	}
	for _, e := range es {
		if n != nil && !e.Pos.IsValid() {
			d.errorf(n, path.String(), "表格文件 %s:%s", e.Pos.File, e.Msg())
			continue
		}
		p := e.Path
		if p == "" {
			p = path.String()
		}
		d.errs.add(e.Pos, p, e.Format, e.Args...)
	}
}

// sortStrings sorts a few strings in place.
func sortStrings(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}
