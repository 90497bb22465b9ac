package rules

import (
	"strings"
	"testing"

	"zongjie/internal/record"
)

func twoYears(t *testing.T, before, after string) *Result {
	t.Helper()
	a := parse(t, "organisation: {name: 测试工会}\nperiod: {year: 2019}\n"+before)
	b := parse(t, "organisation: {name: 测试工会}\nperiod: {year: 2020}\n"+after)
	r, err := Run([]*record.Period{b, a}, nil)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestComparisons(t *testing.T) {
	r := twoYears(t, `
membership: {staff: 1000, members: 600}
finance: {spent: 0, transferred: 0}
charity: [{name: 一日捐, total: 100万}]
relief: {batches: [{occasion: 慰问, persons: 400, amount: 40万}]}
`, `
membership: {staff: 1000, members: 632}
finance: {spent: 10万, transferred: 9万}
charity: [{name: 一日捐, total: 103.2万}]
relief: {batches: [{occasion: 慰问, persons: 400, amount: 38万}]}
`)
	for id, want := range map[string]struct{ diff, change string }{
		IDMembershipRate: {"4/125", ""}, // a rate: a difference of fractions, no percentage
		IDMembers:        {"32", "4/75"},
		IDCharityTotal:   {"32000", "4/125"},
		IDReliefAmount:   {"-20000", "-1/20"},
		IDReliefPersons:  {"0", "0"},
	} {
		c, ok := r.Comparison(id)
		if !ok || !c.OK() {
			t.Errorf("no comparison %s", id)
			continue
		}
		change := ""
		if c.Change != nil {
			change = c.Change.RatString()
		}
		if c.Diff.RatString() != want.diff || change != want.change {
			t.Errorf("%s: diff %s change %s, want %s %s", id, c.Diff.RatString(), change, want.diff, want.change)
		}
	}
	// spent was 0 last year: no growth rate, but the difference is known.
	c, _ := r.Comparison(IDSpent)
	if c.OK() || !strings.Contains(c.Err, "上期为0") || c.Diff.RatString() != "100000" {
		t.Errorf("change from 0: ok=%v err=%q diff=%v", c.OK(), c.Err, c.Diff)
	}
	// transfer rate last year had a zero denominator.
	c, _ = r.Comparison(IDTransferRate)
	if c.OK() || !strings.Contains(c.Err, "上期无法计算") {
		t.Errorf("comparison with an uncomputable base: %+v", c)
	}
	// labels and settings are not results: no 同比 of the year itself.
	for _, id := range []string{IDPeriodYear, IDBandThreshold} {
		if c, ok := r.Comparison(id); ok {
			t.Errorf("a 同比 of %s: %+v", id, c)
		}
	}
}

func TestNoComparisonWithoutSamePeriodLastYear(t *testing.T) {
	a := parse(t, "organisation: {name: 测试工会}\nperiod: {year: 2020, part: 上半年}\nmembership: {members: 10}\n")
	b := parse(t, "organisation: {name: 测试工会}\nperiod: {year: 2020}\nmembership: {members: 12}\n")
	r, err := Run([]*record.Period{b, a}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if r.Period != b || r.Base != nil || len(r.Comparisons) != 0 {
		t.Errorf("latest %s, base %v, %d comparisons", r.Period.When.Label(), r.Base, len(r.Comparisons))
	}
}

func TestTargets(t *testing.T) {
	r := twoYears(t, `
targets:
  - {metric: charity.total, amount: 140万}
  - {metric: relief.persons, count: 480}
  - {metric: membership.rate, rate: 65}
  - {metric: labour.trained, count: 100}
  - {metric: democracy.proposals, count: 0}
  - {metric: relief.person_times, count: 200}
  - {metric: relief.households, count: 30}
`, `
charity: [{name: 一日捐, total: 139.5万}]
relief: {batches: [{occasion: 慰问, persons: 480, amount: 1万}, {occasion: 送温暖, measure: 人次, persons: 180}, {occasion: 补助, measure: 户, persons: 32}]}
membership: {staff: 1000, members: 680}
democracy: {proposals: 3}
`)
	want := map[string]struct {
		status Status
		gap    string
		err    string
	}{
		"charity.total":       {StatusMissed, "-5000", ""},
		"relief.persons":      {StatusMet, "0", ""},
		"membership.rate":     {StatusExceeded, "3/100", ""},
		"labour.trained":      {"", "", "本期没有记录职工培训"},
		"democracy.proposals": {StatusExceeded, "3", ""},
		"relief.person_times": {StatusMissed, "-20", ""}, // 人次 against 人次, not the 480 persons
		"relief.households":   {StatusExceeded, "2", ""},
	}
	if len(r.Targets) != len(want) {
		t.Fatalf("%d target checks, want %d", len(r.Targets), len(want))
	}
	for _, tc := range r.Targets {
		w := want[tc.Metric]
		gap := ""
		if tc.Gap != nil {
			gap = tc.Gap.RatString()
		}
		if tc.Status != w.status || gap != w.gap || tc.Err != w.err {
			t.Errorf("%s: %q %q %q, want %+v", tc.Metric, tc.Status, gap, tc.Err, w)
		}
		if tc.Pos.Line == 0 {
			t.Errorf("%s: target has no position", tc.Metric)
		}
	}
	if tc, _ := r.Target("democracy.proposals"); tc.Ratio != nil {
		t.Errorf("a target of 0 has no completion ratio, got %s", tc.Ratio.RatString())
	}
}
