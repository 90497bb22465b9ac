package cli

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"zongjie/internal/atomicfile"
	"zongjie/internal/batch"
	"zongjie/internal/batch/split"
	"zongjie/internal/oserr"
	"zongjie/internal/pipeline"
	"zongjie/internal/record"
	"zongjie/internal/report"
	"zongjie/internal/shard"
)

func runBatch(e *env, args []string) int {
	s := newOptions(e, "batch", "batch [选项] -o 输出目录 数据文件...", `一次生成多份报告,用上全部 CPU;字体、模板和自定义规则只加载一次。
不加 --split 时,每个数据文件生成一份报告,文件名与数据文件相同(扩展名换成输出格式)。
--split group 把一个大数据文件按分组(学区、片区)拆开,每个分组一份报告;
--split unit 每个单位一份报告;文件名为分组或单位的名称(去掉文件名不能用的字符,过长的截短)。
拆分后的报告只含属于该分组或单位的内容:单位数、职工和会员人数(由单位表相加)、
各单位的入会、经费支出和捐款情况(经费支出合计也由单位表相加)、分组的建会任务、
该分组或单位在活动中的成绩和所获荣誉;文件中只有一项慈善捐款活动时,按各单位的捐款额计入。
报告写明在数据文件所属工会的领导下开展工作。
经费收入、慰问帮扶、民主管理、目标任务和经办人的文字属于整个工会,不编入拆分后的报告。

--shard 2/8 把全部报告分成 8 份(按输出文件名确定地分配,各份数量相差不超过一),只生成第 2 份:
8 台机器或 8 个进程各取一份,输出合起来与一次生成的完全相同;重新运行某一份,写出的文件逐字节相同。

在终端上显示进度条;输出到文件或管道时只在标准错误上列出出错的报告和最后一行汇总。
某份报告出错不影响其他报告;有报告出错时退出码为 1。输出会覆盖某个输入文件(数据、规则、
模板)时,一份也不生成;输出目录中与报告同名的若是符号链接、设备或管道,这份报告不写。收到 Ctrl+C、SIGTERM 或 SIGHUP 时,已开始的报告写完即停,并给出汇总;
再收到一次则立即停止。加 --no-clobber 时已有的报告保留不动,可用来续上一次中断的批量生成。
`, `  zongjie batch --kind annual --format pdf -o 报告 数据/*.yaml
  zongjie batch --split group --format docx -o 学区报告 全县2023.yaml
  zongjie batch --split unit -o 各校报告 全县2023.yaml
  zongjie batch --split unit --no-clobber -o 各校报告 全县2023.yaml
  zongjie batch --shard 3/8 -o 报告 数据/*.yaml
`)
	opts := addRenderOptions(s, "输出目录(不存在时自动创建)")
	out := s.lookup("output")
	out.arg, out.complete = "目录", "dir"
	s.lookup("format").usage = "输出格式:pdf、docx、html、md(默认 pdf)"
	splitBy := s.choice("split", "", "方式", groupData, "拆分一个大数据文件:group(每个分组一份)或 unit(每个单位一份)", "", []string{"group", "unit"})
	partOpt := s.shardOption("把报告分成几份,只生成其中一份(如 2/8:8 份中的第 2 份);各台机器各取一份,合起来与一次生成的完全相同")
	workersOpt := s.jobsOption("同时生成的报告数(默认为 CPU 核数)")
	files, code, ok := s.parse(args)
	if !ok {
		return code
	}
	part, workers := *partOpt, *workersOpt
	kind, err := report.ParseKind(*opts.kind)
	if err != nil {
		return s.usageError("%v", err)
	}
	if _, err := pipeline.ParseCharts(*opts.charts); err != nil {
		return s.usageError("%v", err)
	}
	if kind == report.Term {
		return s.usageError("换届报告要把一届的各年数据合在一起,不能每个文件单独生成;请用 zongjie render --kind term -o 换届报告.docx 各年文件")
	}
	format := pipeline.PDF
	if *opts.format != "" {
		if format, err = pipeline.ParseFormat(*opts.format); err != nil {
			return s.usageError("%v", err)
		}
	}
	outDir := *opts.output
	switch {
	case outDir == "":
		return s.usageError("请用 -o 给出输出目录")
	case outDir == "-" || stdoutNames[outDir] || stderrNames[outDir]:
		return s.usageError("batch 的 -o 是输出目录,不能是标准输出;一份报告请用 zongjie render -o -")
	case len(files) == 0:
		return s.usageError("请给出数据文件")
	case *splitBy != "" && *splitBy != "group" && *splitBy != "unit":
		return s.usageError("--split 只能是 group 或 unit")
	case *splitBy != "" && len(files) != 1:
		return s.usageError("--split 只拆分一个数据文件,这里给了 %d 个", len(files))
	case stdinTwice(files):
		return s.usageError("标准输入(-)只能读一次;请只给一个 -")
	}
	if st, err := os.Stat(outDir); err == nil && !st.IsDir() {
		return s.usageError("-o 应当是输出目录,%s 是一个文件", outDir)
	}
	if err := os.MkdirAll(outDir, 0o755); err != nil {
		return e.errorf("batch", "无法创建输出目录 %s:%s", outDir, oserr.Text(err))
	}
	r, code := opts.renderer(e, "batch")
	if r == nil {
		return code
	}
	r.Prepare(kind, format)
	lim := *opts.limits

	namer := batch.NewNamer(outDir, "."+string(format))
	var list []batch.Job
	if *splitBy == "" {
		list = fileJobs(e, files, namer, lim)
	} else {
		p, err := e.loadData(files[0], lim)
		if err != nil {
			e.printErr(err)
			return exitData
		}
		list = splitJobs(e, p, *splitBy, namer)
		if len(list) == 0 {
			return e.errorf("batch", "%s 中没有可拆分的%s", files[0], map[string]string{"group": "分组", "unit": "单位"}[*splitBy])
		}
	}
	list = shardJobs(list, part)
	guard := newInputGuard(opts.inputs(files))
	for _, j := range list {
		if msg := guard.check(j.Out, "请换一个输出目录;没有生成任何报告"); msg != "" {
			return s.usageError("%s", msg)
		}
	}

	opt := batch.Options{Workers: workers, Write: atomicfile.Options{NoClobber: *opts.noClobber, Force: *opts.force}}
	if e.terminal(e.rawStderr) {
		bar := batch.NewBar(e.rawStderr)
		bar.Plain = e.getenv("TERM") == "dumb"
		opt.Progress = bar
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var mu sync.Mutex
	var stopped os.Signal
	defer e.onSignal(func(sig os.Signal) {
		mu.Lock()
		first := stopped == nil
		if first {
			stopped = sig
		}
		mu.Unlock()
		if !first {
			e.abort("batch", "已写出的报告保留,正在写的没有写出", sig)
			return
		}
		cancel()
		if opt.Progress != nil {
			fmt.Fprintln(e.rawStderr) // below the progress bar
		}
		fmt.Fprintf(e.stderr, "zongjie batch: 收到%s,正在停止:已开始的报告写完后给出汇总;再收到一次信号则立即停止\n", signalName(sig))
	})()

	start := time.Now()
	render := func(ctx context.Context, j batch.Job) ([]byte, error) {
		p, err := j.Records()
		if err != nil {
			return nil, err
		}
		rep, err := r.Compose([]*record.Period{p}, kind)
		if err != nil {
			return nil, err
		}
		if *opts.strict && len(rep.Warnings) > 0 {
			return nil, fmt.Errorf("按 --strict 没有生成:%s", rep.Warnings[0].Text)
		}
		var b bytes.Buffer
		if err := r.Write(&b, rep, format); err != nil {
			return nil, err
		}
		return b.Bytes(), nil
	}
	results := batch.Run(ctx, list, render, opt)
	for _, res := range results {
		if res.Err != nil && !errors.Is(res.Err, context.Canceled) {
			fmt.Fprintln(e.stderr, jobError(res))
		}
	}
	if format == pipeline.PDF && batch.Failed(results) < len(results) {
		e.fontWarning("batch", r) // once for the whole run
	}
	fmt.Fprintln(e.stderr, batch.Summary(results, time.Since(start), batch.WorkerCount(workers, len(list))))
	mu.Lock()
	sig := stopped
	mu.Unlock()
	switch {
	case sig != nil:
		return signalExit(sig)
	case batch.Failed(results) > 0:
		return exitData
	}
	return exitOK
}

// shardJobs keeps the jobs of one shard. The output names were given out
// over the whole list, so every worker names each report alike; the shard
// is picked by output name, so it does not depend on the order the files
// were given in.
func shardJobs(list []batch.Job, part shard.Shard) []batch.Job {
	if part.Whole() {
		return list
	}
	keys := make([]string, len(list))
	for i, j := range list {
		keys[i] = j.Out
	}
	var out []batch.Job
	for _, i := range shard.Pick(part, keys, nil) {
		out = append(out, list[i])
	}
	return out
}

// fileJobs makes one job per data file, named after the file ("-", standard
// input, after 标准输入).
func fileJobs(e *env, files []string, namer *batch.Namer, lim record.Limits) []batch.Job {
	list := make([]batch.Job, len(files))
	for i, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), filepath.Ext(f))
		if f == "-" {
			name = stdinName
		}
		list[i] = batch.Job{
			Name:    f,
			Out:     namer.Path(name),
			Records: func() (*record.Period, error) { return e.loadData(f, lim) },
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
	msg := oserr.Text(r.Err)
	if strings.HasPrefix(msg, r.Job.Name) || r.Job.Name == "-" && strings.HasPrefix(msg, stdinName) {
		return msg
	}
	return r.Job.Name + ": " + msg
}
