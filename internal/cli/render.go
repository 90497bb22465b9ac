package cli

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"zongjie/internal/atomicfile"
	"zongjie/internal/doc"
	"zongjie/internal/fonts"
	"zongjie/internal/pipeline"
	"zongjie/internal/record"
	"zongjie/internal/report"
)

func runRender(e *env, args []string) int {
	s := newOptions(e, "render", "render [选项] 数据文件...", `生成报告。给出同一工会几期的数据文件时,按报告期排序,报告最新一期,较早各期用于同比、
对照上期目标和换届回顾。数据文件写作 - 时从标准输入读。

输出格式由 -o 的扩展名决定(.md .html .docx .pdf),也可用 --format 指定。不给 -o 或写 -o - 时
把报告写到标准输出(默认 Markdown;PDF、DOCX 不能直接显示在终端上)。
写文件时先写到临时文件再改名,不会留下半个文件;已有的文件按原来的权限和所有者替换,只读的文件
要加 --force 才替换。-o 是设备或管道(如 /dev/null)时直接写入;是符号链接时替换它指向的文件,
链接本身保留。
`, `  zongjie render -o 总结.docx examples/yongjia-edu-2013.yaml
  zongjie render --kind annual -o 总结.pdf examples/yongjia-edu-2013.yaml
  zongjie render examples/yongjia-edu-2014.yaml examples/yongjia-edu-2013.yaml
  zongjie render --kind term -o 换届报告.docx examples/term/*.yaml
  zongjie render --format html -o - 数据.yaml > 总结.html
`)
	opts := addRenderOptions(s, "输出文件,扩展名决定格式(.md .html .docx .pdf);- 表示标准输出;不给时把 Markdown 写到标准输出")
	units := s.unitsOption()
	files, code, ok := e.dataFiles(s, args, units, "请给出数据文件")
	if !ok {
		return code
	}
	kind, err := report.ParseKind(*opts.kind)
	if err != nil {
		return s.usageError("%v", err)
	}
	if _, err := pipeline.ParseCharts(*opts.charts); err != nil {
		return s.usageError("%v", err)
	}
	dest, err := e.destinationOf(*opts.output)
	if err != nil {
		return e.errorf("render", "%v", err)
	}
	format, msg := outputFormat(dest, *opts.format)
	if msg != "" {
		return s.usageError("%s", msg)
	}
	binary := format == pipeline.PDF || format == pipeline.DOCX
	if binary && e.toTerminal(dest) {
		return s.usageError("%s 是二进制文件,不能显示在终端上;请用 -o 指定输出文件,例如 -o 报告.%s", strings.ToUpper(string(format)), format)
	}
	wopt := atomicfile.Options{NoClobber: *opts.noClobber, Force: *opts.force}
	if dest.w == nil {
		if msg := newInputGuard(append(opts.inputs(files), e.tables["units"])).check(dest.path, "请换一个输出文件名"); msg != "" {
			return s.usageError("%s", msg)
		}
		if _, err := wopt.Check(dest.path); err != nil {
			return e.errorf("render", "%v", err)
		}
	}
	what := "报告没有写完"
	if dest.w == nil {
		what = fmt.Sprintf("没有写出 %s,原有的文件没有改动", dest.path)
	}
	defer e.abortOnSignal("render", what)()
	r, code := opts.renderer(e, "render")
	if r == nil {
		return code
	}
	r.Prepare(kind, format)
	periods, _, failed := loadAll(e, files, *opts.limits)
	if failed {
		return exitData
	}
	rep, err := r.Compose(periods, kind)
	if err != nil {
		return e.errorf("render", "%v", err)
	}
	if !e.reportWarnings("render", rep.Warnings, *opts.strict) {
		return exitData
	}
	err = e.writeReport(dest, wopt, !binary, func(w io.Writer) error { return r.Write(w, rep, format) })
	if err != nil {
		return e.errorf("render", "%v", err)
	}
	if format == pipeline.PDF {
		e.fontWarning("render", r)
	}
	if dest.w == nil {
		fmt.Fprintf(e.stderr, "已生成 %s(%s)\n", dest.path, rep.Meta.Title)
	}
	return exitOK
}

// fontWarning prints, once, the notice that the PDF is set with stand-ins
// for missing 公文 fonts (naming each and its stand-in), if it is.
func (e *env) fontWarning(cmd string, r *pipeline.Renderer) {
	if w := r.FontWarning(); w != "" {
		fmt.Fprintf(e.stderr, "zongjie %s: %s\n", cmd, w)
	}
}

// reportWarnings prints the composer's warnings about a report to stderr;
// under strict, any warning refuses the report (false).
func (e *env) reportWarnings(cmd string, ws []doc.Warning, strict bool) bool {
	for _, w := range ws {
		fmt.Fprintf(e.stderr, "zongjie %s: 提醒:%s\n", cmd, w.Text)
	}
	if strict && len(ws) > 0 {
		fmt.Fprintf(e.stderr, "zongjie %s: 按 --strict,有提醒时不生成报告;处理上面的提醒后再试\n", cmd)
		return false
	}
	return true
}

// renderOptions are the options of render and batch.
type renderOptions struct {
	kind, output, format, templates, rulesFile *string
	charts                                     *string
	noClobber, force, strict                   *bool
	fonts                                      *fontOptions
	limits                                     *record.Limits
	rulesTimeout                               *time.Duration
	report                                     *report.Limits
}

// addRenderOptions adds the options of render and batch; output describes -o.
func addRenderOptions(s *optionSet, output string) *renderOptions {
	o := &renderOptions{}
	o.kind = s.choice("kind", "k", "种类", groupOutput, "报告种类:annual 年度总结、halfyear 半年总结、congress 职代会报告、term 换届回顾、plan 工作要点;不写时按数据定:只写了计划(目标、分月安排、text.plan、指导思想)而没有写做了哪些工作的数据写工作要点,其余写年度总结(半年的数据写成半年总结)", "", kindNames())
	o.output = s.str("output", "o", "文件", groupOutput, output, "")
	o.format = s.choice("format", "", "格式", groupOutput, "输出格式:md、html、docx、pdf(默认按 -o 的扩展名)", "", formatNames())
	o.templates = s.str("templates", "", "目录", groupOutput, "用这个目录里的模板(先用 zongjie templates export 导出再修改)", "")
	o.charts = s.choice("charts", "", "方式", groupOutput, "图表:default 在模板指定的位置放图(默认)、none 不放任何图表", "default", chartModes())
	o.noClobber = s.flag("no-clobber", "", groupOutput, "已有同名的输出文件时不覆盖")
	o.force = s.flag("force", "", groupOutput, "覆盖只读的输出文件(仍保持只读);数据与报告种类不符(如一年的数据写换届报告)时仍然生成")
	o.strict = s.flag("strict", "", groupOutput, "有提醒时不生成报告,退出码为 1(提醒如缺少年度、核对没有通过、没有报告日期)")
	o.rulesFile, o.rulesTimeout = s.rulesOptions()
	o.fonts = s.fontOptions()
	o.limits = s.limitOptions()
	o.report = s.reportLimitOptions()
	return o
}

func kindNames() []string {
	var out []string
	for _, k := range report.Kinds() {
		out = append(out, string(k))
	}
	return out
}

// chartModes are the values of --charts.
func chartModes() []string {
	return []string{string(pipeline.ChartsDefault), string(pipeline.ChartsNone)}
}

func formatNames() []string {
	var out []string
	for _, f := range pipeline.Formats() {
		out = append(out, string(f))
	}
	return out
}

// fontOptions are the PDF font options.
type fontOptions struct {
	faces         map[fonts.Face]*string
	latin         *string
	noSystemFonts *bool
}

// fontOptions adds the PDF font options.
func (s *optionSet) fontOptions() *fontOptions {
	o := &fontOptions{faces: map[fonts.Face]*string{}}
	o.faces[fonts.FangSong] = s.str("font-body", "", "字体", groupFonts, "正文仿宋字体:字体文件(.ttf、.ttc)或已安装字体的名称", "")
	o.faces[fonts.Song] = s.str("font-title", "", "字体", groupFonts, "标题宋体(小标宋)字体", "")
	o.faces[fonts.Hei] = s.str("font-hei", "", "字体", groupFonts, "一级标题和加粗用的黑体字体", "")
	o.faces[fonts.Kai] = s.str("font-kai", "", "字体", groupFonts, "二级标题用的楷体字体", "")
	o.latin = s.str("font-latin", "", "字体", groupFonts, "数字和西文字体(none 表示用中文字体自带的)", "")
	o.noSystemFonts = s.flag("no-system-fonts", "", groupFonts, "不用本机安装的字体,只用指定的和内置的字体")
	for _, name := range []string{"font-body", "font-title", "font-hei", "font-kai", "font-latin"} {
		s.lookup(name).complete = "file"
	}
	return o
}

// options returns the font options given.
func (o *fontOptions) options() fonts.Options {
	opts := fonts.Options{Faces: map[fonts.Face]string{}, Latin: *o.latin, NoSystemFonts: *o.noSystemFonts}
	for face, v := range o.faces {
		if *v != "" {
			opts.Faces[face] = *v
		}
	}
	return opts
}

// renderer builds the Renderer the options describe: templates and rules are
// loaded here, once.
func (o *renderOptions) renderer(e *env, cmd string) (*pipeline.Renderer, int) {
	var opts pipeline.Options
	if *o.templates != "" {
		t, err := report.LoadTemplates(*o.templates)
		if err != nil {
			return nil, e.errorf(cmd, "%v", err)
		}
		opts.Templates = t
	}
	rs, err := loadRules(*o.rulesFile, *o.rulesTimeout)
	if err != nil {
		e.printErr(err)
		return nil, exitData
	}
	opts.Rules = rs
	opts.PDF.Fonts = o.fonts.options()
	opts.Limits = *o.report
	opts.Force = *o.force
	opts.Charts, _ = pipeline.ParseCharts(*o.charts) // checked by the command
	return pipeline.New(opts), exitOK
}

// inputs lists every file a render reads: the data files, the rules file
// and the files of the templates directory, none of which an output may
// replace. The directory is listed, not globbed: its name may hold glob
// characters ("模板[1]").
func (o *renderOptions) inputs(files []string) []string {
	in := append([]string(nil), files...)
	if *o.rulesFile != "" {
		in = append(in, *o.rulesFile)
	}
	if *o.templates != "" {
		entries, _ := os.ReadDir(*o.templates)
		for _, ent := range entries {
			in = append(in, filepath.Join(*o.templates, ent.Name()))
		}
	}
	return in
}
