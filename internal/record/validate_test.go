package record

import (
	"strings"
	"testing"
)

// TestReportDate: a report is dated within its period or soon after it,
// before the next period is half over: half a year after a year, three
// months after a half-year or a semester.
func TestReportDate(t *testing.T) {
	for _, c := range []struct {
		period string
		want   string // "" for no problem
	}{
		{"{year: 2025, report_date: 2025-12-20}", ""},
		{"{year: 2025, report_date: 2026-06-30}", ""},
		{"{year: 2025, report_date: 2026-07-01}", "报告日期 2026-07-01 与报告期(2025年,2025-01-01 至 2025-12-31)对不上;报告日期应在报告期内或结束后半年内"},
		{"{year: 2025, report_date: 2024-12-30}", "报告日期 2024-12-30 与报告期(2025年,2025-01-01 至 2025-12-31)对不上"},
		{"{year: 2025, part: 上半年, report_date: 2025-06-20}", ""},
		{"{year: 2025, part: 上半年, report_date: 2025-09-30}", ""},
		{"{year: 2025, part: 上半年, report_date: 2025-12-20}", "报告日期 2025-12-20 与报告期(2025年上半年,2025-01-01 至 2025-06-30)对不上;报告日期应在报告期内或结束后三个月内"},
		{"{year: 2025, part: 下半年, report_date: 2026-03-31}", ""},
		{"{year: 2025, part: 下半年, report_date: 2026-05-10}", "结束后三个月内"},
		{"{year: 2025, part: 秋季学期, report_date: 2026-04-30}", ""},
		{"{year: 2025, from_year: 2021, report_date: 2026-03-10}", ""},
	} {
		wantValid(t, c.period, "organisation: {name: 甲工会}\nperiod: "+c.period+"\n", c.want)
	}
}

// TestPlanDate: a file that is a plan and nothing else is dated before its
// period begins (up to three months), in it, or after it as a report is (a
// plan of the next period); one that also tells work done is a report,
// dated as reports are.
func TestPlanDate(t *testing.T) {
	const plan = "targets: [{text: 建设教职工信赖的教工之家}]\n"
	for _, c := range []struct {
		name, period, more string
		want               string // "" for no problem
	}{
		{"a term's plan written in August", "{year: 2013, part: 秋季学期, report_date: 2013-08-26}", "", ""},
		{"a year's plan written in December", "{year: 2014, report_date: 2013-12-20}", "", ""},
		{"a year's plan written in its spring", "{year: 2014, report_date: 2014-03-02}", "", ""},
		{"a plan written half a year ahead", "{year: 2014, report_date: 2013-06-20}", "", "计划的日期应在计划期开始前三个月内、计划期内或结束后半年内"},
		{"a plan for the next year, dated in January (zongjie init --kind plan)", "{year: 2014, report_date: 2015-01-10}", "", ""},
		{"a plan dated long after its period", "{year: 2014, report_date: 2015-08-10}", "", "与计划期(2014年,2014-01-01 至 2014-12-31)对不上"},
		{"a report with its plan, dated before its period", "{year: 2014, report_date: 2013-12-20}", "membership: {staff: 100, members: 98}\n", "报告日期应在报告期内或结束后半年内"},
		{"a plan with a list left empty", "{year: 2014, report_date: 2013-12-20}", "rates: []\n", ""},
		{"a plan with its guidance", "{year: 2014, report_date: 2013-12-20}", "text: {guidance: 以构建和谐校园为主线}\n", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			wantValid(t, c.period, "organisation: {name: 甲工会}\nperiod: "+c.period+"\n"+plan+c.more, c.want)
		})
	}
}

// TestMeetingDate: the congress that hears a period's work report meets in
// the period or within a year after it, and after the events the report
// reviews (the day of the congress held early in the year is not it).
func TestMeetingDate(t *testing.T) {
	for date, want := range map[string]string{
		"2026-02-26": "",
		"2025-12-28": "",
		"2025-03-10": "大会日期 2025-03-10 早于本期记下的“气排球比赛”(2025-12-04)",
		"2024-12-30": "大会日期 2024-12-30 与报告期(2025年,2025-01-01 至 2025-12-31)对不上",
		"2027-03-01": "请检查年份",
	} {
		src := "organisation: {name: 甲工会}\nperiod: {year: 2025}\ndemocracy: {meeting_date: " + date + "}\n" +
			"activities: [{name: 登山, date: 2025-10}, {name: 气排球比赛, date: 2025-12-04}]\n" +
			"relief: {batches: [{occasion: 春节慰问, date: 2025-01, persons: 3, amount: 900}]}\n"
		wantValid(t, date, src, want)
	}
}

// TestGoodsCountedTwice: a batch whose amount is the value of the goods it
// handed out would count the same money twice (as money and as goods).
func TestGoodsCountedTwice(t *testing.T) {
	for batch, want := range map[string]string{
		"{occasion: 夏季送清凉, kind: 送清凉, persons: 1820, amount: 91000, goods: [{item: 防暑降温用品, value: 91000}]}": "与所发物品的折合金额相同",
		"{occasion: 夏季送清凉, kind: 送清凉, persons: 1820, goods: [{item: 防暑降温用品, value: 91000}]}":                "",
		"{occasion: 春节慰问, persons: 20, amount: 10000, goods: [{item: 年货礼包, value: 4000}]}":                  "",
	} {
		wantValid(t, batch, "organisation: {name: 甲工会}\nperiod: {year: 2025}\nrelief: {batches: ["+batch+"]}\n", want)
	}
}

// TestTargetsOfTwoYears: a metric may have a target for the next year and
// one for the end of the new committee's term, not two for one year.
func TestTargetsOfTwoYears(t *testing.T) {
	for targets, want := range map[string]string{
		"[{metric: 入会率, rate: 99}, {metric: 入会率, rate: 99.5, year: 2030}]":               "",
		"[{metric: 入会率, rate: 99}, {metric: membership.rate, rate: 98}]":                 "的目标重复",
		"[{metric: 入会率, rate: 99}, {metric: 入会率, rate: 98, year: 2026}]":                 "的目标重复",
		"[{metric: 入会率, rate: 99.5, year: 2030}, {metric: 入会率, rate: 99.6, year: 2030}]": "的目标重复",
	} {
		wantValid(t, targets, "organisation: {name: 甲工会}\nperiod: {year: 2025}\ntargets: "+targets+"\n", want)
	}
}

// wantValid checks that src validates when want is "", and otherwise is
// refused with a message holding want; what names the case.
func wantValid(t *testing.T, what, src, want string) {
	t.Helper()
	_, err := ParseAndValidate("t.yaml", []byte(src), DefaultLimits)
	switch {
	case want == "" && err != nil:
		t.Errorf("%s: %v", what, err)
	case want != "" && (err == nil || !strings.Contains(err.Error(), want)):
		t.Errorf("%s: err = %v, want %q", what, err, want)
	}
}
