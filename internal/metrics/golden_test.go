package metrics

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"zongjie/internal/record"
	"zongjie/internal/rules"
)

const (
	example2013 = "../../examples/yongjia-edu-2013.yaml"
)

// load reads and validates example files.
func load(t *testing.T, files ...string) []*record.Period {
	t.Helper()
	var ps []*record.Period
	for _, f := range files {
		p, err := record.LoadAndValidate(f, record.DefaultLimits)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		ps = append(ps, p)
	}
	return ps
}

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// golden compares got with testdata/name, or rewrites it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file; run go test ./internal/metrics -update and review the diff.\n--- got ---\n%s", path, got)
	}
}

// TestGoldenTable checks the metrics table of the 2013 example; the table
// with a rule file applied is checked in package userrule.
func TestGoldenTable(t *testing.T) {
	r, err := rules.Run(load(t, example2013), nil)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := WriteTable(&buf, r); err != nil {
		t.Fatal(err)
	}
	golden(t, "metrics-2013.golden", buf.Bytes())
}

func TestGoldenJSON(t *testing.T) {
	r, err := rules.Run(load(t, example2013), nil)
	if err != nil {
		t.Fatal(err)
	}
	var a, b bytes.Buffer
	if err := WriteJSON(&a, r); err != nil {
		t.Fatal(err)
	}
	if err := WriteJSON(&b, r); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Fatal("WriteJSON is not deterministic")
	}
	var parsed struct {
		Values []struct {
			ID     string       `json:"id"`
			Value  *json.Number `json:"value"`
			Unit   string       `json:"unit"`
			Inputs []struct {
				Path string `json:"path"`
				Line int    `json:"line"`
			} `json:"inputs"`
		} `json:"values"`
	}
	if err := json.Unmarshal(a.Bytes(), &parsed); err != nil {
		t.Fatal(err)
	}
	found := false
	for _, v := range parsed.Values {
		if v.ID == rules.IDTransferRate {
			found = true
			if v.Value == nil || v.Value.String() != "89.94" || v.Unit != "%" || len(v.Inputs) != 2 || v.Inputs[0].Line == 0 {
				t.Errorf("transfer rate in JSON: %+v", v)
			}
		}
	}
	if !found {
		t.Error("no transfer rate in JSON")
	}
	golden(t, "metrics-2013.json.golden", a.Bytes())
}
