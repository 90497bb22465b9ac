package record

import (
	"reflect"
	"strconv"
	"strings"
)

// otherValue names another value in a message about this one, with its
// value and where it was written: by its Chinese name, as the clerk knows
// it, and its line in a text file ("收到提案数(70,第85行)"), or its cell
// in a worksheet ("会员数(20,在 基本情况!B9)"). A value in another file
// than the value at from, the one the message is about (a units table
// beside the data file), names that file; one whose place is unknown,
// only its name and value.
func (v *validator) otherValue(from, path, value string) string {
	name := cnName(path)
	lc, ok := v.p.pos.lookup(path)
	if !ok {
		return name + "(" + value + ")"
	}
	pos := v.p.at(lc.line, lc.col)
	switch {
	case pos.Sheet != "":
		return name + "(" + value + ",在 " + SheetRef(pos.Sheet) + "!" + pos.Cell() + ")"
	case pos.Line <= 0:
		return name + "(" + value + ")"
	case pos.File != v.p.Pos(from).File:
		return name + "(" + value + ",在 " + pos.File + " 第" + strconv.Itoa(pos.Line) + "行)"
	}
	return name + "(" + value + ",第" + strconv.Itoa(pos.Line) + "行)"
}

// cnName is the Chinese key of the field at a data path
// ("membership.members" → "会员数"), or the path when a key is unknown.
func cnName(path string) string {
	t := reflect.TypeFor[Period]()
	name := path
	for _, seg := range strings.Split(path, ".") {
		if i := strings.IndexByte(seg, '['); i >= 0 {
			seg = seg[:i]
		}
		for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice {
			t = t.Elem()
		}
		if t.Kind() != reflect.Struct {
			return path
		}
		f, ok := findField(fieldsOf(t), seg)
		if !ok {
			return path
		}
		name, t = f.cn, t.Field(f.index).Type
	}
	return name
}
