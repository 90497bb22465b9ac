package record

import (
	"reflect"
	"strings"

	"gopkg.in/yaml.v3"

	"zongjie/internal/num"
)

// countMeasures say what a count counts, by owner type and key, so that a
// measure word typed after it ("62户", "52人次") is checked, not dropped:
// either the measure word of the field itself ("人"), or the key of the
// record's field that states it and what that field means when blank
// ("measure=人"). A count not listed takes any measure word.
//
// Only what people are counted in is listed: persons, visits (人次) and
// households are never one another, and a figure read in the wrong one is
// a wrong figure.
var countMeasures = map[string]string{
	"Membership.staff":            "人",
	"Membership.members":          "人",
	"Membership.new_members":      "人",
	"Membership.women_staff":      "人",
	"Membership.women_members":    "人",
	"Membership.migrant_members":  "人",
	"Membership.new_form_members": "人",
	"Membership.retirees":         "人",
	"Unit.staff":                  "人",
	"Unit.members":                "人",
	"NewUnion.members":            "人",
	"NewUnion.delegates":          "人",
	"Drive.donors":                "人",
	"Drive.donors_at_least":       "人",
	"Hardship.households":         "户",
	"Hardship.persons":            "人",
	"Hardship.new":                "户",
	"ReliefBatch.persons":         "measure=人",
	"Activity.participants":       "人",
	"Activity.person_times":       "人次",
	"Democracy.representatives":   "人",
	"Labour.competitors":          "人次",
	"Labour.trained":              "人次",
	"Women.checkups":              "人",
	"Rights.dispute_workers":      "人",
	"Rights.consultations":        "人次",
	"Bargaining.staff":            "人",
	"Bargaining.covered":          "人",
	"Bargaining.instructors":      "人次",
}

// sameMeasure reports whether the measure words a and b count the same:
// 名 and 位 are persons as 人 is.
func sameMeasure(a, b string) bool {
	person := func(s string) bool { return s == "人" || s == "名" || s == "位" }
	return a == b || person(a) && person(b)
}

// checkMeasures reports each count of the record v (at path) written with
// a measure word that is not what the count counts (countMeasures). vals
// are the value nodes of the record's fields as written, by field.
func (d *decoder) checkMeasures(v reflect.Value, path dpath, fields []field, vals []*yaml.Node) {
	owner := v.Type().Name()
	for fi, n := range vals {
		rule, ok := countMeasures[owner+"."+fields[fi].key]
		if !ok || n == nil || n.Kind != yaml.ScalarNode {
			continue
		}
		typed := num.CountMeasure(n.Value)
		if typed == "" {
			continue
		}
		p := path.field(fields, fi)
		if _, approx := d.approx[p.String()]; v.Field(fields[fi].index).IsNil() && !approx {
			continue // not read: its own message says why
		}
		written := strings.TrimSpace(n.Value)
		bare := written
		if i := strings.LastIndex(written, typed); i >= 0 {
			bare = strings.TrimSpace(written[:i] + written[i+len(typed):])
		}
		key, blank, byRow := strings.Cut(rule, "=")
		if !byRow {
			if !sameMeasure(typed, rule) {
				d.errorf(n, p.String(), "“%s”的“%s”与这一项不符:“%s”按%s计;请去掉“%s”,只写 %s",
					clip(written), typed, fieldName(fields[fi]), rule, typed, bare)
			}
			continue
		}
		mi := fieldIndex(fields, key)
		stated := ""
		if m := vals[mi]; m != nil && m.Kind == yaml.ScalarNode {
			stated = strings.TrimSpace(m.Value)
		}
		want, shown := stated, stated
		if stated == "" {
			want, shown = blank, "没有填,按"+blank+"计"
		}
		if sameMeasure(typed, want) {
			continue
		}
		mf := fieldName(fields[mi])
		fix := ""
		if contains(enums[owner+"."+key], typed) {
			fix = "数的是" + typed + "的话,请把“" + mf + "”改为“" + typed + "”,否则"
		} else {
			fix = "请"
		}
		d.errorf(n, p.String(), "“%s”的“%s”与这一行的“%s”(%s)不符:“%s”按%s计;%s去掉“%s”,只写 %s",
			clip(written), typed, mf, shown, fieldName(fields[fi]), mf, fix, typed, bare)
	}
}

// fieldName names a field as the clerk sees it: by its Chinese key, the
// column or row name of a workbook.
func fieldName(f field) string {
	if f.cn != "" {
		return f.cn
	}
	return f.key
}
