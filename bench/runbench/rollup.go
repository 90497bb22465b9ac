package main

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"
)

// The roll-up measurements (zongjie rollup): a county federation of 1 000,
// 10 000 and 100 000 synthetic unions (zjgen -federation), rolled up from
// the unions' data files in one process, and the 100 000 as a map and a
// reduce: ten partial roll-ups (--shard i/10, one process each, as ten
// machines would run them) and the roll-up of those. They make the
// section of RESULTS.md between rollupBegin and rollupEnd, which
// bench/run.sh -rollup rewrites alone.
const (
	rollupBegin  = "<!-- rollup: bench/run.sh -rollup 重写这一节 -->"
	rollupEnd    = "<!-- /rollup -->"
	rollupShards = 10
)

// rollupSizes are the federations measured.
var rollupSizes = []int{1000, 10000, 100000}

// rollupRounds is how many times each roll-up runs.
const rollupRounds = 3

// directTask is the task of a roll-up from the unions' data files.
const directTask = "从各工会的数据文件汇总(一个进程)"

// rollupRow is one roll-up measurement.
type rollupRow struct {
	Unions int
	Task   string
	usage
	Runs int
	CPUs []time.Duration // every run's CPU time, in order
	Args []string
	Err  string
}

// rollupSection measures the roll-ups and returns the section.
func rollupSection(ctx context.Context, o options, m machine) (string, error) {
	in, out := filepath.Join(o.work, "rollup-in"), filepath.Join(o.work, "rollup-out")
	for _, d := range []string{in, out} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			return "", err
		}
	}
	parents := make([]string, len(rollupSizes))
	for i, n := range rollupSizes {
		dir := filepath.Join(in, strconv.Itoa(n))
		logf("生成 %d 个工会的汇总数据 ……", n)
		os.RemoveAll(dir)
		gen, err := exec.CommandContext(ctx, o.zjgen, "-units", strconv.Itoa(n), "-seed", "1", "-federation", dir).Output()
		if err != nil {
			return "", fmt.Errorf("zjgen -federation: %v", err)
		}
		parents[i] = strings.TrimSpace(string(gen))
	}
	// Each size once a round, rollupRounds rounds, the least CPU time
	// kept: the linearity item compares two sizes, so they are measured
	// side by side, not minutes apart while the machine's speed drifts.
	rows := make([]rollupRow, len(rollupSizes))
	for i, n := range rollupSizes {
		report := filepath.Join(out, fmt.Sprintf("rollup-%d.md", n))
		rows[i] = newRollupRow(n, directTask, o.zongjie, "rollup", "-o", report, parents[i])
	}
	for round := range rollupRounds {
		for i := range rows {
			logf("[汇总 %d,第 %d 轮] %s", rows[i].Unions, round+1, directTask)
			rows[i].run(ctx)
		}
	}
	for i, n := range rollupSizes {
		if n < 100000 || rows[i].Err != "" {
			continue
		}
		parent, report := parents[i], filepath.Join(out, fmt.Sprintf("rollup-%d.md", n))
		var shards []string
		mapRow := rollupRow{Unions: n, Task: fmt.Sprintf("分 %d 份部分汇总(--shard i/%d,%d 个进程依次运行;CPU 时间为总和,墙钟时间和内存为最大的一份)", rollupShards, rollupShards, rollupShards), Runs: 1}
		for i := 1; i <= rollupShards; i++ {
			shard := filepath.Join(out, fmt.Sprintf("shard-%d-%d.json", i, rollupShards))
			shards = append(shards, shard)
			r := measureRollup(ctx, n, "", 1, o.zongjie, "rollup", "--shard", fmt.Sprintf("%d/%d", i, rollupShards), "--metrics", shard, parent)
			if r.Err != "" {
				mapRow.Err = r.Err
				break
			}
			mapRow.CPU += r.CPU
			mapRow.Wall = max(mapRow.Wall, r.Wall)
			mapRow.PeakKB = max(mapRow.PeakKB, r.PeakKB)
			mapRow.Args = r.Args
		}
		rows = append(rows, mapRow)
		reduced := filepath.Join(out, fmt.Sprintf("rollup-%d-reduced.md", n))
		rows = append(rows, measureRollup(ctx, n, fmt.Sprintf("由 %d 份部分汇总再汇总(一个进程)", rollupShards), rollupRounds, o.zongjie,
			append([]string{"rollup", "-o", reduced, parent}, shards...)...))
		if same, err := sameFile(report, reduced); err != nil || !same {
			return "", fmt.Errorf("由部分汇总再汇总的报告 %s 与一次汇总的 %s 不同", reduced, report)
		}
	}
	return writeRollup(m, rows, o), nil
}

// newRollupRow is a measurement of zongjie with args, not yet run.
func newRollupRow(n int, task, zongjie string, args ...string) rollupRow {
	return rollupRow{Unions: n, Task: task, Args: append([]string{zongjie}, args...)}
}

// run runs the roll-up once under GNU time -v, keeps the run if it took
// the least CPU time so far (the one the machine's other work disturbed
// least) and records its CPU time. After a failure it runs nothing more.
func (r *rollupRow) run(ctx context.Context) {
	if r.Err != "" {
		return
	}
	u, err := probe(ctx, r.Args)
	if err != nil {
		r.Err = err.Error()
		return
	}
	if r.Runs == 0 || u.CPU < r.CPU {
		r.usage = u
	}
	r.Runs++
	r.CPUs = append(r.CPUs, u.CPU)
	logf("  CPU %.2f 秒,墙钟 %.2f 秒,峰值 %.1f MB", u.CPU.Seconds(), u.Wall.Seconds(), float64(u.PeakKB)/1024)
}

// measureRollup runs a roll-up runs times in a row; see run.
func measureRollup(ctx context.Context, n int, task string, runs int, zongjie string, args ...string) rollupRow {
	row := newRollupRow(n, task, zongjie, args...)
	logf("[汇总 %d] %s", n, strings.Join(args[:min(len(args), 4)], " "))
	for range runs {
		row.run(ctx)
	}
	return row
}

func sameFile(a, b string) (bool, error) {
	x, err := os.ReadFile(a)
	if err != nil {
		return false, err
	}
	y, err := os.ReadFile(b)
	return err == nil && string(x) == string(y), err
}

// writeRollup renders the section.
func writeRollup(m machine, rows []rollupRow, o options) string {
	var b strings.Builder
	p := func(format string, args ...any) { fmt.Fprintf(&b, format, args...) }
	p("%s\n## 汇总(zongjie rollup)\n\n", rollupBegin)
	p("由 `bench/run.sh -rollup` 生成于 %s(负载:开始 %s)。数据为 `zjgen -federation -seed 1`:一个县教育工会的数据文件(含全部工会的名册和所报合计)", m.Date.Format("2006-01-02 15:04 MST"), m.LoadStart)
	p("和每个基层工会一个数据文件(约 1 KB);汇总读入、校验并核对每个文件(如同对每个文件运行 zongjie check),合并、核对上级所报合计,生成年度总结(Markdown)。")
	p("每项运行至多 %d 次,取 CPU 时间最少的一次;三种规模的一次汇总轮流运行(每轮各一次),使线性一项比较的两种规模在同一段时间里测得。", rollupRounds)
	p("机器上有其他负载时墙钟时间偏高,CPU 时间(用户 + 系统)受影响较小,一并列出。")
	p("汇总时读文件的工作分给全部 CPU,读上级的数据、最后的合并和生成报告只用一个,所以墙钟时间比 CPU 时间的一半多;用时目标按墙钟时间判断。\n\n")
	p("| 工会数 | 任务 | CPU 时间 | 墙钟时间 | 峰值内存 | 次数 |\n|---:|---|---:|---:|---:|---:|\n")
	byTask := map[string]rollupRow{}
	for _, r := range rows {
		if r.Err != "" {
			p("| %s | %s | 失败:%s | | | |\n", groupDigits(r.Unions), r.Task, oneLine(r.Err))
			continue
		}
		p("| %s | %s | %s | %s | %s | %d |\n", groupDigits(r.Unions), r.Task, ms(r.CPU.Seconds()), ms(r.Wall.Seconds()), mb(r.PeakKB), r.Runs)
		byTask[fmt.Sprint(r.Unions, strings.SplitN(r.Task, "(", 2)[0])] = r
	}
	direct := func(n int) (rollupRow, bool) {
		r, ok := byTask[fmt.Sprint(n, "从各工会的数据文件汇总")]
		return r, ok
	}
	p("\n| 目标 | 测得 | 结果 |\n|---|---|---|\n")
	verdict := func(ok bool) string {
		if ok {
			return "达到"
		}
		return "未达到"
	}
	// The targets are wall-clock times: CPU time halved is what two cores
	// could do at best, shown beside it, but the serial steps of a roll-up
	// (the parent's records, the final merge, the report) run on one.
	if big, ok := direct(100000); ok {
		p("| 100 000 个工会从数据文件一次汇总,2 核 < 10 秒 | 墙钟 %s(CPU 时间 %s,两核全用也要约 %s) | %s |\n", ms(big.Wall.Seconds()), ms(big.CPU.Seconds()), ms(big.CPU.Seconds()/2), verdict(big.Wall.Seconds() < 10))
		p("| 100 000 个工会从数据文件一次汇总,峰值内存 < 1 GB | %s | %s |\n", mb(big.PeakKB), verdict(big.PeakKB < 1<<20))
		if small, ok := direct(10000); ok {
			x, rounds := linearity(big, small)
			p("| 与工会数成线性:100 000 个的 CPU 时间 ≤ 10 000 个的 12 倍 | %s 倍(%s;CPU 时间最少的两次为 %s / %s) | %s |\n", times(x), rounds, ms(big.CPU.Seconds()), ms(small.CPU.Seconds()), verdict(x <= 12))
		}
	}
	if red, ok := byTask[fmt.Sprint(100000, fmt.Sprintf("由 %d 份部分汇总再汇总", rollupShards))]; ok {
		p("| 100 000 个工会由部分汇总再汇总(各份在别的机器上算好),2 核 < 10 秒、< 1 GB | 墙钟 %s(CPU 时间 %s);%s | %s |\n", ms(red.Wall.Seconds()), ms(red.CPU.Seconds()), mb(red.PeakKB), verdict(red.Wall.Seconds() < 10 && red.PeakKB < 1<<20))
	}
	p("\n由部分汇总再汇总的报告与一次汇总的逐字节相同(runbench 核对过)。命令:\n\n")
	for _, r := range rows {
		if len(r.Args) > 0 {
			p("- `%s`\n", strings.ReplaceAll(strings.Join(r.Args, " "), o.work, "$WORK"))
		}
	}
	p("\n%s\n", rollupEnd)
	return b.String()
}

// linearity returns how many times the CPU time of big is small's: the
// median of the ratios of the runs of one round (big's i-th run against
// small's), which the machine's drift affects alike, and says so; the
// ratio of the least CPU times when there are no rounds to pair.
func linearity(big, small rollupRow) (float64, string) {
	var ratios []float64
	for i := range min(len(big.CPUs), len(small.CPUs)) {
		ratios = append(ratios, big.CPUs[i].Seconds()/small.CPUs[i].Seconds())
	}
	if len(ratios) == 0 {
		return big.CPU.Seconds() / small.CPU.Seconds(), "CPU 时间最少的两次之比"
	}
	shown := make([]string, len(ratios))
	for i, r := range ratios {
		shown[i] = times(r)
	}
	slices.Sort(ratios)
	x := ratios[len(ratios)/2]
	if len(ratios)%2 == 0 {
		x = (ratios[len(ratios)/2-1] + x) / 2
	}
	return x, fmt.Sprintf("%d 轮交替测量中各轮之比 %s 的中位数", len(ratios), strings.Join(shown, "、"))
}

// spliceRollup puts the section into RESULTS.md: in place of the one
// there, or at the end.
func spliceRollup(doc, section string) string {
	i := strings.Index(doc, rollupBegin)
	j := strings.Index(doc, rollupEnd)
	if i >= 0 && j > i {
		rest := doc[j+len(rollupEnd):]
		return doc[:i] + strings.TrimSuffix(section, "\n") + rest
	}
	return strings.TrimRight(doc, "\n") + "\n\n" + section
}
