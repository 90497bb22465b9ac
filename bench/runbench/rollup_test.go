package main

import (
	"strings"
	"testing"
	"time"
)

func TestSpliceRollup(t *testing.T) {
	section := rollupBegin + "\n## 汇总\n新\n" + rollupEnd + "\n"
	doc := "# 结果\n\n## 目标\n"
	once := spliceRollup(doc, section)
	if !strings.HasPrefix(once, doc) || !strings.Contains(once, "新") {
		t.Fatalf("appended:\n%s", once)
	}
	again := spliceRollup(once, strings.Replace(section, "新", "更新", 1))
	if strings.Count(again, rollupBegin) != 1 || !strings.Contains(again, "更新") || strings.Contains(again, "\n新\n") || !strings.HasPrefix(again, doc) {
		t.Errorf("replaced:\n%s", again)
	}
}

func TestWriteRollup(t *testing.T) {
	u := func(cpu, wall float64, kb int64) usage {
		return usage{CPU: time.Duration(cpu * float64(time.Second)), Wall: time.Duration(wall * float64(time.Second)), PeakKB: kb}
	}
	rows := []rollupRow{
		{Unions: 10000, Task: directTask, usage: u(3, 4, 100<<10), Runs: 3, CPUs: []time.Duration{4 * time.Second, 3 * time.Second, 3500 * time.Millisecond}},
		{Unions: 100000, Task: directTask, usage: u(30, 40, 800<<10), Runs: 3, CPUs: []time.Duration{44 * time.Second, 30 * time.Second, 31500 * time.Millisecond}},
		{Unions: 100000, Task: "由 10 份部分汇总再汇总(一个进程)", usage: u(9, 12, 900<<10), Runs: 3},
	}
	doc := writeRollup(machine{LoadStart: "1.0"}, rows, options{work: "/w"})
	for _, want := range []string{"| 100 000 个工会从数据文件一次汇总,2 核 < 10 秒 | 墙钟 40.00 秒(CPU 时间 30.00 秒,两核全用也要约 15.00 秒) | 未达到 |", "| 未达到 |",
		"| 10.0 倍(3 轮交替测量中各轮之比 11.0、10.0、9.0 的中位数;CPU 时间最少的两次为 30.00 秒 / 3.00 秒) | 达到 |", "由部分汇总再汇总(各份在别的机器上算好),2 核 < 10 秒、< 1 GB | 墙钟 12.00 秒(CPU 时间 9.00 秒);900.0 MB | 未达到"} {
		if !strings.Contains(doc, want) {
			t.Errorf("no %q in\n%s", want, doc)
		}
	}
}

// TestLinearity: the median of the rounds' ratios, not the ratio of the
// least times, which may come from different rounds; without rounds to
// pair, the ratio of the least times.
func TestLinearity(t *testing.T) {
	s := func(v ...float64) []time.Duration {
		d := make([]time.Duration, len(v))
		for i, x := range v {
			d[i] = time.Duration(x * float64(time.Second))
		}
		return d
	}
	for _, tt := range []struct {
		big, small []time.Duration
		minBig     float64
		minSmall   float64
		want       float64
	}{
		{s(12, 11, 13), s(1, 1, 1), 11, 1, 12},
		// The least times (10.8 and 0.9) are 12 times apart, every round 11.
		{s(11, 10.8, 12.1), s(1, 0.9818181818181818, 1.1), 10.8, 0.9, 11},
		{s(10, 12), s(1, 1), 10, 1, 11},
		{nil, nil, 30, 3, 10},
	} {
		big := rollupRow{usage: usage{CPU: time.Duration(tt.minBig * float64(time.Second))}, CPUs: tt.big}
		small := rollupRow{usage: usage{CPU: time.Duration(tt.minSmall * float64(time.Second))}, CPUs: tt.small}
		if got, how := linearity(big, small); got < tt.want-1e-6 || got > tt.want+1e-6 {
			t.Errorf("linearity(%v, %v) = %v (%s), want %v", tt.big, tt.small, got, how, tt.want)
		}
	}
}
