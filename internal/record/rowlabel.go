package record

import (
	"reflect"
	"strconv"
	"strings"
)

// labelKeys are the keys whose value names a record of a list, in the
// order they are tried: a unit's name, a relief batch's occasion, an
// honour's title …
var labelKeys = []string{"name", "occasion", "title", "label", "award", "item", "category", "kind", "metric", "who", "with", "heading"}

// labelRows names, in each problem whose path goes through a record of a
// list ("units[3].staff"), that record by its name (Error.Row), so a
// message need not be read by a 0-based index.
func (p *Period) labelRows(es Errors) {
	for _, e := range es {
		if e.Row == "" && strings.Contains(e.Path, "[") {
			e.Row, e.rowAt = p.rowLabel(e.Path)
		}
	}
}

// rowLabel returns the name of the innermost named record the path goes
// through, or "", and where in path that record's index ends.
func (p *Period) rowLabel(full string) (label string, at int) {
	v := reflect.ValueOf(p).Elem()
	path := full
	for path != "" {
		for v.Kind() == reflect.Pointer {
			if v.IsNil() {
				return label, at
			}
			v = v.Elem()
		}
		if path[0] == '.' {
			path = path[1:]
			continue
		}
		if path[0] == '[' {
			end := strings.IndexByte(path, ']')
			i, err := strconv.Atoi(path[1:max(end, 1)])
			if end < 0 || err != nil || v.Kind() != reflect.Slice || i < 0 || i >= v.Len() {
				return label, at
			}
			v = v.Index(i)
			path = path[end+1:]
			if l := recordLabel(v); l != "" {
				label, at = l, len(full)-len(path)
			}
			continue
		}
		end := strings.IndexAny(path, ".[")
		if end < 0 {
			end = len(path)
		}
		if v.Kind() != reflect.Struct || !isRecord(v.Type()) {
			return label, at
		}
		fs := fieldsOf(v.Type())
		fi := inputField(fs, path[:end])
		if fi < 0 {
			return label, at
		}
		v = v.Field(fs[fi].index)
		path = path[end:]
	}
	return label, at
}

// recordLabel returns the value of a record's first non-empty label key;
// a target's metric by its Chinese name (入会率, not membership.rate), as
// the workbook's drop-down list shows it.
func recordLabel(v reflect.Value) string {
	if v.Kind() != reflect.Struct || !isRecord(v.Type()) {
		return ""
	}
	fs := fieldsOf(v.Type())
	for _, k := range labelKeys {
		if fi := fieldIndex(fs, k); fi >= 0 {
			if f := v.Field(fs[fi].index); f.Kind() == reflect.String && f.String() != "" {
				if m, ok := LookupMetric(f.String()); ok && k == "metric" {
					return m.Name
				}
				return f.String()
			}
		}
	}
	return ""
}
