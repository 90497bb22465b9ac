package report

import (
	"strings"
	"testing"

	"zongjie/internal/record"
)

// TestNextPeriod: the period a report plans for follows the one it
// reports on; after a file for a whole term it is the next term, as long
// as the committee's term when that is recorded.
func TestNextPeriod(t *testing.T) {
	for _, tt := range []struct {
		name, period, org string
		label, short      string
	}{
		{"a year", "{year: 2023}", "", "2024年", "2024年"},
		{"a year dated in January after it", "{year: 2023, report_date: 2024-01-10}", "", "2024年", "2024年"},
		{"a year dated in December", "{year: 2023, report_date: 2023-12-20}", "", "2024年", "2024年"},
		{"the year's own plan, dated as it begins", "{year: 2026, report_date: 2026-02-10}", "", "2026年", "2026年"},
		{"the first half", "{year: 2023, part: 上半年}", "", "2023年下半年", "下半年"},
		{"the second half", "{year: 2023, part: 下半年}", "", "2024年", "2024年"},
		{"the spring semester", "{year: 2023, part: 春季学期}", "", "2023年秋季学期", "下学期"},
		{"a whole term", "{year: 2011, from_year: 2007}", "", "今后五年", "今后五年"},
		{"a term of three years", "{year: 2011, from_year: 2007}", ", committee: {elected: 2007, term_years: 3}", "今后三年", "今后三年"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			src := "organisation: {name: 甲镇总工会" + tt.org + "}\nperiod: " + tt.period + "\n"
			p, err := record.Parse("t.yaml", []byte(src), record.DefaultLimits)
			if err != nil {
				t.Fatal(err)
			}
			label, short := nextPeriod(p, false)
			if label != tt.label || short != tt.short {
				t.Errorf("nextPeriod = %q, %q; want %q, %q", label, short, tt.label, tt.short)
			}
		})
	}
}

// TestLeadInYearWritten: a summary written in the year it reports on says
// 今年; one written in the next year (dated January) names the year.
func TestLeadInYearWritten(t *testing.T) {
	for _, tt := range []struct{ period, want string }{
		{"{year: 2025}", "现将今年工作总结如下："},
		{"{year: 2025, report_date: 2025-12-28}", "现将今年工作总结如下："},
		{"{year: 2025, report_date: 2026-01-12}", "现将2025年工作总结如下："},
	} {
		src := "organisation: {name: 甲公司工会, sector: 企业}\nperiod: " + tt.period + "\nmembership: {staff: 100, members: 98}\n"
		if got := docText(composeSource(t, src, Annual)); !strings.Contains(got, tt.want) {
			t.Errorf("%s: no %q in\n%s", tt.period, tt.want, got)
		}
	}
}

// TestSupportOfOneOrganisation: the union of one organisation whose
// departments' 分工会 are grouped thanks its administration and its 分工会;
// a federation its 基层工会.
func TestSupportOfOneOrganisation(t *testing.T) {
	for _, tt := range []struct{ org, want string }{
		{"{name: 甲县人民医院工会, sector: 医院}", "在医院行政和各分工会的大力支持下"},
		{"{name: 乙街道总工会, sector: 街道乡镇}", "在各基层工会的大力支持下"},
	} {
		src := "organisation: " + tt.org + "\nperiod: {year: 2025}\nmembership: {staff: 100, members: 98}\ngroups:\n  - {name: 内科片, kind: 片区}\n  - {name: 外科片, kind: 片区}\n"
		if got := docText(composeSource(t, src, Annual)); !strings.Contains(got, tt.want) {
			t.Errorf("%s: no %q in\n%s", tt.org, tt.want, got)
		}
	}
}

// TestSupportOfAnOffice: a 机关's offices are thanked by the union's word
// for them, and groups that are 分会 by their own name.
func TestSupportOfAnOffice(t *testing.T) {
	src := "organisation: {name: 甲局机关工会, sector: 机关, words: {unit: 科室, host: 局机关}}\nperiod: {year: 2025}\nmembership: {staff: 100, members: 98}\n" +
		"groups:\n  - {name: 局机关, kind: 分会}\n  - {name: 直属单位, kind: 分会}\n"
	if got, want := docText(composeSource(t, src, Annual)), "在局机关各科室和各分会的大力支持下"; !strings.Contains(got, want) {
		t.Errorf("no %q in\n%s", want, got)
	}
}

// TestOpeningWithMissedTarget: a summary whose period missed a target set
// for it does not open by claiming every task done.
func TestOpeningWithMissedTarget(t *testing.T) {
	const org = "organisation: {name: 甲街道总工会, sector: 街道乡镇}\n"
	for _, tt := range []struct {
		target string
		claims bool
	}{
		{"{metric: membership.members, count: 1000}", true},
		{"{metric: membership.members, count: 2000}", false},
	} {
		d := composeSources(t, Annual,
			org+"period: {year: 2024}\nmembership: {staff: 1600, members: 1400}\ntargets: ["+tt.target+"]\n",
			org+"period: {year: 2025}\nmembership: {staff: 1600, members: 1500}\n")
		if got := strings.Contains(docText(d), "较好地完成了全年各项工作任务"); got != tt.claims {
			t.Errorf("target %s: claims every task done %v, want %v", tt.target, got, tt.claims)
		}
	}
}

// TestTermDue: a committee's term runs out in the year reported on, by the
// day the report is dated, or, for a review of its term, with the last
// year it covers.
func TestTermDue(t *testing.T) {
	for _, c := range []struct {
		src    string
		review bool
		want   bool
	}{
		{"committee: {elected: 2020, term_years: 5}}\nperiod: {year: 2025}", false, true},
		{"committee: {elected: 2021, term_years: 5}}\nperiod: {year: 2025}", false, false},
		{"committee: {elected: 2021, term_years: 5}}\nperiod: {year: 2025, report_date: 2026-01-16}", false, true},
		{"committee: {elected: 2021, term_years: 5}}\nperiod: {year: 2025}", true, true},
		{"committee: {elected: 2021, term_years: 5}}\nperiod: {year: 2025, from_year: 2021}", false, true},
		{"committee: {elected: 2022, term_years: 5}}\nperiod: {year: 2025}", true, false},
	} {
		p, err := record.Parse("t.yaml", []byte("organisation: {name: 甲工会, "+c.src+"\n"), record.DefaultLimits)
		if err != nil {
			t.Fatal(err)
		}
		if got := termDue(p, c.review); got != c.want {
			t.Errorf("%s (review %v): termDue = %v, want %v", c.src, c.review, got, c.want)
		}
	}
}
