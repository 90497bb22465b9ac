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

// TestJSONSlim checks the slim form a partial roll-up writes: the whole
// organisation's values, no rankings, findings or recorded figures, the
// failed audits alone, and the records all the same.
func TestJSONSlim(t *testing.T) {
	r, err := rules.Run(load(t, example2013), nil)
	if err != nil {
		t.Fatal(err)
	}
	var full, slim bytes.Buffer
	if err := WriteJSON(&full, r); err != nil {
		t.Fatal(err)
	}
	if err := WriteJSONWith(&slim, r, JSONOptions{Slim: true}); err != nil {
		t.Fatal(err)
	}
	type out struct {
		Values []struct {
			Per string `json:"per"`
		} `json:"values"`
		Rankings []json.RawMessage `json:"rankings"`
		Findings []json.RawMessage `json:"findings"`
		Recorded []json.RawMessage `json:"recorded"`
		Audits   []struct {
			OK bool `json:"ok"`
		} `json:"audits"`
		Record json.RawMessage `json:"record"`
	}
	var f, s out
	if err := json.Unmarshal(full.Bytes(), &f); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(slim.Bytes(), &s); err != nil {
		t.Fatal(err)
	}
	whole := 0
	for _, v := range f.Values {
		if v.Per == "whole" {
			whole++
		}
	}
	if len(s.Values) != whole || whole == 0 || whole == len(f.Values) {
		t.Errorf("slim values %d, the whole organisation's %d of %d", len(s.Values), whole, len(f.Values))
	}
	for _, v := range s.Values {
		if v.Per != "whole" {
			t.Errorf("a %s value in the slim form", v.Per)
		}
	}
	if len(f.Rankings) == 0 || len(f.Recorded) == 0 || len(s.Rankings)+len(s.Findings)+len(s.Recorded) != 0 {
		t.Errorf("rankings %d→%d, findings %d→%d, recorded %d→%d", len(f.Rankings), len(s.Rankings), len(f.Findings), len(s.Findings), len(f.Recorded), len(s.Recorded))
	}
	for _, a := range s.Audits {
		if a.OK {
			t.Error("a passed audit in the slim form")
		}
	}
	if !bytes.Equal(f.Record, s.Record) {
		t.Error("the records differ")
	}
}
