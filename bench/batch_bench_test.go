//go:build unix

package bench

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

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

// BenchmarkBatchSplitUnitScale runs "zongjie batch --split unit --format md"
// (split, namer, scheduler, atomic writes) over counties of growing size,
// into an empty output directory and into one already holding 100 000
// files, and reports the CPU time (user + system, from getrusage: the
// machine may be shared) and the wall time per report. Linear means both
// stay flat as the number of reports grows: nothing may cost in proportion
// to the files already written or already in the directory (a sweep for
// stale temporary files once read the whole directory for every report,
// and splitting matched every unit against every result). Each size takes
// minutes; run one at a time:
//
//	go test ./bench -run '^$' -bench 'BatchSplitUnitScale/units=200000/' -benchtime 1x -timeout 2h
func BenchmarkBatchSplitUnitScale(b *testing.B) {
	for _, n := range []int{10_000, 50_000, 200_000} {
		for _, existing := range []int{0, 100_000} {
			b.Run(fmt.Sprintf("units=%d/existing=%d", n, existing), func(b *testing.B) {
				p, err := loadValidate(input{fmt.Sprintf("units=%d", n), synthData(n)})
				if err != nil {
					b.Fatal(err)
				}
				r := pipeline.New(pipeline.Options{})
				render := func(_ context.Context, j batch.Job) ([]byte, error) {
					sub, err := j.Records()
					if err != nil {
						return nil, err
					}
					return r.Bytes([]*record.Period{sub}, report.Annual, pipeline.Markdown)
				}
				var cpu, wall time.Duration
				reports := 0
				for b.Loop() {
					b.StopTimer()
					dir := filepath.Join(b.TempDir(), "out")
					fill(b, dir, existing)
					b.StartTimer()
					cpu0, start := cpuTime(), time.Now()
					parts := split.Units(p)
					namer := batch.NewNamer(dir, ".md")
					jobs := make([]batch.Job, len(parts))
					for i, pt := range parts {
						jobs[i] = batch.Job{Name: pt.Name, Out: namer.Path(pt.Name),
							Records: func() (*record.Period, error) { return pt.Period(), nil }}
					}
					results := batch.Run(context.Background(), jobs, render, batch.Options{})
					cpu += cpuTime() - cpu0
					wall += time.Since(start)
					reports += len(jobs)
					if n := batch.Failed(results); n > 0 {
						b.Fatal(fmt.Sprint(n, " failed: ", results[0].Err))
					}
				}
				b.ReportMetric(float64(cpu.Microseconds())/float64(reports), "cpu-µs/report")
				b.ReportMetric(float64(wall.Microseconds())/float64(reports), "wall-µs/report")
			})
		}
	}
}

// fill makes dir holding n empty files, as an output directory of earlier
// runs would.
func fill(b *testing.B, dir string, n int) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		b.Fatal(err)
	}
	for i := range n {
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("旧报告%06d.md", i)), nil, 0o644); err != nil {
			b.Fatal(err)
		}
	}
}

// cpuTime is the CPU time this process has used, user and system.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
