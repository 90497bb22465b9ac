package recordjson

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"zongjie/bench/synth"
	"zongjie/internal/record"
)

// examples lists every data file of examples/.
func examples(t *testing.T) []string {
	t.Helper()
	var files []string
	err := filepath.WalkDir("../../examples", func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if ext := filepath.Ext(path); !d.IsDir() && (ext == ".yaml" || ext == ".json") && filepath.Base(filepath.Dir(path)) != "rules" {
			files = append(files, path)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// TestRoundTrip writes every example and a synthetic county as JSON and
// reads it back: the records, approximate figures included, are the same.
func TestRoundTrip(t *testing.T) {
	type input struct {
		name string
		data []byte
	}
	var inputs []input
	for _, f := range examples(t) {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		inputs = append(inputs, input{f, data})
	}
	inputs = append(inputs, input{"synth-300.yaml", synth.YAML(synth.Options{Units: 300, Seed: 7})})
	if len(inputs) < 20 {
		t.Fatalf("only %d inputs", len(inputs))
	}
	for _, in := range inputs {
		t.Run(filepath.Base(in.name), func(t *testing.T) {
			p, err := record.ParseAndValidate(in.name, in.data, record.DefaultLimits)
			if err != nil {
				t.Skipf("not a valid data file: %v", err)
			}
			out := Marshal(p)
			q, err := record.ParseAndValidate("again.json", out, record.DefaultLimits)
			if err != nil {
				t.Fatalf("written JSON does not load: %v\n%s", err, out)
			}
			p.File, q.File = "", ""
			if !samePeriod(p, q) {
				t.Errorf("records differ after the round trip:\n%s", out)
			}
			if a, b := p.ApproxPaths(), q.ApproxPaths(); !reflect.DeepEqual(a, b) {
				t.Errorf("approximate figures differ: %v, then %v", a, b)
			}
			for _, path := range p.ApproxPaths() {
				a, _ := p.Approx(path)
				b, _ := q.Approx(path)
				if a.String() != b.String() || a.Value().Cmp(b.Value()) != 0 || a.Bound() != b.Bound() {
					t.Errorf("%s: %v became %v", path, a, b)
				}
			}
			if again := Marshal(q); string(again) != string(out) {
				t.Errorf("writing the records read back gives other bytes")
			}
		})
	}
}

// samePeriod compares the exported fields of two periods.
func samePeriod(p, q *record.Period) bool {
	return reflect.DeepEqual(exported(reflect.ValueOf(p).Elem()), exported(reflect.ValueOf(q).Elem()))
}

// exported copies the exported fields of a struct into a map, so that
// DeepEqual ignores positions and the approximate-figure table.
func exported(v reflect.Value) map[string]any {
	out := map[string]any{}
	t := v.Type()
	for i := 0; i < t.NumField(); i++ {
		if t.Field(i).IsExported() {
			out[t.Field(i).Name] = v.Field(i).Interface()
		}
	}
	return out
}
