package html

import (
	"testing"

	"zongjie/internal/doc"
	"zongjie/internal/render/doc/doctest"
)

// testCase is one report of testdata (see doctest.Load).
type testCase struct {
	name string
	doc  *doc.Document
}

// loadCases reads every report in testdata.
func loadCases(t *testing.T) []testCase {
	t.Helper()
	var cases []testCase
	for _, c := range doctest.Load(t, "testdata") {
		cases = append(cases, testCase{name: c.Name, doc: c.Doc})
	}
	return cases
}
