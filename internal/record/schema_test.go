package record

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"testing"
	"time"

	"gopkg.in/yaml.v3"
)

// TestSchemaAcceptsExamples checks every example against the JSON Schema
// with a small validator for the keywords the schema uses.
func TestSchemaAcceptsExamples(t *testing.T) {
	var s map[string]any
	if err := json.Unmarshal(JSONSchema(), &s); err != nil {
		t.Fatalf("schema is not JSON: %v", err)
	}
	if s["$schema"] != "http://json-schema.org/draft-07/schema#" {
		t.Errorf("$schema = %v", s["$schema"])
	}
	var files []string
	for _, dir := range []string{"", "term/", "corpus/", "sector/"} {
		more, _ := filepath.Glob("../../examples/" + dir + "*.yaml")
		files = append(files, more...)
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var v any
		if err := yaml.Unmarshal(data, &v); err != nil {
			t.Fatal(err)
		}
		if errs := validateSchema(s, jsonish(v), "$"); len(errs) > 0 {
			t.Errorf("%s rejected by schema:\n%v", f, errs)
		}
	}
}

// TestSchemaAcceptsChinese checks that a file written with Chinese keys
// and approximate figures passes the schema as it passes check.
func TestSchemaAcceptsChinese(t *testing.T) {
	var s map[string]any
	if err := json.Unmarshal(JSONSchema(), &s); err != nil {
		t.Fatal(err)
	}
	src := "organisation: {工会名称: 甲镇总工会, 行业: 街道乡镇}\nperiod: {年度: 2020}\n会员情况: {职工总数: 4382, 新发展会员: 1483}\n" +
		"relief:\n  batches:\n    - {occasion: 金秋助学, kind: 助学金, persons: 40余, amount: 20余万元}\n" +
		"rates:\n  - {label: 参赛率, rate: 98%以上}\n" +
		// a target's metric by its id, its Chinese name or a former name
		"targets:\n  - {metric: charity.total, amount: 10万}\n  - {metric: 新发展会员, count: 100}\n  - {metric: 收缴率, rate: 95}\n"
	var v any
	if err := yaml.Unmarshal([]byte(src), &v); err != nil {
		t.Fatal(err)
	}
	if errs := validateSchema(s, jsonish(v), "$"); len(errs) > 0 {
		t.Errorf("schema rejected:\n%v", errs)
	}
	if _, err := ParseAndValidate("c.yaml", []byte(src), DefaultLimits); err != nil {
		t.Errorf("check rejected: %v", err)
	}
}

func TestSchemaRejectsMistakes(t *testing.T) {
	var s map[string]any
	if err := json.Unmarshal(JSONSchema(), &s); err != nil {
		t.Fatal(err)
	}
	bad := map[string]string{
		"unknown key":  "organisation: {name: 甲, nmae: 乙}\nperiod: {year: 2013}",
		"missing name": "organisation: {kind: 机关}\nperiod: {year: 2013}",
		"bad enum":     "organisation: {name: 甲, kind: 工厂}\nperiod: {year: 2013}",
		"text count":   "organisation: {name: 甲}\nperiod: {year: 2013}\nmembership: {staff: 两千}",
		"both keys":    "organisation: {工会名称: 甲}\nperiod: {year: 2013}\nunits: {columns: [name, 单位名称, name], rows: []}",
		"approx year":  "organisation: {name: 甲}\nperiod: {year: 2013余}",
		"approx month": "organisation: {name: 甲}\nperiod: {year: 2013}\nschedule: [{month: 近10, items: [x]}]",
	}
	for name, src := range bad {
		var v any
		if err := yaml.Unmarshal([]byte(src), &v); err != nil {
			t.Fatal(err)
		}
		if errs := validateSchema(s, jsonish(v), "$"); len(errs) == 0 {
			t.Errorf("%s: schema accepted %q", name, src)
		}
	}
}

// jsonish converts yaml.v3's generic values into JSON's (map[string]any,
// float64 numbers) so the validator sees what a JSON file would give.
func jsonish(v any) any {
	switch v := v.(type) {
	case map[string]any:
		out := map[string]any{}
		for k, x := range v {
			out[k] = jsonish(x)
		}
		return out
	case []any:
		out := make([]any, len(v))
		for i, x := range v {
			out[i] = jsonish(x)
		}
		return out
	case int:
		return float64(v)
	case float64, string, bool, nil:
		return v
	case time.Time:
		// YAML 1.2 (and so an editor's YAML server) reads 2013-09-19 as text.
		return v.Format("2006-01-02")
	default:
		return fmt.Sprint(v) // timestamps and the like arrive as text in JSON
	}
}

// validateSchema checks v against the subset of draft-07 that JSONSchema emits.
func validateSchema(s map[string]any, v any, at string) []string {
	var errs []string
	if alts, ok := s["anyOf"].([]any); ok {
		for _, alt := range alts {
			if len(validateSchema(alt.(map[string]any), v, at)) == 0 {
				return nil
			}
		}
		return []string{at + ": matches no alternative"}
	}
	if enum, ok := s["enum"].([]any); ok {
		for _, e := range enum {
			if e == v {
				return nil
			}
		}
		return []string{fmt.Sprintf("%s: %v not in enum", at, v)}
	}
	if ty, ok := s["type"]; ok && !typeMatches(ty, v) {
		return []string{fmt.Sprintf("%s: %T does not match type %v", at, v, ty)}
	}
	switch v := v.(type) {
	case string:
		if p, ok := s["pattern"].(string); ok && !regexp.MustCompile(p).MatchString(v) {
			errs = append(errs, fmt.Sprintf("%s: %q does not match %s", at, v, p))
		}
	case []any:
		if u, _ := s["uniqueItems"].(bool); u {
			seen := map[any]bool{}
			for _, x := range v {
				if seen[x] {
					errs = append(errs, fmt.Sprintf("%s: %v repeated", at, x))
				}
				seen[x] = true
			}
		}
		if items, ok := s["items"].(map[string]any); ok {
			for i, x := range v {
				errs = append(errs, validateSchema(items, x, fmt.Sprintf("%s[%d]", at, i))...)
			}
		}
	case map[string]any:
		props, _ := s["properties"].(map[string]any)
		keys := make([]string, 0, len(v))
		for k := range v {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			if ps, ok := props[k].(map[string]any); ok {
				errs = append(errs, validateSchema(ps, v[k], at+"."+k)...)
				continue
			}
			switch ap := s["additionalProperties"].(type) {
			case bool:
				if !ap {
					errs = append(errs, at+": unknown key "+k)
				}
			case map[string]any:
				errs = append(errs, validateSchema(ap, v[k], at+"."+k)...)
			}
			if pn, ok := s["propertyNames"].(map[string]any); ok {
				errs = append(errs, validateSchema(pn, k, at+" key")...)
			}
		}
		if req, ok := s["required"].([]any); ok {
			for _, r := range req {
				if _, ok := v[r.(string)]; !ok {
					errs = append(errs, at+": missing "+r.(string))
				}
			}
		}
		if all, ok := s["allOf"].([]any); ok {
			for _, sub := range all {
				errs = append(errs, validateSchema(sub.(map[string]any), v, at)...)
			}
		}
	}
	return errs
}

func typeMatches(ty any, v any) bool {
	var types []string
	switch ty := ty.(type) {
	case string:
		types = []string{ty}
	case []any:
		for _, x := range ty {
			types = append(types, x.(string))
		}
	}
	for _, t := range types {
		switch v := v.(type) {
		case nil:
			if t == "null" {
				return true
			}
		case string:
			if t == "string" {
				return true
			}
		case bool:
			if t == "boolean" {
				return true
			}
		case float64:
			if t == "number" || (t == "integer" && v == float64(int64(v))) {
				return true
			}
		case []any:
			if t == "array" {
				return true
			}
		case map[string]any:
			if t == "object" {
				return true
			}
		}
	}
	return false
}

// TestChineseKeysUnique checks that no two keys of a record type, data keys
// or Chinese keys, are spelt alike, so a key names one field.
func TestChineseKeysUnique(t *testing.T) {
	for typ, ti := range typeInfos {
		fs := ti.fields
		seen := map[string]string{}
		for _, f := range fs {
			for _, k := range []string{f.key, f.cn} {
				if k == "" {
					continue
				}
				if prev, dup := seen[k]; dup {
					t.Errorf("%s: key %q of %s is also %s", typ.Name(), k, f.key, prev)
				}
				seen[k] = f.key
			}
		}
	}
}
