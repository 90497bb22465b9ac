package cli

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"time"

	"zongjie/internal/batch"
	"zongjie/internal/batch/split"
	"zongjie/internal/pipeline"
	"zongjie/internal/record"
	"zongjie/internal/report"
)

func runBatch(e *env, args []string) int {
	fs := newFlagSet(e, "batch", "batch [选项] -o 输出目录 数据文件...", `  zongjie batch --kind annual --format pdf -o 报告 数据/*.yaml
  zongjie batch --split group --format docx -o 学区报告 全县2023.yaml
  zongjie batch --split unit -o 各校报告 全县2023.yaml

一次生成多份报告,用上全部 CPU;字体、模板和自定义规则只加载一次。
不加 --split 时,每个数据文件生成一份报告,文件名与数据文件相同(扩展名换成输出格式)。
--split group 把一个大数据文件按分组(学区、片区)拆开,每个分组一份报告;
--split unit 每个单位一份报告;文件名为分组或单位的名称。
拆分后的报告只含属于该分组或单位的内容:单位数、职工和会员人数(由单位表相加)、
各单位的入会、经费支出和捐款情况(经费支出合计也由单位表相加)、分组的建会任务、
该分组或单位在活动中的成绩和所获荣誉;文件中只有一项慈善捐款活动时,按各单位的捐款额计入。
报告写明在数据文件所属工会的领导下开展工作。
经费收入、慰问帮扶、民主管理、目标任务和经办人的文字属于整个工会,不编入拆分后的报告。

在终端上显示进度条;输出到文件或管道时只打印出错的报告和最后一行汇总。
某份报告出错不影响其他报告;有报告出错时退出码为 1。
`)
	opts := addRenderFlags(fs)
	fs.Lookup("o").Usage = "输出目录(不存在时自动创建)"
	fs.Lookup("format").Usage = "输出格式:pdf、docx、html、md(默认 pdf)"
	splitBy := fs.String("split", "", "拆分一个大数据文件:group(每个分组一份)或 unit(每个单位一份)")
	jobs := fs.Int("jobs", 0, "同时生成的报告数,0 表示 CPU 核数")
	files, code, ok := fs.parse(args)
	if !ok {
		return code
	}
	kind, err := report.ParseKind(*opts.kind)
	if err != nil {
		return fs.usageError("%v", err)
	}
	if kind == report.Term {
		return fs.usageError("换届报告要把一届的各年数据合在一起,不能每个文件单独生成;请用 zongjie render --kind term -o 换届报告.docx 各年文件")
	}
	format := pipeline.PDF
	if *opts.format != "" {
		if format, err = pipeline.ParseFormat(*opts.format); err != nil {
			return fs.usageError("%v", err)
		}
	}
	outDir := *opts.output
	switch {
	case outDir == "":
		return fs.usageError("请用 -o 给出输出目录")
	case len(files) == 0:
		return fs.usageError("请给出数据文件")
	case *splitBy != "" && *splitBy != "group" && *splitBy != "unit":
		return fs.usageError("--split 只能是 group 或 unit")
	case *splitBy != "" && len(files) != 1:
		return fs.usageError("--split 只拆分一个数据文件,这里给了 %d 个", len(files))
	}
	if st, err := os.Stat(outDir); err == nil && !st.IsDir() {
		return fs.usageError("-o 应当是输出目录,%s 是一个文件", outDir)
	}
	if err := os.MkdirAll(outDir, 0o755); err != nil {
		return e.errorf("batch", "无法创建输出目录 %s:%v", outDir, err)
	}
	r, code := opts.renderer(e, "batch")
	if r == nil {
		return code
	}
	r.Prepare(format)
	lim := *opts.limits

	namer := batch.NewNamer(outDir, "."+string(format))
	var list []batch.Job
	if *splitBy == "" {
		list = fileJobs(files, namer, lim)
	} else {
		p, err := record.LoadAndValidate(files[0], lim)
		if err != nil {
			fmt.Fprintln(e.stderr, err)
			return exitData
		}
		list = splitJobs(e, p, *splitBy, namer)
		if len(list) == 0 {
			return e.errorf("batch", "%s 中没有可拆分的%s", files[0], map[string]string{"group": "分组", "unit": "单位"}[*splitBy])
		}
	}

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	opt := batch.Options{Workers: *jobs}
	if batch.IsTerminal(e.stderr) {
		opt.Progress = batch.NewBar(e.stderr)
	}
	start := time.Now()
	render := func(ctx context.Context, j batch.Job) ([]byte, error) {
		p, err := j.Records()
		if err != nil {
			return nil, err
		}
		return r.Bytes([]*record.Period{p}, kind, format)
	}
	results := batch.Run(ctx, list, render, opt)
	for _, res := range results {
		if res.Err != nil && !errors.Is(res.Err, context.Canceled) {
			fmt.Fprintln(e.stderr, jobError(res))
		}
	}
	fmt.Fprintln(e.stdout, batch.Summary(results, time.Since(start), batch.WorkerCount(*jobs, len(list))))
	if batch.Failed(results) > 0 {
		return exitData
	}
	return exitOK
}

// fileJobs makes one job per data file, named after the file.
func fileJobs(files []string, namer *batch.Namer, lim record.Limits) []batch.Job {
	list := make([]batch.Job, len(files))
	for i, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), filepath.Ext(f))
		list[i] = batch.Job{
			Name:    f,
			Out:     namer.Path(name),
			Records: func() (*record.Period, error) { return record.LoadAndValidate(f, lim) },
		}
	}
	return list
}

// splitJobs makes one job per group or unit of p.
func splitJobs(e *env, p *record.Period, by string, namer *batch.Namer) []batch.Job {
	var parts []split.Part
	if by == "unit" {
		parts = split.Units(p)
	} else {
		var ungrouped []string
		parts, ungrouped = split.Groups(p)
		if n := len(ungrouped); n > 0 {
			shown := ungrouped[:min(n, 5)]
			more := ""
			if n > 5 {
				more = "等"
			}
			fmt.Fprintf(e.stderr, "zongjie batch: %d 个单位没有填写分组,不在任何分组的报告中:%s%s\n", n, strings.Join(shown, "、"), more)
		}
	}
	list := make([]batch.Job, len(parts))
	for i, pt := range parts {
		list[i] = batch.Job{
			Name:    pt.Name,
			Out:     namer.Path(pt.Name),
			Records: func() (*record.Period, error) { return pt.Period(), nil },
		}
	}
	return list
}

// jobError words a failed job's error, naming the job unless the message
// already starts with it (record errors name their file).
func jobError(r batch.Result) string {
	msg := r.Err.Error()
	if strings.HasPrefix(msg, r.Job.Name) {
		return msg
	}
	return r.Job.Name + ": " + msg
}
