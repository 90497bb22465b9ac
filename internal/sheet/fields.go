package sheet

import (
	"reflect"
	"strings"
	"sync"

	"zongjie/internal/num"
	"zongjie/internal/record"
)

// fieldInfo is one data key of a record type, from its struct tags: the
// data key (yaml), the Chinese key a clerk may write instead (cn), the
// description (zh) and the flags the reader needs.
type fieldInfo struct {
	key, cn, zh string
	index       int
	typ         reflect.Type // the field's type as declared
	required    bool
	exact       bool // a figure that may not be approximate
	rate        bool // a rate in percent
	owner       string
}

var (
	typeMoney   = reflect.TypeOf(num.Money(0))
	typeDecimal = reflect.TypeOf(num.Decimal{})
	typeDate    = reflect.TypeOf(record.Date{})
	typeSpan    = reflect.TypeOf(record.Span{})
	typePeriod  = reflect.TypeOf(record.Period{})
)

var fieldCache sync.Map // reflect.Type -> []fieldInfo

// fieldsOf lists the data keys of a struct type in declaration order.
func fieldsOf(t reflect.Type) []fieldInfo {
	if fs, ok := fieldCache.Load(t); ok {
		return fs.([]fieldInfo)
	}
	fs := readFields(t)
	fieldCache.Store(t, fs)
	return fs
}

// readFields reads a struct type's tags.
func readFields(t reflect.Type) []fieldInfo {
	var fs []fieldInfo
	for i := 0; i < t.NumField(); i++ {
		sf := t.Field(i)
		key := sf.Tag.Get("yaml")
		if key == "" || key == "-" || !sf.IsExported() {
			continue
		}
		fs = append(fs, fieldInfo{key: key, cn: sf.Tag.Get("cn"), zh: sf.Tag.Get("zh"), index: i, typ: sf.Type,
			required: sf.Tag.Get("required") == "true", exact: sf.Tag.Get("exact") == "true",
			rate: sf.Tag.Get("rate") == "true", owner: t.Name()})
	}
	return fs
}

// name is how the workbook names the field: its Chinese key, or its data
// key when it has none.
func (f fieldInfo) name() string {
	if f.cn != "" {
		return f.cn
	}
	return f.key
}

// elem is t without pointers.
func elem(t reflect.Type) reflect.Type {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	return t
}

// isScalar reports whether values of t are written as one value: text, a
// number, a date, a time span, yes or no.
func isScalar(t reflect.Type) bool {
	t = elem(t)
	switch {
	case t == typeMoney, t == typeDecimal, t == typeDate, t == typeSpan:
		return true
	}
	switch t.Kind() {
	case reflect.String, reflect.Int64, reflect.Bool:
		return true
	}
	return false
}

// isRecord reports whether t is a record type (a struct with data keys).
func isRecord(t reflect.Type) bool {
	t = elem(t)
	return t.Kind() == reflect.Struct && !isScalar(t)
}

// isList reports whether t is a list of records.
func isList(t reflect.Type) bool {
	return t.Kind() == reflect.Slice && isRecord(t.Elem())
}

// isFigure reports whether t holds a number: a count, an amount or a
// decimal.
func isFigure(t reflect.Type) bool {
	t = elem(t)
	return t == typeMoney || t == typeDecimal || t.Kind() == reflect.Int64
}

// match reports whether a name written in a workbook (a header, a key)
// names f: its data key or its Chinese key, ignoring spaces and case.
func (f fieldInfo) match(name string) bool {
	return name == f.key || (f.cn != "" && name == f.cn) || strings.EqualFold(name, f.key)
}
