// Package cli is the zongjie command: sub-commands, options, help text, exit
// codes, and the rules every command keeps:
//
//   - Data goes to standard output (a report written with -o -, metrics,
//     JSON, init's template, the schema, completion scripts, help asked
//     for); status goes to standard error (progress, "已生成", summaries,
//     warnings and every error), so a pipe gets only data.
//   - Messages are Chinese: the operating system's errors are translated
//     (internal/oserr), and text from data files is shown with its control
//     and bidi characters made visible (visible), never sent raw to a
//     terminal.
//   - Exit codes: 0 success, 1 a problem with the data or the files, 2 a
//     command-line mistake, 128 + the signal's number when interrupted.
//
// It holds no report logic: each command parses its options and calls the
// stage packages in order.
package cli

import (
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"

	"zongjie/internal/oserr"
	"zongjie/internal/record"
)

// Exit codes.
const (
	exitOK    = 0
	exitData  = 1 // the data or a file has problems (check failed, audit failed, output refused)
	exitUsage = 2 // the command line is wrong
)

// env is what a command runs with.
type env struct {
	stdin  io.Reader
	stdout io.Writer // data
	// stderr is for messages: everything written to it passes through
	// visible. rawStderr is the terminal itself, for the progress bar.
	stderr    *safeWriter
	rawStderr io.Writer
	getenv    func(string) string
	// terminal reports whether a writer is a terminal.
	terminal func(io.Writer) bool
	// process is set when zongjie runs as its own process (Run), not
	// inside a test: signals are watched and may end the process.
	process bool
	exit    func(code int)

	json      bool // the command was asked for JSON (--json)
	stdinUsed bool // "-" was read
	// tables are list sections read from files of their own (--units).
	tables record.Tables

	// inspect, when set, receives a command's options instead of the
	// command running (completion scripts are made from them).
	inspect func(*optionSet)
}

// command is one sub-command.
type command struct {
	name    string
	summary string
	run     func(e *env, args []string) int
}

func commands() []command {
	return []command{
		{"render", "生成报告(Markdown、HTML、DOCX、PDF)", runRender},
		{"check", "检查数据文件,列出所有问题", runCheck},
		{"metrics", "计算并列出各项指标、排名、核对结果", runMetrics},
		{"batch", "批量生成报告(多个数据文件,或大文件中的每个分组、每个单位)", runBatch},
		{"rollup", "汇总:由各下级工会的数据生成上级的报告", runRollup},
		{"init", "输出一份带说明的数据文件模板(YAML,或 --xlsx 的 Excel 工作簿)", runInit},
		{"convert", "在 YAML、JSON 和 Excel 工作簿(.xlsx)之间转换数据文件", runConvert},
		{"schema", "输出数据文件的 JSON Schema,供编辑器边写边查", runSchema},
		{"templates", "导出默认报告模板,供修改后用 --templates 使用", runTemplates},
		{"completion", "输出命令行补全脚本(bash、zsh、fish)", runCompletion},
		{"fonts", "列出 PDF 用的字体:公文要求的、本机找到的、实际使用的", runFonts},
		{"version", "显示版本", runVersion},
	}
}

// Main runs zongjie with the given arguments (without the program name) and
// returns the process exit code. It leaves signals alone: Run is the entry
// point of the zongjie process.
func Main(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	return newEnv(stdin, stdout, stderr).main(args)
}

// Run is zongjie's process: Main with the standard streams, SIGINT, SIGTERM
// and SIGHUP handled by the commands that write files, and the memory
// guard (memory.go) running.
func Run(args []string) int {
	// The main goroutine has run since the packages' initialization began
	// (package startup's wait for its heap mapping was its last stop), so
	// the runtime, which preempts a goroutine that has run 10 ms without
	// stopping, used to preempt it a few milliseconds into the command,
	// just after it had started its helpers (fonts, templates): it then
	// waited behind them for a processor, 0.1–1.6 ms in 6 of 20 traces of
	// the yongjia PDF. Nothing else is ready to run here, so yielding
	// costs nothing and starts its 10 ms afresh; by their end it has
	// stopped to wait for the templates.
	runtime.Gosched()
	e := newEnv(os.Stdin, os.Stdout, os.Stderr)
	e.process = true
	cmd := "zongjie"
	if len(args) > 0 && !strings.HasPrefix(args[0], "-") {
		cmd += " " + args[0]
	}
	prepareHeap(args)
	startMemoryGuard(e, cmd)
	return e.main(args)
}

func newEnv(stdin io.Reader, stdout, stderr io.Writer) *env {
	return &env{
		stdin: stdin, stdout: stdout, stderr: newSafeWriter(stderr), rawStderr: stderr,
		getenv: os.Getenv, terminal: isTerminal, exit: os.Exit,
	}
}

func (e *env) main(args []string) int {
	defer e.stderr.Flush()
	if len(args) == 0 {
		usage(e.stderr)
		return exitUsage
	}
	name := args[0]
	switch name {
	case "help", "-h", "-help", "--help":
		if len(args) > 1 {
			for _, c := range commands() {
				if c.name == args[1] {
					code := c.run(e, []string{"-h"})
					if t, ok := topics[args[1]]; ok && code == exitOK {
						// A command with a reference page of its own
						// (templates): the usage, then the reference.
						fmt.Fprint(e.stdout, "\n"+t())
					}
					return code
				}
			}
			if t, ok := topics[args[1]]; ok {
				fmt.Fprint(e.stdout, t())
				return exitOK
			}
			fmt.Fprintf(e.stderr, "zongjie help: 没有“%s”这个命令或说明主题%s\n运行 zongjie help 查看全部命令。\n", args[1], suggestCommand(args[1]))
			return exitUsage
		}
		usage(e.stdout)
		return exitOK
	case "-V", "--version", "-version":
		return runVersion(e, args[1:])
	}
	for _, c := range commands() {
		if c.name == name {
			return c.run(e, args[1:])
		}
	}
	if strings.HasPrefix(name, "-") {
		fmt.Fprintf(e.stderr, "zongjie: 选项 %s 要写在命令后面,例如 zongjie render %s …\n运行 zongjie help 查看全部命令。\n", name, name)
		return exitUsage
	}
	fmt.Fprintf(e.stderr, "zongjie: 没有“%s”这个命令%s\n运行 zongjie help 查看全部命令。\n", name, suggestCommand(name))
	return exitUsage
}

func suggestCommand(name string) string {
	for _, c := range commands() {
		if strings.HasPrefix(c.name, name) || strings.HasPrefix(name, c.name) {
			return fmt.Sprintf(",你是不是想用 zongjie %s?", c.name)
		}
	}
	return ""
}

func usage(w io.Writer) {
	var b strings.Builder
	b.WriteString(`zongjie(总结)根据工会的数据生成工作总结、工作报告和工作计划。

用法:
  zongjie 命令 [选项] 数据文件...

命令:
`)
	for _, c := range commands() {
		fmt.Fprintf(&b, "  %-11s %s\n", c.name, c.summary)
	}
	b.WriteString(`
例子:
  zongjie render --kind annual -o 总结.docx examples/yongjia-edu-2013.yaml
  zongjie check examples/yongjia-edu-2013.yaml
  zongjie init --kind annual > 我的工会2024.yaml

报告种类(--kind):
  annual    年度工作总结        halfyear  半年工作总结
  congress  职代会/会代会工作报告  term      换届五年工作回顾
  plan      工作要点/工作计划

数据文件写作 - 时从标准输入读;-o - 把报告写到标准输出。
报告、指标、JSON 等数据写到标准输出,进度、提示和错误写到标准错误。

更多说明:
  zongjie 命令 -h       该命令的选项
  zongjie help targets  目标任务可用的指标
  zongjie help sections 文字段落可用的栏目
  zongjie help settings 问题发现所用的标准线(各行业的默认值)
  zongjie --version     显示版本

`)
	b.WriteString(exitCodesHelp)
	io.WriteString(w, b.String())
}

func runVersion(e *env, args []string) int {
	s := newOptions(e, "version", "version", "显示 zongjie 的版本。\n", "  zongjie version\n  zongjie --version\n")
	files, code, ok := s.parse(args)
	if !ok {
		return code
	}
	if len(files) > 0 {
		return s.usageError("version 不读文件")
	}
	fmt.Fprintln(e.stdout, "zongjie", Version)
	return exitOK
}

// Version is the program version.
const Version = "0.1.0"

// isTerminal reports whether w is a terminal (a character device that is
// not /dev/null): binary output must not go there, and a progress bar may
// redraw its line there.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	if err != nil || st.Mode()&os.ModeCharDevice == 0 {
		return false
	}
	if null, err := os.Stat(os.DevNull); err == nil && os.SameFile(st, null) {
		return false
	}
	return true
}

// errorf prints a command's error and returns the data exit code.
// Error text from the operating system inside it is put into Chinese.
func (e *env) errorf(cmd, format string, args ...any) int {
	fmt.Fprintf(e.stderr, "zongjie %s: %s\n", cmd, oserr.Scrub(fmt.Sprintf(format, args...)))
	return exitData
}
