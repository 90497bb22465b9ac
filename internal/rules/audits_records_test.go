package rules

import (
	"strings"
	"testing"
)

// TestRecordAudits checks each audit of audits_records.go once passing and
// once failing, with both figures and both positions in the message; and
// that an approximate figure is never audited.
func TestRecordAudits(t *testing.T) {
	r := runOne(t, `
organisation: {name: 东塔机械有限公司工会}
period: {year: 2011}
membership: {staff: 1200, units: 3}
units:
  - {name: 机加车间, staff: 500}
  - {name: 装配车间, staff: 600}
relief:
  batches:
    - occasion: 专项慰问
      measure: 人次
      persons: 59
      amount: 22500
      payments: [{kind: 慰问金, amount: 12500}, {kind: 抚恤金, amount: 10000}]
    - occasion: 春节送温暖
      measure: 人次
      persons: 278
      amount: 100000
      payments: [{kind: 慰问金, amount: 60000}, {kind: 困难补助, amount: 30000}]
building:
  unions_built: 2
  new_unions: [{name: 甲, count: 4}]
  unions_total: 22
  independent: 15
  joint: 7
labour: {hazards_found: 16, hazards_fixed: 11, hazards_scheduled: 5}
bargaining: {covered: 4382}
contracts:
  - {kind: 工资专项集体合同, scope: 单独, staff: 1200}
  - {kind: 工资专项集体合同, scope: 区域性, enterprises: 29, staff: 3182}
rates:
  - {label: 入会率, rate: 95.8, part: 1150, whole: 1200}
  - {label: 参赛率, rate: 98, part: 90, whole: 100}
  - {label: 满意率, rate: 80%以上, part: 80, whole: 100}
activities:
  - name: 书法比赛
    prizes: [{award: 二等奖, count: 1}, {award: 三等奖, count: 3}]
    results:
      - {who: 职业中学周跃, award: 二等奖}
      - {who: 实验小学刘慧珍, award: 三等奖}
      - {who: 乌牛二小季显莹, award: 三等奖}
`)
	want := map[string]struct {
		ok   bool
		text string
	}{
		"membership.staff.units":             {false, "所报1200人"},
		"membership.units.count":             {false, "单位表所列为2个"},
		"relief.batch.payments/专项慰问":         {true, "2.25万元"},
		"relief.batch.payments/春节送温暖":        {false, "6+3=9万元"},
		"building.unions_built.new_unions":   {false, "所报2个"},
		"building.unions_total.kinds":        {true, "15+7=22个"},
		"labour.hazards":                     {true, "11+5=16处"},
		"bargaining.covered.contracts":       {true, "1200+3182=4382人"},
		"rates.入会率/入会率":                      {true, "1150÷1200=95.8%"},
		"rates.参赛率/参赛率":                      {false, "90÷100=90%"},
		"activities.prizes.results/书法比赛·二等奖": {true, "周跃"},
		"activities.prizes.results/书法比赛·三等奖": {false, "所报3名"},
	}
	seen := map[string]bool{}
	for _, a := range r.Audits {
		key := a.ID
		if a.Subject != "" {
			key += "/" + a.Subject
		}
		w, ok := want[key]
		if !ok {
			continue
		}
		seen[key] = true
		if a.OK != w.ok {
			t.Errorf("%s: OK = %v, want %v: %s", key, a.OK, w.ok, a.Message)
		}
		if !strings.Contains(a.Message, w.text) {
			t.Errorf("%s: message lacks %q: %s", key, w.text, a.Message)
		}
		if !a.OK && (!strings.Contains(a.Message, "t.yaml:") || !strings.Contains(a.Message, "相差")) {
			t.Errorf("%s: a failed audit names neither positions nor the difference: %s", key, a.Message)
		}
	}
	for key := range want {
		if !seen[key] {
			t.Errorf("audit %s not run", key)
		}
	}
	for _, a := range r.Audits {
		if strings.Contains(a.ID, "满意率") {
			t.Errorf("an approximate rate was audited: %s", a.Message)
		}
	}
}

// TestUnitSumsUnderScope: the units table adds up to the stated staff and
// members when the scope names the whole organisation's people, not when
// it names a kind of unit, some of those listed.
func TestUnitSumsUnderScope(t *testing.T) {
	for _, c := range []struct {
		scope string
		audit bool
	}{
		{"", true}, {"全院在编及合同制职工", true}, {"公司在册职工和项目一线劳务人员", true},
		{"民办学校(幼儿园)", false}, {"当阳市建筑行业工会联合会", false},
	} {
		r := runOne(t, "organisation: {name: 甲工会}\nperiod: {year: 2025}\nmembership: {scope: \""+c.scope+"\", staff: 100, members: 90}\n"+
			"units: [{name: 甲, staff: 60, members: 55}, {name: 乙, staff: 50, members: 45}]\n")
		got := map[string]bool{}
		for _, a := range r.Audits {
			got[a.ID] = !a.OK
		}
		if got["membership.staff.units"] != c.audit || got["membership.members.units"] != c.audit {
			t.Errorf("scope %q: failed audits %v, want the unit sums audited: %v", c.scope, got, c.audit)
		}
	}
}

// TestNewUnionsShortSaysHowToWriteTheRest: new unions listed short of the
// number built are answered with how to write the others, one part is
// its own sum ("1个", not "1=1个").
func TestNewUnionsShortSaysHowToWriteTheRest(t *testing.T) {
	r := runOne(t, "organisation: {name: 云溪县总工会}\nperiod: {year: 2025}\nbuilding:\n  unions_built: 46\n  new_unions: [{name: 快递物流行业工会联合会}]\n")
	for _, a := range r.Audits {
		if a.ID != "building.unions_built.new_unions" {
			continue
		}
		if a.OK || !strings.Contains(a.Message, "所列新建工会为1个（") || !strings.Contains(a.Message, "{name: 企业工会, count: 45}") {
			t.Errorf("%s", a.Message)
		}
		return
	}
	t.Error("new unions not audited")
}

// TestMembershipRateFormulaOfAScopeOfPeople: a scope naming people is the
// divisor's own name (全县已建会单位职工人数), not doubled (…职工职工人数).
func TestMembershipRateFormulaOfAScopeOfPeople(t *testing.T) {
	for scope, want := range map[string]string{"全县已建会单位职工": "会员人数 ÷ 全县已建会单位职工人数", "民办学校(幼儿园)": "会员人数 ÷ 民办学校(幼儿园)职工人数"} {
		r := runOne(t, "organisation: {name: 甲工会}\nperiod: {year: 2025}\nmembership: {scope: "+scope+", staff: 100, members: 90}\n")
		if v, ok := r.Value(IDMembershipRate); !ok || v.Formula != want {
			t.Errorf("%s: formula %q, want %q", scope, v.Formula, want)
		}
	}
}

// TestUnitCountOfJointUnions: a units table of a federation's unions adds
// up to its 基层单位数 by the units each covers (enterprises), a row
// without them counting one; a shortfall says how to write the table.
func TestUnitCountOfJointUnions(t *testing.T) {
	for _, c := range []struct {
		units string
		ok    bool
		text  string
	}{
		{"  - {name: 甲社区联合工会, enterprises: 60}\n  - {name: 乙楼宇联合工会, enterprises: 25}\n  - {name: 街道机关工会}\n", true, "联合工会按所覆盖的单位计"},
		{"  - {name: 甲社区联合工会}\n  - {name: 乙楼宇联合工会}\n", false, "请在各行写它覆盖的单位数 enterprises"},
	} {
		r := runOne(t, "organisation: {name: 甲街道总工会, kind: 街道总工会}\nperiod: {year: 2025}\nmembership: {units: 86}\nunits:\n"+c.units)
		found := false
		for _, a := range r.Audits {
			if a.ID != "membership.units.count" {
				continue
			}
			found = true
			if a.OK != c.ok || !strings.Contains(a.Message+a.ComputedFrom, c.text) {
				t.Errorf("%q: OK = %v (want %v), %s %s; want %q", c.units, a.OK, c.ok, a.ComputedFrom, a.Message, c.text)
			}
		}
		if !found {
			t.Errorf("%q: the unit count was not audited", c.units)
		}
	}
}
