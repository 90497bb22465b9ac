package record

import (
	"reflect"
	"testing"
)

// TestTagValues: reading a tag once gives what reflect.StructTag.Get gives
// for each key, for every field of the record types and for odd tags.
func TestTagValues(t *testing.T) {
	check := func(where string, tag reflect.StructTag) {
		t.Helper()
		var got [len(fieldTags)]string
		tagValues(tag, &got)
		for k, key := range fieldTags {
			if want := tag.Get(key); got[k] != want {
				t.Errorf("%s: tag %q key %s = %q, Get gives %q", where, tag, key, got[k], want)
			}
		}
	}
	seen := map[reflect.Type]bool{}
	var walk func(reflect.Type)
	walk = func(ty reflect.Type) {
		for ty.Kind() == reflect.Pointer || ty.Kind() == reflect.Slice || ty.Kind() == reflect.Map {
			ty = ty.Elem()
		}
		if ty.Kind() != reflect.Struct || seen[ty] {
			return
		}
		seen[ty] = true
		for i := 0; i < ty.NumField(); i++ {
			check(ty.Name()+"."+ty.Field(i).Name, ty.Field(i).Tag)
			walk(ty.Field(i).Type)
		}
	}
	walk(reflect.TypeFor[Period]())
	if len(seen) < 20 {
		t.Fatalf("only %d record types walked", len(seen))
	}
	for _, tag := range []reflect.StructTag{
		``, `yaml:"a"`, `yaml:"a" yaml:"b"`, `yaml:"" yaml:"b"`, `zh:"引号\"和\\反斜杠" yaml:"x"`,
		`  yaml:"a"   cn:"甲"  `, `yaml:"a" broken`, `yaml:a cn:"b"`, `yaml:"unterminated`, `:"x" yaml:"a"`,
		"yaml:\"a\"\tcn:\"b\"", `required:"true" exact:"true" rate:"true" eg:"12.5%"`,
	} {
		check("literal", tag)
	}
}

// FuzzTagValues: for any tag, tagValues agrees with reflect.StructTag.Get.
func FuzzTagValues(f *testing.F) {
	f.Add(`yaml:"members" cn:"会员数" zh:"会员人数" required:"true"`)
	f.Add(`yaml:"a" yaml:"b" eg:"\"q\""`)
	f.Fuzz(func(t *testing.T, s string) {
		tag := reflect.StructTag(s)
		var got [len(fieldTags)]string
		tagValues(tag, &got)
		for k, key := range fieldTags {
			if want := tag.Get(key); got[k] != want {
				t.Fatalf("tag %q key %s = %q, Get gives %q", s, key, got[k], want)
			}
		}
	})
}
