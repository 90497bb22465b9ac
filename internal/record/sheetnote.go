package record

import (
	"reflect"
	"regexp"
	"strings"
)

// SheetNote is StarterNote for a workbook, in its words (SheetWords).
func SheetNote(path, sector string) (note, example string, ok bool) {
	note, example, ok = StarterNote(path, sector)
	return SheetWords(note, path), example, ok
}

// SheetWords rewrites a note on the field or list at path for a workbook:
// the data keys it names for the YAML file's reader ("须在 groups 中列出",
// "按 measure 计", "写那一批次的 occasion") become the Chinese names the
// workbook's columns carry (“分组”, “计量”, “事由”), and advice that only a
// YAML file can take (columns + rows) is left out. A key is looked up
// among the fields under path, then under each of its parents up to the
// top. Dotted paths (units.kind, a figure's id as membership.rate) and a
// command's words (zongjie help settings) are left as written.
func SheetWords(text, path string) string {
	for _, yamlOnly := range []string{",可写成 columns + rows 的表格形式"} {
		text = strings.ReplaceAll(text, yamlOnly, "")
	}
	var b strings.Builder
	last := 0
	for _, m := range dataKey.FindAllStringIndex(text, -1) {
		key := text[m[0]:m[1]]
		before := text[:m[0]]
		if strings.HasSuffix(before, ".") || m[1] < len(text) && text[m[1]] == '.' || strings.HasSuffix(before, "help ") || strings.HasSuffix(before, "zongjie ") {
			continue
		}
		cn, ok := nameUnder(path, key)
		if !ok {
			continue
		}
		b.WriteString(strings.TrimSuffix(text[last:m[0]], " "))
		b.WriteString("“" + cn + "”")
		last = m[1]
		if last < len(text) && text[last] == ' ' {
			last++
		}
	}
	b.WriteString(text[last:])
	return b.String()
}

// dataKey matches a data key as a note writes it: measure, stated_persons.
var dataKey = regexp.MustCompile(`[a-z][a-z_]*`)

// nameUnder returns the Chinese name of the field key of the record at
// path or of one of its parents, the nearest first.
func nameUnder(path, key string) (string, bool) {
	for base := path; ; base = base[:max(0, strings.LastIndexByte(base, '.'))] {
		full := key
		if base != "" {
			full = base + "." + key
		}
		if cn, ok := keyName(full); ok {
			return cn, true
		}
		if base == "" {
			return "", false
		}
	}
}

// keyName returns the Chinese name of the field at a data path, through
// lists ("relief.batches.measure" is a batch's measure).
func keyName(path string) (string, bool) {
	t := reflect.TypeOf(Period{})
	cn := ""
	for _, key := range strings.Split(path, ".") {
		t = recordType(t)
		if !isRecord(t) {
			return "", false
		}
		fs := fieldsOf(t)
		fi := fieldIndex(fs, key)
		if fi < 0 || fs[fi].key != key || fs[fi].cn == "" {
			return "", false
		}
		cn = fs[fi].cn
		t = t.Field(fs[fi].index).Type
	}
	return cn, true
}

// recordType is t without pointers and slices.
func recordType(t reflect.Type) reflect.Type {
	for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice {
		t = t.Elem()
	}
	return t
}
