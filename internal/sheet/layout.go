package sheet

import (
	"reflect"
	"strings"
	"sync"
)

// The workbook's layout is made from the record types' struct tags alone,
// so a field added to a record type appears in the workbook, and is read
// from it, without a change here:
//
//   - Every top-level section that is a record (organisation, membership,
//     finance …) is a block of 基本情况, a key/value sheet: a row naming
//     the section, then one row a value, its key in column A (the field's
//     Chinese key, "委员会/届次" for a field of a nested record) and its
//     value in column B. The text section is the key/value sheet 文字材料.
//   - Every list of records, at any depth, is a table sheet: one row a
//     record, one column a value, headed by the field's Chinese key (the
//     same columns as the YAML `columns:` table form). A list inside a
//     record of another list (an activity's results) is a sheet of its
//     own whose 所属… column names the record it belongs to.
//   - In a row, a nested record's fields are columns "个人榜首/姓名"
//     (or a merged header 个人榜首 over 姓名); a list of words (names,
//     work items) is one word a cell, down the rows below; a map (a unit's
//     other figures) is one column a key, "其他指标/产值".

// leafKind says how a leaf's value is written.
type leafKind int

const (
	leafValue   leafKind = iota // one value in one cell
	leafStrings                 // a list of words: one a cell, down the rows
	leafMap                     // a map: one column (or row) a key
)

// leaf is one value of a record: a column of a table sheet, a row of a
// key/value sheet.
type leaf struct {
	path []fieldInfo // the fields from the record to the value
	kind leafKind
}

// field is the leaf's own field.
func (l *leaf) field() fieldInfo { return l.path[len(l.path)-1] }

// header is the leaf's name in the workbook: "职工人数", "个人榜首/姓名".
func (l *leaf) header() string {
	parts := make([]string, len(l.path))
	for i, f := range l.path {
		parts[i] = f.name()
	}
	return strings.Join(parts, "/")
}

// valueType is the type of one value of the leaf: of an item of a list of
// words, of a value of a map.
func (l *leaf) valueType() reflect.Type {
	t := elem(l.field().typ)
	if l.kind != leafValue {
		t = elem(t.Elem())
	}
	return t
}

// dataPath is the leaf's data path in its record: "top_individual.names".
func (l *leaf) dataPath() string {
	keys := make([]string, len(l.path))
	for i, f := range l.path {
		keys[i] = f.key
	}
	return strings.Join(keys, ".")
}

// table is a sheet holding one list of records.
type table struct {
	name string // the sheet's name
	path string // the list's data path without indices: "relief.batches"
	// via are the fields from the record holding the list (the period, a
	// section, or a record of parent) to the list.
	via      []fieldInfo
	elem     reflect.Type
	leaves   []*leaf
	children []*table
	parent   *table
	// label is the index in elem's fields of the field naming a record
	// (name, occasion, title …), or -1.
	label int
}

// parentHeader is the header of the column of a child table naming the
// record of the parent it belongs to: "所属活动".
func (t *table) parentHeader() string { return "所属" + t.parent.name }

// section is a top-level record of the period, a block of a key/value
// sheet.
type section struct {
	field  fieldInfo
	sheet  string // 基本情况 or 文字材料
	leaves []*leaf
}

// layout is the whole workbook.
type layout struct {
	sections []*section
	tables   []*table // parents before their children
}

// Sheet names.
const (
	sheetBasic = "基本情况"
	sheetText  = "文字材料"
	sheetHelp  = "说明"
	sheetLists = "选项" // hidden: the drop-down lists
)

// tableNames are the sheet names that are not made from the Chinese keys:
// the names a union office uses.
var tableNames = map[string]string{
	"units":          "单位",
	"honours":        "荣誉",
	"relief.batches": "慰问帮扶",
	"text.plan":      "下一期工作",
}

// labelKeys are the keys naming a record, in the order tried (as the
// record package names a row in its messages).
var labelKeys = []string{"name", "occasion", "title", "label", "award", "item", "category", "kind", "metric", "who", "with", "heading"}

var theLayout = sync.OnceValue(buildLayout)

func buildLayout() *layout {
	l := &layout{}
	for _, f := range fieldsOf(typePeriod) {
		switch {
		case isList(f.typ):
			name := f.name()
			if n, ok := tableNames[f.key]; ok {
				name = n
			}
			l.addTable(name, f.key, []fieldInfo{f}, nil)
		case isRecord(f.typ):
			s := &section{field: f, sheet: sheetBasic}
			if f.key == "text" {
				s.sheet = sheetText
			}
			leaves, lists := leavesOf(elem(f.typ), nil)
			s.leaves = leaves
			l.sections = append(l.sections, s)
			for _, via := range lists {
				path := f.key + "." + keysOf(via)
				name, ok := tableNames[path]
				if !ok {
					name = f.name() + "-" + namesOf(via)
				}
				l.addTable(name, path, via, nil)
			}
		}
	}
	return l
}

// addTable adds the table of the list reached through via, and its
// children.
func (l *layout) addTable(name, path string, via []fieldInfo, parent *table) {
	t := &table{name: name, path: path, via: via, elem: elem(via[len(via)-1].typ.Elem()), parent: parent, label: -1}
	leaves, lists := leavesOf(t.elem, nil)
	t.leaves = leaves
	fs := fieldsOf(t.elem)
	for _, k := range labelKeys {
		if i := fieldIndexByKey(fs, k); i >= 0 && elem(fs[i].typ).Kind() == reflect.String {
			t.label = i
			break
		}
	}
	if parent != nil {
		parent.children = append(parent.children, t)
	}
	l.tables = append(l.tables, t)
	for _, v := range lists {
		l.addTable(name+"-"+namesOf(v), path+"."+keysOf(v), v, t)
	}
}

// leavesOf lists the leaves of a record type, with prefix before their
// paths, and the lists of records in it (by the fields leading to each).
func leavesOf(t reflect.Type, prefix []fieldInfo) (leaves []*leaf, lists [][]fieldInfo) {
	for _, f := range fieldsOf(t) {
		path := append(append([]fieldInfo(nil), prefix...), f)
		ft := elem(f.typ)
		switch {
		case isList(ft):
			lists = append(lists, path)
		case ft.Kind() == reflect.Slice:
			leaves = append(leaves, &leaf{path: path, kind: leafStrings})
		case ft.Kind() == reflect.Map:
			leaves = append(leaves, &leaf{path: path, kind: leafMap})
		case isRecord(ft):
			l, ls := leavesOf(ft, path)
			leaves = append(leaves, l...)
			lists = append(lists, ls...)
		default:
			leaves = append(leaves, &leaf{path: path, kind: leafValue})
		}
	}
	return leaves, lists
}

func keysOf(fs []fieldInfo) string {
	k := make([]string, len(fs))
	for i, f := range fs {
		k[i] = f.key
	}
	return strings.Join(k, ".")
}

func namesOf(fs []fieldInfo) string {
	k := make([]string, len(fs))
	for i, f := range fs {
		k[i] = f.name()
	}
	return strings.Join(k, "-")
}

func fieldIndexByKey(fs []fieldInfo, key string) int {
	for i, f := range fs {
		if f.key == key {
			return i
		}
	}
	return -1
}

// tableFor finds the table a sheet's name names: its own name, its data
// path, or for a list of the period its Chinese or data key.
func (l *layout) tableFor(name string) *table {
	n := normalName(name)
	for _, t := range l.tables {
		if n == normalName(t.name) || n == t.path {
			return t
		}
	}
	for _, t := range l.tables {
		if len(t.via) == 1 && t.parent == nil && t.via[0].match(n) {
			return t
		}
	}
	return nil
}

// sectionsFor finds the sections a key/value sheet's name names: 基本情况
// (every section but the text), 文字材料, or one section by its Chinese or
// data key.
func (l *layout) sectionsFor(name string) []*section {
	n := normalName(name)
	var out []*section
	for _, s := range l.sections {
		if n == s.sheet || s.field.match(n) {
			out = append(out, s)
		}
	}
	return out
}
