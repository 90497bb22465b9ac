// Package recordjson writes a record.Period back as a data file in JSON:
// the data keys of the record types, approximate figures as written
// (10万余元, 近200人), the units table as columns and rows. Reading the
// result with record.Parse gives the same records back, approximate
// figures included, with positions in the JSON. zongjie metrics --json
// embeds it, so that a metrics file carries the records it was computed
// from and a roll-up (internal/rollup) can read a child's metrics file as
// it reads the child's data file.
package recordjson

import (
	"bytes"
	"reflect"
	"sort"
	"strconv"

	"zongjie/internal/num"
	"zongjie/internal/record"
)

var (
	typeMoney   = reflect.TypeFor[num.Money]()
	typeDecimal = reflect.TypeFor[num.Decimal]()
	typeDate    = reflect.TypeFor[record.Date]()
	typeSpan    = reflect.TypeFor[record.Span]()
)

// Marshal returns p as a data file in compact JSON.
func Marshal(p *record.Period) []byte {
	w := &writer{p: p}
	w.b.Grow(4096 + 96*len(p.Units))
	w.record(reflect.ValueOf(p).Elem(), "")
	return w.b.Bytes()
}

// writer writes one period.
type writer struct {
	p *record.Period
	b bytes.Buffer
}

// record writes a record value at path as an object; it reports whether
// the object holds anything (an empty one is still written: the caller
// decides from empty whether to drop it).
func (w *writer) record(v reflect.Value, path string) {
	t := v.Type()
	w.b.WriteByte('{')
	n := 0
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		key := record.DataKey(f)
		if key == "" {
			continue
		}
		fv := v.Field(i)
		fp := record.JoinPath(path, key)
		if !w.has(fv, fp) {
			continue
		}
		if n > 0 {
			w.b.WriteByte(',')
		}
		n++
		w.str(key)
		w.b.WriteByte(':')
		if path == "" && key == "units" {
			w.table(fv, fp)
			continue
		}
		w.value(fv, fp)
	}
	w.b.WriteByte('}')
}

// has reports whether the value at path is given: a non-nil figure, an
// approximate figure, a non-empty text, list or record.
func (w *writer) has(v reflect.Value, path string) bool {
	if _, ok := w.p.Approx(path); ok {
		return true
	}
	switch v.Type() {
	case typeDate:
		return !v.Interface().(record.Date).IsZero()
	case typeSpan:
		return !v.Interface().(record.Span).IsZero()
	case typeMoney, typeDecimal:
		return true
	}
	switch v.Kind() {
	case reflect.Pointer:
		return !v.IsNil()
	case reflect.String, reflect.Slice, reflect.Map:
		return v.Len() > 0
	case reflect.Bool:
		return v.Bool()
	case reflect.Struct:
		t := v.Type()
		for i := 0; i < t.NumField(); i++ {
			if key := record.DataKey(t.Field(i)); key != "" && w.has(v.Field(i), record.JoinPath(path, key)) {
				return true
			}
		}
		return false
	}
	return true
}

// value writes the value at path.
func (w *writer) value(v reflect.Value, path string) {
	if a, ok := w.p.Approx(path); ok {
		w.str(a.String())
		return
	}
	switch v.Type() {
	case typeMoney:
		w.b.WriteString(v.Interface().(num.Money).String())
		return
	case typeDecimal:
		w.b.WriteString(v.Interface().(num.Decimal).String())
		return
	case typeDate:
		w.str(v.Interface().(record.Date).String())
		return
	case typeSpan:
		w.str(v.Interface().(record.Span).Text())
		return
	}
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			w.b.WriteString("null")
			return
		}
		w.value(v.Elem(), path)
	case reflect.Int64, reflect.Int:
		w.b.WriteString(strconv.FormatInt(v.Int(), 10))
	case reflect.Bool:
		w.b.WriteString(strconv.FormatBool(v.Bool()))
	case reflect.String:
		w.str(v.String())
	case reflect.Slice:
		w.b.WriteByte('[')
		for i := 0; i < v.Len(); i++ {
			if i > 0 {
				w.b.WriteByte(',')
			}
			w.value(v.Index(i), path+"["+strconv.Itoa(i)+"]")
		}
		w.b.WriteByte(']')
	case reflect.Map:
		keys := v.MapKeys()
		sort.Slice(keys, func(i, j int) bool { return keys[i].String() < keys[j].String() })
		w.b.WriteByte('{')
		for i, k := range keys {
			if i > 0 {
				w.b.WriteByte(',')
			}
			w.str(k.String())
			w.b.WriteByte(':')
			w.value(v.MapIndex(k), record.JoinPath(path, k.String()))
		}
		w.b.WriteByte('}')
	case reflect.Struct:
		w.record(v, path)
	default:
		w.b.WriteString("null")
	}
}

// table writes the units as columns and rows: a column for each field any
// unit gives, null where a unit gives none.
func (w *writer) table(v reflect.Value, path string) {
	t := v.Type().Elem()
	var cols []int
	var keys []string
	for i := 0; i < t.NumField(); i++ {
		key := record.DataKey(t.Field(i))
		if key == "" {
			continue
		}
		for r := 0; r < v.Len(); r++ {
			if w.has(v.Index(r).Field(i), rowPath(path, r, key)) {
				cols = append(cols, i)
				keys = append(keys, key)
				break
			}
		}
	}
	w.b.WriteString(`{"columns":[`)
	for i, k := range keys {
		if i > 0 {
			w.b.WriteByte(',')
		}
		w.str(k)
	}
	w.b.WriteString(`],"rows":[`)
	for r := 0; r < v.Len(); r++ {
		if r > 0 {
			w.b.WriteByte(',')
		}
		w.b.WriteByte('[')
		row := v.Index(r)
		for c, i := range cols {
			if c > 0 {
				w.b.WriteByte(',')
			}
			fp := rowPath(path, r, keys[c])
			if !w.has(row.Field(i), fp) {
				w.b.WriteString("null")
				continue
			}
			w.value(row.Field(i), fp)
		}
		w.b.WriteByte(']')
	}
	w.b.WriteString("]}")
}

// str writes s as a JSON string: quotes, backslashes and control
// characters escaped, everything else as it is.
func (w *writer) str(s string) {
	const hex = "0123456789abcdef"
	w.b.WriteByte('"')
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '"' || c == '\\':
			w.b.WriteByte('\\')
			w.b.WriteByte(c)
		case c == '\n':
			w.b.WriteString(`\n`)
		case c == '\t':
			w.b.WriteString(`\t`)
		case c == '\r':
			w.b.WriteString(`\r`)
		case c < 0x20 || c == 0x7f:
			w.b.WriteString(`\u00`)
			w.b.WriteByte(hex[c>>4])
			w.b.WriteByte(hex[c&0xf])
		default:
			w.b.WriteByte(c)
		}
	}
	w.b.WriteByte('"')
}

func rowPath(list string, i int, key string) string {
	return list + "[" + strconv.Itoa(i) + "]." + key
}
