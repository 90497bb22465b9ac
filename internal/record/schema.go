package record

import (
	"bytes"
	"encoding/json"
	"reflect"
	"strings"
)

// enums are the closed vocabularies, by owner type and key.
var enums = map[string][]string{
	"Organisation.kind":   OrgKinds,
	"PeriodSpec.part":     Parts,
	"Activity.category":   ActivityKinds,
	"Activity.level":      Levels,
	"Activity.role":       Roles,
	"Honour.level":        Levels,
	"ReliefBatch.measure": ReliefMeasures,
	"Target.metric":       metricIDs(),
}

func metricIDs() []string {
	ids := make([]string, len(TargetMetrics))
	for i, m := range TargetMetrics {
		ids[i] = m.ID
	}
	return ids
}

// Patterns of the values a clerk may type as text.
const (
	moneyPattern = `^\s*[-+－＋]?[0-9０-９,，_]*([.．][0-9０-９]+)?\s*(万|亿)?元?\s*$`
	countPattern = `^\s*[0-9０-９,，_]+\s*(人次|人|户|个|所|家|项|次|名|件|条|份|处|期|届|年|月|分)?\s*$`
	datePattern  = `^\s*[0-9０-９]{4}([-/.年][0-9０-９]{1,2}([-/.月][0-9０-９]{1,2}[日号]?|月)?)?\s*$`
)

// JSONSchema returns a JSON Schema (draft-07) of the data file, with the
// Chinese descriptions, so an editor can check a file while it is typed.
func JSONSchema() []byte {
	root := schemaFor(reflect.TypeOf(Period{}), "", "")
	root["$schema"] = "http://json-schema.org/draft-07/schema#"
	root["$id"] = "https://zongjie.invalid/schema/period.json"
	root["title"] = "zongjie 工会工作数据文件"
	root["description"] = "一个工会组织一个报告期的数据。用 zongjie check 检查,用 zongjie render 生成报告。"
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(root); err != nil {
		panic(err) // the schema is built from static types
	}
	return b.Bytes()
}

type schema = map[string]any

func schemaFor(t reflect.Type, owner, key string) schema {
	switch t {
	case typeMoney:
		return schema{"type": []string{"number", "string", "null"}, "pattern": moneyPattern}
	case typeDecimal:
		return schema{"type": []string{"number", "string", "null"}}
	case typeDate:
		return schema{"type": []string{"string", "integer", "null"}, "pattern": datePattern}
	}
	switch t.Kind() {
	case reflect.Pointer:
		return schemaFor(t.Elem(), owner, key)
	case reflect.String:
		s := schema{"type": []string{"string", "number", "null"}}
		if e, ok := enums[owner+"."+key]; ok {
			s = schema{"enum": append(append([]any{}, toAny(e)...), nil)}
		}
		return s
	case reflect.Int64:
		return schema{"type": []string{"integer", "string", "null"}, "pattern": countPattern}
	case reflect.Bool:
		return schema{"enum": []any{true, false, "是", "否", "有", "无", nil}}
	case reflect.Slice:
		items := schemaFor(t.Elem(), owner, key)
		list := schema{"type": "array", "items": items}
		if t.Elem().Kind() == reflect.String {
			return schema{"anyOf": []any{list, schema{"type": "string"}, schema{"type": "null"}}}
		}
		if t.Elem().Kind() == reflect.Struct && t.Elem() != typeDate && t.Elem() != typeDecimal {
			table := schema{
				"type":                 "object",
				"description":          "表格形式:columns 列出列名,rows 每行一个 [值, …]",
				"additionalProperties": false,
				"required":             []string{"columns", "rows"},
				"properties": schema{
					"columns": schema{"type": "array", "items": schema{"enum": toAny(keysOfType(t.Elem()))}},
					"rows":    schema{"type": "array", "items": schema{"type": "array"}},
				},
			}
			return schema{"anyOf": []any{list, table, schema{"type": "null"}}}
		}
		return schema{"anyOf": []any{list, schema{"type": "null"}}}
	case reflect.Map:
		s := schema{"type": []string{"object", "null"}, "additionalProperties": schemaFor(t.Elem(), owner, key)}
		if key == "sections" || key == "headings" {
			ids := make([]string, len(SectionIDs))
			for i, sec := range SectionIDs {
				ids[i] = sec.ID
			}
			s["propertyNames"] = schema{"enum": toAny(ids)}
		}
		return s
	case reflect.Struct:
		props := schema{}
		var required []string
		for _, f := range fieldsOf(t) {
			fs := schemaFor(t.Field(f.index).Type, t.Name(), f.key)
			desc := f.zh
			if f.eg != "" {
				desc += ",例如 " + f.eg
			}
			if desc != "" {
				fs["description"] = desc
			}
			props[f.key] = fs
			if f.required {
				required = append(required, f.key)
			}
		}
		s := schema{"type": "object", "additionalProperties": false, "properties": props}
		if len(required) > 0 {
			s["required"] = required
		}
		return s
	}
	panic("record: no schema for " + t.String())
}

func keysOfType(t reflect.Type) []string {
	var keys []string
	for _, f := range fieldsOf(t) {
		keys = append(keys, f.key)
	}
	return keys
}

func toAny(ss []string) []any {
	out := make([]any, len(ss))
	for i, s := range ss {
		out[i] = s
	}
	return out
}

// describe returns the Chinese description of a field for comments.
func describe(f field) string {
	d := f.zh
	if f.eg != "" {
		d += ",例如 " + f.eg
	}
	if f.required {
		d += "(必填)"
	}
	return strings.TrimSpace(d)
}
