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

func TestUnitPath(t *testing.T) {
	for _, tt := range []struct {
		i    int
		key  string
		want string
	}{{0, "staff", "units[0].staff"}, {12345, "donation_per_capita", "units[12345].donation_per_capita"}} {
		if got := unitPath(tt.i, tt.key); got != tt.want {
			t.Errorf("unitPath(%d, %q) = %q, want %q", tt.i, tt.key, got, tt.want)
		}
	}
}
