package record

import (
	"bytes"
	"encoding/json"
	"reflect"
	"sort"
	"strings"
)

// enums are the closed vocabularies, by owner type and key.
var enums = map[string][]string{
	"Organisation.kind":      OrgKinds,
	"PeriodSpec.part":        Parts,
	"Activity.category":      ActivityKinds,
	"Activity.level":         Levels,
	"Activity.role":          Roles,
	"Honour.level":           Levels,
	"ReliefBatch.measure":    ReliefMeasures,
	"Target.metric":          metricIDs(),
	"Organisation.sector":    Sectors,
	"ReliefBatch.kind":       ReliefKinds,
	"Payment.kind":           ReliefKinds,
	"Honour.type":            HonourTypes,
	"Honour.recipient":       Recipients,
	"Honour.measure":         HonourMeasures,
	"Commendation.recipient": Recipients,
	"Commendation.measure":   HonourMeasures,
	"Unit.union_kind":        UnionKinds,
	"NewUnion.kind":          UnionKinds,
	"Contract.kind":          ContractKinds,
	"Contract.scope":         ContractScopes,
	"Facility.kind":          FacilityKinds,
	"StatedRate.section":     sectionIDs(),
	"Figure.section":         sectionIDs(),
	"Activity.section":       sectionIDs(),
	"Facility.section":       sectionIDs(),
}

// Choices returns the closed vocabulary of the field key of the record
// type named owner ("Activity", "category"), or nil when the field takes
// any value. The workbook's drop-down lists are made from it.
func Choices(owner, key string) []string {
	return append([]string(nil), enums[owner+"."+key]...)
}

func sectionIDs() []string {
	ids := make([]string, len(SectionIDs))
	for i, s := range SectionIDs {
		ids[i] = s.ID
	}
	return ids
}

// accepted is what the schema lets the field key of the record type named
// owner hold when its vocabulary is closed: the vocabulary, and for a
// target's metric also its Chinese name and the names it had before
// (MetricID reads them all).
func accepted(owner, key string) ([]string, bool) {
	e, ok := enums[owner+"."+key]
	if !ok || owner+"."+key != "Target.metric" {
		return e, ok
	}
	e = append([]string(nil), e...)
	for _, m := range TargetMetrics {
		e = append(e, m.Name)
	}
	former := make([]string, 0, len(FormerMetricNames))
	for name := range FormerMetricNames {
		former = append(former, name)
	}
	sort.Strings(former)
	return append(e, former...), true
}

func metricIDs() []string {
	ids := make([]string, len(TargetMetrics))
	for i, m := range TargetMetrics {
		ids[i] = m.ID
	}
	return ids
}

// Patterns of the values a clerk may type as text. A figure that is not
// exact:"true" may be approximate: a qualifier before (约, 近 …) or after
// (以上, 左右 …) the number, 余 or 多 after it (10万余元, 100余万元).
const (
	approxLead  = `(约|大约|近|将近|接近|不到|不足|超过|多于|逾)?\s*`
	approxTrail = `\s*(以上|以下|以内|左右|上下|之多)?`
	moneyNumber = `(¥|￥|人民币|RMB)?[-+－＋]?[0-9０-９,，_]*([.．][0-9０-９]+)?([eE][-+]?[0-9]+)?\s*`
	moneyUnit   = `(千|万|亿)?\s*`
	moneyYuan   = `(元整|圆整|元|圆)?`
	countNumber = `[0-9０-９,，_]+([.．][0-9０-９]+)?([eE][-+]?[0-9]+)?\s*`
	measures    = `(人次|户次|公里|千米|平方米|人|名|户|个|所|家|项|次|件|条|份|处|期|届|年|月|分|篇|幅|册|本|场|支|队|台|套|位|批|天|米|亩|吨|辆)?`

	moneyPattern       = `^\s*` + moneyNumber + moneyUnit + moneyYuan + `\s*$`
	approxMoneyPattern = `^\s*` + approxLead + moneyNumber + `(余|多)?\s*` + moneyUnit + `(余|多)?\s*` + moneyYuan + approxTrail + `\s*$`
	countPattern       = `^\s*` + countNumber + `(万|亿)?\s*` + measures + `\s*$`
	approxCountPattern = `^\s*` + approxLead + countNumber + `(余|多)?\s*(千|万|亿)?\s*(余|多)?\s*` + measures + approxTrail + `\s*$`
	ratePattern        = `^\s*` + approxLead + `[-+]?[0-9０-９.．]+\s*[%％]?` + approxTrail + `\s*$`
	datePattern        = `^\s*[0-9０-９]{4}([-/.年][0-9０-９]{1,2}([-/.月][0-9０-９]{1,2}[日号]?|月)?)?\s*$`
)

// JSONSchema returns a JSON Schema (draft-07) of the data file, with the
// Chinese descriptions, so an editor can check a file while it is typed.
func JSONSchema() []byte {
	root := schemaFor(reflect.TypeOf(Period{}), "", field{})
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

// schemaFor is the schema of a value of type t, the field f of the record
// type named owner.
func schemaFor(t reflect.Type, owner string, f field) schema {
	key := f.key
	switch t {
	case typeMoney:
		if f.exact {
			return schema{"type": []string{"number", "string", "null"}, "pattern": moneyPattern}
		}
		return schema{"type": []string{"number", "string", "null"}, "pattern": approxMoneyPattern}
	case typeDecimal:
		if f.rate {
			return schema{"type": []string{"number", "string", "null"}, "pattern": ratePattern}
		}
		return schema{"type": []string{"number", "string", "null"}}
	case typeDate:
		return schema{"type": []string{"string", "integer", "null"}, "pattern": datePattern}
	case typeSpan:
		return schema{"type": []string{"string", "null"}}
	}
	switch t.Kind() {
	case reflect.Pointer:
		return schemaFor(t.Elem(), owner, f)
	case reflect.String:
		s := schema{"type": []string{"string", "number", "null"}}
		if e, ok := accepted(owner, key); ok {
			s = schema{"enum": append(append([]any{}, toAny(e)...), nil)}
		}
		return s
	case reflect.Int64:
		if f.exact {
			return schema{"type": []string{"integer", "string", "null"}, "pattern": countPattern}
		}
		return schema{"type": []string{"integer", "string", "null"}, "pattern": approxCountPattern}
	case reflect.Bool:
		return schema{"enum": []any{true, false, "是", "否", "有", "无", nil}}
	case reflect.Slice:
		items := schemaFor(t.Elem(), owner, f)
		list := schema{"type": "array", "items": items}
		if t.Elem().Kind() == reflect.String {
			return schema{"anyOf": []any{list, schema{"type": "string"}, schema{"type": "null"}}}
		}
		if isRecord(t.Elem()) {
			table := schema{
				"type":                 "object",
				"description":          "表格形式:columns 列出列名(英文键或中文键),rows 每行一个 [值, …]",
				"additionalProperties": false,
				"required":             []string{"columns", "rows"},
				"properties": schema{
					"columns": schema{"type": "array", "uniqueItems": true, "items": schema{"enum": toAny(keysOfType(t.Elem()))}},
					"rows":    schema{"type": "array", "items": schema{"type": "array"}},
				},
			}
			return schema{"anyOf": []any{list, table, schema{"type": "null"}}}
		}
		return schema{"anyOf": []any{list, schema{"type": "null"}}}
	case reflect.Map:
		s := schema{"type": []string{"object", "null"}, "additionalProperties": schemaFor(t.Elem(), owner, f)}
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
		var anyOf []any
		for _, sub := range fieldsOf(t) {
			fs := schemaFor(t.Field(sub.index).Type, t.Name(), sub)
			desc := sub.zh
			if sub.eg != "" {
				desc += ",例如 " + sub.eg
			}
			if desc != "" {
				fs["description"] = desc
			}
			props[sub.key] = fs
			if sub.cn != "" {
				alias := schema{}
				for k, v := range fs {
					alias[k] = v
				}
				alias["description"] = "同 " + sub.key + "(中文键):" + desc
				props[sub.cn] = alias
			}
			if sub.required {
				// Either the key or its Chinese alias.
				if sub.cn == "" {
					required = append(required, sub.key)
				} else {
					anyOf = append(anyOf, schema{"anyOf": []any{schema{"required": []string{sub.key}}, schema{"required": []string{sub.cn}}}})
				}
			}
		}
		s := schema{"type": "object", "additionalProperties": false, "properties": props}
		if len(required) > 0 {
			s["required"] = required
		}
		if len(anyOf) > 0 {
			s["allOf"] = anyOf
		}
		return s
	}
	panic("record: no schema for " + t.String())
}

// keysOfType lists a record type's keys, each followed by its Chinese key.
func keysOfType(t reflect.Type) []string {
	var keys []string
	for _, f := range fieldsOf(t) {
		keys = append(keys, f.key)
		if f.cn != "" {
			keys = append(keys, f.cn)
		}
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
	if f.cn != "" {
		d = "【" + f.cn + "】" + d
	}
	return strings.TrimSpace(d)
}
