package record

import "reflect"

// typeInfo is what decoding and checking need to know about one record
// type: its data keys and the fields each walk of the validator goes into,
// as indexes into its fields.
//
// The record types' infos are not worked out by reflection as a process
// starts: that was 0.74 ms of the package's initialization (inittrace);
// with report's view fields, skipping it made zongjie --version 1.8 ms
// faster, for the pages it no longer touched.
// They are typeTable, which TestTypeTable derives from the types' struct
// tags by reflection and rewrites with -update; without -update it fails
// while the table and the types disagree.
type typeInfo struct {
	t        reflect.Type
	fields   []field    // the data keys, in declaration order (fieldsOf)
	unsigned []int      // counts and amounts, directly or inside, that may not be negative (nonNegative)
	vocab    []vocabRef // fields with a closed vocabulary (vocabulary)
	vocabIn  []int      // fields that hold records with one
	spans    []int      // fields that hold a statistics span, directly or inside (spans)
}

// vocabRef is a field with a closed vocabulary: its index and its key in
// enums, which lists the values it accepts.
type vocabRef struct {
	at   int
	enum string
}

// typeInfos indexes typeTable by type. It is made as the package
// initializes and only read after, concurrently too.
var typeInfos = indexTypes(typeTable)

func indexTypes(table []typeInfo) map[reflect.Type]*typeInfo {
	m := make(map[reflect.Type]*typeInfo, len(table))
	for i := range table {
		m[table[i].t] = &table[i]
	}
	return m
}

// noInfo is the typeInfo of a type that is not a record type: no fields.
var noInfo typeInfo

// infoOf returns the typeInfo of t, empty if t is not a record type.
func infoOf(t reflect.Type) *typeInfo {
	if ti := typeInfos[t]; ti != nil {
		return ti
	}
	return &noInfo
}

// fieldsOf lists the data keys of a struct type in declaration order.
func fieldsOf(t reflect.Type) []field {
	if ti := typeInfos[t]; ti != nil {
		return ti.fields
	}
	return tagFields(t)
}

// tagFields lists the data keys of a struct type in declaration order,
// read from its struct tags: for a type outside typeTable, and for
// TestTypeTable.
func tagFields(t reflect.Type) []field {
	var fs []field
	for i := 0; i < t.NumField(); i++ {
		sf := t.Field(i)
		if !sf.IsExported() {
			continue
		}
		key := sf.Tag.Get("yaml")
		if key == "" || key == "-" {
			continue
		}
		fs = append(fs, field{key: key, cn: sf.Tag.Get("cn"), index: i, zh: sf.Tag.Get("zh"), eg: sf.Tag.Get("eg"),
			required: sf.Tag.Get("required") == "true", exact: sf.Tag.Get("exact") == "true", rate: sf.Tag.Get("rate") == "true"})
	}
	return fs
}

// holdsSpan reports whether a value of type t is or contains a Span.
func holdsSpan(t reflect.Type) bool {
	for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice {
		t = t.Elem()
	}
	return t == typeSpan || len(infoOf(t).spans) > 0
}
