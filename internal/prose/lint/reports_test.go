package lint

import (
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"zongjie/bench/synth"
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
			kinds := []report.Kind{report.Annual, report.HalfYear, report.Congress, report.Plan}
			if p, err := record.LoadAndValidate(f, record.DefaultLimits); err == nil && p.When.Years() > 1 {
				kinds = append(kinds, report.Term) // one file for a whole term
			}
			sets = append(sets, set{f, []string{f}, kinds})
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
			covered := max(record.YearsCovered(ps[len(ps)-1:]), 1)
			if k == report.Term {
				covered = max(record.YearsCovered(ps), 1)
			}
			for _, p := range Check(body(d), covered) {
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

// body is the text of the report's body paragraphs, one a line: headings,
// the title block and the signature are set phrases of their own.
func body(d *doc.Document) string {
	var b strings.Builder
	for _, blk := range d.Blocks {
		if p, ok := blk.(*doc.Paragraph); ok && p.Role() == doc.RoleBody {
			b.WriteString(doctest.Text(&doc.Document{Blocks: []doc.Block{p}}))
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// TestSyntheticCounty checks the reports of synthetic counties of several
// sizes (bench/synth), whose names and figures no example holds.
func TestSyntheticCounty(t *testing.T) {
	for _, n := range []int{3, 40, 400} {
		p, err := record.Parse("synth.yaml", synth.YAML(synth.Options{Units: n, Seed: uint64(n)}), record.DefaultLimits)
		if err != nil {
			t.Fatal(err)
		}
		if errs := record.Validate(p); errs != nil {
			t.Fatal(errs)
		}
		res, err := rules.Run([]*record.Period{p}, nil)
		if err != nil {
			t.Fatal(err)
		}
		for _, k := range []report.Kind{report.Annual, report.Congress, report.Plan} {
			d, err := report.Compose(res, k, nil)
			if err != nil {
				t.Fatal(err)
			}
			for _, pr := range Check(body(d), 1) {
				t.Errorf("%d units %s: %s: %s（%s）", n, k, pr.Rule, pr.Message, pr.Excerpt)
			}
		}
	}
}
