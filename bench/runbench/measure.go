package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// usage is what GNU time -v reports about one run.
type usage struct {
	Wall   time.Duration
	CPU    time.Duration // user + system time, the command's and its children's
	PeakKB int64         // maximum resident set size
}

// probe runs a command once under /usr/bin/time -v. The command's output is
// discarded; its error output is returned with a failure.
func probe(ctx context.Context, args []string) (usage, error) {
	ctx, cancel := context.WithTimeout(ctx, commandTimeout)
	defer cancel()
	stats, err := os.CreateTemp("", "time-v-*.txt")
	if err != nil {
		return usage{}, err
	}
	stats.Close()
	defer os.Remove(stats.Name())
	cmd := exec.CommandContext(ctx, "/usr/bin/time", append([]string{"-v", "-o", stats.Name()}, args...)...)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	start := time.Now()
	runErr := cmd.Run()
	wall := time.Since(start)
	if runErr != nil {
		msg := strings.TrimSpace(stderr.String())
		if len(msg) > 400 {
			msg = msg[len(msg)-400:]
		}
		return usage{}, fmt.Errorf("%s: %v: %s", strings.Join(args, " "), runErr, msg)
	}
	data, err := os.ReadFile(stats.Name())
	if err != nil {
		return usage{}, err
	}
	u, err := parseTimeV(string(data))
	if u.Wall == 0 {
		u.Wall = wall
	}
	return u, err
}

// commandTimeout bounds any one measured command.
const commandTimeout = 15 * time.Minute

// parseTimeV reads the wall time, CPU time and peak resident set size from
// the report of GNU time -v.
func parseTimeV(report string) (u usage, err error) {
	found := false
	sc := bufio.NewScanner(strings.NewReader(report))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		key, val, ok := strings.Cut(line, ": ")
		if !ok {
			continue
		}
		switch {
		case key == "Maximum resident set size (kbytes)":
			u.PeakKB, err = strconv.ParseInt(strings.TrimSpace(val), 10, 64)
			if err != nil {
				return usage{}, fmt.Errorf("time -v: %q: %v", line, err)
			}
			found = true
		case key == "User time (seconds)" || key == "System time (seconds)":
			if s, err := strconv.ParseFloat(strings.TrimSpace(val), 64); err == nil {
				u.CPU += time.Duration(s * float64(time.Second))
			}
		case strings.HasPrefix(key, "Elapsed (wall clock) time"):
			u.Wall = parseClock(strings.TrimSpace(val))
		}
	}
	if !found {
		return usage{}, errors.New("time -v: no maximum resident set size in its report")
	}
	return u, nil
}

// parseClock reads GNU time's elapsed time, "h:mm:ss" or "m:ss.cc".
func parseClock(s string) time.Duration {
	var total float64
	for _, part := range strings.Split(s, ":") {
		v, err := strconv.ParseFloat(part, 64)
		if err != nil {
			return 0
		}
		total = total*60 + v
	}
	return time.Duration(total * float64(time.Second))
}

// timing is hyperfine's summary of one command.
type timing struct {
	Mean, StdDev, Median, Min, Max float64 // seconds
	CPU                            float64 // mean user + system seconds per run, children included
	Runs                           int
}

// hyperfine times a command runs times (after warmup runs) without a shell.
func hyperfine(ctx context.Context, args []string, runs, warmup int, dir string) (timing, error) {
	out := filepath.Join(dir, "hyperfine.json")
	defer os.Remove(out)
	hf := []string{"-N", "--style", "none", "--output", "null", "--runs", strconv.Itoa(runs),
		"--warmup", strconv.Itoa(warmup), "--export-json", out, "--", quoteCommand(args)}
	ctx, cancel := context.WithTimeout(ctx, commandTimeout*time.Duration(runs+warmup))
	defer cancel()
	cmd := exec.CommandContext(ctx, "hyperfine", hf...)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		return timing{}, fmt.Errorf("hyperfine %s: %v: %s", strings.Join(args, " "), err, stderr.String())
	}
	data, err := os.ReadFile(out)
	if err != nil {
		return timing{}, err
	}
	return parseHyperfine(data)
}

// parseHyperfine reads the first result of hyperfine's JSON export.
func parseHyperfine(data []byte) (timing, error) {
	var doc struct {
		Results []struct {
			Mean   float64   `json:"mean"`
			Median float64   `json:"median"`
			StdDev *float64  `json:"stddev"`
			Min    float64   `json:"min"`
			Max    float64   `json:"max"`
			User   float64   `json:"user"`
			System float64   `json:"system"`
			Times  []float64 `json:"times"`
		} `json:"results"`
	}
	if err := json.Unmarshal(data, &doc); err != nil {
		return timing{}, fmt.Errorf("hyperfine JSON: %v", err)
	}
	if len(doc.Results) == 0 {
		return timing{}, errors.New("hyperfine JSON: no results")
	}
	r := doc.Results[0]
	t := timing{Mean: r.Mean, Median: r.Median, Min: r.Min, Max: r.Max, CPU: r.User + r.System, Runs: len(r.Times)}
	if r.StdDev != nil {
		t.StdDev = *r.StdDev
	}
	return t, nil
}

// quoteCommand joins args into one command line for hyperfine, which splits
// it like a shell would.
func quoteCommand(args []string) string {
	q := make([]string, len(args))
	for i, a := range args {
		if a != "" && !strings.ContainsAny(a, " \t\n'\"\\$`*?[]{}()<>|&;#~") {
			q[i] = a
			continue
		}
		q[i] = "'" + strings.ReplaceAll(a, "'", `'\''`) + "'"
	}
	return strings.Join(q, " ")
}

// runsFor picks how many timed runs a command gets from one probe: enough
// to fill budget, within [lo, hi].
func runsFor(probe, budget time.Duration, lo, hi int) int {
	if probe <= 0 {
		return hi
	}
	n := int(budget / probe)
	return max(lo, min(hi, n))
}

// sizeOf returns the size of a file, or the total size of a directory's files.
func sizeOf(path string) int64 {
	st, err := os.Stat(path)
	if err != nil {
		return -1
	}
	if !st.IsDir() {
		return st.Size()
	}
	var total int64
	filepath.WalkDir(path, func(_ string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			if info, err := d.Info(); err == nil {
				total += info.Size()
			}
		}
		return nil
	})
	return total
}
