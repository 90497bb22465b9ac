package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"time"
)

// stage is one stage of a PDF run as stageprof reports it.
type stage struct {
	Name   string  `json:"name"`
	WallMS float64 `json:"wall_ms"`
	UserMS float64 `json:"user_ms"`
	SysMS  float64 `json:"sys_ms"`
	MinFlt int64   `json:"minflt"`
	MajFlt int64   `json:"majflt"`
}

// profile is the stage breakdown of a PDF run under one condition: the
// median of each stage over the runs, and of the whole process.
type profile struct {
	Condition string // 热, 冷, 冷且无字体索引
	How       string // how the cache was emptied, for the cold ones
	Runs      int
	Stages    []stage // medians per stage
	TotalMS   float64 // median wall time of the whole process, from the parent
	Load      string
	Err       string
}

// stageProfiles runs stageprof n times (cold: m times) on the yongjia
// example in three conditions: page cache warm with the font index in
// place; page cache emptied before each run; and emptied with the font
// index removed too, as a first run on a freshly booted machine.
func stageProfiles(ctx context.Context, o options, out string, cold func() string) []profile {
	index := fontIndexPath()
	pdf := out + "/stageprof.pdf"
	args := []string{o.stageprof, "-index", index, yongjiaYAML, pdf}
	warm := runProfile(ctx, "页缓存热,有字体索引", args, o.stageRuns, nil)
	if cold == nil {
		return []profile{warm, {Condition: "页缓存冷", Err: "本系统无法清空页缓存,未测"}}
	}
	coldRuns := max(3, o.stageRuns/3)
	p2 := runProfile(ctx, "页缓存冷,有字体索引", args, coldRuns, cold)
	p3 := runProfile(ctx, "页缓存冷,无字体索引(首次运行)", args, coldRuns, func() string {
		os.Remove(index)
		return cold()
	})
	return []profile{warm, p2, p3}
}

// yongjiaYAML is the example every breakdown and comparison runs on.
const yongjiaYAML = "examples/yongjia-edu-2013.yaml"

func runProfile(ctx context.Context, condition string, args []string, n int, before func() string) profile {
	p := profile{Condition: condition, Load: loadAvg()}
	var runs [][]stage
	var totals []float64
	for i := 0; i < n+1; i++ { // the first run warms up (or, cold, is like the rest)
		if before != nil {
			p.How = before()
		}
		cmd := exec.CommandContext(ctx, args[0], args[1:]...)
		cmd.Env = append(os.Environ(), "STAGEPROF_T0="+strconv.FormatInt(time.Now().UnixNano(), 10))
		start := time.Now()
		outBytes, err := cmd.Output()
		total := time.Since(start)
		if err != nil {
			p.Err = fmt.Sprintf("stageprof: %v", err)
			return p
		}
		var st []stage
		if err := json.Unmarshal(outBytes, &st); err != nil {
			p.Err = fmt.Sprintf("stageprof: %v", err)
			return p
		}
		if i == 0 && before == nil {
			continue
		}
		runs = append(runs, st)
		totals = append(totals, total.Seconds()*1000)
	}
	p.Runs = len(runs)
	p.Stages = medianStages(runs)
	p.TotalMS = medianOf(totals)
	p.Load += " → " + loadAvg()
	return p
}

// medianStages takes, stage by stage, the median of each measure.
func medianStages(runs [][]stage) []stage {
	if len(runs) == 0 {
		return nil
	}
	out := make([]stage, len(runs[0]))
	for i := range out {
		var wall, user, sys, minflt, majflt []float64
		for _, r := range runs {
			if i >= len(r) {
				continue
			}
			wall = append(wall, r[i].WallMS)
			user = append(user, r[i].UserMS)
			sys = append(sys, r[i].SysMS)
			minflt = append(minflt, float64(r[i].MinFlt))
			majflt = append(majflt, float64(r[i].MajFlt))
		}
		out[i] = stage{Name: runs[0][i].Name, WallMS: medianOf(wall), UserMS: medianOf(user), SysMS: medianOf(sys),
			MinFlt: int64(medianOf(minflt)), MajFlt: int64(medianOf(majflt))}
	}
	return out
}

// fontIndexPath is the font index zongjie and stageprof use during the
// measurements: main points XDG_CACHE_HOME into the work directory, so
// that the user's own index is left alone and the cold runs can remove it.
func fontIndexPath() string {
	return os.Getenv("XDG_CACHE_HOME") + "/zongjie/fonts.idx"
}

// stageTable writes the breakdown: a row per stage, per condition its
// wall time, CPU time and page faults.
func stageTable(ps []profile) string {
	var b strings.Builder
	p := func(format string, args ...any) { fmt.Fprintf(&b, format, args...) }
	var ok []profile
	for _, pr := range ps {
		if pr.Err != "" {
			p("- %s:%s\n", pr.Condition, pr.Err)
			continue
		}
		ok = append(ok, pr)
	}
	if len(ok) == 0 {
		return b.String()
	}
	p("\n| 阶段 |")
	for _, pr := range ok {
		p(" %s:墙钟 | CPU | 缺页(读盘) |", pr.Condition)
	}
	p("\n|---|")
	for range ok {
		p("---:|---:|---:|")
	}
	p("\n")
	var sums = make([][3]float64, len(ok))
	for i, st := range ok[0].Stages {
		p("| %s |", st.Name)
		for k, pr := range ok {
			if i >= len(pr.Stages) {
				p(" | | |")
				continue
			}
			s := pr.Stages[i]
			p(" %.1f 毫秒 | %.1f 毫秒 | %d(%d) |", s.WallMS, s.UserMS+s.SysMS, s.MinFlt+s.MajFlt, s.MajFlt)
			sums[k][0] += s.WallMS
			sums[k][1] += s.UserMS + s.SysMS
			sums[k][2] += float64(s.MinFlt + s.MajFlt)
		}
		p("\n")
	}
	p("| 各阶段之和 |")
	for k := range ok {
		p(" %.1f 毫秒 | %.1f 毫秒 | %.0f |", sums[k][0], sums[k][1], sums[k][2])
	}
	p("\n| 整个进程(父进程计时) |")
	for _, pr := range ok {
		p(" %.1f 毫秒 | | |", pr.TotalMS)
	}
	p("\n\n")
	for _, pr := range ok {
		p("- %s:%d 次运行的中位数,系统负载 %s", pr.Condition, pr.Runs, pr.Load)
		if pr.How != "" {
			p(";每次运行前%s", pr.How)
		}
		p("。\n")
	}
	return b.String()
}
