package rules

import (
	"math/big"
	"strings"
	"testing"

	"zongjie/internal/record"
)

// TestMissedSeverity: a target missed by a little is a task not yet done
// (一般); one reached by less than four fifths, or a target of 0 missed,
// is serious (严重).
func TestMissedSeverity(t *testing.T) {
	for _, c := range []struct {
		name         string
		actual, goal *big.Rat
		want         Severity
	}{
		{"入会率 94.9% of 95%", big.NewRat(949, 1000), big.NewRat(95, 100), SeverityMedium},
		{"980 of 1 000 new members", big.NewRat(980, 1), big.NewRat(1000, 1), SeverityMedium},
		{"exactly four fifths", big.NewRat(800, 1), big.NewRat(1000, 1), SeverityMedium},
		{"just under four fifths", big.NewRat(799, 1), big.NewRat(1000, 1), SeverityHigh},
		{"nothing done", big.NewRat(0, 1), big.NewRat(30, 1), SeverityHigh},
		{"a target of 0", big.NewRat(-1, 1), big.NewRat(0, 1), SeverityHigh},
	} {
		tc := TargetCheck{Status: StatusMissed}
		if c.goal.Sign() != 0 {
			tc.Ratio = new(big.Rat).Quo(c.actual, c.goal)
		}
		if got := missedSeverity(tc); got != c.want {
			t.Errorf("%s: severity %v, want %v", c.name, got, c.want)
		}
	}
}

// TestTermTargetNotCheckedNextYear: a target for the end of the new
// committee's term (year 2030 in a 2025 plan) is not checked against 2026.
func TestTermTargetNotCheckedNextYear(t *testing.T) {
	plan := parse(t, `
organisation: {name: 甲工会}
period: {year: 2025}
membership: {staff: 100, members: 95}
targets: [{metric: 入会率, rate: 96}, {metric: 入会率, rate: 99.5, year: 2030}]
`)
	next := parse(t, `
organisation: {name: 甲工会}
period: {year: 2026}
membership: {staff: 100, members: 97}
`)
	res, err := Run([]*record.Period{plan, next}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Targets) != 1 || res.Targets[0].Status != StatusExceeded {
		t.Errorf("targets checked: %+v, want the 2026 入会率 alone, exceeded", res.Targets)
	}
}

// TestCountedShort: a section's span counts its flows, its as_of dates
// flows and totals alike; a figure counted over the period is not short.
func TestCountedShort(t *testing.T) {
	p := parse(t, `
organisation: {name: 甲工会}
period: {year: 2025}
membership: {staff: 100, members: 95, new_members: 9, span: 1—11月}
labour: {trained: 300, span: 1—10月}
`)
	for metric, want := range map[string]string{
		IDNewMembers: "1—11月", IDMembershipRate: "", IDTrained: "1—10月", IDCharityTotal: "",
	} {
		span, to := countedShort(p, metric)
		if span.String() != want || !to.IsZero() {
			t.Errorf("%s: counted %q to %v, want %q", metric, span, to, want)
		}
	}
	p.Membership.AsOf = record.Date{Year: 2025, Month: 11, Day: 30}
	if _, to := countedShort(p, IDMembershipRate); to.IsZero() {
		t.Error("入会率 of totals as of 2025-11-30: not counted short")
	}
}

// TestRunRefusesContradictingFiles: files of one union that contradict
// each other as check says (a 届次 going backwards) give no report.
func TestRunRefusesContradictingFiles(t *testing.T) {
	a := parse(t, "organisation: {name: 甲工会, committee: {number: 3, elected: 2021}}\nperiod: {year: 2022}\n")
	b := parse(t, "organisation: {name: 甲工会, committee: {number: 2, elected: 2021}}\nperiod: {year: 2023}\n")
	if _, err := Run([]*record.Period{a, b}, nil); err == nil || !strings.Contains(err.Error(), "届次只增不减") {
		t.Errorf("Run of a 届次 going backwards: %v", err)
	}
}
