package sheet

import (
	"fmt"
	"reflect"
	"strings"

	"zongjie/internal/record"
)

// differences lists where two periods' records differ: every data field
// (an empty list or map counts as none), every approximate figure and
// which figures were written in 万 (a report keeps their precision).
func differences(a, b *record.Period) []string {
	var out []string
	diffValue(reflect.ValueOf(a).Elem(), reflect.ValueOf(b).Elem(), "", &out)
	ap, bp := a.ApproxPaths(), b.ApproxPaths()
	if strings.Join(ap, ",") != strings.Join(bp, ",") {
		out = append(out, fmt.Sprintf("approx paths %v != %v", ap, bp))
	}
	if aw, bw := a.WanPaths(), b.WanPaths(); strings.Join(aw, ",") != strings.Join(bw, ",") {
		out = append(out, fmt.Sprintf("paths written in 万 %v != %v", aw, bw))
	}
	for _, p := range ap {
		x, _ := a.Approx(p)
		y, _ := b.Approx(p)
		if !reflect.DeepEqual(x, y) {
			out = append(out, fmt.Sprintf("approx %s: %#v != %#v", p, x, y))
		}
	}
	return out
}

func diffValue(a, b reflect.Value, path string, out *[]string) {
	if len(*out) > 20 {
		return
	}
	switch a.Kind() {
	case reflect.Struct:
		if !isRecord(a.Type()) || a.Type() == typePeriod && path != "" {
			if !reflect.DeepEqual(a.Interface(), b.Interface()) {
				*out = append(*out, fmt.Sprintf("%s: %v != %v", path, a.Interface(), b.Interface()))
			}
			return
		}
		for _, f := range fieldsOf(a.Type()) {
			diffValue(a.Field(f.index), b.Field(f.index), joinKey(path, f.key), out)
		}
	case reflect.Pointer:
		if a.IsNil() || b.IsNil() {
			if a.IsNil() != b.IsNil() {
				*out = append(*out, fmt.Sprintf("%s: %v != %v", path, show(a), show(b)))
			}
			return
		}
		diffValue(a.Elem(), b.Elem(), path, out)
	case reflect.Slice:
		if a.Len() != b.Len() {
			*out = append(*out, fmt.Sprintf("%s: %d items != %d", path, a.Len(), b.Len()))
			return
		}
		for i := 0; i < a.Len(); i++ {
			diffValue(a.Index(i), b.Index(i), fmt.Sprintf("%s[%d]", path, i), out)
		}
	case reflect.Map:
		if a.Len() != b.Len() {
			*out = append(*out, fmt.Sprintf("%s: %d keys != %d", path, a.Len(), b.Len()))
			return
		}
		for _, k := range a.MapKeys() {
			bv := b.MapIndex(k)
			if !bv.IsValid() {
				*out = append(*out, fmt.Sprintf("%s.%v missing", path, k))
				continue
			}
			diffValue(a.MapIndex(k), bv, fmt.Sprintf("%s.%v", path, k), out)
		}
	default:
		if !reflect.DeepEqual(a.Interface(), b.Interface()) {
			*out = append(*out, fmt.Sprintf("%s: %v != %v", path, a.Interface(), b.Interface()))
		}
	}
}

func show(v reflect.Value) any {
	if v.IsNil() {
		return "nil"
	}
	return v.Elem().Interface()
}
