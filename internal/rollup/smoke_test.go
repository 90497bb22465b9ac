package rollup

import (
	"testing"

	"zongjie/bench/synth"
	"zongjie/internal/pipeline"
	"zongjie/internal/record"
	"zongjie/internal/recordjson"
	"zongjie/internal/report"
	"zongjie/internal/rules"
)

func TestSmoke(t *testing.T) {
	dir := t.TempDir()
	parent, err := synth.WriteFederation(dir, synth.Options{Units: 200, Seed: 3})
	if err != nil {
		t.Fatal(err)
	}
	res, err := Run(parent, nil, Options{Limits: record.DefaultLimits})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%s", recordjson.Marshal(res.Period)[:3000])
	r, err := rules.Run([]*record.Period{res.Period}, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range r.Values[:40] {
		t.Logf("%s %s %s %s", v.ID, v.Subject, v.Shown(), v.Err)
	}
	for _, a := range r.FailedAudits() {
		t.Errorf("audit: %s", a.Message)
	}
}

func TestSmokeReport(t *testing.T) {
	dir := t.TempDir()
	parent, _ := synth.WriteFederation(dir, synth.Options{Units: 200, Seed: 3})
	res, err := Run(parent, nil, Options{Limits: record.DefaultLimits})
	if err != nil {
		t.Fatal(err)
	}
	b, err := pipeline.New(pipeline.Options{}).Bytes([]*record.Period{res.Period}, report.Annual, pipeline.Markdown)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%s", b)
}
