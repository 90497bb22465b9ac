package main

import (
	"bufio"
	"context"
	"os"
	"os/exec"
	"runtime"
	"strconv"
	"strings"
	"time"
)

// machine describes where the numbers were measured.
type machine struct {
	CPUs      int
	CPU       string
	MemoryGB  float64
	Kernel    string
	Go        string
	LoadStart string // /proc/loadavg at the start
	LoadEnd   string
	Date      time.Time
	Versions  []version
}

type version struct{ Tool, Version string }

func describeMachine(ctx context.Context, zongjie string) machine {
	m := machine{CPUs: runtime.NumCPU(), Go: runtime.Version(), Date: time.Now()}
	m.CPU = cpuModel()
	m.MemoryGB = float64(memTotalKB()) / (1 << 20)
	m.Kernel = firstLine(readFile("/proc/sys/kernel/osrelease"))
	m.LoadStart = loadAvg()
	m.Versions = []version{
		{"zongjie", firstLine(output(ctx, zongjie, "version")) + gitDescribe(ctx)},
		{"pandoc", firstLine(output(ctx, "pandoc", "--version"))},
		{"wkhtmltopdf", firstLine(output(ctx, "wkhtmltopdf", "--version"))},
		{"LibreOffice", firstLine(output(ctx, "soffice", "--version"))},
		{"hyperfine", firstLine(output(ctx, "hyperfine", "--version"))},
		{"GNU time", firstLine(output(ctx, "/usr/bin/time", "--version"))},
		{"Go", runtime.Version()},
	}
	return m
}

func cpuModel() string {
	sc := bufio.NewScanner(strings.NewReader(readFile("/proc/cpuinfo")))
	for sc.Scan() {
		if k, v, ok := strings.Cut(sc.Text(), ":"); ok && strings.TrimSpace(k) == "model name" {
			return strings.TrimSpace(v)
		}
	}
	return runtime.GOARCH
}

func memTotalKB() int64 {
	sc := bufio.NewScanner(strings.NewReader(readFile("/proc/meminfo")))
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) >= 2 && f[0] == "MemTotal:" {
			n, _ := strconv.ParseInt(f[1], 10, 64)
			return n
		}
	}
	return 0
}

// loadAvg returns the 1-, 5- and 15-minute load averages.
func loadAvg() string {
	f := strings.Fields(readFile("/proc/loadavg"))
	if len(f) < 3 {
		return "?"
	}
	return strings.Join(f[:3], " ")
}

// busy reports whether the 1-minute load average exceeds half the CPUs, in
// which case the numbers include other processes' contention.
func busy(load string, cpus int) bool {
	f := strings.Fields(load)
	if len(f) == 0 {
		return false
	}
	l, err := strconv.ParseFloat(f[0], 64)
	return err == nil && l > float64(cpus)/2
}

// gitDescribe names the commit measured, marking uncommitted changes.
func gitDescribe(ctx context.Context) string {
	rev := firstLine(output(ctx, "git", "rev-parse", "--short", "HEAD"))
	if rev == "" {
		return ""
	}
	if strings.TrimSpace(output(ctx, "git", "status", "--porcelain", "--untracked-files=no")) != "" {
		rev += " + 未提交的修改"
	}
	return "(" + rev + ")"
}

func readFile(path string) string {
	data, _ := os.ReadFile(path)
	return string(data)
}

func output(ctx context.Context, name string, args ...string) string {
	out, err := exec.CommandContext(ctx, name, args...).CombinedOutput()
	if err != nil && len(out) == 0 {
		return ""
	}
	return string(out)
}

func firstLine(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i]
	}
	return strings.TrimSpace(s)
}
