package rollup

import (
	"bytes"
	"testing"

	"zongjie/bench/synth"
	"zongjie/internal/pipeline"
	"zongjie/internal/record"
	"zongjie/internal/report"
	"zongjie/internal/rules"
)

// TestBase rolls up last year's tree for 同比 and last year's targets,
// from last year's data files or from last year's roll-up metrics file:
// the same comparisons, the same report.
func TestBase(t *testing.T) {
	last, err := synth.WriteFederation(t.TempDir(), synth.Options{Units: 40, Seed: 9, Year: 2022})
	if err != nil {
		t.Fatal(err)
	}
	this, err := synth.WriteFederation(t.TempDir(), synth.Options{Units: 40, Seed: 9, Year: 2023})
	if err != nil {
		t.Fatal(err)
	}
	cur := roll(t, this, nil, Options{})
	fromFiles, err := Base(last, opts)
	if err != nil {
		t.Fatal(err)
	}
	mf := writeMetrics(t, t.TempDir(), "2022.json", fromFiles)
	fromMetrics, err := Base(mf, opts)
	if err != nil {
		t.Fatal(err)
	}
	var reports [][]byte
	for _, base := range []*Result{fromFiles, fromMetrics} {
		r, err := rules.Run([]*record.Period{base.Period, cur.Period}, Extension(nil, cur, base))
		if err != nil {
			t.Fatal(err)
		}
		if r.Base == nil || len(r.Comparisons) == 0 {
			t.Fatalf("no 同比 comparisons")
		}
		if _, ok := r.Comparison(rules.IDMembers); !ok {
			t.Error("no 同比 of the members")
		}
		if _, ok := r.Target("charity.total"); !ok {
			t.Error("last year's charity target is not checked")
		}
		reports = append(reports, render(t, cur, report.Annual, pipeline.Markdown, base))
	}
	if !bytes.Equal(reports[0], reports[1]) {
		t.Error("the report differs with last year from its files and from its metrics file")
	}
	partial := writeMetrics(t, t.TempDir(), "p.json", roll(t, last, nil, Options{Partial: true}))
	if _, err := Base(partial, opts); err == nil {
		t.Error("a partial roll-up was taken as last year's")
	}
}
