package record

import (
	"reflect"
	"strings"
	"testing"
)

// TestCountMeasureAgrees: a measure word typed after a count must be what
// the count counts, the field's own (职工人数 counts 人) or the one its row
// states (慰问人数 by 计量); one that agrees is read as the number.
func TestCountMeasureAgrees(t *testing.T) {
	const head = "organisation: {name: 甲工会}\nperiod: {year: 2025}\n"
	for _, tt := range []struct {
		name, data, want string // want "" for no problem
	}{
		{"persons as persons", "units: [{name: 甲所, staff: 612人, members: 600名}]", ""},
		{"staff in households", "units: [{name: 甲所, staff: 62户}]",
			"units[0](甲所).staff: “62户”的“户”与这一项不符:“职工人数”按人计;请去掉“户”,只写 62"},
		{"staff approximate in visits", "membership: {staff: 约600人次}",
			"membership.staff: “约600人次”的“人次”与这一项不符:“职工总数”按人计;请去掉“人次”,只写 约600"},
		{"visits as visits", "labour: {trained: 1.2万人次}", ""},
		{"visits as persons", "labour: {trained: 120人}",
			"labour.trained: “120人”的“人”与这一项不符:“培训人次”按人次计;请去掉“人”,只写 120"},
		{"batch by its measure", "relief: {batches: [{occasion: 夏季送清凉, persons: '1,260人次', measure: 人次}]}", ""},
		{"batch measure left out", "relief: {batches: [{occasion: 春节送温暖, persons: 52人}]}", ""},
		{"batch contradicts its measure", "relief: {batches: [{occasion: 春节送温暖, persons: 52人次, measure: 人}]}",
			"relief.batches[0](春节送温暖).persons: “52人次”的“人次”与这一行的“计量”(人)不符:“人数”按计量计;数的是人次的话,请把“计量”改为“人次”,否则去掉“人次”,只写 52"},
		{"batch measure blank", "relief: {batches: [{occasion: 春节送温暖, persons: 52户}]}",
			"relief.batches[0](春节送温暖).persons: “52户”的“户”与这一行的“计量”(没有填,按人计)不符:“人数”按计量计;数的是户的话,请把“计量”改为“户”,否则去掉“户”,只写 52"},
		{"batch measure word outside the list", "relief: {batches: [{occasion: 春节送温暖, persons: 52个}]}",
			"relief.batches[0](春节送温暖).persons: “52个”的“个”与这一行的“计量”(没有填,按人计)不符:“人数”按计量计;请去掉“个”,只写 52"},
		{"table form", "units: {columns: [name, staff], rows: [[甲所, 62户]]}",
			"units[0](甲所).staff: “62户”的“户”与这一项不符"},
		{"amount in 万元", "relief: {batches: [{occasion: 春节送温暖, persons: 52, amount: 10.4万元}]}", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseAndValidate("t.yaml", []byte(head+tt.data+"\n"), DefaultLimits)
			switch {
			case tt.want == "" && err != nil:
				t.Errorf("refused: %v", err)
			case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
				t.Errorf("got %v\nwant %q", err, tt.want)
			}
		})
	}
}

// TestCountMeasuresListed: every count countMeasures lists is a count of
// its record type, and a measure stated by the row is a field of it.
func TestCountMeasuresListed(t *testing.T) {
	types := map[string]reflect.Type{}
	for _, ti := range typeTable {
		types[ti.t.Name()] = ti.t
	}
	for k, rule := range countMeasures {
		owner, key, _ := strings.Cut(k, ".")
		rt, ok := types[owner]
		if !ok {
			t.Errorf("%s: no record type %s", k, owner)
			continue
		}
		f, ok := findField(fieldsOf(rt), key)
		if !ok || rt.Field(f.index).Type != reflect.TypeOf((*int64)(nil)) {
			t.Errorf("%s is not a count", k)
		}
		if m, _, byRow := strings.Cut(rule, "="); byRow {
			if _, ok := findField(fieldsOf(rt), m); !ok {
				t.Errorf("%s: %s has no field %s", k, owner, m)
			}
		}
	}
}
