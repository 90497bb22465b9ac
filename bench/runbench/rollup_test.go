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
		{Unions: 10000, Task: "从各工会的数据文件汇总(一个进程)", usage: u(3, 4, 100<<10), Runs: 3},
		{Unions: 100000, Task: "从各工会的数据文件汇总(一个进程)", usage: u(30, 40, 800<<10), Runs: 1},
		{Unions: 100000, Task: "由 10 份部分汇总再汇总(一个进程)", usage: u(9, 12, 900<<10), Runs: 3},
	}
	doc := writeRollup(machine{LoadStart: "1.0"}, rows, options{work: "/w"})
	for _, want := range []string{"| 100 000 个工会从数据文件一次汇总,2 核 < 10 秒 | 墙钟 40.00 秒(CPU 时间 30.00 秒,两核全用也要约 15.00 秒) | 未达到 |", "| 未达到 |",
		"30.00 秒 / 3.00 秒 = 10.0 倍 | 达到", "由部分汇总再汇总(各份在别的机器上算好),2 核 < 10 秒、< 1 GB | 墙钟 12.00 秒(CPU 时间 9.00 秒);900.0 MB | 未达到"} {
		if !strings.Contains(doc, want) {
			t.Errorf("no %q in\n%s", want, doc)
		}
	}
}
