package synth

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"zongjie/internal/record"
	"zongjie/internal/rules"
)

// TestFederation checks the federation's files: each union's and the
// county union's pass zongjie check (validation and audits), each union
// names the county union as its parent and is in its register, the totals
// the county union states are its unions' sums, some unions leave out
// their new members and some state an activity approximately, and the same
// seed gives the same bytes.
func TestFederation(t *testing.T) {
	for _, n := range []int{1, 7, 60} {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			f, err := NewFederation(Options{Units: n, Seed: 2})
			if err != nil {
				t.Fatal(err)
			}
			parent := check(t, f.Name+".yaml", f.Parent)
			if len(f.Children) != n || len(parent.Units) != n {
				t.Fatalf("%d unions, %d in the register; want %d", len(f.Children), len(parent.Units), n)
			}
			var staff, members int64
			approx, missing := 0, 0
			for i, c := range f.Children {
				p := check(t, c.Name, c.Data)
				if p.Org.Name != c.Name || p.Org.Parent != f.Name {
					t.Errorf("%s: name %s, parent %s", c.Name, p.Org.Name, p.Org.Parent)
				}
				if reg := parent.Units[i].Name + "工会"; reg != p.Org.Name {
					t.Errorf("register row %d is %s, the union %s", i, reg, p.Org.Name)
				}
				staff += *p.Membership.Staff
				members += *p.Membership.Members
				if p.Membership.NewMembers == nil {
					missing++
				}
				approx += len(p.ApproxPaths())
			}
			if *parent.Membership.Staff != staff || *parent.Membership.Members != members {
				t.Errorf("the county states %d/%d, its unions sum to %d/%d", *parent.Membership.Staff, *parent.Membership.Members, staff, members)
			}
			if n >= 60 && (missing == 0 || approx == 0) {
				t.Errorf("%d unions leave out their new members, %d approximate figures: the data should have both", missing, approx)
			}
			again, _ := NewFederation(Options{Units: n, Seed: 2})
			if !bytes.Equal(again.Parent, f.Parent) || !bytes.Equal(again.Children[n-1].Data, f.Children[n-1].Data) {
				t.Error("the same seed gave other bytes")
			}
		})
	}
}

// check loads, validates and audits a file as zongjie check does.
func check(t *testing.T, name string, data []byte) *record.Period {
	t.Helper()
	p, err := record.ParseAndValidate(name, data, record.DefaultLimits)
	if err != nil {
		t.Fatalf("%s: %v\n%s", name, err, data)
	}
	res, err := rules.Run([]*record.Period{p}, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range res.FailedAudits() {
		t.Errorf("%s: %s", name, a.Message)
	}
	return p
}

// TestWriteFiles writes the federation as zongjie rollup reads it: the
// county union's file with the directory of its unions beside it.
func TestWriteFiles(t *testing.T) {
	dir := t.TempDir()
	parent, err := WriteFederation(dir, Options{Units: 12, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	kids, _ := filepath.Glob(filepath.Join(strings.TrimSuffix(parent, ".yaml"), "*.yaml"))
	if len(kids) != 12 {
		t.Fatalf("%d files beside %s", len(kids), parent)
	}
	if _, err := os.Stat(parent); err != nil {
		t.Fatal(err)
	}
}
