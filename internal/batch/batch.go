// Package batch renders many reports in one process: a pool of workers, one
// per CPU (GOMAXPROCS), takes jobs in order, renders each with a RenderFunc
// the caller supplies (which holds the templates and fonts, loaded once), and
// writes every result atomically (internal/atomicfile). A failed job is
// recorded and the others go on. On a terminal a progress bar shows how far the batch is; elsewhere it
// is quiet. Results come back in job order, whatever order they finished in.
package batch

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"zongjie/internal/atomicfile"
	"zongjie/internal/record"
)

// Job is one report to render.
type Job struct {
	// Name says what the report is about (a data file, a group, a unit); it
	// labels the job in error messages.
	Name string
	// Records returns the records to report on. It runs in a worker, so
	// loading and validating many files happens in parallel.
	Records func() (*record.Period, error)
	// Out is the output file. It is written atomically: a failed job leaves
	// no partial file behind, and an earlier file at Out survives.
	Out string
}

// RenderFunc renders one job's report to bytes. It is called from several
// goroutines at once and must be safe for that; whatever is costly to set up
// (templates, fonts) belongs in the closure, prepared once.
type RenderFunc func(ctx context.Context, j Job) ([]byte, error)

// Result is what became of one job.
type Result struct {
	Job     Job
	Bytes   int           // size of the file written
	Err     error         // nil when the file was written (or skipped)
	Skipped bool          // the file existed and Options.Write.NoClobber kept it
	Elapsed time.Duration // time spent rendering and writing it
}

// Options tune a run.
type Options struct {
	// Workers is the number of jobs rendered at once; 0 means GOMAXPROCS.
	Workers int
	// Writers is the number of files written at once; 0 means 8.
	Writers int
	// Progress receives progress reports, e.g. a Bar; nil for none.
	Progress Progress
	// Write says how existing files are treated (NoClobber, Force). Run
	// sweeps each output directory for stale temporary files once, before
	// the first job, and writes every file with NoSweep: a directory of
	// many files is read once, not once per report. It writes with
	// PlainOnly: a link, device or pipe found at an output's name (the
	// names come from the data) fails that report, rather than sending it
	// elsewhere or blocking on a pipe.
	Write atomicfile.Options
}

// Progress is told how a run advances. Calls come from several goroutines.
type Progress interface {
	Start(total int)
	Done(r Result) // one job finished, written or failed
	Finish()
}

// Run renders every job and returns one result per job, in job order. A
// cancelled ctx stops the jobs that have not started; they fail with the
// context's error.
//
// Rendering and writing are separate pools: the render workers keep the CPUs
// busy while the writers wait for the disk (an atomic write ends with fsync,
// which costs milliseconds on a real disk and would otherwise idle a CPU).
func Run(ctx context.Context, jobs []Job, render RenderFunc, opt Options) []Result {
	workers := WorkerCount(opt.Workers, len(jobs))
	writers := opt.Writers
	if writers <= 0 {
		writers = defaultWriters
	}
	results := make([]Result, len(jobs))
	if opt.Progress != nil {
		opt.Progress.Start(len(jobs))
		defer opt.Progress.Finish()
	}
	done := func(i int) {
		if opt.Progress != nil {
			opt.Progress.Done(results[i])
		}
	}
	type rendered struct {
		i    int
		data []byte
	}
	sweep(jobs)
	wopt := opt.Write
	wopt.NoSweep = true
	wopt.PlainOnly = true // the names come from the data, not from the user
	toWrite := make(chan rendered, 2*workers)
	var next atomic.Int64
	var renderers, writerPool sync.WaitGroup
	for range workers {
		renderers.Add(1)
		go func() {
			defer renderers.Done()
			for {
				i := int(next.Add(1) - 1)
				if i >= len(jobs) {
					return
				}
				if opt.Write.NoClobber && exists(jobs[i].Out) {
					results[i] = Result{Job: jobs[i], Skipped: true}
					done(i)
					continue
				}
				data, r := renderOne(ctx, jobs[i], render)
				results[i] = r
				if r.Err != nil {
					done(i)
					continue
				}
				toWrite <- rendered{i, data}
			}
		}()
	}
	for range writers {
		writerPool.Add(1)
		go func() {
			defer writerPool.Done()
			for w := range toWrite {
				r := &results[w.i]
				start := time.Now()
				err := wopt.WriteBytes(r.Job.Out, w.data)
				switch {
				case errors.Is(err, atomicfile.ErrExist) && opt.Write.NoClobber:
					r.Skipped = true // it appeared while the report was rendered
				case err != nil:
					r.Err = err
				default:
					r.Bytes = len(w.data)
				}
				r.Elapsed += time.Since(start)
				done(w.i)
			}
		}()
	}
	renderers.Wait()
	close(toWrite)
	writerPool.Wait()
	return results
}

// sweep removes the stale temporary files of the jobs' outputs, reading
// each output directory once.
func sweep(jobs []Job) {
	byDir := map[string][]string{}
	for _, j := range jobs {
		dir := filepath.Dir(j.Out)
		byDir[dir] = append(byDir[dir], filepath.Base(j.Out))
	}
	for dir, bases := range byDir {
		atomicfile.Sweep(dir, bases)
	}
}

// exists reports whether something is at path.
func exists(path string) bool {
	_, err := os.Lstat(path)
	return err == nil
}

// defaultWriters is the number of files written at once.
const defaultWriters = 8

// WorkerCount is the number of workers Run uses for n jobs when asked for
// requested (0: GOMAXPROCS): never more than the jobs, never fewer than one.
func WorkerCount(requested, n int) int {
	if requested <= 0 {
		requested = runtime.GOMAXPROCS(0)
	}
	return max(1, min(requested, n))
}

// renderOne renders one job. A panic in render fails this job only.
func renderOne(ctx context.Context, j Job, render RenderFunc) (data []byte, r Result) {
	start := time.Now()
	r = Result{Job: j}
	defer func() {
		if p := recover(); p != nil {
			data, r.Err = nil, fmt.Errorf("内部错误(请把数据文件和这条信息报告给开发者):%v", p)
		}
		r.Elapsed = time.Since(start)
	}()
	if err := ctx.Err(); err != nil {
		r.Err = err
		return nil, r
	}
	data, r.Err = render(ctx, j)
	return data, r
}
