package userrule

import (
	"fmt"
	"os"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/expr-lang/expr/builtin"

	"zongjie/internal/num"
	"zongjie/internal/record"
	"zongjie/internal/rules"
)

// TestEnvMatchesRecord checks the expression environment against the record
// types field for field: every yaml key of every record struct reachable
// from record.Period is in the environment under the same name, with the
// converted type, and holds the converted value of a period in which every
// field is filled. Only the fields in leftOut and those a derivation
// replaces are exempt. A field added to package record is thus either
// usable in rules at once or this test fails, naming it.
func TestEnvMatchesRecord(t *testing.T) {
	if len(env().unmapped) > 0 {
		t.Errorf("record fields the environment cannot carry (teach projector.convert their type, or add them to leftOut with a reason):\n%s", strings.Join(env().unmapped, "\n"))
	}
	if len(env().clashes) > 0 {
		t.Errorf("derived names a record field now also uses (rename one, or make the derivation replace the field): %s", strings.Join(env().clashes, ", "))
	}
	var p record.Period
	fillRecord(reflect.ValueOf(&p).Elem(), new(int))
	e := env().build(&p)
	checked := 0
	compareStruct(t, "", e, reflect.ValueOf(p), &checked)
	if checked < 150 {
		t.Errorf("only %d record fields compared; the walk is broken", checked)
	}
}

// compareStruct compares an environment struct with the record struct it
// was made from, field by field, by yaml key.
func compareStruct(t *testing.T, path string, ev, rv reflect.Value, checked *int) {
	t.Helper()
	rt := rv.Type()
	replaced := map[string]bool{}
	for _, d := range derivations()[rt] {
		if d.replaces {
			replaced[d.name] = true
		}
	}
	for i := range rt.NumField() {
		name := record.DataKey(rt.Field(i))
		if name == "" || contains(leftOut[rt], name) {
			continue
		}
		where := strings.TrimPrefix(path+"."+name, ".")
		ef, ok := fieldByTag(ev, name)
		if !ok {
			t.Errorf("%s (record.%s.%s) is not in the expression environment", where, rt.Name(), rt.Field(i).Name)
			continue
		}
		if replaced[name] {
			continue // computed; see TestDerivedNames
		}
		*checked++
		compareValue(t, where, ef, rv.Field(i), checked)
	}
}

// compareValue compares one environment value with its record value.
func compareValue(t *testing.T, path string, ev, rv reflect.Value, checked *int) {
	t.Helper()
	switch rv.Type() {
	case typString, typBool, typIntPtr, typBoolPtr, typStrings:
		if ev.Type() != rv.Type() || !reflect.DeepEqual(ev.Interface(), rv.Interface()) {
			t.Errorf("%s: environment has %v (%s), record %v (%s)", path, ev, ev.Type(), rv, rv.Type())
		}
		return
	case typMoneyPtr:
		want, _ := rv.Interface().(*num.Money).Yuan().Float64()
		wantFloat(t, path, ev, want)
		return
	case typDecPtr:
		want, _ := rv.Interface().(*num.Decimal).Rat().Float64()
		wantFloat(t, path, ev, want)
		return
	case typDate:
		if ev.Kind() != reflect.String || ev.String() != rv.Interface().(record.Date).String() {
			t.Errorf("%s: environment has %v, want the date %s", path, ev, rv.Interface())
		}
		return
	}
	switch {
	case rv.Kind() == reflect.Struct:
		compareStruct(t, path, ev, rv, checked)
	case rv.Kind() == reflect.Pointer && rv.Elem().Kind() == reflect.Struct:
		if ev.Kind() != reflect.Pointer || ev.IsNil() {
			t.Errorf("%s: environment has %v, want a filled struct", path, ev)
			return
		}
		compareStruct(t, path, ev.Elem(), rv.Elem(), checked)
	case rv.Kind() == reflect.Slice && rv.Type().Elem().Kind() == reflect.Struct:
		if ev.Kind() != reflect.Slice || ev.Len() != rv.Len() {
			t.Errorf("%s: environment has %v, want a list of %d", path, ev, rv.Len())
			return
		}
		for i := range rv.Len() {
			compareStruct(t, fmt.Sprintf("%s[%d]", path, i), ev.Index(i).Elem(), rv.Index(i), checked)
		}
	default:
		t.Errorf("%s: the test does not know the record type %s", path, rv.Type())
	}
}

func wantFloat(t *testing.T, path string, ev reflect.Value, want float64) {
	t.Helper()
	if ev.Type() != typFloatPtr || ev.IsNil() || *ev.Interface().(*float64) != want {
		t.Errorf("%s: environment has %v, want *float64 %v", path, ev, want)
	}
}

// fieldByTag finds an environment struct's field by its expr name.
func fieldByTag(v reflect.Value, name string) (reflect.Value, bool) {
	for i := range v.NumField() {
		if v.Type().Field(i).Tag.Get("expr") == name {
			return v.Field(i), true
		}
	}
	return reflect.Value{}, false
}

// fillRecord gives every field of a record value a distinct value (lists
// get one element), so that a conversion mixing fields up shows.
func fillRecord(v reflect.Value, n *int) {
	*n++
	k := int64(*n)
	switch v.Type() {
	case typString:
		v.SetString("文字" + strconv.FormatInt(k, 10))
		return
	case typBool:
		v.SetBool(true)
		return
	case typIntPtr:
		v.Set(reflect.ValueOf(&k))
		return
	case typBoolPtr:
		b := k%2 == 0
		v.Set(reflect.ValueOf(&b))
		return
	case typMoneyPtr:
		m := num.Money(k*100 + 1)
		v.Set(reflect.ValueOf(&m))
		return
	case typDecPtr:
		d := num.Decimal{Unscaled: k*10 + 5, Scale: 1}
		v.Set(reflect.ValueOf(&d))
		return
	case typDate:
		v.Set(reflect.ValueOf(record.Date{Year: 2000 + int(k), Month: int(k%12) + 1, Day: int(k%28) + 1}))
		return
	case typStrings:
		v.Set(reflect.ValueOf([]string{"项" + strconv.FormatInt(k, 10)}))
		return
	}
	switch v.Kind() {
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				fillRecord(v.Field(i), n)
			}
		}
	case reflect.Pointer:
		v.Set(reflect.New(v.Type().Elem()))
		fillRecord(v.Elem(), n)
	case reflect.Slice:
		v.Set(reflect.MakeSlice(v.Type(), 1, 1))
		fillRecord(v.Index(0), n)
	case reflect.Map:
		m := reflect.MakeMap(v.Type())
		key := reflect.New(v.Type().Key()).Elem()
		fillRecord(key, n)
		val := reflect.New(v.Type().Elem()).Elem()
		fillRecord(val, n)
		m.SetMapIndex(key, val)
		v.Set(m)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		v.SetInt(k % 100)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		v.SetUint(uint64(k % 4))
	}
}

// TestEnvNames checks the names a rule sees at the top: every data file
// section, the derived ones, and none a builtin of expr would shadow.
func TestEnvNames(t *testing.T) {
	for _, want := range []string{"membership", "finance", "charity", "relief", "units", "groups", "unit", "group", "year", "value"} {
		if !contains(env().roots, want) {
			t.Errorf("no %s at the top of the environment", want)
		}
	}
	if contains(env().roots, stepName) || contains(env().names, stepName) {
		t.Errorf("the evaluation guard %s is offered to rules", stepName)
	}
	for _, r := range env().roots {
		if _, ok := builtin.Index[r]; ok {
			t.Errorf("the environment name %s hides expr's builtin %s()", r, r)
		}
	}
}

// TestDerivedNames checks the computed names on a small data file.
func TestDerivedNames(t *testing.T) {
	p := parse(t, header+`
groups: [{name: 东片}, {name: 西片}]
units:
  - {name: 甲, group: 东片, staff: 10, figures: {课时: 1.5}}
  - {name: 乙, group: 东片, staff: 20}
  - {name: 丙, group: 西片}
charity:
  - {name: 一日捐, total: 1000, participation: [{category: 学校, eligible: 5, participated: 4}, {category: 单位, eligible: 2, participated: 1}]}
  - {name: 助学, total: 50.5, participation: [{category: 学校, eligible: 3, participated: 3}]}
relief:
  batches:
    - {occasion: 春节, persons: 3, each: 200}
    - {occasion: 教师节, recipients: [{label: 在职, count: 2}, {label: 退休, count: 5}], amount: 700, measure: 人次}
`)
	rs := mustParse(t, `
indicators:
  - {id: c.year, label: 年, expr: "year"}
  - {id: c.total, label: 总额, expr: "charity.total"}
  - {id: c.part, label: 参加, expr: "charity.participated * 100 + charity.eligible"}
  - {id: c.drive, label: 第一次, expr: "charity.drives[0].participated * 100 + charity.drives[0].eligible"}
  - {id: c.persons, label: 人数, expr: "relief.persons"}
  - {id: c.amount, label: 金额, expr: "relief.amount"}
  - {id: c.batch, label: 第二批, expr: "relief.batches[1].persons"}
  - {id: c.measure, label: 计量, expr: "relief.batches[0].measure == '人' && relief.batches[1].measure == '人次' ? 1 : 0"}
  - {id: c.members, label: 分组单位, per: group, expr: "len(group.units)"}
  - {id: c.staff, label: 分组职工, per: group, expr: "sum(group.units, .staff ?? 0)"}
  - {id: c.fig, label: 课时, per: unit, expr: "unit.figure('课时') * 2"}
`)
	r, err := rules.Run([]*record.Period{p}, rs)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ id, subject, want string }{
		{"c.year", "", "2020"},
		{"c.total", "", "1050.5"},
		{"c.part", "", "810"}, // 4 + 1 + 3 of 5 + 2 + 3
		{"c.drive", "", "507"},
		{"c.persons", "", "10"},
		{"c.amount", "", "1300"},
		{"c.batch", "", "7"},
		{"c.measure", "", "1"},
		{"c.members", "东片", "2"},
		{"c.members", "西片", "1"},
		{"c.staff", "东片", "30"},
		{"c.fig", "甲", "3"},
	} {
		wantShown(t, r, c.id, c.subject, c.want)
	}
	wantErr(t, r, "c.fig", "乙", "缺少乙的自定义指标“课时”(units[].figures;没有自定义指标)")
}

// TestExampleDocumentsLanguage: examples/rules/custom.yaml, the rule file
// format's documentation, names every builtin a rule may use and every
// computed name of the environment, and states the limits.
func TestExampleDocumentsLanguage(t *testing.T) {
	data, err := os.ReadFile(customRules)
	if err != nil {
		t.Fatal(err)
	}
	doc := string(data)
	for name := range allowedBuiltins {
		if !regexp.MustCompile(`\b` + name + `\b`).MatchString(doc) {
			t.Errorf("%s does not name the builtin %s()", customRules, name)
		}
	}
	for _, limit := range []string{
		fmt.Sprintf("%d 秒", int(DefaultTimeout.Seconds())),
		fmt.Sprintf("%d 层", maxNesting),
		fmt.Sprintf("%d 万项", minMemoryBudget/10000),
		fmt.Sprintf("%d 万个字符", maxExprRunes/10000),
	} {
		if !strings.Contains(doc, limit) {
			t.Errorf("%s does not state the limit %s", customRules, limit)
		}
	}
	for _, ders := range derivations() {
		for _, d := range ders {
			if d.name != stepName && !regexp.MustCompile(`\b`+d.name+`\b`).MatchString(doc) {
				t.Errorf("%s does not explain the computed name %s", customRules, d.name)
			}
		}
	}
}
