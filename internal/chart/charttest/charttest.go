// Package charttest loads the repository's example data for the tests of
// package chart and its writers: every example as the report kinds that
// chart it would see it.
package charttest

import (
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"testing"

	"zongjie/internal/record"
	"zongjie/internal/rules"
)

// Example is one report's data: a single period, or every period of a
// term review.
type Example struct {
	Name   string // e.g. "term", "yongjia-edu-2013", "corpus/004-wuxi-post-2009h1"
	Kind   string // the report kind the charts are for: "term" or "annual"
	Result *rules.Result
}

// Root is the repository's root directory.
func Root() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..", "..")
}

// Examples loads every example: each file of examples/, examples/corpus
// and examples/sector as an annual report's data, and each directory of
// examples/term* as a term review.
func Examples(t testing.TB) []Example {
	t.Helper()
	root := filepath.Join(Root(), "examples")
	var out []Example
	for _, dir := range []string{"", "corpus", "sector"} {
		files, err := filepath.Glob(filepath.Join(root, dir, "*.yaml"))
		if err != nil {
			t.Fatal(err)
		}
		sort.Strings(files)
		for _, f := range files {
			name := strings.TrimSuffix(filepath.Base(f), ".yaml")
			if dir != "" {
				name = dir + "/" + name
			}
			out = append(out, Example{Name: name, Kind: "annual", Result: Run(t, f)})
		}
	}
	terms, err := filepath.Glob(filepath.Join(root, "term*"))
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(terms)
	for _, d := range terms {
		files, err := filepath.Glob(filepath.Join(d, "*.yaml"))
		if err != nil {
			t.Fatal(err)
		}
		sort.Strings(files)
		out = append(out, Example{Name: filepath.Base(d), Kind: "term", Result: Run(t, files...)})
	}
	return out
}

// Run loads and validates the files and runs the rule engine over them.
func Run(t testing.TB, files ...string) *rules.Result {
	t.Helper()
	var ps []*record.Period
	for _, f := range files {
		p, err := record.LoadAndValidate(f, record.DefaultLimits)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		ps = append(ps, p)
	}
	r, err := rules.Run(ps, nil)
	if err != nil {
		t.Fatal(err)
	}
	return r
}
