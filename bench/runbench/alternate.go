package main

import (
	"context"
	"fmt"
	"os/exec"
	"slices"
	"strings"
	"time"
)

// sample is one timed run of a command.
type sample struct {
	Wall time.Duration
	CPU  time.Duration // user + system, the command's and its children's
}

// samples summarizes runs of one command.
type samples []sample

// median returns the median wall and CPU times in seconds.
func (s samples) median() (wall, cpu float64) {
	if len(s) == 0 {
		return 0, 0
	}
	w := make([]float64, len(s))
	c := make([]float64, len(s))
	for i, x := range s {
		w[i], c[i] = x.Wall.Seconds(), x.CPU.Seconds()
	}
	return medianOf(w), medianOf(c)
}

func medianOf(v []float64) float64 {
	v = slices.Clone(v)
	slices.Sort(v)
	n := len(v)
	if n%2 == 1 {
		return v[n/2]
	}
	return (v[n/2-1] + v[n/2]) / 2
}

// comparison is two commands run in turn, A B A B …, so that both meet
// the same load on the machine; their ratio is the ratio of the medians.
type comparison struct {
	Set                string // the data set
	Kind               string // kindPeer, kindBaseline, kindBaselineCold
	A, B               benchCase
	RunsA, RunsB       samples
	LoadStart, LoadEnd string // /proc/loadavg around the runs
	Cold               string // how the page cache was emptied before each run, "" if it was not
	Err                string
}

// ratio is B's median wall time over A's.
func (c comparison) ratio() float64 {
	a, _ := c.RunsA.median()
	b, _ := c.RunsB.median()
	if a == 0 {
		return 0
	}
	return b / a
}

// alternate runs a and b in turn, warmup times each untimed and then n
// times each timed. before, if not nil, runs before every run (to empty
// caches) and returns how it did.
func alternate(ctx context.Context, set string, a, b benchCase, n, warmup int, before func() string) comparison {
	c := comparison{Set: set, A: a, B: b, LoadStart: loadAvg()}
	for i := 0; i < warmup+n; i++ {
		for k, bc := range []benchCase{a, b} {
			if before != nil {
				c.Cold = before()
			}
			s, err := timeRun(ctx, bc.Args)
			if err != nil {
				c.Err = err.Error()
				return c
			}
			if i < warmup {
				continue
			}
			if k == 0 {
				c.RunsA = append(c.RunsA, s)
			} else {
				c.RunsB = append(c.RunsB, s)
			}
		}
	}
	c.LoadEnd = loadAvg()
	return c
}

// timeRun runs a command once, its output discarded, and returns its wall
// and CPU time.
func timeRun(ctx context.Context, args []string) (sample, error) {
	ctx, cancel := context.WithTimeout(ctx, commandTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, args[0], args[1:]...)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	start := time.Now()
	err := cmd.Run()
	wall := time.Since(start)
	if err != nil {
		msg := strings.TrimSpace(stderr.String())
		if len(msg) > 400 {
			msg = msg[len(msg)-400:]
		}
		return sample{}, fmt.Errorf("%s: %v: %s", strings.Join(args, " "), err, msg)
	}
	return sample{Wall: wall, CPU: cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()}, nil
}

// pairsFor picks how many alternations a comparison gets from the two
// commands' probe times: enough to fill budget, within [lo, hi].
func pairsFor(a, b time.Duration, budget time.Duration, lo, hi int) int {
	return runsFor(a+b, budget, lo, hi)
}
