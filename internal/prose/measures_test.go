package prose

import (
	"strings"
	"testing"
)

// TestMeasures: a plan's 保障措施 are the clerk's when written, none when
// the clerk's plan has a group of them (not a group of work named
// 服务保障), else the usual four in the union's
// own words.
func TestMeasures(t *testing.T) {
	const head = "organisation: {name: 甲医院工会, short_name: 院工会, sector: 医院, leadership: [院党委]}\nperiod: {year: 2025}\n"
	for _, c := range []struct{ text, want string }{
		{"text: {measures: [健全工作机制, 强化考核]}", "健全工作机制。|强化考核。"},
		{"text: {plan: [{heading: 主要工作, items: [办好职工之家]}, {heading: 保障措施, items: [加强领导]}]}", ""},
		{"", "加强组织领导，院工会在院党委的领导下"},
		{"text: {plan: [{heading: 做实服务保障, items: [新建爱心驿站20个]}]}", "加强组织领导"}, // a heading of work, not of measures
		{"", "提高工会干部服务医务人员的能力"},
	} {
		w := New(run(t, nil, parse(t, head+c.text+"\n")), false)
		got := strings.Join(w.Measures(), "|")
		if c.want == "" && got != "" || !strings.Contains(got, c.want) {
			t.Errorf("%s:\n got %q\nwant %q", c.text, got, c.want)
		}
	}
}

// TestMeasuresByShape: a union over others breaks its plan down to the
// unions under it and trains their cadres itself; a 总工会 also to its own
// departments, and it collects the funds; a workplace union gives each task
// to a committee member.
func TestMeasuresByShape(t *testing.T) {
	for _, c := range []struct{ org, want, not string }{
		{"{name: 甲医院工会, sector: 医院}", "分解到每一位工会委员", "基层工会"},
		{"{name: 甲街道总工会, kind: 街道总工会}", "分解到各基层工会", "委员"},
		{"{name: 甲县教育工会, kind: 教育系统}", "分解到各学校工会", "委员"},
		{"{name: 甲县总工会, kind: 地方总工会}", "分解到机关各部室和各基层工会", "委员"},
		{"{name: 甲县总工会, kind: 地方总工会}", "依法做好工会经费收缴", "上级工会的业务培训"},
		{"{name: 甲社区工会, kind: 社区工会}", "加强基层工会干部培训", "分级分类"},
		{"{name: 甲大学工会, sector: 学校}\nunits: [{name: 机关分工会}, {name: 理学院分工会}]", "分解到各分工会", "委员"},
		{"{name: 甲大学工会, sector: 学校}\nunits: [{name: 机关分工会}, {name: 理学院分工会}]", "组织分工会干部参加业务培训", "上级工会的业务培训"},
		{"{name: 甲集团有限公司工会, sector: 企业}\nunits: [{name: 发电公司工会}, {name: 煤业公司工会}]", "分解到各所属单位工会", "委员"},
		{"{name: 甲机械有限公司工会, sector: 企业}\nunits: [{name: 机加车间}, {name: 装配车间}]", "分解到每一位工会委员", "车间"},
	} {
		org, units, _ := strings.Cut(c.org, "\n")
		w := New(run(t, nil, parse(t, "organisation: "+org+"\nperiod: {year: 2025}\n"+units+"\n")), false)
		got := strings.Join(w.Measures(), "|")
		if !strings.Contains(got, c.want) || strings.Contains(got, c.not) {
			t.Errorf("%s:\n got %q\nwant %q and not %q", c.org, got, c.want, c.not)
		}
	}
}
