package main

import (
	"strings"
	"testing"
	"time"
)

func TestParseTimeV(t *testing.T) {
	report := `	Command being timed: "zongjie check x.yaml"
	User time (seconds): 0.10
	System time (seconds): 0.05
	Elapsed (wall clock) time (h:mm:ss or m:ss): 0:01.25
	Maximum resident set size (kbytes): 118424
	Exit status: 0
`
	u, err := parseTimeV(report)
	if err != nil || u.PeakKB != 118424 || u.Wall != 1250*time.Millisecond || u.CPU != 150*time.Millisecond {
		t.Errorf("got %+v, %v", u, err)
	}
	if _, err := parseTimeV("nothing"); err == nil {
		t.Error("a report without memory was accepted")
	}
}

func TestParseClock(t *testing.T) {
	for in, want := range map[string]time.Duration{
		"0:01.25": 1250 * time.Millisecond, "1:02:03": time.Hour + 2*time.Minute + 3*time.Second, "x": 0,
	} {
		if got := parseClock(in); got != want {
			t.Errorf("parseClock(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestParseHyperfine(t *testing.T) {
	for _, tc := range []struct {
		json string
		want timing
		ok   bool
	}{
		{`{"results":[{"mean":0.5,"median":0.5,"stddev":0.1,"min":0.4,"max":0.7,"user":0.25,"system":0.125,"times":[0.4,0.5,0.6]}]}`, timing{Mean: 0.5, StdDev: 0.1, Median: 0.5, Min: 0.4, Max: 0.7, CPU: 0.375, Runs: 3}, true},
		{`{"results":[{"mean":2,"median":2,"stddev":null,"min":2,"max":2,"times":[2]}]}`, timing{Mean: 2, Median: 2, Min: 2, Max: 2, Runs: 1}, true},
		{`{"results":[]}`, timing{}, false},
		{`not json`, timing{}, false},
	} {
		got, err := parseHyperfine([]byte(tc.json))
		if (err == nil) != tc.ok || got != tc.want {
			t.Errorf("%s: got %+v, %v", tc.json, got, err)
		}
	}
}

func TestQuoteCommand(t *testing.T) {
	got := quoteCommand([]string{"pandoc", "-o", "out dir/x.pdf", "it's", "--pdf-engine=wkhtmltopdf", "-env:UserInstallation=file:///tmp/lo"})
	want := `pandoc -o 'out dir/x.pdf' 'it'\''s' --pdf-engine=wkhtmltopdf -env:UserInstallation=file:///tmp/lo`
	if got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

func TestRunsFor(t *testing.T) {
	for _, tc := range []struct {
		probe  time.Duration
		lo, hi int
		want   int
	}{
		{10 * time.Millisecond, 3, 30, 30},
		{time.Second, 3, 30, 6},
		{5 * time.Second, 3, 30, 3},
		{0, 3, 30, 30},
	} {
		if got := runsFor(tc.probe, 6*time.Second, tc.lo, tc.hi); got != tc.want {
			t.Errorf("runsFor(%v) = %d, want %d", tc.probe, got, tc.want)
		}
	}
}

func TestGroupDigits(t *testing.T) {
	for n, want := range map[int]string{7: "7", 100: "100", 1000: "1 000", 100000: "100 000", 1234567: "1 234 567"} {
		if got := groupDigits(n); got != want {
			t.Errorf("groupDigits(%d) = %q, want %q", n, got, want)
		}
	}
}

func TestBusy(t *testing.T) {
	for _, tc := range []struct {
		load string
		cpus int
		want bool
	}{{"0.50 0.40 0.30", 2, false}, {"1.50 0.40 0.30", 2, true}, {"?", 2, false}} {
		if got := busy(tc.load, tc.cpus); got != tc.want {
			t.Errorf("busy(%q, %d) = %v", tc.load, tc.cpus, got)
		}
	}
}

func TestTargets(t *testing.T) {
	res := func(set, tool, task string, mean float64, kb, out int64) result {
		return result{benchCase: benchCase{Set: set, Tool: tool, Task: task}, T: timing{Mean: mean, Median: mean, Min: mean, Runs: 3}, PeakKB: kb, OutBytes: out}
	}
	results := []result{
		res("yongjia", toolZongjie, taskPDF, 0.05, 60000, 200_000),
		res("yongjia", toolWK, taskPeerPDF, 0.6, 90000, 170_000),
		res("yongjia", toolZongjie, taskDOCX, 0.01, 0, 0),
		res("yongjia", toolPandoc, taskPeerDOC, 0.02, 0, 0),
		res("10000", toolZongjie, taskMD, 0.25, 100*1024, 0),
		res("100000", toolZongjie, taskMD, 2.6, 0, 0),
		res("batch", toolZongjie, taskBatch, 40, 0, 0),
	}
	runs := func(wall ...float64) samples {
		var s samples
		for _, w := range wall {
			s = append(s, sample{Wall: secs(w), CPU: secs(w / 2)})
		}
		return s
	}
	byCase := func(set, tool, task string) benchCase { return benchCase{Set: set, Tool: tool, Task: task} }
	comps := []comparison{
		// 0.6 s / 0.025 s = 24: met, though the fastest runs would say 60.
		{Set: "yongjia", Kind: kindPeer, A: byCase("yongjia", toolZongjie, taskPDF), B: byCase("yongjia", toolWK, taskPeerPDF),
			RunsA: runs(0.01, 0.025, 0.03), RunsB: runs(0.6, 0.55, 0.7)},
		// 0.04 / 0.01 = 4: missed.
		{Set: "yongjia", Kind: kindPeer, A: byCase("yongjia", toolZongjie, taskDOCX), B: byCase("yongjia", toolPandoc, taskPeerDOC),
			RunsA: runs(0.01, 0.01, 0.012), RunsB: runs(0.04, 0.04, 0.03)},
		// Cold, now 0.3 s, before 0.25 s: missed.
		{Set: "yongjia", Kind: kindBaselineCold, A: byCase("yongjia", toolZongjie, taskPDF), B: byCase("yongjia", "zongjie b4e2e79", taskPDF),
			RunsA: runs(0.3, 0.31, 0.29), RunsB: runs(0.25, 0.26, 0.24)},
	}
	got := map[string]string{}
	for _, tg := range targets(results, comps) {
		v := "missed"
		switch {
		case tg.Missing:
			v = "missing"
		case tg.Met:
			v = "met"
		}
		key := tg.Goal
		if i := strings.IndexAny(key, "≤<"); i >= 0 {
			key = key[:i]
		}
		got[key] = v
	}
	want := map[string]string{
		"永嘉 YAML → PDF 用时 ":                        "met",
		"永嘉 YAML → DOCX 用时 ":                       "missed",
		"永嘉 YAML → HTML 用时 ":                       "missing",
		"10 000 个单位:检查 + 指标 + Markdown(一次 render)": "met",
		"10 000 个单位:峰值内存 ":                         "met",
		"100 000 个单位的用时 ":                          "met",
		"批量:一个进程生成 1 000 份 PDF,2 核 ":               "missed",
		"永嘉 PDF 文件大小 ":                             "missed",
		"永嘉 PDF 不大于加速前(b4e2e79)的 173 225 字节":       "missed",
		"冷启动的首次运行(页缓存清空、没有字体索引)不慢于早先版本":            "missed",
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s: %s, want %s (all: %v)", k, got[k], v, got)
		}
	}
}

func TestMedianOf(t *testing.T) {
	for _, tc := range []struct {
		in   []float64
		want float64
	}{{[]float64{3, 1, 2}, 2}, {[]float64{4, 1, 3, 2}, 2.5}, {[]float64{7}, 7}} {
		if got := medianOf(tc.in); got != tc.want {
			t.Errorf("medianOf(%v) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

func TestMedianStages(t *testing.T) {
	runs := [][]stage{
		{{Name: "排版", WallMS: 10, UserMS: 8, MinFlt: 100}, {Name: "压缩", WallMS: 5}},
		{{Name: "排版", WallMS: 30, UserMS: 9, MinFlt: 300}, {Name: "压缩", WallMS: 7}},
		{{Name: "排版", WallMS: 20, UserMS: 7, MinFlt: 200}, {Name: "压缩", WallMS: 6}},
	}
	got := medianStages(runs)
	if len(got) != 2 || got[0].WallMS != 20 || got[0].UserMS != 8 || got[0].MinFlt != 200 || got[1].WallMS != 6 {
		t.Errorf("medianStages = %+v", got)
	}
	table := stageTable([]profile{{Condition: "热", Runs: 3, Stages: got, TotalMS: 30, Load: "0.1 → 0.2"}})
	for _, want := range []string{"| 排版 | 20.0 毫秒 | 8.0 毫秒 | 200(0) |", "| 各阶段之和 | 26.0 毫秒 |", "热:3 次运行的中位数"} {
		if !strings.Contains(table, want) {
			t.Errorf("table lacks %q:\n%s", want, table)
		}
	}
}
