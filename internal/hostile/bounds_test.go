package hostile

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// Bounds every hostile input must stay within as a real process, with the
// default limits: what a clerk's machine and patience allow.
const (
	maxPeak = 1 << 30 // bytes of resident memory
	maxTook = 30 * time.Second
)

// peakEnv, when set, makes the test binary a small wrapper (peakWrapper)
// that runs one command and reports its peak memory. Linux counts in a
// child's peak the memory of the process it was forked from, so the
// test process, grown by building large inputs, cannot measure its
// children itself; the wrapper starts small.
const peakEnv = "ZONGJIE_PEAK_RUN"

// peakRun is what the wrapper runs and where it reports.
type peakRun struct {
	Args   []string // the command, program first
	Stdin  string   // a file for standard input, or ""
	Report string   // where to write the peak (bytes) and the time (ns)
}

// peakWrapper runs the command of peakEnv and returns its exit code.
func peakWrapper() int {
	var r peakRun
	if err := json.Unmarshal([]byte(os.Getenv(peakEnv)), &r); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 125
	}
	cmd := exec.Command(r.Args[0], r.Args[1:]...)
	cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
	if r.Stdin != "" {
		f, err := os.Open(r.Stdin)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			return 125
		}
		defer f.Close()
		cmd.Stdin = f
	}
	start := time.Now()
	err := cmd.Run()
	took := time.Since(start)
	if cmd.ProcessState == nil {
		fmt.Fprintln(os.Stderr, err)
		return 125
	}
	var peak int64
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		peak = int64(ru.Maxrss) << 10 // Linux counts kilobytes
	}
	if err := os.WriteFile(r.Report, []byte(fmt.Sprintf("%d %d", peak, took.Nanoseconds())), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 125
	}
	return cmd.ProcessState.ExitCode()
}

// measure runs e's command in dir as a real zongjie process, through the
// wrapper, and returns its peak resident memory and wall time.
func measure(t *testing.T, dir string, e entry) (peak int64, took time.Duration) {
	t.Helper()
	run := peakRun{Args: append([]string{zongjieBinary(t)}, e.args...), Report: filepath.Join(t.TempDir(), "peak")}
	if e.stdin != "" {
		run.Stdin = filepath.Join(dir, e.stdin)
	}
	spec, err := json.Marshal(run)
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(os.Args[0])
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), peakEnv+"="+string(spec))
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); cmd.ProcessState == nil || cmd.ProcessState.ExitCode() == 125 {
		t.Fatalf("the wrapper failed: %v\n%s", err, stderr.String())
	}
	data, err := os.ReadFile(run.Report)
	if err != nil {
		t.Fatal(err)
	}
	f := strings.Fields(string(data))
	p, _ := strconv.ParseInt(f[0], 10, 64)
	ns, _ := strconv.ParseInt(f[1], 10, 64)
	return p, time.Duration(ns)
}

// TestCatalogueBounds runs every input of the catalogue as a real zongjie
// process with the default limits and checks its peak resident memory
// (the kernel's count) and its wall time against maxPeak and maxTook.
// The largest are logged (go test -v).
func TestCatalogueBounds(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("peak resident memory is read from Linux's rusage")
	}
	if testing.Short() {
		t.Skip("runs the whole catalogue again as processes")
	}
	type measured struct {
		id   string
		took time.Duration
		peak int64
	}
	var (
		mu  sync.Mutex
		all []measured
	)
	t.Run("entries", func(t *testing.T) {
		for _, e := range catalogue() {
			if e.process != nil {
				continue // signalled or under a ceiling by design: TestCatalogue runs them
			}
			t.Run(e.id, func(t *testing.T) {
				t.Parallel()
				dir := t.TempDir()
				e.setup(t, dir)
				peak, took := measure(t, dir, e)
				if peak > maxPeak {
					t.Errorf("peak resident memory %d MB, over %d MB", peak>>20, maxPeak>>20)
				}
				if took > maxTook {
					t.Errorf("took %v, over %v", took, maxTook)
				}
				mu.Lock()
				all = append(all, measured{e.id, took, peak})
				mu.Unlock()
			})
		}
	})
	for _, by := range []func(a, b measured) bool{
		func(a, b measured) bool { return a.peak > b.peak },
		func(a, b measured) bool { return a.took > b.took },
	} {
		sort.Slice(all, func(i, j int) bool { return by(all[i], all[j]) })
		for _, m := range all[:min(5, len(all))] {
			t.Logf("%-36s %5d MB %v", m.id, m.peak>>20, m.took.Round(time.Millisecond))
		}
	}
}
