package userrule

import (
	"bytes"
	"errors"
	"os"
	"strings"
	"testing"

	"zongjie/internal/metrics"
	"zongjie/internal/prose"
	"zongjie/internal/record"
	"zongjie/internal/rules"
)

func TestLoadRulesExample(t *testing.T) {
	rs, err := Load(customRules)
	if err != nil {
		t.Fatal(err)
	}
	if len(rs.Indicators) != 3 || len(rs.Rankings) != 1 || len(rs.Findings) != 2 {
		t.Fatalf("rule set: %d indicators, %d rankings, %d findings", len(rs.Indicators), len(rs.Rankings), len(rs.Findings))
	}
	r, err := rules.Run(load(t, example2013), rs)
	if err != nil {
		t.Fatal(err)
	}
	wantShown(t, r, "custom.unjoined", "", "968")           // 2729 − 1761
	wantShown(t, r, "custom.members_per_school", "", "9.4") // 1761 ÷ 188
	wantShown(t, r, "custom.group_task_gap", "永临学区", "1")   // 5 − 4
	wantShown(t, r, "custom.group_task_gap", "瓯北学区", "0")   // 16 − 16
	wantAbsent(t, r, "custom.group_task_gap", "上塘学区")       // nothing recorded
	wantErr(t, r, "custom.group_task_gap", "大岙学区", "缺少groups[0].unions_planned")
	v := value(t, r, "custom.unjoined", "")
	if len(v.Inputs) != 2 || v.Inputs[0].Path != "membership.members" || v.Inputs[0].Pos.Line == 0 {
		t.Errorf("inputs = %+v", v.Inputs)
	}

	rk, ok := r.Ranking("custom.lowest_donation")
	if !ok || len(rk.Entries) != 3 || rk.Entries[0].Name != "花坦小学" || rk.Entries[2].Name != "大岙小学" {
		t.Errorf("custom ranking = %+v", rk)
	}
	found := map[string]rules.Finding{}
	for _, f := range r.Findings {
		found[f.ID] = f
	}
	if f := found["custom.low_unit_donation"]; strings.Join(f.Subjects, "、") != "山坑小学、大岙小学、瓯北中心小学、花坦小学" || f.Text == "" {
		t.Errorf("custom finding: %+v", f)
	}
	if f := found["custom.small_unions"]; len(f.Values) != 1 || f.Values[0].ID != "custom.members_per_school" {
		t.Errorf("custom finding: %+v", f)
	}
}

func TestLoadRulesBroken(t *testing.T) {
	_, err := Load(brokenRules)
	var re RuleErrors
	if !errors.As(err, &re) || len(re) != 1 {
		t.Fatalf("error = %v", err)
	}
	e := re[0]
	if e.Pos.Line != 10 || e.Pos.Col != 41 {
		t.Errorf("position %s, want line 10 column 41", e.Pos)
	}
	want := " |     expr: membership.staff - membership.memebers\n | ........................................^"
	if e.Snippet != want {
		t.Errorf("snippet:\n%s\nwant:\n%s", e.Snippet, want)
	}
	if !strings.Contains(e.Msg, "memebers") || !strings.Contains(e.Msg, "members") {
		t.Errorf("message %q should name the typo and suggest the key", e.Msg)
	}
	if !strings.HasPrefix(err.Error(), brokenRules+":10:41: ") {
		t.Errorf("Error() = %q", err.Error())
	}
}

func TestParseRulesErrors(t *testing.T) {
	tests := []struct {
		name, src string
		pos       string // file:line:col of the (first) error
		want      string
	}{
		{"unknown top key", "indicator: []\n", "r.yaml:1:1", "indicators"},
		{"unknown rule key", "indicators:\n  - {id: a.b, label: x, expr: '1', colour: red}\n", "r.yaml:2:36", "colour"},
		{"missing expr", "indicators:\n  - {id: a.b, label: x}\n", "r.yaml:2:5", "缺少“expr”"},
		{"built-in id", "indicators:\n  - {id: membership.rate, label: x, expr: '1'}\n", "r.yaml:2:10", "内置指标"},
		{"bad id", "indicators:\n  - {id: 入会, label: x, expr: '1'}\n", "r.yaml:2:10", "小写英文字母"},
		{"duplicate id", "indicators:\n  - {id: a.b, label: x, expr: '1'}\n  - {id: a.b, label: y, expr: '2'}\n", "r.yaml:3:10", "重复"},
		{"unknown name", "indicators:\n  - id: a.b\n    label: x\n    expr: membrship.staff\n", "r.yaml:4:11", "“membership”"},
		{"quoted expression", "indicators:\n  - id: a.b\n    label: x\n    expr: \"1 + membership.stuff\"\n", "r.yaml:4:27", "“staff”"},
		{"block expression", "indicators:\n  - id: a.b\n    label: x\n    expr: |\n      membership.staff +\n        membership.memebrs\n", "r.yaml:6:20", "“members”"},
		{"syntax", "indicators:\n  - id: a.b\n    label: x\n    expr: membership.staff +\n", "r.yaml:4:28", "公式写法不完整"},
		{"not a number", "indicators:\n  - id: a.b\n    label: x\n    expr: membership.staff > 3\n", "r.yaml:4:11", "真或假"},
		{"not a condition", "findings:\n  - id: a.b\n    section: finance\n    when: finance.spent\n    text: x\n", "r.yaml:4:11", "应当得出真或假"},
		{"unit in whole rule", "indicators:\n  - id: a.b\n    label: x\n    expr: 1 + unit.staff\n", "r.yaml:4:15", "per: unit"},
		{"group in whole rule", "indicators:\n  - id: a.b\n    label: x\n    expr: group.unions_built\n", "r.yaml:4:11", "per: group"},
		{"unknown value id", "indicators:\n  - id: a.b\n    label: x\n    expr: value(\"membership.rat\") * 2\n", "r.yaml:4:17", "membership.rate"},
		{"value not constant", "indicators:\n  - id: a.b\n    label: x\n    expr: value(membership.scope)\n", "r.yaml:4:11", "加引号"},
		{"per-unit value in whole rule", "indicators:\n  - id: a.b\n    label: x\n    expr: value(\"charity.unit_per_capita\")\n", "r.yaml:4:17", "per: unit"},
		{"later id", "indicators:\n  - id: a.b\n    label: x\n    expr: value(\"a.c\")\n  - id: a.c\n    label: y\n    expr: '1'\n", "r.yaml:4:17", "写在前面"},
		{"bad section", "findings:\n  - {id: a.b, section: money, when: 'true', text: x}\n", "r.yaml:2:24", "finance"},
		{"bad placeholder", "findings:\n  - id: a.b\n    section: finance\n    when: 'true'\n    text: 划拨率为{finance.transfer_rat}\n", "r.yaml:5:15", "finance.transfer_rate"},
		{"count in whole finding", "findings:\n  - {id: a.b, section: finance, when: 'true', text: '{count}个'}\n", "r.yaml:2:54", "per: group"},
		{"ranking of a whole value", "rankings:\n  - {id: a.b, label: x, indicator: membership.rate}\n", "r.yaml:2:36", "无法排名"},
		{"within group of groups", "rankings:\n  - {id: a.b, label: x, indicator: charity.group_per_capita, within_group: true}\n", "r.yaml:2:76", "按单位"},
		{"yaml syntax", "indicators: [\n", "r.yaml:1:1", "YAML"},
		{"not a mapping", "- a\n", "r.yaml:1:1", "最外层"},
		{"bad kind", "indicators:\n  - {id: a.b, label: x, kind: percent, expr: '1'}\n", "r.yaml:2:31", "rate"},
		{"bad precision", "indicators:\n  - {id: a.b, label: x, precision: -1, expr: '1'}\n", "r.yaml:2:36", "precision"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("r.yaml", []byte(tt.src))
			var re RuleErrors
			if !errors.As(err, &re) || len(re) == 0 {
				t.Fatalf("no error for %q (%v)", tt.src, err)
			}
			if got := re[0].Pos.String(); got != tt.pos {
				t.Errorf("position %s, want %s (%s)", got, tt.pos, re[0].Msg)
			}
			if !strings.Contains(re[0].Error(), tt.want) {
				t.Errorf("error %q does not mention %q", re[0].Error(), tt.want)
			}
		})
	}
}

func TestCustomEvaluation(t *testing.T) {
	rs, err := Parse("r.yaml", []byte(`
indicators:
  - {id: c.ratio, label: 比, kind: rate, expr: "membership.members / membership.staff"}
  - {id: c.float, label: 浮点, expr: "0.1 + 0.2"}
  - {id: c.half, label: 半, precision: 1, expr: "value(\"c.float\") * 0 + 0.25"}
  - {id: c.zero, label: 零除, expr: "membership.members / 0"}
  - {id: c.fig, label: 课时, per: unit, expr: "unit.figure(\"课时\") * 2"}
  - {id: c.staffed, label: 人数, per: unit, kind: count, expr: "unit.staff ?? 0"}
  - {id: c.money, label: 钱, kind: amount, expr: "finance.spent"}
findings:
  - {id: c.many, section: organisation, per: unit, when: "(unit.staff ?? 0) > 10", text: "{count}个单位职工超过10人（{names}）"}
  - {id: c.never, section: organisation, per: unit, when: "unit.members > 1", text: "不会出现"}
  - {id: c.missing, section: finance, when: "true", text: "划拨率为{finance.transfer_rate}"}
`))
	if err != nil {
		t.Fatal(err)
	}
	p := parse(t, header+`
membership: {staff: 0, members: 5}
finance: {spent: 767.13万}
units:
  - {name: 甲, staff: 12, figures: {课时: 1.5}}
  - {name: 乙, staff: 8}
  - {name: 丙, staff: 30}
`)
	r, err := rules.Run([]*record.Period{p}, rs)
	if err != nil {
		t.Fatal(err)
	}
	wantErr(t, r, "c.ratio", "", "除数为0")
	if v := value(t, r, "c.float", ""); v.Num.RatString() != "3/10" {
		t.Errorf("0.1 + 0.2 = %s, want exactly 0.3", v.Num.RatString())
	}
	wantShown(t, r, "c.half", "", "0.3")
	wantErr(t, r, "c.zero", "", "除数为0")
	wantShown(t, r, "c.fig", "甲", "3")
	wantErr(t, r, "c.fig", "乙", "缺少乙的自定义指标“课时”")
	wantShown(t, r, "c.staffed", "丙", "30")
	if got := prose.Value(value(t, r, "c.money", "")); got != "767.13万元" {
		t.Errorf("amount = %s", got)
	}
	var found []string
	for _, f := range r.Findings {
		found = append(found, f.ID+":"+strings.Join(f.Subjects, "、"))
	}
	if got, want := strings.Join(found, "|"), "c.many:甲、丙"; got != want {
		t.Errorf("findings = %s, want %s", got, want)
	}

	// A whole rule reading nothing that is recorded is not applicable.
	q := parse(t, header)
	r, err = rules.Run([]*record.Period{q}, rs)
	if err != nil {
		t.Fatal(err)
	}
	wantAbsent(t, r, "c.ratio", "")
	wantShown(t, r, "c.float", "", "0.3")
}

func TestEmptyRuleFile(t *testing.T) {
	rs, err := Parse("r.yaml", []byte("# nothing yet\n"))
	if err != nil || rs == nil || len(rs.Indicators)+len(rs.Rankings)+len(rs.Findings) != 0 {
		t.Errorf("empty file: %v %v", rs, err)
	}
	if _, err := Load("no-such-file.yaml"); err == nil || !strings.Contains(err.Error(), "不存在") {
		t.Errorf("missing file: %v", err)
	}
}

// FuzzParseRules checks that no rule file makes the loader panic, and that
// every error it reports names the file.
func FuzzParseRules(f *testing.F) {
	for _, name := range []string{customRules, brokenRules} {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte("indicators:\n  - {id: a.b, label: x, expr: '1 +'}\n"))
	f.Add([]byte("findings:\n  - {id: a.b, section: finance, when: 'value(\"x\")', text: '{}'}\n"))
	f.Add([]byte("indicators: [{id: a, label: b, expr: |\n  x\n}]"))
	f.Fuzz(func(t *testing.T, data []byte) {
		rs, err := Parse("f.yaml", data)
		if err == nil {
			if rs == nil {
				t.Fatal("nil rule set without error")
			}
			return
		}
		var re RuleErrors
		if !errors.As(err, &re) || len(re) == 0 {
			t.Fatalf("error of type %T: %v", err, err)
		}
		for _, e := range re {
			if e.Pos.File != "f.yaml" || e.Msg == "" {
				t.Fatalf("error without file or message: %+v", e)
			}
		}
	})
}

// TestGoldenTable checks the metrics table of two periods with the example
// rule file applied: its values, ranking and findings among the built-in
// ones.
func TestGoldenTable(t *testing.T) {
	rs, err := Load(customRules)
	if err != nil {
		t.Fatal(err)
	}
	r, err := rules.Run(load(t, example2013, example2014), rs)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := metrics.WriteTable(&buf, r); err != nil {
		t.Fatal(err)
	}
	golden(t, "metrics-2013-2014-custom.golden", buf.Bytes())
}
