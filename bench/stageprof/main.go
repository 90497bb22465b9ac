// Command stageprof does, in one process, what "zongjie render -o x.pdf
// data.yaml" does, one stage after another, and prints for each stage its
// wall time, CPU time (user and system) and page faults as JSON. runbench
// starts it many times, with the page cache warm and dropped, and writes
// the medians into bench/RESULTS.md as the breakdown of a PDF run.
//
// The stages are those of zongjie render, run in sequence: render loads
// the fonts in the background while it reads the data, so its wall time is
// less than the sum here. The environment variable STAGEPROF_T0 (Unix
// nanoseconds, set by the parent just before starting it) lets the first
// stage include the start of the process: loading the program,
// initializing its packages and setting up the heap as zongjie render does
// for a PDF (cli.PrepareHeap).
//
//	stageprof [-index FILE | -no-index] data.yaml out.pdf
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"time"

	"zongjie/internal/atomicfile"
	"zongjie/internal/cli"
	"zongjie/internal/fonts"
	"zongjie/internal/pipeline"
	"zongjie/internal/record"
	"zongjie/internal/render/pdf"
	"zongjie/internal/render/pdf/pdfobj"
	"zongjie/internal/report"
)

// Stage is one step of the run and what it cost.
type Stage struct {
	Name   string  `json:"name"`
	WallMS float64 `json:"wall_ms"`
	UserMS float64 `json:"user_ms"`
	SysMS  float64 `json:"sys_ms"`
	MinFlt int64   `json:"minflt"` // page faults served from memory
	MajFlt int64   `json:"majflt"` // page faults that read the disk
}

// clock takes the time and the process's resource usage at each stage
// boundary.
type clock struct {
	wall   time.Time
	usage  usage
	stages []Stage
}

func (c *clock) mark(name string) {
	now, u := time.Now(), getUsage()
	c.stages = append(c.stages, Stage{
		Name:   name,
		WallMS: float64(now.Sub(c.wall).Microseconds()) / 1000,
		UserMS: float64((u.user - c.usage.user).Microseconds()) / 1000,
		SysMS:  float64((u.sys - c.usage.sys).Microseconds()) / 1000,
		MinFlt: u.minflt - c.usage.minflt,
		MajFlt: u.majflt - c.usage.majflt,
	})
	c.wall, c.usage = now, u
}

func main() {
	index := flag.String("index", "", "字体索引文件(默认在用户缓存目录)")
	noIndex := flag.Bool("no-index", false, "不用字体索引")
	flag.Parse()
	if flag.NArg() != 2 {
		fmt.Fprintln(os.Stderr, "用法:stageprof [-index 文件 | -no-index] 数据.yaml 输出.pdf")
		os.Exit(2)
	}
	// The first stage runs from the parent's timestamp, when there is one,
	// with the usage since the process started.
	start := time.Now()
	if n, err := strconv.ParseInt(os.Getenv("STAGEPROF_T0"), 10, 64); err == nil {
		start = time.Unix(0, n)
	}
	stages, err := run(start, flag.Arg(0), flag.Arg(1), fonts.Options{IndexPath: *index, NoIndex: *noIndex})
	if err != nil {
		fail(err)
	}
	if err := json.NewEncoder(os.Stdout).Encode(stages); err != nil {
		fail(err)
	}
}

// run renders data as a PDF at out, stage by stage, the first stage
// counted from start.
func run(start time.Time, data, out string, fontOpts fonts.Options) ([]Stage, error) {
	c := &clock{wall: start}
	cli.PrepareHeap([]string{data}) // as zongjie render -o x.pdf data starts
	c.mark("进程启动与初始化")

	p, err := record.LoadAndValidate(data, record.DefaultLimits)
	if err != nil {
		return nil, err
	}
	c.mark("读取并校验数据")

	r := pipeline.New(pipeline.Options{PDF: pdf.Options{Fonts: fontOpts}})
	d, err := r.Compose([]*record.Period{p}, report.Annual)
	if err != nil {
		return nil, err
	}
	c.mark("规则与组稿")

	w, err := pdf.New(pdf.Options{Fonts: fontOpts})
	if err != nil {
		return nil, err
	}
	c.mark("加载字体")

	names := map[string]string{"start": "排版", "subset": "字体子集", "objects": "内容流与字典", "compress": "压缩", "write": "写出"}
	pdfobj.Stages = func(step string) { c.mark(names[step]) }
	defer func() { pdfobj.Stages = nil }()
	if err := atomicfile.Write(out, func(f io.Writer) error { return w.Write(f, d) }); err != nil {
		return nil, err
	}
	c.mark("同步并改名")
	return c.stages, nil
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "stageprof:", err)
	os.Exit(1)
}
