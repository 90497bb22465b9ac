package rollup

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"zongjie/internal/record"
)

// FuzzReadMetrics reads any bytes as a child's metrics file: it never
// panics, and records it accepts are records that validate, with every
// position inside the file.
func FuzzReadMetrics(f *testing.F) {
	dir := f.TempDir()
	parent, files := func() (string, []string) {
		p := filepath.Join(dir, "p.yaml")
		os.WriteFile(p, []byte(trickyParent), 0o644)
		var fs []string
		for _, name := range []string{"甲.yaml", "丁.yaml"} {
			k := filepath.Join(dir, name)
			os.WriteFile(k, []byte(trickyUnions[name]), 0o644)
			fs = append(fs, k)
		}
		return p, fs
	}()
	res, err := Run(parent, files, Options{Limits: record.DefaultLimits, Partial: true})
	if err != nil {
		f.Fatal(err)
	}
	var b bytes.Buffer
	if err := res.WriteMetrics(&b, nil); err != nil {
		f.Fatal(err)
	}
	f.Add(b.Bytes())
	f.Add([]byte(`{"files": [], "values": [], "record": {"organisation": {"name": "甲"}, "period": {"year": 2023}}}`))
	f.Add([]byte(`{"record": "x", "rollup": {"partial": true, "origins": {"a": [["甲", -1]]}}}`))
	f.Add([]byte(`{"files": 1}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 1<<20 {
			return
		}
		p, _, probs := readMetrics("m.json", data, record.DefaultLimits)
		if p == nil {
			return
		}
		if len(probs) == 0 {
			if errs := record.Validate(p); len(errs) > 0 {
				t.Fatalf("accepted records that do not validate: %v", errs)
			}
		}
		lines := bytes.Count(data, []byte("\n")) + 1
		for _, path := range []string{"organisation.name", "period.year"} {
			if pos := p.Pos(path); pos.Line > lines {
				t.Fatalf("%s at line %d of a file of %d lines", path, pos.Line, lines)
			}
		}
	})
}
