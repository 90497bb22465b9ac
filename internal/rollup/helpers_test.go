package rollup

import (
	"bytes"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"zongjie/bench/synth"
	"zongjie/internal/metrics"
	"zongjie/internal/pipeline"
	"zongjie/internal/record"
	"zongjie/internal/report"
	"zongjie/internal/rules"
)

// county writes a synthetic county federation of n unions into a new
// directory and returns its data file and the unions' files, sorted.
func county(t testing.TB, n int, seed uint64) (parent string, children []string) {
	t.Helper()
	parent, err := synth.WriteFederation(t.TempDir(), synth.Options{Units: n, Seed: seed})
	if err != nil {
		t.Fatal(err)
	}
	children, err = filepath.Glob(filepath.Join(levelDir(parent), "*.yaml"))
	if err != nil || len(children) != n {
		t.Fatalf("%d children written: %v", len(children), err)
	}
	sort.Strings(children)
	return parent, children
}

var opts = Options{Limits: record.DefaultLimits}

// roll rolls up, failing the test on an error.
func roll(t testing.TB, parent string, children []string, o Options) *Result {
	t.Helper()
	if o.Limits == (record.Limits{}) {
		o.Limits = record.DefaultLimits
	}
	res, err := Run(parent, children, o)
	if err != nil {
		t.Fatalf("rollup: %v", err)
	}
	return res
}

// writeMetrics writes r's metrics file into dir and returns its path.
func writeMetrics(t testing.TB, dir, name string, r *Result) string {
	t.Helper()
	var b bytes.Buffer
	if err := r.WriteMetrics(&b, nil); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// unionMetrics writes zongjie metrics --json of one union's data file.
func unionMetrics(t testing.TB, file, out string) {
	t.Helper()
	p, err := record.LoadAndValidate(file, record.DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	res, err := rules.Run([]*record.Period{p}, nil)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := metrics.WriteJSON(&b, res); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(out, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// render renders a roll-up's report in a format.
func render(t testing.TB, r *Result, kind report.Kind, f pipeline.Format, earlier ...*Result) []byte {
	t.Helper()
	periods := []*record.Period{r.Period}
	for _, e := range earlier {
		periods = append([]*record.Period{e.Period}, periods...)
	}
	out, err := pipeline.New(pipeline.Options{Rules: Extension(nil, append([]*Result{r}, earlier...)...)}).Bytes(periods, kind, f)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// load reads and validates a data file.
func load(t testing.TB, file string) *record.Period {
	t.Helper()
	p, err := record.LoadAndValidate(file, record.DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	return p
}
