package rules

import (
	"math/big"
	"path/filepath"
	"strings"
	"testing"

	"zongjie/internal/record"
)

// TestAuditsAlone checks Audits against Run over every example of every
// sector: the same audits, passing and failing, with the same figures,
// positions and messages. (runOne checks it over each test's own data.)
func TestAuditsAlone(t *testing.T) {
	var files []string
	for _, pattern := range []string{"../../examples/*.yaml", "../../examples/*/*.yaml", "../../internal/sheet/testdata/*.yaml"} {
		m, err := filepath.Glob(pattern)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range m {
			if filepath.Base(filepath.Dir(f)) != "rules" { // rule files, not data
				files = append(files, f)
			}
		}
	}
	if len(files) < 30 {
		t.Fatalf("only %d example files found", len(files))
	}
	audited := 0
	for _, f := range files {
		p, err := record.LoadAndValidate(f, record.DefaultLimits)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		r, err := Run([]*record.Period{p}, nil)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		audited += len(r.Audits)
		sameAudits(t, f, p, r.Audits)
	}
	if audited == 0 {
		t.Fatal("no example has an audit: the test compares nothing")
	}
}

// TestAuditsRefuses checks that Audits refuses what Run refuses of one
// period.
func TestAuditsRefuses(t *testing.T) {
	p := parse(t, "organisation: {name: 甲工会}\n")
	_, runErr := Run([]*record.Period{p}, nil)
	_, err := Audits(p)
	if err == nil || runErr == nil || err.Error() != runErr.Error() {
		t.Fatalf("Audits: %v; Run: %v", err, runErr)
	}
	if _, err := Audits(nil); err == nil {
		t.Fatal("Audits(nil) gave no error")
	}
}

// TestAuditsAloneNeeds runs, for each family Audits computes only when
// an audit needs it, a period whose audit needs it and nothing else:
// runOne compares Audits with Run on each.
func TestAuditsAloneNeeds(t *testing.T) {
	for _, tt := range []struct{ name, data, id string }{
		{"units' stated 人均捐款 out of order", `
units:
  - {name: 一校, donation_per_capita: 80}
  - {name: 二校, donation_per_capita: 95.5}
`, "charity.unit_per_capita.order"},
		{"groups' stated 人均捐款 in order", `
groups:
  - {name: 甲学区, donation_per_capita: 120}
  - {name: 乙学区, donation_per_capita: 95.5}
`, "charity.group_per_capita.order"},
		{"a stated relief persons total", `
relief:
  stated_persons: 12
  batches:
    - {occasion: 春节慰问, persons: 10, amount: 4000}
`, "relief.persons"},
		{"a stated relief amount", `
relief:
  stated_amount: 5000
  batches:
    - {occasion: 春节慰问, persons: 10, amount: 4000}
`, "relief.amount"},
		{"a stated 入会率 without its base", `
membership: {staff: 620, members: 598}
rates:
  - {label: 入会率, rate: 95%}
`, "rates.入会率"},
		{"stated bands", `
finance:
  bands:
    - {kind: 学校, total: 3, at_least: 1, below: 1, zero: 0}
`, "finance.bands.sum"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r := runOne(t, header+tt.data)
			for _, a := range r.Audits {
				if a.ID == tt.id {
					return
				}
			}
			t.Errorf("no audit %s: %+v", tt.id, r.Audits)
		})
	}
}

// TestReliefAmountAuditWithoutCover: the stated relief total is checked
// against the batches the total adds, and the message lists only those:
// cover bought for members (医疗互助) is neither in the sum nor in its terms.
func TestReliefAmountAuditWithoutCover(t *testing.T) {
	r := runOne(t, header+`
relief:
  stated_amount: 5000
  batches:
    - {occasion: 春节慰问, persons: 10, amount: 4000}
    - {occasion: 职工医疗互助, kind: 医疗互助, persons: 50, measure: 份, amount: 1000}
`)
	for _, a := range r.Audits {
		if a.ID != "relief.amount" {
			continue
		}
		if a.Computed.Cmp(big.NewRat(4000, 1)) != 0 || strings.Contains(a.ComputedText, "1000") || !strings.Contains(a.ComputedFrom, "不含医疗互助") {
			t.Errorf("audit computed %s from %q as %q; want 4000 from the 慰问 alone, saying 医疗互助 is left out", a.Computed.RatString(), a.ComputedFrom, a.ComputedText)
		}
		return
	}
	t.Errorf("no relief.amount audit: %+v", r.Audits)
}

// TestNamedRateAudit: a stated rate that names one the engine computes for
// the whole (入会率) is checked against it at the decimals written, with
// the formula and the difference in percentage points; one with a note
// may be of a part, and is not.
func TestNamedRateAudit(t *testing.T) {
	for _, tt := range []struct {
		name, rate string
		ok         bool
		text       string // in the message; "" for no audit
	}{
		{"written as computed", "{label: 入会率, rate: 96.5}", true, "598人 ÷ 620人=96.5%"},
		{"at the decimals written", "{label: 入会率, rate: 96%}", true, "=96%"},
		{"another figure", "{label: 入会率, rate: 95%}", false, "相差1个百分点"},
		{"of a part", "{label: 入会率, rate: 95%, note: 民办学校}", false, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r := runOne(t, header+"membership: {staff: 620, members: 598}\nrates:\n  - "+tt.rate+"\n")
			for _, a := range r.Audits {
				if a.ID != "rates.入会率" {
					continue
				}
				if tt.text == "" || a.OK != tt.ok || !strings.Contains(a.Message, tt.text) {
					t.Errorf("audit ok %v: %s; want ok %v with %q", a.OK, a.Message, tt.ok, tt.text)
				}
				return
			}
			if tt.text != "" {
				t.Errorf("no audit of the stated 入会率: %+v", r.Audits)
			}
		})
	}
}
