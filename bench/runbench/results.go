package main

import (
	"fmt"
	"strings"
)

// target is one goal (issues 7 and 22) and whether this run met it.
type target struct {
	Goal     string // what was asked
	Measured string // what was measured
	Met      bool
	Missing  bool // a case it needs failed or was not run
}

// lookup indexes results by case id.
type lookup map[string]result

func (l lookup) get(set, tool, task string) (result, bool) {
	r, ok := l[set+"|"+tool+"|"+task]
	return r, ok && r.Err == ""
}

// baselineBytes is the size of the yongjia PDF when issue 22 was opened
// (commit b4e2e79): the file may grow no larger for the speed.
const baselineBytes = 173225

// targets evaluates the targets against the results: ratios from the
// alternating comparisons (medians), the rest from hyperfine's medians.
func targets(results []result, comps []comparison) []target {
	l := lookup{}
	for _, r := range results {
		l[r.id()] = r
	}
	var ts []target
	ratio := func(goal, task, peerTool string, want float64) {
		c, ok := find(comps, kindPeer, "yongjia", task, peerTool)
		if !ok {
			ts = append(ts, target{Goal: goal, Missing: true})
			return
		}
		zj, _ := c.RunsA.median()
		peer, _ := c.RunsB.median()
		x := c.ratio()
		ts = append(ts, target{goal, fmt.Sprintf("%s %s / zongjie %s = %s 倍(交替运行各 %d 次的中位数;负载 %s → %s)",
			peerTool, ms(peer), ms(zj), times(x), len(c.RunsA), load1(c.LoadStart), load1(c.LoadEnd)), x >= want, false})
	}
	ratio("永嘉 YAML → PDF 用时 ≤ pandoc + wkhtmltopdf md → PDF 的 1/20", taskPDF, toolWK, 20)
	ratio("永嘉 YAML → DOCX 用时 ≤ pandoc md → DOCX 的 1/5", taskDOCX, toolPandoc, 5)
	ratio("永嘉 YAML → HTML 用时 ≤ pandoc md → HTML 的 1/3", taskHTML, toolPandoc, 3)

	if r, ok := l.get("10000", toolZongjie, taskMD); ok {
		ts = append(ts,
			target{"10 000 个单位:检查 + 指标 + Markdown(一次 render)< 300 毫秒", fmt.Sprintf("%s(CPU 时间 %s)", ms(r.T.Median), ms(r.CPU)), r.T.Median < 0.3, false},
			target{"10 000 个单位:峰值内存 < 150 MB", mb(r.PeakKB), r.PeakKB < 150*1024, false})
	} else {
		ts = append(ts, target{Goal: "10 000 个单位:检查 + 指标 + Markdown < 300 毫秒、< 150 MB", Missing: true})
	}
	small, ok1 := l.get("10000", toolZongjie, taskMD)
	big, ok2 := l.get("100000", toolZongjie, taskMD)
	if ok1 && ok2 {
		x := big.T.Median / small.T.Median
		ts = append(ts, target{"100 000 个单位的用时 ≤ 10 000 个单位的 12 倍(线性)", fmt.Sprintf("%s / %s = %s 倍(CPU 时间之比 %s 倍)", ms(big.T.Median), ms(small.T.Median), times(x), times(big.CPU/small.CPU)), x <= 12, false})
	} else {
		ts = append(ts, target{Goal: "100 000 个单位的用时 ≤ 10 000 个单位的 12 倍", Missing: true})
	}
	if r, ok := l.get("batch", toolZongjie, taskBatch); ok {
		ts = append(ts, target{"批量:一个进程生成 1 000 份 PDF,2 核 < 30 秒", fmt.Sprintf("%.1f 秒(CPU 时间 %.1f 秒)", r.T.Median, r.CPU), r.T.Median < 30, false})
	} else {
		ts = append(ts, target{Goal: "批量:一个进程生成 1 000 份 PDF,2 核 < 30 秒", Missing: true})
	}
	zj, ok1 := l.get("yongjia", toolZongjie, taskPDF)
	wk, ok2 := l.get("yongjia", toolWK, taskPeerPDF)
	if ok1 && ok2 {
		ts = append(ts, target{"永嘉 PDF 文件大小 ≤ pandoc + wkhtmltopdf 的", fmt.Sprintf("zongjie %s,wkhtmltopdf %s", kb(zj.OutBytes), kb(wk.OutBytes)), zj.OutBytes <= wk.OutBytes, false})
	} else {
		ts = append(ts, target{Goal: "永嘉 PDF 文件大小 ≤ pandoc + wkhtmltopdf 的", Missing: true})
	}
	if ok1 {
		ts = append(ts, target{"永嘉 PDF 不大于加速前(b4e2e79)的 173 225 字节", fmt.Sprintf("%d 字节", zj.OutBytes), zj.OutBytes <= baselineBytes, false})
	}
	if c, ok := find(comps, kindBaselineCold, "", "", ""); ok {
		now, _ := c.RunsA.median()
		before, _ := c.RunsB.median()
		ts = append(ts, target{"冷启动的首次运行(页缓存清空、没有字体索引)不慢于早先版本", fmt.Sprintf("当前 %s,%s %s(交替各 %d 次的中位数)", ms(now), c.B.Tool, ms(before), len(c.RunsA)), now <= before, false})
	}
	return ts
}

// load1 is the 1-minute load average of a /proc/loadavg summary.
func load1(load string) string {
	if f := strings.Fields(load); len(f) > 0 {
		return f[0]
	}
	return "?"
}

// writeResults renders RESULTS.md.
func writeResults(m machine, sets []dataSet, results []result, comps []comparison, profiles []profile, bench string, o options) string {
	var b strings.Builder
	p := func(format string, args ...any) { fmt.Fprintf(&b, format, args...) }
	p("# zongjie 性能测量结果\n\n")
	p("由 `bench/run.sh` 生成于 %s,请勿手工修改。重新测量:\n\n```sh\nbench/run.sh", m.Date.Format("2006-01-02 15:04 MST"))
	if o.quick {
		p(" -quick")
	}
	p("\n```\n\n")

	p("## 机器与版本\n\n")
	p("| 项目 | 值 |\n|---|---|\n")
	p("| CPU | %s,%d 核 |\n| 内存 | %.1f GB |\n| 内核 | Linux %s |\n", m.CPU, m.CPUs, m.MemoryGB, m.Kernel)
	p("| 系统负载(1/5/15 分钟) | 开始 %s,结束 %s |\n", m.LoadStart, m.LoadEnd)
	for _, v := range m.Versions {
		p("| %s | %s |\n", v.Tool, orDash(v.Version))
	}
	if busy(m.LoadStart, m.CPUs) || busy(m.LoadEnd, m.CPUs) {
		p("\n**注意**:测量时机器上还有其他负载(1 分钟平均负载超过 CPU 数的一半),墙钟时间偏高且波动大,各项受影响的程度也不一样;")
		p("请同时参看不受负载影响的 CPU 时间一栏,或在机器空闲时重新运行。\n")
	}

	p("\n## 目标\n\n| 目标 | 测得 | 结果 |\n|---|---|---|\n")
	for _, t := range targets(results, comps) {
		verdict, measured := "未达到", t.Measured
		switch {
		case t.Missing:
			verdict, measured = "未测得", "—"
		case t.Met:
			verdict = "达到"
		}
		p("| %s | %s | %s |\n", t.Goal, measured, verdict)
	}
	p("\n“检查 + 指标 + Markdown”按一次 `zongjie render -o x.md` 计:它读入并校验数据(即 check)、计算全部指标(即 metrics)、组稿为 Markdown;")
	p("单独的 check 和 metrics 进程也列在下表中。同类工具的输入是 zongjie 为同一份数据组好的 Markdown(LibreOffice 的输入是 zongjie 写出的 DOCX),")
	p("所以比较的是同样的内容;zongjie 的用时还包括读数据、计算和组稿。\n")

	p("\n## 交替运行的倍数\n\n倍数都在这里量:两条命令轮流运行(A B A B ……,先各不计时地运行一次),各取墙钟时间的中位数再相除,")
	p("两者遇到的机器负载相同;负载一栏是这组运行开始和结束时的 1 分钟平均负载。CPU 时间(用户 + 系统,含子进程)也取中位数。")
	p("单次运行超过 %d 秒的命令不交替,只有下面 hyperfine 的计时。\n\n", int(maxAlternated.Seconds()))
	p("| 数据 | zongjie | 对方 | 次数 | zongjie 中位数(CPU) | 对方中位数(CPU) | 倍数 | 负载(开始 → 结束) |\n|---|---|---|---:|---:|---:|---:|---|\n")
	for _, c := range comps {
		label := setLabelOf(sets, c.Set)
		if c.Err != "" {
			p("| %s | %s | %s %s | | 失败:%s | | | |\n", label, c.A.Task, c.B.Tool, c.B.Task, oneLine(c.Err))
			continue
		}
		aw, ac := c.RunsA.median()
		bw, bc := c.RunsB.median()
		task := c.A.Task
		if c.Kind == kindBaselineCold {
			task += "(冷启动首次运行)"
		}
		p("| %s | %s | %s %s | %d | %s(%s) | %s(%s) | %s | %s → %s |\n", label, task, c.B.Tool, c.B.Task, len(c.RunsA), ms(aw), ms(ac), ms(bw), ms(bc), times(c.ratio()), load1(c.LoadStart), load1(c.LoadEnd))
	}
	for _, c := range comps {
		if c.Kind == kindBaselineCold && c.Cold != "" {
			p("\n冷启动首次运行:每次运行前删除字体索引,并%s。\n", c.Cold)
			break
		}
	}

	if len(profiles) > 0 {
		p("\n## 一次 PDF 生成的分阶段用时\n\n`bench/stageprof` 在一个进程里依次做 `zongjie render -o x.pdf examples/yongjia-edu-2013.yaml` 的各步,")
		p("每步记下墙钟时间、CPU 时间(用户 + 系统,整个进程的,含后台的压缩和垃圾回收)和缺页次数(括号内是要读盘的);")
		p("“进程启动与初始化”从父进程启动它算起,到 main 开始,包括载入程序和各包的初始化。zongjie render 在读数据的同时于后台加载字体,")
		p("所以它的墙钟时间比各步之和少;排版、字体子集、内容流与字典、压缩、写出是 PDF 写出器内的各步。\n")
		p("%s", stageTable(profiles))
	}

	p("\n## 全部测量\n\n用时为进程从启动到退出的墙钟时间(hyperfine),除最慢的几项外每项先不计时地运行一次(预热,输入文件已在缓存中)。目标按中位数计(倍数见上一节,按交替运行的中位数计);CPU 时间(用户 + 系统,含子进程)是 hyperfine 各次计时运行的平均值(只运行一次的项取自 GNU time -v);峰值内存(最大常驻内存,含子进程)取自单独一次运行的 GNU time -v。机器上有其他负载时,墙钟时间会变长,CPU 时间基本不受影响。\n\n")
	for _, s := range append(sets, dataSet{Key: "batch", Label: "批量生成(合成数据 1 000 个单位,每个单位一份 PDF)"}) {
		var rows []result
		for _, r := range results {
			if r.Set == s.Key {
				rows = append(rows, r)
			}
		}
		if len(rows) == 0 {
			continue
		}
		p("### %s\n\n| 工具 | 任务 | 用时(中位数) | 平均 ± 标准差 | 最短 | 次数 | CPU 时间 | 峰值内存 | 输出大小 |\n|---|---|---:|---:|---:|---:|---:|---:|---:|\n", s.Label)
		for _, r := range rows {
			if r.Err != "" {
				p("| %s | %s | 失败:%s | | | | | | |\n", r.Tool, r.Task, oneLine(r.Err))
				continue
			}
			p("| %s | %s | %s | %s ± %s | %s | %d | %s | %s | %s |\n", r.Tool, r.Task, ms(r.T.Median), ms(r.T.Mean), ms(r.T.StdDev), ms(r.T.Min), r.T.Runs, ms(r.CPU), mb(r.PeakKB), kb(r.OutBytes))
		}
		p("\n")
		if s.Key != "batch" {
			p("同类工具与 zongjie 的用时之比:%s\n\n", peerRatios(s.Key, results, comps))
		}
	}

	p("## 命令\n\n")
	p("$WORK 是测量用的工作目录(本次为 %s);合成数据各组的命令与下列相同,只是数据文件不同。\n\n", o.work)
	for _, r := range results {
		if r.Set != "yongjia" && r.Set != "batch" {
			continue
		}
		p("- %s %s:`%s`\n", r.Tool, r.Task, strings.ReplaceAll(strings.Join(r.Args, " "), o.work, "$WORK"))
	}

	if bench != "" {
		p("\n## Go 基准测试(各阶段)\n\n`go test ./bench -run '^$' -bench '%s' -benchtime 5x -benchmem`,数据集同上;字体与模板已加载(批量生成时的情形)。\n\n```\n%s\n```\n", goBenchPattern, bench)
	}
	return b.String()
}

// peerRatios words how much slower each peer was than zongjie on a set:
// the ratio of medians of the alternating runs, or, for commands too slow
// to alternate, of hyperfine's medians.
func peerRatios(set string, results []result, comps []comparison) string {
	l := lookup{}
	for _, r := range results {
		l[r.id()] = r
	}
	var parts []string
	for _, pp := range peerPairs {
		if c, ok := find(comps, kindPeer, set, pp.zjTask, pp.tool); ok {
			parts = append(parts, fmt.Sprintf("%s %s ÷ zongjie %s = %s 倍", pp.tool, pp.task, pp.zjTask, times(c.ratio())))
			continue
		}
		peer, ok1 := l.get(set, pp.tool, pp.task)
		zj, ok2 := l.get(set, toolZongjie, pp.zjTask)
		if ok1 && ok2 {
			parts = append(parts, fmt.Sprintf("%s %s ÷ zongjie %s = %s 倍(未交替,按 hyperfine 的中位数)", pp.tool, pp.task, pp.zjTask, times(peer.T.Median/zj.T.Median)))
		}
	}
	if len(parts) == 0 {
		return "(本组未测同类工具)"
	}
	return strings.Join(parts, ";")
}

// setLabelOf names a data set by its key.
func setLabelOf(sets []dataSet, key string) string {
	for _, s := range sets {
		if s.Key == key {
			if s.Units == 0 {
				return "永嘉"
			}
			return fmt.Sprintf("%s 个单位", groupDigits(s.Units))
		}
	}
	return key
}

// ms words a duration in seconds: 12.3 毫秒 below a second, 1.23 秒 above.
func ms(s float64) string {
	if s >= 1 {
		return fmt.Sprintf("%.2f 秒", s)
	}
	return fmt.Sprintf("%.1f 毫秒", s*1000)
}

// times words a ratio: 12.3, 3.4, 0.25.
func times(x float64) string {
	if x < 1 {
		return fmt.Sprintf("%.2f", x)
	}
	return fmt.Sprintf("%.1f", x)
}

func mb(kb int64) string { return fmt.Sprintf("%.1f MB", float64(kb)/1024) }

func kb(n int64) string {
	switch {
	case n < 0:
		return "—"
	case n == 0:
		return "—"
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	}
	return fmt.Sprintf("%.1f KB", float64(n)/1024)
}

func orDash(s string) string {
	if s == "" {
		return "—(未安装)"
	}
	return s
}

func oneLine(s string) string {
	s = strings.ReplaceAll(s, "\n", " ")
	s = strings.ReplaceAll(s, "|", "/")
	if r := []rune(s); len(r) > 160 {
		s = string(r[:160]) + "…"
	}
	return s
}
