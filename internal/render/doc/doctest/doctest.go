// Package doctest loads the writers' test documents: every NAME.md of a
// testdata directory, with its metadata in the optional NAME.meta.json. The
// HTML, DOCX and PDF writers' tests share it so they read their inputs alike.
package doctest

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

// Case is one test document.
type Case struct {
	Name string
	Doc  *doc.Document
}

// Load reads every report in dir. Add a report by dropping its .md (and
// .meta.json) there and running the writer's tests with -update.
func Load(t testing.TB, dir string) []Case {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.md"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatalf("no %s/*.md", dir)
	}
	var cases []Case
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		name := strings.TrimSuffix(filepath.Base(f), ".md")
		var meta doc.Meta
		raw, err := os.ReadFile(filepath.Join(dir, name+".meta.json"))
		switch {
		case errors.Is(err, fs.ErrNotExist):
		case err != nil:
			t.Fatal(err)
		default:
			if err := json.Unmarshal(raw, &meta); err != nil {
				t.Fatalf("%s.meta.json: %v", name, err)
			}
		}
		cases = append(cases, Case{Name: name, Doc: doc.Parse(src, meta)})
	}
	return cases
}
