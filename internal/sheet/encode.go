package sheet

import (
	"bytes"
	"encoding/json"
	"math/big"
	"reflect"
	"sort"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"

	"zongjie/internal/num"
	"zongjie/internal/record"
)

// Writing records out, as YAML, JSON or a workbook, is the reverse of
// reading: every field the record types have is written, an approximate
// figure as it was written (10万余元), so what is written reads back to the
// same records.

// valueKind is how a value is written in a cell.
type valueKind int

const (
	valText   valueKind = iota
	valNumber           // a number, exact as text ("13417.56")
	valBool             // 是 or 否 (true or false in YAML)
	valDate             // a date; prec says to which precision
)

// value is one value to write.
type value struct {
	kind valueKind
	text string
	date record.Date
}

// approxText is an approximate figure as it was written, without a unit
// the clerk did not write.
func approxText(a num.Approx) string {
	return a.Lead + a.Digits + a.Mid + a.Mag + a.After + a.Unit + a.Trail
}

// wanText writes a figure the clerk wrote in 万 (or 亿) again in 万
// ("134.1911万"), so that it reads back written in 万 and the report keeps
// the precision written.
func wanText(x *big.Rat) string {
	w := new(big.Rat).Quo(x, big.NewRat(10000, 1))
	s := w.FloatString(8)
	s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	return s + "万"
}

// valueAt is the value of field f held in v (of f's type) at the data
// path, or ok false when nothing was written there.
func valueAt(p *record.Period, v reflect.Value, f fieldInfo, path string) (value, bool) {
	for v.Kind() == reflect.Pointer {
		if v.IsNil() {
			if a, ok := p.Approx(path); ok {
				return value{kind: valText, text: approxText(a)}, true
			}
			return value{}, false
		}
		v = v.Elem()
	}
	switch x := v.Interface().(type) {
	case num.Money:
		if p.WrittenInWan(path) {
			return value{kind: valText, text: wanText(x.Yuan())}, true
		}
		return value{kind: valNumber, text: x.String()}, true
	case num.Decimal:
		return value{kind: valNumber, text: x.String()}, true
	case record.Date:
		if x.IsZero() {
			return value{}, false
		}
		return value{kind: valDate, text: x.String(), date: x}, true
	case record.Span:
		if x.IsZero() {
			return value{}, false
		}
		return value{kind: valText, text: x.Text()}, true
	}
	switch v.Kind() {
	case reflect.Int64:
		if p.WrittenInWan(path) {
			return value{kind: valText, text: wanText(big.NewRat(v.Int(), 1))}, true
		}
		return value{kind: valNumber, text: strconv.FormatInt(v.Int(), 10)}, true
	case reflect.Bool:
		if !v.Bool() && v.Type() == reflect.TypeOf(false) && f.typ.Kind() != reflect.Pointer {
			return value{}, false // a plain bool's false is not written
		}
		return value{kind: valBool, text: map[bool]string{true: "是", false: "否"}[v.Bool()]}, true
	case reflect.String:
		if v.String() == "" {
			return value{}, false
		}
		return value{kind: valText, text: v.String()}, true
	}
	return value{}, false
}

// Encode writes a period's records as a YAML node tree (a mapping), every
// field that holds a value under its data key.
func Encode(p *record.Period) *yaml.Node {
	return encodeRecord(p, reflect.ValueOf(p).Elem(), "")
}

func encodeRecord(p *record.Period, v reflect.Value, path string) *yaml.Node {
	m := &yaml.Node{Kind: yaml.MappingNode}
	for _, f := range fieldsOf(v.Type()) {
		fp := joinKey(path, f.key)
		if n := encodeField(p, v.Field(f.index), f, fp); n != nil {
			m.Content = append(m.Content, &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: f.key}, n)
		}
	}
	return m
}

func encodeField(p *record.Period, v reflect.Value, f fieldInfo, path string) *yaml.Node {
	t := elem(v.Type())
	switch {
	case isScalar(t):
		val, ok := valueAt(p, v, f, path)
		if !ok {
			return nil
		}
		return scalarYAML(val)
	case t.Kind() == reflect.Struct:
		if v.Kind() == reflect.Pointer {
			if v.IsNil() {
				return nil
			}
			v = v.Elem()
		}
		m := encodeRecord(p, v, path)
		if len(m.Content) == 0 {
			return nil
		}
		return m
	case t.Kind() == reflect.Slice:
		if v.Len() == 0 {
			return nil
		}
		s := &yaml.Node{Kind: yaml.SequenceNode}
		for i := 0; i < v.Len(); i++ {
			ip := path + "[" + strconv.Itoa(i) + "]"
			e := v.Index(i)
			if isRecord(e.Type()) {
				s.Content = append(s.Content, encodeRecord(p, reflect.Indirect(e), ip))
				continue
			}
			val, ok := valueAt(p, e, f, ip)
			if !ok {
				val = value{kind: valText}
			}
			s.Content = append(s.Content, scalarYAML(val))
		}
		return s
	case t.Kind() == reflect.Map:
		if v.Len() == 0 {
			return nil
		}
		m := &yaml.Node{Kind: yaml.MappingNode}
		for _, k := range sortedKeys(v) {
			mv := v.MapIndex(reflect.ValueOf(k))
			n := encodeField(p, mv, f, path+"."+k)
			if n == nil {
				n = &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!null", Value: "~"}
			}
			m.Content = append(m.Content, &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: k}, n)
		}
		return m
	}
	return nil
}

// scalarYAML is a value as a YAML scalar.
func scalarYAML(v value) *yaml.Node {
	n := &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: v.text}
	switch v.kind {
	case valNumber:
		n.Tag = "!!int"
		if strings.ContainsAny(v.text, ".") {
			n.Tag = "!!float"
		}
	case valBool:
		n.Tag, n.Value = "!!bool", map[string]string{"是": "true", "否": "false"}[v.text]
	}
	return n
}

// sortedKeys lists a map's string keys in order.
func sortedKeys(v reflect.Value) []string {
	keys := make([]string, 0, v.Len())
	for _, k := range v.MapKeys() {
		keys = append(keys, k.String())
	}
	sort.Strings(keys)
	return keys
}

func joinKey(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

// YAML writes a period as a YAML data file.
func YAML(p *record.Period, header string) ([]byte, error) {
	var b bytes.Buffer
	if header != "" {
		for _, l := range strings.Split(header, "\n") {
			b.WriteString("# " + l + "\n")
		}
		b.WriteString("\n")
	}
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	if err := enc.Encode(Encode(p)); err != nil {
		return nil, err
	}
	if err := enc.Close(); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// JSON writes a period as a JSON data file: numbers as numbers, everything
// else as text.
func JSON(p *record.Period) ([]byte, error) {
	var b bytes.Buffer
	writeJSON(&b, Encode(p), "")
	b.WriteString("\n")
	return b.Bytes(), nil
}

func writeJSON(b *bytes.Buffer, n *yaml.Node, indent string) {
	in := indent + "  "
	switch n.Kind {
	case yaml.MappingNode:
		if len(n.Content) == 0 {
			b.WriteString("{}")
			return
		}
		b.WriteString("{\n")
		for i := 0; i+1 < len(n.Content); i += 2 {
			b.WriteString(in)
			jsonString(b, n.Content[i].Value)
			b.WriteString(": ")
			writeJSON(b, n.Content[i+1], in)
			if i+2 < len(n.Content) {
				b.WriteString(",")
			}
			b.WriteString("\n")
		}
		b.WriteString(indent + "}")
	case yaml.SequenceNode:
		if len(n.Content) == 0 {
			b.WriteString("[]")
			return
		}
		b.WriteString("[\n")
		for i, c := range n.Content {
			b.WriteString(in)
			writeJSON(b, c, in)
			if i+1 < len(n.Content) {
				b.WriteString(",")
			}
			b.WriteString("\n")
		}
		b.WriteString(indent + "]")
	default:
		switch n.Tag {
		case "!!int", "!!float", "!!bool":
			b.WriteString(n.Value)
		case "!!null":
			b.WriteString("null")
		default:
			jsonString(b, n.Value)
		}
	}
}

// jsonString writes s as a JSON string, with every character YAML's JSON
// reading would not take as it is escaped.
func jsonString(b *bytes.Buffer, s string) {
	var e bytes.Buffer
	enc := json.NewEncoder(&e)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(s)
	b.Write(bytes.TrimSuffix(e.Bytes(), []byte("\n")))
}
