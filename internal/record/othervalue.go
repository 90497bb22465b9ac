package record

import (
	"reflect"
	"strings"
)

// otherValue names another value in a message about this one, with its
// value: by its data path in a text file, where the clerk writes the keys
// ("membership.members(20)"); by its Chinese name and cell in a worksheet,
// where the clerk sees those ("会员数(20,在 基本情况!B9)").
func (v *validator) otherValue(path, value string) string {
	lc, ok := v.p.pos.lookup(path)
	if !ok {
		return path + "(" + value + ")"
	}
	pos := v.p.at(lc.line, lc.col)
	if pos.Sheet == "" {
		return path + "(" + value + ")"
	}
	return cnName(path) + "(" + value + ",在 " + SheetRef(pos.Sheet) + "!" + pos.Cell() + ")"
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
