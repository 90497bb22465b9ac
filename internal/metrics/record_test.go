package metrics

import (
	"bytes"
	"encoding/json"
	"testing"

	"zongjie/internal/record"
	"zongjie/internal/recordjson"
	"zongjie/internal/rules"
)

// TestJSONRecord checks that the "record" of the JSON is the latest
// period's records as a data file: read back, it gives the same records.
func TestJSONRecord(t *testing.T) {
	ps := load(t, "../../examples/yongjia-edu-2014.yaml", example2013)
	r, err := rules.Run(ps, nil)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := WriteJSONWith(&b, r, JSONOptions{Rollup: map[string]bool{"partial": true}}); err != nil {
		t.Fatal(err)
	}
	var out struct {
		Record json.RawMessage `json:"record"`
		Rollup struct {
			Partial bool `json:"partial"`
		} `json:"rollup"`
	}
	if err := json.Unmarshal(b.Bytes(), &out); err != nil {
		t.Fatal(err)
	}
	if !out.Rollup.Partial {
		t.Error("the rollup object is missing")
	}
	p, err := record.ParseAndValidate("record.json", out.Record, record.DefaultLimits)
	if err != nil {
		t.Fatalf("the record does not load: %v", err)
	}
	if p.Org.Name != r.Period.Org.Name || *p.When.Year != 2014 {
		t.Errorf("record is %s %d, want the latest period of %s", p.Org.Name, *p.When.Year, r.Period.Org.Name)
	}
	if got, want := recordjson.Marshal(p), recordjson.Marshal(r.Period); !bytes.Equal(got, want) {
		t.Errorf("the record read back differs:\n%s\nwant\n%s", got, want)
	}
}
