package record

import (
	"bytes"
	"fmt"
	"go/format"
	"os"
	"reflect"
	"slices"
	"strconv"
	"testing"
)

// typeTableFile is the generated file TestTypeTable checks and rewrites.
const typeTableFile = "typetable.go"

// TestTypeTable derives the typeInfo of every record type from the struct
// tags by reflection and checks that typetable.go says the same; with
// -update it rewrites the file. Change a record type's fields or tags,
// and run
//
//	go test ./internal/record -run TestTypeTable -update
func TestTypeTable(t *testing.T) {
	want := generateTypeTable(deriveTypeRows(reflect.TypeFor[Period]()))
	if *update {
		if err := os.WriteFile(typeTableFile, want, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	got, err := os.ReadFile(typeTableFile)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s does not match the record types' struct tags; run go test ./internal/record -run TestTypeTable -update", typeTableFile)
	}
}

// TestTypeInfos checks the infos made from the table against the
// derivation, list by list, for every record type: what the old
// start-up computed.
func TestTypeInfos(t *testing.T) {
	d := newDeriver()
	d.derive(reflect.TypeFor[Period]())
	if len(typeInfos) != len(d.fields) {
		t.Errorf("typeInfos has %d types, the derivation %d", len(typeInfos), len(d.fields))
	}
	for typ, fs := range d.fields {
		ti := typeInfos[typ]
		if ti == nil {
			t.Errorf("%s: not in typeInfos", typ)
			continue
		}
		v := d.vocab[typ]
		var vocab []vocabField
		for _, r := range ti.vocab {
			vocab = append(vocab, vocabField{ti.fields[r.at], enums[r.enum]})
		}
		for _, c := range []struct {
			name      string
			got, want any
		}{
			{"fields", ti.fields, fs},
			{"unsigned", pick(ti.fields, ti.unsigned), d.unsigned[typ]},
			{"vocab", vocab, v.own},
			{"vocabIn", pick(ti.fields, ti.vocabIn), v.inner},
			{"spans", pick(ti.fields, ti.spans), d.spanFields[typ]},
		} {
			if !reflect.DeepEqual(c.got, c.want) {
				t.Errorf("%s.%s:\n got %v\nwant %v", typ.Name(), c.name, c.got, c.want)
			}
		}
	}
	// holdsSpan reads the table; the derivation's answer for every type it
	// asked about, pointers, slices and plain values too, must stand.
	for typ, want := range d.spanHolders {
		if got := holdsSpan(typ); got != want {
			t.Errorf("holdsSpan(%s) = %v, want %v", typ, got, want)
		}
	}
}

// signedFields may be negative (a deficit): nonNegative does not check
// them.
var signedFields = map[string]bool{"balance": true}

// deriver works out the record types' infos by reflection, as the
// package's start-up did before typetable.go.
type deriver struct {
	fields      map[reflect.Type][]field
	unsigned    map[reflect.Type][]field
	vocab       map[reflect.Type]vocabLists
	spanHolders map[reflect.Type]bool
	spanFields  map[reflect.Type][]field
}

// vocabField is a field with a closed vocabulary and the values it
// accepts.
type vocabField struct {
	f    field
	list []string
}

// pick returns the fields at the given indexes.
func pick(fs []field, at []int) []field {
	var out []field
	for _, i := range at {
		out = append(out, fs[i])
	}
	return out
}

type vocabLists struct {
	own   []vocabField
	inner []field
}

func newDeriver() *deriver {
	return &deriver{
		fields:      map[reflect.Type][]field{},
		unsigned:    map[reflect.Type][]field{},
		vocab:       map[reflect.Type]vocabLists{},
		spanHolders: map[reflect.Type]bool{},
		spanFields:  map[reflect.Type][]field{},
	}
}

// derive works out the infos of root and every type inside it: the
// fields first, then what the validator walks.
func (d *deriver) derive(root reflect.Type) {
	d.walkFields(root)
	d.walkVocab(root)
	d.holdsSpan(root)
}

// walkFields lists the fields of t and every struct type inside it, and
// which of them hold counts or amounts.
func (d *deriver) walkFields(t reflect.Type) {
	for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice || t.Kind() == reflect.Map {
		t = t.Elem()
	}
	if !isRecord(t) {
		return
	}
	if _, ok := d.fields[t]; ok {
		return
	}
	fs := tagFields(t)
	d.fields[t] = fs
	for i := 0; i < t.NumField(); i++ {
		if t.Field(i).IsExported() {
			d.walkFields(t.Field(i).Type)
		}
	}
	var unsigned []field
	for _, f := range fs {
		if !signedFields[f.key] && d.holdsInt(t.Field(f.index).Type) {
			unsigned = append(unsigned, f)
		}
	}
	d.unsigned[t] = unsigned
}

// holdsInt reports whether a value of type t is or contains an int64 that
// nonNegative checks (a Date or Decimal is not looked into, nor is a map).
func (d *deriver) holdsInt(t reflect.Type) bool {
	switch t.Kind() {
	case reflect.Pointer, reflect.Slice:
		return d.holdsInt(t.Elem())
	case reflect.Int64:
		return true
	case reflect.Struct:
		return isRecord(t) && len(d.unsigned[t]) > 0
	}
	return false
}

// walkVocab finds the fields of t and of the record types inside it with
// a closed vocabulary, and reports whether t holds one.
func (d *deriver) walkVocab(t reflect.Type) bool {
	for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice {
		t = t.Elem()
	}
	if !isRecord(t) {
		return false
	}
	if e, ok := d.vocab[t]; ok {
		return len(e.own)+len(e.inner) > 0
	}
	d.vocab[t] = vocabLists{} // stops a cycle
	var e vocabLists
	for _, f := range d.fields[t] {
		if list, ok := enums[t.Name()+"."+f.key]; ok && f.key != "metric" {
			e.own = append(e.own, vocabField{f, list})
			continue
		}
		if d.walkVocab(t.Field(f.index).Type) {
			e.inner = append(e.inner, f)
		}
	}
	d.vocab[t] = e
	return len(e.own)+len(e.inner) > 0
}

// holdsSpan reports whether a value of type t is or contains a Span, and
// notes the fields of each record type that do.
func (d *deriver) holdsSpan(t reflect.Type) bool {
	if r, ok := d.spanHolders[t]; ok {
		return r
	}
	d.spanHolders[t] = false // stops a cycle
	r := false
	switch t.Kind() {
	case reflect.Pointer, reflect.Slice:
		r = d.holdsSpan(t.Elem())
	case reflect.Struct:
		if t == typeSpan {
			r = true
		} else if isRecord(t) {
			var fs []field
			for _, f := range d.fields[t] {
				if d.holdsSpan(t.Field(f.index).Type) {
					fs = append(fs, f)
				}
			}
			d.spanFields[t], r = fs, len(fs) > 0
		}
	}
	d.spanHolders[t] = r
	return r
}

// deriveTypeRows derives the table rows of root and every record type
// inside it, in order of type name.
func deriveTypeRows(root reflect.Type) []typeInfo {
	d := newDeriver()
	d.derive(root)
	var rows []typeInfo
	for t, fs := range d.fields {
		r := typeInfo{t: t, fields: fs}
		at := func(f field) int { return slices.Index(fs, f) }
		for _, f := range d.unsigned[t] {
			r.unsigned = append(r.unsigned, at(f))
		}
		for _, vf := range d.vocab[t].own {
			r.vocab = append(r.vocab, vocabRef{at(vf.f), t.Name() + "." + vf.f.key})
		}
		for _, f := range d.vocab[t].inner {
			r.vocabIn = append(r.vocabIn, at(f))
		}
		for _, f := range d.spanFields[t] {
			r.spans = append(r.spans, at(f))
		}
		rows = append(rows, r)
	}
	slices.SortFunc(rows, func(a, b typeInfo) int { return cmpString(a.t.Name(), b.t.Name()) })
	return rows
}

func cmpString(a, b string) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// generateTypeTable writes the Go source of typetable.go.
func generateTypeTable(rows []typeInfo) []byte {
	var b bytes.Buffer
	b.WriteString("// Code generated by \"go test ./internal/record -run TestTypeTable -update\"; DO NOT EDIT.\n\n")
	b.WriteString("package record\n\nimport \"reflect\"\n\n")
	b.WriteString("// typeTable lists every record type's data keys and the fields the\n// validator walks (see typeInfo).\n")
	b.WriteString("var typeTable = []typeInfo{\n")
	for _, r := range rows {
		fmt.Fprintf(&b, "{\nt: reflect.TypeFor[%s](),\nfields: []field{\n", r.t.Name())
		for _, f := range r.fields {
			fmt.Fprintf(&b, "{key: %s", strconv.Quote(f.key))
			if f.cn != "" {
				fmt.Fprintf(&b, ", cn: %s", strconv.Quote(f.cn))
			}
			fmt.Fprintf(&b, ", index: %d", f.index)
			if f.zh != "" {
				fmt.Fprintf(&b, ", zh: %s", strconv.Quote(f.zh))
			}
			if f.eg != "" {
				fmt.Fprintf(&b, ", eg: %s", strconv.Quote(f.eg))
			}
			for _, flag := range []struct {
				name string
				on   bool
			}{{"required", f.required}, {"exact", f.exact}, {"rate", f.rate}} {
				if flag.on {
					fmt.Fprintf(&b, ", %s: true", flag.name)
				}
			}
			b.WriteString("},\n")
		}
		b.WriteString("},\n")
		for _, l := range []struct {
			name string
			at   []int
		}{{"unsigned", r.unsigned}, {"vocabIn", r.vocabIn}, {"spans", r.spans}} {
			if len(l.at) > 0 {
				fmt.Fprintf(&b, "%s: %#v,\n", l.name, l.at)
			}
		}
		if len(r.vocab) > 0 {
			b.WriteString("vocab: []vocabRef{")
			for i, v := range r.vocab {
				if i > 0 {
					b.WriteString(", ")
				}
				fmt.Fprintf(&b, "{%d, %s}", v.at, strconv.Quote(v.enum))
			}
			b.WriteString("},\n")
		}
		b.WriteString("},\n")
	}
	b.WriteString("}\n")
	src, err := format.Source(b.Bytes())
	if err != nil {
		panic(fmt.Sprintf("generated type table: %v", err))
	}
	return src
}
