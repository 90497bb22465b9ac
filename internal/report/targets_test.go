package report

import (
	"strings"
	"testing"

	"zongjie/internal/record"
	"zongjie/internal/rules"
)

// halfYearPeriod is a union's records for a year or a half of it.
func halfYearPeriod(t *testing.T, period string, members, charity string) *record.Period {
	t.Helper()
	src := "organisation: {name: 城关医院工会, sector: 医院}\nperiod: " + period + "\n" +
		"membership: {staff: 1000, members: " + members + "}\n" +
		"charity: [{name: 一日捐, total: " + charity + "}]\n" +
		"targets:\n  - {metric: charity.total, amount: 140万}\n  - {metric: membership.rate, rate: 75}\n"
	p, err := record.Parse("t.yaml", []byte(src), record.DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// TestHalfYearComparesWithItsHalf: a half-year summary compares with the
// same half of last year (同比) when those records are given, never with
// the whole of last year; it checks a year's targets as progress, and does
// not check targets set for another period.
func TestHalfYearComparesWithItsHalf(t *testing.T) {
	year2013 := func() *record.Period { return halfYearPeriod(t, "{year: 2013}", "600", "120万") }
	h2013 := func() *record.Period { return halfYearPeriod(t, "{year: 2013, part: 上半年}", "620", "40万") }
	h2014 := func() *record.Period { return halfYearPeriod(t, "{year: 2014, part: 上半年}", "680", "50万") }
	for _, c := range []struct {
		name     string
		periods  []*record.Period
		want, no []string
	}{
		{"after a whole year", []*record.Period{year2013(), h2014()},
			[]string{"对照2013年确定的目标任务，慈善捐款全年目标为140万元，上半年已完成50万元，完成全年目标的35.7%；入会率全年目标为75%，上半年为68%。"},
			[]string{"比2013年", "比上年", "未完成任务"}},
		{"after last year's first half", []*record.Period{h2013(), h2014()},
			[]string{"现有会员680人，比上年同期增长9.7%", "入会率为68%，比上年同期提高6个百分点"},
			[]string{"对照", "目标为140万元"}},
	} {
		res, err := rules.Run(c.periods, nil)
		if err != nil {
			t.Fatal(err)
		}
		d, err := Compose(res, HalfYear, nil)
		if err != nil {
			t.Fatal(err)
		}
		got := string(markdownOf(t, d).Markdown)
		for _, w := range c.want {
			if !strings.Contains(got, w) {
				t.Errorf("%s: missing %q in\n%s", c.name, w, got)
			}
		}
		for _, w := range c.no {
			if strings.Contains(got, w) {
				t.Errorf("%s: %q in\n%s", c.name, w, got)
			}
		}
	}
}

// annualOf composes the annual report of the last of the periods
// written in srcs (YAML, one per period), as Markdown.
func annualOf(t *testing.T, srcs ...string) string {
	t.Helper()
	return reportOf(t, Annual, srcs...)
}

// reportOf composes a report of kind of the periods written in srcs.
func reportOf(t *testing.T, kind Kind, srcs ...string) string {
	t.Helper()
	var ps []*record.Period
	for _, src := range srcs {
		p, err := record.Parse("t.yaml", []byte(src), record.DefaultLimits)
		if err != nil {
			t.Fatal(err)
		}
		ps = append(ps, p)
	}
	res, err := rules.Run(ps, nil)
	if err != nil {
		t.Fatal(err)
	}
	d, err := Compose(res, kind, nil)
	if err != nil {
		t.Fatal(err)
	}
	return string(markdownOf(t, d).Markdown)
}

// TestTargetFigureAsTheProseSaysIt: a target's actual is said as the
// rest of the report says the figure: 21860元 is 2.19万元 in both places,
// never 2.186万元 beside 2.19万元.
func TestTargetFigureAsTheProseSaysIt(t *testing.T) {
	year := func(y, charity string) string {
		return "organisation: {name: 某中学工会, sector: 学校}\nperiod: {year: " + y + "}\n" +
			"charity: [{name: 一日捐, total: " + charity + "}]\ntargets: [{metric: charity.total, amount: 2万}]\n"
	}
	got := annualOf(t, year("2024", "19000"), year("2025", "21860"))
	if !strings.Contains(got, "慈善捐款目标为2万元，实际为2.19万元") || strings.Contains(got, "2.186万元") {
		t.Errorf("the target's actual:\n%s", got)
	}
}

// TestTargetCountedBeforeTheYearEnds: a target checked against figures
// counted over part of the year (1—11月) is progress on its way, not a
// target missed: no 未完成任务, no problem.
func TestTargetCountedBeforeTheYearEnds(t *testing.T) {
	year := func(y, membership string) string {
		return "organisation: {name: 云溪县总工会}\nperiod: {year: " + y + "}\n" +
			"membership: " + membership + "\ntargets: [{metric: membership.new_members, count: 10000}]\n"
	}
	for _, c := range []struct{ membership, want string }{
		{"{staff: 200000, members: 186000, new_members: 9860, span: 1—11月}", "新发展会员全年目标为10,000人，1—11月已完成9860人，完成全年目标的98.6%"},
		{"{staff: 200000, members: 186000, new_members: 9860, as_of: 2025-11-30}", "新发展会员全年目标为10,000人，截至11月30日已完成9860人，完成全年目标的98.6%"},
	} {
		got := annualOf(t, year("2024", "{staff: 190000, members: 180000}"), year("2025", c.membership))
		if !strings.Contains(got, c.want) || strings.Contains(got, "未完成") || strings.Contains(got, "未达到") {
			t.Errorf("%s:\n%s", c.membership, got)
		}
	}
}

// TestTargetsReachedAlikeAreOneClause: targets exceeded alike are told in
// one clause with each figure and its target, not a clause of one frame
// each; a missed target keeps its own clause with its gap.
func TestTargetsReachedAlikeAreOneClause(t *testing.T) {
	year := func(y, members, charity, rate string) string {
		return "organisation: {name: 甲公司工会, sector: 企业}\nperiod: {year: " + y + "}\n" +
			"membership: {staff: 200, members: " + members + "}\ncharity: [{name: 一日捐, total: " + charity + "}]\n" +
			"targets: [{metric: membership.members, count: 180}, {metric: charity.total, amount: 2万}, {metric: membership.rate, rate: 95}]\n"
	}
	got := annualOf(t, year("2024", "170", "19000", "85"), year("2025", "182", "21000", "91"))
	for _, want := range []string{
		"会员人数、慈善捐款2项目标均超额完成，分别为182人（目标180人）和2.1万元（目标2万元）",
		"入会率目标为95%，实际为91%，未完成任务，差4个百分点",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %q in:\n%s", want, got)
		}
	}
}

// TestTermWithAYearMissing: a review whose files miss a year says which
// under its table of figures and counts the term's years, not the files':
// 本届以来, not 三年来, which would read as the last three years; an
// activity held in the years given is not 每年.
func TestTermWithAYearMissing(t *testing.T) {
	year := func(y string) string {
		return "organisation: {name: 甲公司工会, sector: 企业, committee: {number: 3, elected: 2021, term_years: 4}}\nperiod: {year: " + y + "}\n" +
			"membership: {staff: 200, members: 190, new_members: 10}\nactivities: [{name: 职工运动会, category: 文体, date: " + y + "-10, participants: 150}]\n"
	}
	got := reportOf(t, Term, year("2021"), year("2022"), year("2024"))
	for _, want := range []string{"（2023年的数据暂缺，各项累计数不含2023年）", "本届以来", "2021年、2022年、2024年举办职工运动会"} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %q in:\n%s", want, got)
		}
	}
	for _, bad := range []string{"三年来", "每年举办"} {
		if strings.Contains(got, bad) {
			t.Errorf("%q in:\n%s", bad, got)
		}
	}
}
