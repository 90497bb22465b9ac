package lint

import (
	"path/filepath"
	"sort"
	"testing"

	"zongjie/internal/doc"
	"zongjie/internal/doc/doctest"
	"zongjie/internal/record"
	"zongjie/internal/report"
	"zongjie/internal/rules"
)

// TestEveryReport composes every example of examples/ (the seeds, the
// corpus of other unions, the sector examples and the term reviews) in
// every kind that fits it and checks the text.
func TestEveryReport(t *testing.T) {
	root := doctest.ExamplesDir()
	type set struct {
		name  string
		files []string
		kinds []report.Kind
	}
	var sets []set
	for _, pattern := range []string{"*.yaml", "corpus/*.yaml", "sector/*.yaml"} {
		files, _ := filepath.Glob(filepath.Join(root, pattern))
		sort.Strings(files)
		for _, f := range files {
			sets = append(sets, set{f, []string{f}, []report.Kind{report.Annual, report.HalfYear, report.Congress, report.Plan}})
		}
	}
	for _, dir := range []string{"term", "term-hospital"} {
		files, _ := filepath.Glob(filepath.Join(root, dir, "*.yaml"))
		sort.Strings(files)
		sets = append(sets, set{dir, files, []report.Kind{report.Term, report.Annual, report.Congress}})
	}
	if len(sets) < 20 {
		t.Fatalf("only %d examples under %s", len(sets), root)
	}
	for _, s := range sets {
		var ps []*record.Period
		for _, f := range s.files {
			p, err := record.LoadAndValidate(f, record.DefaultLimits)
			if err != nil {
				t.Fatal(err)
			}
			ps = append(ps, p)
		}
		res, err := rules.Run(ps, nil)
		if err != nil {
			t.Fatal(err)
		}
		for _, k := range s.kinds {
			d, err := report.Compose(res, k, nil)
			if err != nil {
				t.Fatalf("%s %s: %v", s.name, k, err)
			}
			if mismatched(d) {
				continue
			}
			covered := 1
			if k == report.Term {
				covered = len(ps)
			}
			for _, p := range Check(doctest.Text(d), covered) {
				t.Errorf("%s %s: %s: %s（%s）", filepath.Base(s.name), k, p.Rule, p.Message, p.Excerpt)
			}
		}
	}
}

// mismatched reports whether the kind does not fit the records (a
// half-year summary of a whole year): such a report is refused.
func mismatched(d *doc.Document) bool {
	for _, w := range d.Warnings {
		if w.Mismatch {
			return true
		}
	}
	return false
}
