package report

import (
	"reflect"

	"zongjie/internal/num"
	"zongjie/internal/record"
)

// view is what a template sees of the records: every record struct becomes a
// map keyed by its Go field name (so {{.Membership.Staff}} reads as in
// internal/record/types.go, and a misspelt name is an error naming the key),
// every value becomes one of the printing types of values.go, and a struct
// that was not recorded becomes a map whose values are all missing. Every
// struct map has OK: true when the struct was recorded.
type view = map[string]any

var (
	typeDate    = reflect.TypeFor[record.Date]()
	typeMoney   = reflect.TypeFor[num.Money]()
	typeDecimal = reflect.TypeFor[num.Decimal]()
)

// viewOf converts a record value into its template view.
func viewOf(v reflect.Value) any {
	switch v.Type() {
	case typeDate:
		return Date{D: v.Interface().(record.Date)}
	case typeMoney:
		return Money{M: v.Interface().(num.Money), Valid: true}
	case typeDecimal:
		return Number{D: v.Interface().(num.Decimal), Valid: true}
	}
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			return missingOf(v.Type().Elem())
		}
		return viewOf(v.Elem())
	case reflect.String:
		return Text(v.String())
	case reflect.Int64, reflect.Int:
		return Count{N: v.Int(), Valid: true}
	case reflect.Bool:
		return Bool{B: v.Bool(), Valid: true}
	case reflect.Slice:
		if v.Type().Elem().Kind() == reflect.String {
			out := make([]Text, v.Len())
			for i := range out {
				out[i] = Text(v.Index(i).String())
			}
			return out
		}
		out := make([]any, v.Len())
		for i := range out {
			out[i] = viewOf(v.Index(i))
		}
		return out
	case reflect.Map:
		out := make(view, v.Len())
		it := v.MapRange()
		for it.Next() {
			out[it.Key().String()] = viewOf(it.Value())
		}
		return out
	case reflect.Struct:
		fs := viewFields(v.Type())
		out := make(view, len(fs)+1)
		for _, f := range fs {
			out[f.name] = viewOf(v.Field(f.index))
		}
		out["OK"] = true
		return out
	}
	return Text("")
}

// viewField is a field of a record struct that templates see.
type viewField struct {
	name  string // the Go field name, the template's key
	index int
}

// viewFieldCache holds the template fields of every record type, from
// viewTable, which TestViewTable derives by reflection and rewrites with
// -update: working them out as a process starts took a quarter of a
// millisecond of every run. It is only read, by concurrent compositions
// too.
var viewFieldCache = indexViews(viewTable)

// viewType is a struct type and the fields of it that templates see.
type viewType struct {
	t      reflect.Type
	fields []viewField
}

func indexViews(table []viewType) map[reflect.Type][]viewField {
	m := make(map[reflect.Type][]viewField, len(table))
	for _, v := range table {
		m[v.t] = v.fields
	}
	return m
}

// viewFields lists the fields of struct type t that templates see: the
// exported ones not tagged yaml:"-".
func viewFields(t reflect.Type) []viewField {
	if fs, ok := viewFieldCache[t]; ok {
		return fs
	}
	return tagViewFields(t)
}

// tagViewFields lists the fields of struct type t that templates see, by
// reflection: for a type outside viewTable, and for TestViewTable.
func tagViewFields(t reflect.Type) []viewField {
	var fs []viewField
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if f.IsExported() && f.Tag.Get("yaml") != "-" {
			fs = append(fs, viewField{f.Name, i})
		}
	}
	return fs
}

// missingOf is the view of a value of type t that was not recorded.
func missingOf(t reflect.Type) any {
	switch t {
	case typeMoney:
		return Money{}
	case typeDecimal:
		return Number{}
	case typeDate:
		return Date{}
	}
	switch t.Kind() {
	case reflect.Int64, reflect.Int:
		return Count{}
	case reflect.Bool:
		return Bool{}
	case reflect.String:
		return Text("")
	case reflect.Struct:
		out := make(view, t.NumField()+1)
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			if !f.IsExported() || f.Tag.Get("yaml") == "-" {
				continue
			}
			out[f.Name] = missingOf(f.Type)
		}
		out["OK"] = false
		return out
	case reflect.Slice:
		if t.Elem().Kind() == reflect.String {
			return []Text(nil)
		}
		return []any(nil)
	case reflect.Map:
		return view{}
	case reflect.Pointer:
		return missingOf(t.Elem())
	}
	return Text("")
}

// periodView is the view of one period's records, without Units unless
// units is set. The period (field When) is also .Period, with its wording
// added: Label ("2013年", "2014年上半年"), Part (全年 when not written),
// IsYear and IsHalf.
func periodView(p *record.Period, units bool) view {
	rv := reflect.ValueOf(p).Elem()
	fs := viewFields(rv.Type())
	v := make(view, len(fs)+2)
	for _, f := range fs {
		if f.name != "Units" || units {
			v[f.name] = viewOf(rv.Field(f.index))
		}
	}
	v["OK"] = true
	pv := v["When"].(view)
	v["Period"] = pv
	pv["Label"] = Text(p.When.Label())
	part := p.When.Part
	if part == "" {
		part = record.PartYear
	}
	pv["Part"] = Text(part)
	pv["IsYear"] = part == record.PartYear
	pv["IsHalf"] = part == record.PartFirstHalf || part == record.PartSecondHalf
	return v
}
