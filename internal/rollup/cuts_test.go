package rollup

import (
	"bytes"
	"fmt"
	"path/filepath"
	"testing"

	"zongjie/internal/pipeline"
	"zongjie/internal/recordjson"
	"zongjie/internal/report"
	"zongjie/internal/shard"
)

// TestCuts rolls up one synthetic county every way the work can be cut:
// from the unions' data files, from their metrics files, and from partial
// roll-ups cut three ways (three shards; three hand-picked parts of
// different sizes; seven shards reduced in two steps, mixed with data
// files). The report, in every format, and the rolled-up records are the
// same bytes each time.
func TestCuts(t *testing.T) {
	parent, files := county(t, 200, 21)
	dir := t.TempDir()
	direct := roll(t, parent, nil, Options{})

	metricFiles := make([]string, len(files))
	for i, f := range files {
		metricFiles[i] = filepath.Join(dir, fmt.Sprintf("union-%03d.json", i))
		unionMetrics(t, f, metricFiles[i])
	}
	partial := func(name string, children []string, o Options) string {
		o.Partial = true
		return writeMetrics(t, dir, name, roll(t, parent, children, o))
	}
	var shards3, shards7 []string
	for i := 1; i <= 3; i++ {
		shards3 = append(shards3, partial(fmt.Sprintf("shard-%d-3.json", i), nil, Options{Shard: shard.Shard{I: i, N: 3}}))
	}
	for i := 1; i <= 7; i++ {
		shards7 = append(shards7, partial(fmt.Sprintf("shard-%d-7.json", i), nil, Options{Shard: shard.Shard{I: i, N: 7}}))
	}
	picked := []string{
		partial("first-50.json", files[:50], Options{}),
		partial("middle-100.json", files[50:150], Options{}),
		partial("last-50.json", files[150:], Options{}),
	}
	// Seven shards, reduced to two partial roll-ups of partial roll-ups.
	nested := []string{partial("shards-1-4.json", shards7[:4], Options{}), partial("shards-5-7.json", shards7[4:], Options{})}

	cuts := []struct {
		name     string
		children []string
	}{
		{"metrics files", metricFiles},
		{"three shards", shards3},
		{"three hand-picked parts", picked},
		{"seven shards in two steps", nested},
		{"a partial and data files", append([]string{picked[0]}, files[50:]...)},
	}
	formats := []pipeline.Format{pipeline.Markdown, pipeline.HTML, pipeline.DOCX, pipeline.PDF}
	want := map[pipeline.Format][]byte{}
	for _, f := range formats {
		want[f] = render(t, direct, report.Annual, f)
	}
	wantRecords := recordjson.Marshal(direct.Period)
	for _, c := range cuts {
		t.Run(c.name, func(t *testing.T) {
			res := roll(t, parent, c.children, Options{})
			if got := recordjson.Marshal(res.Period); !bytes.Equal(got, wantRecords) {
				t.Errorf("the rolled-up records differ:\n%s\nwant\n%s", firstDiff(got, wantRecords), firstDiff(wantRecords, got))
			}
			if len(res.Meta.Unions) != len(files) {
				t.Errorf("%d unions rolled up, want %d", len(res.Meta.Unions), len(files))
			}
			for _, f := range formats {
				if got := render(t, res, report.Annual, f); !bytes.Equal(got, want[f]) {
					t.Errorf("the %s report differs from the one rolled up from the data files", f)
				}
			}
		})
	}
}

// firstDiff shows a and where it first differs from b.
func firstDiff(a, b []byte) string {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	lo, hi := max(0, i-200), min(len(a), i+200)
	return string(a[lo:hi])
}
