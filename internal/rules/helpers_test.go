package rules

import (
	"reflect"
	"strings"
	"testing"

	"zongjie/internal/record"
)

const (
	example2013 = "../../examples/yongjia-edu-2013.yaml"
	example2014 = "../../examples/yongjia-edu-2014.yaml"
)

// load reads and validates example files.
func load(t *testing.T, files ...string) []*record.Period {
	t.Helper()
	var ps []*record.Period
	for _, f := range files {
		p, err := record.LoadAndValidate(f, record.DefaultLimits)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		ps = append(ps, p)
	}
	return ps
}

// parse reads a data file written in the test (not validated, so tests can
// give data validation would refuse).
func parse(t *testing.T, src string) *record.Period {
	t.Helper()
	p, err := record.Parse("t.yaml", []byte(strings.TrimLeft(src, "\n")), record.DefaultLimits)
	if err != nil {
		t.Fatalf("parse: %v", err)
	}
	return p
}

// runOne runs the engine on one test period.
func runOne(t *testing.T, src string) *Result {
	t.Helper()
	p := parse(t, src)
	r, err := Run([]*record.Period{p}, nil)
	if err != nil {
		t.Fatalf("Run: %v", err)
	}
	sameAudits(t, "the test's data", p, r.Audits)
	return r
}

// sameAudits checks that Audits gives for p alone the audits want, which
// Run gave for p alone.
func sameAudits(t *testing.T, name string, p *record.Period, want []Audit) {
	t.Helper()
	got, err := Audits(p)
	if err != nil {
		t.Fatalf("%s: Audits: %v", name, err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("%s: Audits gives %d audits, Run %d:", name, len(got), len(want))
		for i := 0; i < len(got) || i < len(want); i++ {
			var g, w string
			if i < len(got) {
				g = got[i].ID + " " + got[i].Message
			}
			if i < len(want) {
				w = want[i].ID + " " + want[i].Message
			}
			if g != w {
				t.Errorf("  %d: Audits %q\n     Run    %q", i, g, w)
			}
		}
	}
}

// value fetches a value that must exist.
func value(t *testing.T, r *Result, id, subject string) Value {
	t.Helper()
	v, ok := r.ValueFor(id, subject)
	if !ok {
		t.Fatalf("no value %s[%s]", id, subject)
	}
	return v
}

// wantShown checks a computed value's printed figure.
func wantShown(t *testing.T, r *Result, id, subject, want string) {
	t.Helper()
	v := value(t, r, id, subject)
	if !v.OK() {
		t.Fatalf("%s[%s]: 无法计算: %s", id, subject, v.Err)
	}
	if got := v.Shown(); got != want {
		t.Errorf("%s[%s] = %s, want %s (exact %s, %s)", id, subject, got, want, v.Num.RatString(), v.Calc)
	}
}

// wantErr checks that a value could not be computed, for the given reason.
func wantErr(t *testing.T, r *Result, id, subject, reason string) {
	t.Helper()
	v := value(t, r, id, subject)
	if v.OK() || v.Num != nil {
		t.Fatalf("%s[%s] = %s, want 无法计算", id, subject, v.Shown())
	}
	if !strings.Contains(v.Err, reason) {
		t.Errorf("%s[%s] error %q does not say %q", id, subject, v.Err, reason)
	}
}

// wantAbsent checks that a value is not applicable.
func wantAbsent(t *testing.T, r *Result, id, subject string) {
	t.Helper()
	if v, ok := r.ValueFor(id, subject); ok {
		t.Errorf("%s[%s] should not be applicable, got %s", id, subject, v.trace())
	}
}

// header is the start every test data file needs.
const header = `
organisation: {name: 测试工会}
period: {year: 2020}
`

// targetMetrics lists record.TargetMetrics ids.
func targetMetrics() []string {
	var ids []string
	for _, m := range record.TargetMetrics {
		ids = append(ids, m.ID)
	}
	return ids
}
