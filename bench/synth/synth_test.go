package synth

import (
	"bytes"
	"fmt"
	"testing"

	"zongjie/internal/num"
	"zongjie/internal/record"
)

func TestGeneratedDataValidates(t *testing.T) {
	for _, tc := range []struct {
		units int
		seed  uint64
	}{
		{1, 1}, {2, 7}, {5, 3}, {17, 1}, {100, 1}, {100, 2}, {1000, 1}, {3000, 9},
	} {
		t.Run(fmt.Sprintf("units=%d,seed=%d", tc.units, tc.seed), func(t *testing.T) {
			data := YAML(Options{Units: tc.units, Seed: tc.seed})
			p, err := record.Parse("synth.yaml", data, record.DefaultLimits)
			if err != nil {
				t.Fatalf("parse: %v", err)
			}
			if errs := record.Validate(p); len(errs) > 0 {
				t.Fatalf("validate: %v", errs)
			}
			if len(p.Units) != tc.units {
				t.Errorf("got %d units, want %d", len(p.Units), tc.units)
			}
			checkTotals(t, p)
		})
	}
}

// checkTotals verifies the figures the generator promises to keep consistent.
func checkTotals(t *testing.T, p *record.Period) {
	t.Helper()
	var staff, members int64
	var gifts num.Money
	for _, u := range p.Units {
		staff += *u.Staff
		if u.Members != nil {
			members += *u.Members
		}
		for _, m := range []*num.Money{u.Donation, u.CollectiveDonation} {
			if m != nil {
				gifts += *m
			}
		}
	}
	if *p.Membership.Staff != staff || *p.Membership.Members != members {
		t.Errorf("membership %d/%d, units sum to %d/%d", *p.Membership.Staff, *p.Membership.Members, staff, members)
	}
	if got := *p.Charity[0].Total; got != gifts {
		t.Errorf("charity total %v, units' donations sum to %v", got, gifts)
	}
	var persons int64
	var amount num.Money
	for _, b := range p.Relief.Batches {
		n := int64(0)
		if b.Persons != nil {
			n = *b.Persons
		}
		for _, r := range b.Recipients {
			n += *r.Count
		}
		persons += n
		if b.Amount != nil {
			amount += *b.Amount
		} else {
			amount += num.Money(n) * *b.Each
		}
	}
	if persons != *p.Relief.StatedPersons || amount != *p.Relief.StatedAmount {
		t.Errorf("relief stated %d/%v, batches sum to %d/%v", *p.Relief.StatedPersons, *p.Relief.StatedAmount, persons, amount)
	}
}

func TestDeterministic(t *testing.T) {
	a := YAML(Options{Units: 500, Seed: 5})
	b := YAML(Options{Units: 500, Seed: 5})
	c := YAML(Options{Units: 500, Seed: 6})
	if !bytes.Equal(a, b) {
		t.Error("the same seed gave different data")
	}
	if bytes.Equal(a, c) {
		t.Error("different seeds gave the same data")
	}
}

func TestCheck(t *testing.T) {
	for _, tc := range []struct {
		opt Options
		ok  bool
	}{
		{Options{Units: 1}, true},
		{Options{Units: MaxUnits, Year: 2024}, true},
		{Options{Units: 0}, false},
		{Options{Units: MaxUnits + 1}, false},
		{Options{Units: 10, Year: 1800}, false},
	} {
		if err := tc.opt.Check(); (err == nil) != tc.ok {
			t.Errorf("%+v: Check() = %v, want ok=%v", tc.opt, err, tc.ok)
		}
	}
}

func TestHanNumber(t *testing.T) {
	for n, want := range map[int]string{1: "一", 10: "十", 12: "十二", 20: "二十", 105: "一百零五", 110: "一百一十", 2000: "二千", 1001: "一千零一"} {
		if got := hanNumber(n); got != want {
			t.Errorf("hanNumber(%d) = %q, want %q", n, got, want)
		}
	}
}
