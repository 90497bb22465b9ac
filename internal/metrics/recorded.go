package metrics

import (
	"reflect"
	"sort"
	"strconv"

	"zongjie/internal/num"
	"zongjie/internal/record"
)

// Recorded is one figure as the records state it: a count, an amount or a
// decimal, with its data path and where it was written. Reports print
// recorded figures (188所, 2729人) as well as computed values, so metrics
// lists both.
type Recorded struct {
	Path  string
	Pos   record.Pos
	Value string // as recorded: "188", "7671300" (元), "95.5"
}

var (
	typeMoney   = reflect.TypeFor[num.Money]()
	typeDecimal = reflect.TypeFor[num.Decimal]()
)

// RecordedFigures lists every figure the period records, in the order of the
// record types (a units table row by row), then the approximate ones as
// written, by path.
func RecordedFigures(p *record.Period) []Recorded {
	var out []Recorded
	walkFigures(reflect.ValueOf(p).Elem(), "", func(path, value string) {
		out = append(out, Recorded{Path: path, Pos: p.Pos(path), Value: value})
	})
	// An approximate figure (98%以上, 10万余元) leaves its typed field
	// empty; it is listed as written.
	for _, path := range p.ApproxPaths() {
		a, _ := p.Approx(path)
		out = append(out, Recorded{Path: path, Pos: p.Pos(path), Value: a.String()})
	}
	return out
}

// walkFigures calls fn for every figure under v, a record value at path.
func walkFigures(v reflect.Value, path string, fn func(path, value string)) {
	switch v.Type() {
	case typeMoney:
		fn(path, v.Interface().(num.Money).String())
		return
	case typeDecimal:
		fn(path, v.Interface().(num.Decimal).String())
		return
	}
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			walkFigures(v.Elem(), path, fn)
		}
	case reflect.Int, reflect.Int64:
		fn(path, strconv.FormatInt(v.Int(), 10))
	case reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			walkFigures(v.Index(i), path+"["+strconv.Itoa(i)+"]", fn)
		}
	case reflect.Map:
		keys := v.MapKeys()
		sort.Slice(keys, func(i, j int) bool { return keys[i].String() < keys[j].String() })
		for _, k := range keys {
			walkFigures(v.MapIndex(k), record.JoinPath(path, k.String()), fn)
		}
	case reflect.Struct:
		t := v.Type()
		for i := 0; i < t.NumField(); i++ {
			key := record.DataKey(t.Field(i))
			if key == "" {
				continue
			}
			walkFigures(v.Field(i), record.JoinPath(path, key), fn)
		}
	}
}
