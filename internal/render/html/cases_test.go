package html

import (
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"zongjie/internal/render/doc"
)

// testCase is one report of testdata: NAME.md, with its metadata in the
// optional NAME.meta.json.
type testCase struct {
	name string
	doc  *doc.Document
}

// loadCases reads every report in testdata. Add a report by dropping its
// .md (and .meta.json) there and running go test -update.
func loadCases(t *testing.T) []testCase {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("testdata", "*.md"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no testdata/*.md")
	}
	var cases []testCase
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		name := strings.TrimSuffix(filepath.Base(f), ".md")
		var meta doc.Meta
		raw, err := os.ReadFile(filepath.Join("testdata", name+".meta.json"))
		switch {
		case errors.Is(err, fs.ErrNotExist):
		case err != nil:
			t.Fatal(err)
		default:
			if err := json.Unmarshal(raw, &meta); err != nil {
				t.Fatalf("%s.meta.json: %v", name, err)
			}
		}
		cases = append(cases, testCase{name: name, doc: doc.Parse(src, meta)})
	}
	return cases
}
