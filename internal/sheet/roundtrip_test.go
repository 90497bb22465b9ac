package sheet

import (
	"bytes"
	"path/filepath"
	"testing"

	"zongjie/internal/record"
)

// exampleFiles lists every example data file and the corpus.
func exampleFiles(t *testing.T) []string {
	t.Helper()
	var files []string
	for _, pat := range []string{"*.yaml", "term/*.yaml", "corpus/*.yaml", "sector/*.yaml"} {
		m, err := filepath.Glob(filepath.Join("..", "..", "examples", pat))
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, m...)
	}
	if len(files) < 30 {
		t.Fatalf("only %d example files", len(files))
	}
	return files
}

// TestYAMLJSONRoundTrip: every example written as YAML and as JSON reads
// back to the same records.
func TestYAMLJSONRoundTrip(t *testing.T) {
	for _, f := range exampleFiles(t) {
		p, err := record.LoadAndValidate(f, record.DefaultLimits)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		y, err := YAML(p, "")
		if err != nil {
			t.Fatal(err)
		}
		q, err := record.ParseAndValidate("out.yaml", y, record.DefaultLimits)
		if err != nil {
			t.Fatalf("%s as YAML: %v\n%s", f, err, y)
		}
		if d := differences(p, q); len(d) > 0 {
			t.Errorf("%s as YAML: %v", f, d)
		}
		j, _ := JSON(p)
		q, err = record.ParseAndValidate("out.json", j, record.DefaultLimits)
		if err != nil {
			t.Fatalf("%s as JSON: %v", f, err)
		}
		if d := differences(p, q); len(d) > 0 {
			t.Errorf("%s as JSON: %v", f, d)
		}
	}
}

// TestXLSXRoundTrip: every example written as a workbook reads back to
// the same records.
func TestXLSXRoundTrip(t *testing.T) {
	for _, f := range exampleFiles(t) {
		p, err := record.LoadAndValidate(f, record.DefaultLimits)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		data, err := Workbook(p, Options{})
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		q, err := record.ParseAndValidate(filepath.Base(f)+".xlsx", data, record.DefaultLimits)
		if err != nil {
			t.Errorf("%s as a workbook: %v", f, err)
			continue
		}
		if d := differences(p, q); len(d) > 0 {
			t.Errorf("%s as a workbook: %v", f, d)
		}
	}
}

// TestWorkbookSameBytes: the same records give the same workbook, byte
// for byte, and so does the template.
func TestWorkbookSameBytes(t *testing.T) {
	p, err := record.LoadAndValidate(filepath.Join("..", "..", "examples", "yongjia-edu-2013.yaml"), record.DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	for _, opt := range []Options{{}, {Template: true, Kind: "annual", Sector: "hospital"}} {
		a, err := Workbook(p, opt)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := Workbook(p, opt)
		if !bytes.Equal(a, b) {
			t.Errorf("%+v: two workbooks of the same records differ", opt)
		}
	}
}
