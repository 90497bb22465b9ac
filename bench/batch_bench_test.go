package bench

import (
	"context"
	"fmt"
	"testing"

	"zongjie/internal/batch"
	"zongjie/internal/batch/split"
	"zongjie/internal/pipeline"
	"zongjie/internal/record"
	"zongjie/internal/report"
)

// BenchmarkBatchSplitUnit renders one report per unit of a 100-unit county
// with the batch scheduler, as "zongjie batch --split unit" does, and
// reports the cost per report.
func BenchmarkBatchSplitUnit(b *testing.B) {
	in := input{"units=100", synthData(100)}
	p, err := loadValidate(in)
	if err != nil {
		b.Fatal(err)
	}
	r := pipeline.New(pipeline.Options{})
	for _, f := range []pipeline.Format{pipeline.Markdown, pipeline.DOCX, pipeline.PDF} {
		b.Run(string(f), func(b *testing.B) {
			dir := b.TempDir()
			parts := split.Units(p)
			namer := batch.NewNamer(dir, "."+string(f))
			jobs := make([]batch.Job, len(parts))
			for i, pt := range parts {
				jobs[i] = batch.Job{Name: pt.Name, Out: namer.Path(pt.Name),
					Records: func() (*record.Period, error) { return pt.Period(), nil }}
			}
			render := func(_ context.Context, j batch.Job) ([]byte, error) {
				sub, err := j.Records()
				if err != nil {
					return nil, err
				}
				return r.Bytes([]*record.Period{sub}, report.Annual, f)
			}
			if _, err := r.Bytes([]*record.Period{parts[0].Period()}, report.Annual, f); err != nil { // fonts
				b.Fatal(err)
			}
			b.ReportAllocs()
			for b.Loop() {
				results := batch.Run(context.Background(), jobs, render, batch.Options{})
				if n := batch.Failed(results); n > 0 {
					b.Fatal(fmt.Sprint(n, " failed: ", results[0].Err))
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(jobs))/1e6, "ms/report")
		})
	}
}
