package rules

import (
	"testing"

	"zongjie/internal/cnfmt"
	"zongjie/internal/num"
	"zongjie/internal/record"
)

// TestOperandWording: operands word their figures as cnfmt does, the
// units' (made once per unit) like any other.
func TestOperandWording(t *testing.T) {
	for _, n := range []int64{0, 7, 52, 1761, -3, 1 << 40} {
		m := num.Money(n * 37)
		staff := n
		c := newCalc(&record.Period{Units: []record.Unit{{Name: "甲校", Staff: &staff, Donation: &m}}})
		for _, o := range []operand{c.count("x", "人数", "人", &n), c.unitCount(0, "staff", "职工人数", "人", &staff)} {
			if want := cnfmt.Count(n, "人"); o.text != want || o.raw != num.FormatRat(o.rat(), 0, true) {
				t.Errorf("count %d: text %q raw %q, want %q", n, o.text, o.raw, want)
			}
		}
		for _, o := range []operand{c.yuan("x", "捐款", &m), c.unitYuan(0, "donation", "个人捐款", &m)} {
			if want := cnfmt.Yuan(m); o.text != want || o.raw != m.String() {
				t.Errorf("amount %d分: text %q raw %q, want %q", m, o.text, o.raw, want)
			}
		}
		if f := c.unitField(0, "staff"); f.path != "units[0].staff" {
			t.Errorf("unit path %q", f.path)
		}
	}
}

func TestUnitPaths(t *testing.T) {
	fs := make([]unitField, 12346)
	unitPaths(fs, "donation_per_capita")
	for _, tt := range []struct {
		i    int
		want string
	}{{0, "units[0].donation_per_capita"}, {9, "units[9].donation_per_capita"}, {10, "units[10].donation_per_capita"}, {12345, "units[12345].donation_per_capita"}} {
		if got := fs[tt.i].path; got != tt.want {
			t.Errorf("path of unit %d = %q, want %q", tt.i, got, tt.want)
		}
	}
}
