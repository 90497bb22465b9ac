package cli

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"zongjie/internal/atomicfile"
	"zongjie/internal/fonts"
	"zongjie/internal/pipeline"
	"zongjie/internal/record"
	"zongjie/internal/report"
)

func runRender(e *env, args []string) int {
	fs := newFlagSet(e, "render", "render --kind 报告种类 [-o 输出文件] 数据文件...", `  zongjie render --kind annual -o 总结.docx examples/yongjia-edu-2013.yaml
  zongjie render --kind annual -o 总结.pdf examples/yongjia-edu-2013.yaml
  zongjie render --kind annual examples/yongjia-edu-2014.yaml examples/yongjia-edu-2013.yaml
  zongjie render --kind term -o 换届报告.docx examples/term/*.yaml

报告种类:annual 年度工作总结、halfyear 半年工作总结、congress 职代会/会代会工作报告、
term 换届五年工作回顾、plan 工作要点。
给出同一工会几期的数据文件时,按报告期排序,报告最新一期,较早各期用于同比、
对照上期目标和换届回顾。输出格式由 -o 的扩展名决定(.md .html .docx .pdf);
不给 -o 时把 Markdown 打印到屏幕。文件先写到临时文件再改名,不会留下半个文件。
`)
	opts := addRenderFlags(fs)
	files, code, ok := fs.parse(args)
	if !ok {
		return code
	}
	if len(files) == 0 {
		return fs.usageError("请给出数据文件")
	}
	kind, err := report.ParseKind(*opts.kind)
	if err != nil {
		return fs.usageError("%v", err)
	}
	format, msg := outputFormat(*opts.output, *opts.format)
	if msg != "" {
		return fs.usageError("%s", msg)
	}
	if *opts.output == "" && (format == pipeline.PDF || format == pipeline.DOCX) && isTerminal(e.stdout) {
		return fs.usageError("%s 是二进制文件,不能打印到屏幕;请用 -o 指定输出文件,例如 -o 报告.%s", strings.ToUpper(string(format)), format)
	}
	if *opts.output != "" {
		if msg := sameAsInput(*opts.output, opts.inputs(files)); msg != "" {
			return fs.usageError("%s", msg)
		}
	}
	r, code := opts.renderer(e, "render")
	if r == nil {
		return code
	}
	r.Prepare(format)
	periods, failed := loadAll(e, files, *opts.limits)
	if failed {
		return exitData
	}
	rep, err := r.Compose(periods, kind)
	if err != nil {
		return e.errorf("render", "%v", err)
	}
	if *opts.output == "" {
		if err := r.Write(e.stdout, rep, format); err != nil {
			return e.errorf("render", "%v", err)
		}
		return exitOK
	}
	err = atomicfile.Write(*opts.output, func(w io.Writer) error { return r.Write(w, rep, format) })
	if err != nil {
		return e.errorf("render", "%v", err)
	}
	fmt.Fprintf(e.stderr, "已生成 %s(%s)\n", *opts.output, rep.Meta.Title)
	return exitOK
}

// outputFormat decides the output format from -o and --format: the
// extension of -o, unless --format names one; both given must agree.
func outputFormat(output, format string) (pipeline.Format, string) {
	var byExt, byFlag pipeline.Format
	var extErr error
	if output != "" {
		byExt, extErr = pipeline.FormatOf(output)
	}
	if format != "" {
		f, err := pipeline.ParseFormat(format)
		if err != nil {
			return "", err.Error()
		}
		byFlag = f
	}
	switch {
	case byFlag != "" && byExt != "" && byFlag != byExt:
		return "", fmt.Sprintf("-o %s 的扩展名与 --format %s 不一致;请改成一致,或去掉 --format", output, format)
	case byFlag != "":
		return byFlag, ""
	case extErr != nil:
		return "", extErr.Error()
	case byExt != "":
		return byExt, ""
	}
	return pipeline.Markdown, ""
}

// isTerminal reports whether w is a terminal (binary output must not go there).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// renderFlags are the options of render and batch.
type renderFlags struct {
	kind, output, format, templates, rulesFile *string
	fonts                                      map[fonts.Face]*string
	latin                                      *string
	noSystemFonts                              *bool
	limits                                     *record.Limits
	rulesTimeout                               *time.Duration
}

func addRenderFlags(fs *flagSet) *renderFlags {
	o := &renderFlags{fonts: map[fonts.Face]*string{}}
	o.kind = fs.String("kind", "annual", "报告种类:annual、halfyear、congress、term、plan")
	o.output = fs.String("o", "", "输出文件(.md .html .docx .pdf);不给时把 Markdown 打印到屏幕")
	o.format = fs.String("format", "", "输出格式 md、html、docx、pdf(默认按 -o 的扩展名)")
	o.templates = fs.String("templates", "", "用这个目录里的模板(先用 zongjie templates export 导出再修改)")
	o.rulesFile = fs.String("rules", "", "自定义规则文件(YAML),增加指标、排名或问题")
	o.rulesTimeout = rulesTimeoutFlag(fs)
	o.fonts[fonts.FangSong] = fs.String("font-body", "", "正文仿宋字体:字体文件路径(.ttf/.ttc)或字体名")
	o.fonts[fonts.Song] = fs.String("font-title", "", "标题宋体(小标宋)字体")
	o.fonts[fonts.Hei] = fs.String("font-hei", "", "一级标题和加粗用的黑体字体")
	o.fonts[fonts.Kai] = fs.String("font-kai", "", "二级标题用的楷体字体")
	o.latin = fs.String("font-latin", "", "数字和西文字体(none 表示用中文字体自带的)")
	o.noSystemFonts = fs.Bool("no-system-fonts", false, "不用本机安装的字体,只用指定的和内置的字体")
	o.limits = fs.limitFlags()
	return o
}

// renderer builds the Renderer the options describe: templates and rules are
// loaded here, once.
func (o *renderFlags) renderer(e *env, cmd string) (*pipeline.Renderer, int) {
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
		fmt.Fprintln(e.stderr, err)
		return nil, exitData
	}
	opts.Rules = rs
	opts.PDF.Fonts = fonts.Options{Faces: map[fonts.Face]string{}, Latin: *o.latin, NoSystemFonts: *o.noSystemFonts}
	for face, v := range o.fonts {
		if *v != "" {
			opts.PDF.Fonts.Faces[face] = *v
		}
	}
	return pipeline.New(opts), exitOK
}

// inputs lists every file a render reads: the data files, the rules file
// and the template files, none of which the output may replace.
func (o *renderFlags) inputs(files []string) []string {
	in := append([]string(nil), files...)
	if *o.rulesFile != "" {
		in = append(in, *o.rulesFile)
	}
	if *o.templates != "" {
		tmpls, _ := filepath.Glob(filepath.Join(*o.templates, "*"))
		in = append(in, tmpls...)
	}
	return in
}

// sameAsInput refuses an output path that is one of the input files.
func sameAsInput(out string, inputs []string) string {
	oi, oerr := os.Stat(out)
	oabs, _ := filepath.Abs(out)
	for _, in := range inputs {
		iabs, _ := filepath.Abs(in)
		same := oabs == iabs
		if !same && oerr == nil {
			if ii, err := os.Stat(in); err == nil && os.SameFile(oi, ii) {
				same = true
			}
		}
		if same {
			return fmt.Sprintf("输出文件 %s 就是输入文件 %s,写出去会把它覆盖掉;请换一个输出文件名", out, in)
		}
	}
	return ""
}
