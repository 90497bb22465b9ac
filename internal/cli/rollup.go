package cli

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"zongjie/internal/atomicfile"
	"zongjie/internal/batch"
	"zongjie/internal/pipeline"
	"zongjie/internal/record"
	"zongjie/internal/report"
	"zongjie/internal/rollup"
	"zongjie/internal/rules"
)

func runRollup(e *env, args []string) int {
	s := newOptions(e, "rollup", "rollup [选项] 上级数据文件 [下级...]", `汇总:由各下级工会的数据生成上级(县、市总工会,系统工会)的报告。上级数据文件是上级自己的数据
(名称、领导、文字、目标,可有单位名册 units 和所报合计);下级可以是数据文件、指标文件
(zongjie metrics --json 或 zongjie rollup --metrics 的结果)或目录(连同子目录)。不给下级时,
读与上级数据文件同名的目录(青溪县总工会.yaml 旁的 青溪县总工会/)。目录中的数据文件旁若有同名目录,
它是更下一级的上级:先由那个目录汇总,再作为一个下级计入(市 → 县 → 基层)。

数字按性质合并:人数、个数、金额相加;比率由相加后的分子、分母重新计算(不取平均);约数相加仍是约数;
有的下级填了、有的没填的数字作为约数(“以上”)。各下级成为上级单位表的一行,排名在各下级之间进行。
上级所报的合计与各下级之和核对,不符时指出两处的位置。用 --base 给出上年的汇总(或上年的上级数据文件),
写出同比和上年目标的完成情况。

下级之间有矛盾(同一工会出现两次、写的上级不是本上级、出现了上级自己、报告期不同、本身检查不通过、
不在上级的单位名册中)时,逐一指出文件和位置,不生成报告;加 --keep-going 时汇总其余的下级,
把未计入的列在标准错误上和报告的说明中。

分布式汇总:--shard 3/8(把下级分成 8 份,只汇总第 3 份)或 --partial 只写部分汇总的指标文件(--metrics),
再把各部分汇总作为下级汇总一次,结果与一次汇总逐字节相同。
`, `  zongjie rollup -o 青溪县教育工会2023年工作总结.docx 青溪县教育工会.yaml
  zongjie rollup -o 总结.pdf --each 各校报告 县教育工会.yaml 各校数据/
  zongjie rollup --base 2022/县教育工会.json -o 总结.docx 县教育工会.yaml
  zongjie rollup --shard 3/8 --metrics 部分汇总-3.json 县教育工会.yaml
  zongjie rollup -o 总结.docx 县教育工会.yaml 部分汇总-*.json
`)
	opts := addRenderOptions(s, "报告文件,扩展名决定格式(.md .html .docx .pdf);- 表示标准输出")
	metricsOut := s.str("metrics", "", "文件", groupOutput, "把汇总的指标(含汇总后的数据)写成 JSON 文件,供更上一级汇总或下次同比;- 表示标准输出", "")
	each := s.str("each", "", "目录", groupOutput, "同时为每个下级生成它自己的报告,写到这个目录(更下一级的写到同名子目录)", "")
	base := s.str("base", "", "文件", groupData, "上年的汇总:上年汇总的指标文件,或上年的上级数据文件(连同同名目录)", "")
	partial := s.flag("partial", "", groupData, "只写部分汇总(不含上级自己的数字,不核对名册和合计),供再次汇总")
	partOpt := s.shardOption("把下级分成几份,只汇总其中一份(如 3/8;部分汇总,用于多台机器分担)")
	keepGoing := s.flag("keep-going", "", groupData, "有下级数据有误时,汇总其余的下级,并列出未计入的")
	workersOpt := s.jobsOption("同时读取的文件数(默认为 CPU 核数)")
	files, code, ok := s.parse(args)
	if !ok {
		return code
	}
	part, workers := *partOpt, *workersOpt
	if len(files) == 0 {
		return s.usageError("请给出上级数据文件")
	}
	for _, f := range files {
		if f == "-" {
			return s.usageError("汇总要读文件和目录,不能从标准输入读")
		}
	}
	kind, err := report.ParseKind(*opts.kind)
	if err != nil {
		return s.usageError("%v", err)
	}
	if _, err := pipeline.ParseCharts(*opts.charts); err != nil {
		return s.usageError("%v", err)
	}
	isPartial := *partial || !part.Whole()
	switch {
	case isPartial && *metricsOut == "":
		return s.usageError("部分汇总(--partial、--shard)只写指标文件;请用 --metrics 给出文件名")
	case isPartial && *opts.output != "":
		return s.usageError("部分汇总不是完整的汇总,不能生成报告;请去掉 -o,把各部分汇总再汇总一次(--each 可以:各份写出各自下级的报告)")
	case isPartial && *base != "":
		return s.usageError("部分汇总不做同比;--base 请在最后一次汇总时给出")
	case *metricsOut != "" && *metricsOut == *opts.output:
		return s.usageError("报告和指标文件不能写到同一处")
	}
	dest, err := e.destinationOf(*opts.output)
	if err != nil {
		return e.errorf("rollup", "%v", err)
	}
	wantReport := !isPartial && (*opts.output != "" || *metricsOut == "" && *each == "")
	format := pipeline.Markdown
	if wantReport {
		var msg string
		if format, msg = outputFormat(dest, *opts.format); msg != "" {
			return s.usageError("%s", msg)
		}
		if (format == pipeline.PDF || format == pipeline.DOCX) && e.toTerminal(dest) {
			return s.usageError("%s 是二进制文件,不能显示在终端上;请用 -o 指定输出文件", strings.ToUpper(string(format)))
		}
	}
	inputs := append([]string{}, files...)
	if *base != "" {
		inputs = append(inputs, *base)
	}
	guard := newInputGuard(opts.inputs(inputs))
	wopt := atomicfile.Options{NoClobber: *opts.noClobber, Force: *opts.force}
	for _, out := range []string{*opts.output, *metricsOut} {
		if out == "" || stdoutNames[out] || stderrNames[out] {
			continue
		}
		if msg := guard.check(out, "请换一个输出文件名"); msg != "" {
			return s.usageError("%s", msg)
		}
	}
	defer e.abortOnSignal("rollup", "没有写出汇总结果,原有的文件没有改动")()

	ropt := rollup.Options{Limits: *opts.limits, Partial: *partial, KeepGoing: *keepGoing, Shard: part, Workers: workers, Keep: *each != ""}
	start := time.Now()
	res, err := rollup.Run(files[0], files[1:], ropt)
	if err != nil {
		e.printErr(err)
		return exitData
	}
	// Every file read, now that the directories were walked: no output
	// may replace one.
	guard = newInputGuard(opts.inputs(append(inputs, res.Inputs...)))
	for _, out := range []string{*opts.output, *metricsOut} {
		if out == "" || stdoutNames[out] || stderrNames[out] {
			continue
		}
		if msg := guard.check(out, "请换一个输出文件名"); msg != "" {
			return s.usageError("%s", msg)
		}
	}
	if len(res.Problems) > 0 {
		e.printErr(res.Problems)
		fmt.Fprintf(e.stderr, "zongjie rollup: 以上问题使 %d 个下级没有计入汇总(--keep-going),报告的说明中列出了它们\n", len(res.Meta.LeftOut))
	}
	periods := []*record.Period{res.Period}
	results := []*rollup.Result{res}
	var earlier []*rollup.Result
	if *base != "" {
		bopt := ropt
		bopt.KeepGoing, bopt.Keep = false, false
		b, err := rollup.Base(*base, bopt)
		if err != nil {
			e.printErr(err)
			return exitData
		}
		periods = append([]*record.Period{b.Period}, periods...)
		results = append(results, b)
		earlier = append(earlier, b)
	}

	userRules, err := loadRules(*opts.rulesFile, *opts.rulesTimeout)
	if err != nil {
		e.printErr(err)
		return exitData
	}
	ext := rollup.Extension(userRules, results...)
	if *metricsOut != "" {
		if code := writeRollupMetrics(e, *metricsOut, wopt, res, userRules, earlier); code != exitOK {
			return code
		}
	}
	if !wantReport && *each == "" {
		fmt.Fprintf(e.stderr, "已汇总 %d 个工会(%s),用时 %s\n", len(res.Meta.Unions), res.Meta.Parent, secondsText(time.Since(start)))
		return exitOK
	}
	r, code := rollupRenderer(e, opts, ext)
	if r == nil {
		return code
	}
	if wantReport {
		r.Prepare(kind, format)
		rep, err := r.Compose(periods, kind)
		if err != nil {
			return e.errorf("rollup", "%v", err)
		}
		binary := format == pipeline.PDF || format == pipeline.DOCX
		if err := e.writeReport(dest, wopt, !binary, func(w io.Writer) error { return r.Write(w, rep, format) }); err != nil {
			return e.errorf("rollup", "%v", err)
		}
		if dest.w == nil {
			fmt.Fprintf(e.stderr, "已生成 %s(%s,汇总 %d 个工会)\n", dest.path, rep.Meta.Title, len(res.Meta.Unions))
		}
	}
	if *each != "" {
		return eachReports(e, r, res, *each, kind, opts, wopt, guard)
	}
	return exitOK
}

// writeRollupMetrics writes the roll-up's metrics, with its "rollup"
// object, to path (- for standard output).
func writeRollupMetrics(e *env, path string, wopt atomicfile.Options, res *rollup.Result, userRules rules.Extension, earlier []*rollup.Result) int {
	var b bytes.Buffer
	if err := res.WriteMetrics(&b, userRules, earlier...); err != nil {
		return e.errorf("rollup", "%v", err)
	}
	data := jsonSafe(b.Bytes())
	if stdoutNames[path] {
		if _, err := e.stdout.Write(data); err != nil {
			return e.errorf("rollup", "%s", errText(err))
		}
		return exitOK
	}
	if err := wopt.WriteBytes(path, data); err != nil {
		return e.errorf("rollup", "%v", err)
	}
	fmt.Fprintf(e.stderr, "已写出 %s(%s%s的汇总指标,%d 个工会)\n", path, res.Meta.Parent, partialWord(res.Meta), len(res.Meta.Unions))
	return exitOK
}

func partialWord(m rollup.Meta) string {
	switch {
	case m.Shard != "":
		return "第 " + m.Shard + " 份"
	case m.Partial:
		return "部分"
	}
	return ""
}

// rollupRenderer builds the renderer as render does, with the roll-up's
// figures added to the rules.
func rollupRenderer(e *env, o *renderOptions, ext rules.Extension) (*pipeline.Renderer, int) {
	var opts pipeline.Options
	if *o.templates != "" {
		t, err := report.LoadTemplates(*o.templates)
		if err != nil {
			return nil, e.errorf("rollup", "%v", err)
		}
		opts.Templates = t
	}
	opts.Rules = ext
	opts.PDF.Fonts = o.fonts.options()
	opts.Limits = *o.report
	opts.Charts, _ = pipeline.ParseCharts(*o.charts) // checked by the command
	return pipeline.New(opts), exitOK
}

// eachReports writes every member's own report into dir (a lower level's
// members into the subdirectory of its name), with the renderer loaded
// once.
func eachReports(e *env, r *pipeline.Renderer, res *rollup.Result, dir string, kind report.Kind, opts *renderOptions, wopt atomicfile.Options, guard *inputGuard) int {
	format := pipeline.PDF
	if *opts.format != "" {
		format, _ = pipeline.ParseFormat(*opts.format)
	} else if *opts.output != "" && !stdoutNames[*opts.output] {
		if f, err := pipeline.FormatOf(*opts.output); err == nil {
			format = f
		}
	}
	var jobs []batch.Job
	var walk func(res *rollup.Result, dir string)
	walk = func(res *rollup.Result, dir string) {
		for _, m := range res.Members {
			if m.Period == nil {
				continue
			}
			p := m.Period
			jobs = append(jobs, batch.Job{Name: m.File, Out: filepath.Join(dir, eachName(m.Name)+"."+string(format)), Records: func() (*record.Period, error) { return p, nil }})
			if m.Level != nil {
				walk(m.Level, filepath.Join(dir, eachName(m.Name)))
			}
		}
	}
	walk(res, dir)
	for _, j := range jobs {
		if msg := guard.check(j.Out, "请换一个目录;没有生成任何报告"); msg != "" {
			return e.errorf("rollup", "%s", msg)
		}
		if err := os.MkdirAll(filepath.Dir(j.Out), 0o755); err != nil {
			return e.errorf("rollup", "无法创建目录 %s:%s", filepath.Dir(j.Out), errText(err))
		}
	}
	r.Prepare(kind, format)
	start := time.Now()
	render := func(ctx context.Context, j batch.Job) ([]byte, error) {
		p, _ := j.Records()
		return r.Bytes([]*record.Period{p}, kind, format)
	}
	results := batch.Run(context.Background(), jobs, render, batch.Options{Write: wopt})
	for _, res := range results {
		if res.Err != nil && !errors.Is(res.Err, context.Canceled) {
			fmt.Fprintln(e.stderr, jobError(res))
		}
	}
	fmt.Fprintln(e.stderr, batch.Summary(results, time.Since(start), batch.WorkerCount(0, len(jobs))))
	if batch.Failed(results) > 0 {
		return exitData
	}
	return exitOK
}

// eachName names a union's report by the union: its name, which is one in
// its federation, made safe for a file name (batch.SafeName); a name that
// had to be changed gets a few characters of its digest, so that two such
// names never meet, whichever shard names them.
func eachName(name string) string {
	safe := batch.SafeName(name)
	if safe == name {
		return safe
	}
	sum := sha256.Sum256([]byte(name))
	return safe + "-" + hex.EncodeToString(sum[:3])
}

// secondsText words a duration as batch's summary does: 1.2秒, 2分05秒.
func secondsText(d time.Duration) string {
	if d < time.Minute {
		return fmt.Sprintf("%.1f秒", d.Seconds())
	}
	s := int(d.Round(time.Second).Seconds())
	return fmt.Sprintf("%d分%02d秒", s/60, s%60)
}
