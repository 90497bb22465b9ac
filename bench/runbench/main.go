// Command runbench measures zongjie against the tools a user would pick
// instead (pandoc, pandoc + wkhtmltopdf, LibreOffice) on the same machine, in
// one run, and writes bench/RESULTS.md: wall time (hyperfine), peak memory
// (GNU time -v) and output size per case, the ratios against the targets,
// and the Go stage benchmarks. bench/run.sh installs the tools, builds the
// binaries and calls it; see there.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"zongjie/internal/atomicfile"
)

// options are runbench's flags.
type options struct {
	work, out       string
	zongjie, zjgen  string
	stageprof       string // bench/stageprof, for the breakdown of a PDF run
	baseline        string // an earlier zongjie to compare with, "" for none
	baselineName    string // what it was built from
	sizes           []int
	quick, goBench  bool
	rollupOnly      bool
	budget          time.Duration
	minRuns, maxRun int
	stageRuns       int
	pairBudget      time.Duration
	minPairs, maxPr int
}

func main() {
	var o options
	sizes := flag.String("sizes", "100,1000,10000,100000", "合成数据的单位数,逗号分隔")
	flag.StringVar(&o.work, "work", "", "工作目录(数据、输出)")
	flag.StringVar(&o.out, "out", "bench/RESULTS.md", "结果文件")
	flag.StringVar(&o.zongjie, "zongjie", "", "zongjie 可执行文件")
	flag.StringVar(&o.zjgen, "zjgen", "", "zjgen 可执行文件")
	flag.StringVar(&o.stageprof, "stageprof", "", "stageprof 可执行文件(分阶段测量一次 PDF 生成)")
	flag.StringVar(&o.baseline, "baseline", "", "用来对比的早先版本的 zongjie 可执行文件")
	flag.StringVar(&o.baselineName, "baseline-name", "", "早先版本的名称(如 git 提交号)")
	flag.BoolVar(&o.quick, "quick", false, "快速试跑:次数少,不测 10 000 个单位以上的同类工具,不跑 Go 基准")
	flag.BoolVar(&o.rollupOnly, "rollup", false, "只测汇总(zongjie rollup),只重写 RESULTS.md 中汇总的一节")
	flag.Parse()
	for _, s := range strings.Split(*sizes, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil || n < 1 {
			fatalf("-sizes: “%s”不是单位数", s)
		}
		o.sizes = append(o.sizes, n)
	}
	if o.work == "" || o.zongjie == "" || o.zjgen == "" {
		fatalf("请给出 -work、-zongjie 和 -zjgen(bench/run.sh 会给出)")
	}
	o.goBench = !o.quick
	o.budget, o.minRuns, o.maxRun = 6*time.Second, 5, 30
	o.stageRuns = 21
	o.pairBudget, o.minPairs, o.maxPr = 10*time.Second, 5, 21
	if o.quick {
		o.budget, o.minRuns, o.maxRun = 1500*time.Millisecond, 2, 10
		o.stageRuns = 5
		o.pairBudget, o.minPairs, o.maxPr = 2*time.Second, 3, 7
	}
	if err := run(context.Background(), o); err != nil {
		fatalf("%v", err)
	}
}

func fatalf(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "runbench: "+format+"\n", args...)
	os.Exit(1)
}

func logf(format string, args ...any) {
	fmt.Fprintf(os.Stderr, format+"\n", args...)
}

func run(ctx context.Context, o options) error {
	in, out := filepath.Join(o.work, "in"), filepath.Join(o.work, "out")
	for _, d := range []string{in, out} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			return err
		}
	}
	// zongjie keeps its font index in the user's cache directory: point it
	// into the work directory, so that the cold runs can remove it and the
	// user's own is left alone.
	if err := os.Setenv("XDG_CACHE_HOME", filepath.Join(o.work, "cache")); err != nil {
		return err
	}
	m := describeMachine(ctx, o.zongjie)
	if o.rollupOnly {
		section, err := rollupSection(ctx, o, m)
		if err != nil {
			return err
		}
		old, _ := os.ReadFile(o.out)
		return atomicfile.WriteBytes(o.out, []byte(spliceRollup(string(old), section)))
	}
	sets, err := prepare(ctx, o, in)
	if err != nil {
		return err
	}
	var cases []benchCase
	for _, s := range sets {
		peers := !o.quick || s.Units < 10000
		cases = append(cases, casesFor(s, o.zongjie, out, peers)...)
	}
	for _, s := range sets {
		if s.Units == 1000 {
			cases = append(cases, batchCase(s, o.zongjie, out, m.CPUs))
		}
	}
	results := make([]result, 0, len(cases))
	for i, c := range cases {
		logf("[%d/%d] %s %s %s", i+1, len(cases), c.Set, c.Tool, c.Task)
		r := measure(ctx, c, o, out)
		if r.Err != "" {
			logf("  失败:%s", r.Err)
		} else {
			logf("  中位数 %.3f 秒(%d 次),CPU %.3f 秒,峰值 %.1f MB", r.T.Median, r.T.Runs, r.CPU, float64(r.PeakKB)/1024)
		}
		results = append(results, r)
	}
	cold := emptyCaches([]string{o.zongjie, o.baseline, o.stageprof, yongjiaYAML, fontIndexPath()}, fontDirs())
	comps := comparisons(ctx, o, sets, cases, results, cold)
	var profiles []profile
	if o.stageprof != "" {
		logf("分阶段测量一次 PDF 生成 ……")
		profiles = stageProfiles(ctx, o, out, cold)
	}
	var bench string
	if o.goBench {
		logf("Go 基准测试 ……")
		bench = goBenchmarks(ctx)
	}
	var section string
	if !o.quick {
		if section, err = rollupSection(ctx, o, m); err != nil {
			return err
		}
	}
	m.LoadEnd = loadAvg()
	doc := writeResults(m, sets, results, comps, profiles, bench, o)
	if section != "" {
		doc = spliceRollup(doc, section)
	}
	return atomicfile.WriteBytes(o.out, []byte(doc))
}

// prepare generates the synthetic sets and composes every set's Markdown
// and DOCX, the peers' inputs.
func prepare(ctx context.Context, o options, in string) ([]dataSet, error) {
	sets := []dataSet{{Key: "yongjia", YAML: filepath.Join("examples", "yongjia-edu-2013.yaml")}}
	for _, n := range o.sizes {
		s := dataSet{Key: strconv.Itoa(n), Units: n, YAML: filepath.Join(in, fmt.Sprintf("county-%d.yaml", n))}
		logf("生成 %d 个单位的合成数据 ……", n)
		if out, err := exec.CommandContext(ctx, o.zjgen, "-units", strconv.Itoa(n), "-seed", "1", "-o", s.YAML).CombinedOutput(); err != nil {
			return nil, fmt.Errorf("zjgen: %v: %s", err, out)
		}
		s.XLSX = strings.TrimSuffix(s.YAML, ".yaml") + ".xlsx"
		if out, err := exec.CommandContext(ctx, o.zongjie, "convert", "--force", s.YAML, s.XLSX).CombinedOutput(); err != nil {
			return nil, fmt.Errorf("zongjie convert %s: %v: %s", s.XLSX, err, out)
		}
		sets = append(sets, s)
	}
	for i := range sets {
		s := &sets[i]
		s.Label = setLabel(s.Units)
		s.MD, s.DOCX = filepath.Join(in, s.Key+".md"), filepath.Join(in, s.Key+".docx")
		for _, f := range []string{s.MD, s.DOCX} {
			if out, err := exec.CommandContext(ctx, o.zongjie, "render", "--kind", "annual", "-o", f, s.YAML).CombinedOutput(); err != nil {
				return nil, fmt.Errorf("zongjie render %s: %v: %s", f, err, out)
			}
		}
	}
	return sets, nil
}

// result is one case's measurement.
type result struct {
	benchCase
	T        timing
	PeakKB   int64
	CPU      float64 // user + system seconds: hyperfine's mean, or the probe run's
	OutBytes int64
	Err      string
}

// measure probes a case once for its peak memory and output size, then
// times it with hyperfine; a case slower than 20 seconds gets three runs,
// one slower than a minute keeps the probe as its only run.
func measure(ctx context.Context, c benchCase, o options, dir string) result {
	r := result{benchCase: c}
	u, err := probe(ctx, c.Args)
	if err != nil {
		r.Err = err.Error()
		return r
	}
	wall := u.Wall
	r.PeakKB, r.CPU = u.PeakKB, u.CPU.Seconds()
	if c.Out != "" {
		r.OutBytes = sizeOf(c.Out)
	}
	if wall > time.Minute {
		w := wall.Seconds()
		r.T = timing{Mean: w, Median: w, Min: w, Max: w, Runs: 1}
		return r
	}
	runs := runsFor(wall, o.budget, o.minRuns, o.maxRun)
	if wall > 20*time.Second {
		runs = 3
	}
	// One warm-up run (not timed) for all but the slowest commands, so that
	// no timing includes reading a cold input file: the 100 000-unit file is
	// 10 MB, and its ratio to the 10 000-unit time is a target.
	warmup := 0
	if wall < 20*time.Second {
		warmup = 1
	}
	t, err := hyperfine(ctx, c.Args, runs, warmup, dir)
	if err != nil {
		r.Err = err.Error()
		return r
	}
	r.T = t
	if t.CPU > 0 {
		// GNU time prints CPU time in hundredths of a second; hyperfine's
		// mean over the timed runs is finer and steadier.
		r.CPU = t.CPU
	}
	return r
}

// goBenchPattern selects the stage benchmarks RESULTS.md shows (all but the
// 100 000-unit one, which the process measurements cover).
const goBenchPattern = "LoadValidate|Rules|Compose|ParseMarkdown|Write|PDFWriterNew|Pipeline|BatchSplitUnit$|Rollup"

// goBenchmarks runs the stage benchmarks and returns their output lines.
func goBenchmarks(ctx context.Context) string {
	cmd := exec.CommandContext(ctx, "go", "test", "./bench", "-run", "^$",
		"-bench", goBenchPattern, "-benchtime", "5x", "-benchmem")
	out, err := cmd.CombinedOutput()
	var lines []string
	for _, l := range strings.Split(string(out), "\n") {
		if strings.HasPrefix(l, "Benchmark") || strings.HasPrefix(l, "cpu:") || strings.HasPrefix(l, "FAIL") || strings.HasPrefix(l, "---") {
			lines = append(lines, l)
		}
	}
	if err != nil {
		lines = append(lines, "go test: "+err.Error())
	}
	return strings.Join(lines, "\n")
}
