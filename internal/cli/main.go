// Package cli is the zongjie command: sub-commands, flags, help text and exit
// codes. It holds no report logic: each command parses its flags and calls
// the stage packages in order.
package cli

import (
	"fmt"
	"io"
	"strings"
)

// Exit codes.
const (
	exitOK    = 0
	exitData  = 1 // the data has problems (check failed, audit failed)
	exitUsage = 2 // the command line is wrong
)

// env is what a command runs with.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
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
		{"batch", "批量生成报告(多个数据文件,或大文件中的每个分组)", runBatch},
		{"init", "输出一份带说明的数据文件模板", runInit},
		{"schema", "输出数据文件的 JSON Schema,供编辑器边写边查", runSchema},
		{"templates", "导出默认报告模板,供修改后用 --templates 使用", runTemplates},
		{"fonts", "列出 PDF 用的字体:公文要求的、本机找到的、实际使用的", runFonts},
		{"version", "显示版本", runVersion},
	}
}

// Main runs zongjie with the given arguments (without the program name) and
// returns the process exit code.
func Main(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	e := &env{stdin: stdin, stdout: stdout, stderr: stderr}
	if len(args) == 0 {
		usage(stderr)
		return exitUsage
	}
	name := args[0]
	switch name {
	case "help", "-h", "-help", "--help":
		if len(args) > 1 {
			for _, c := range commands() {
				if c.name == args[1] {
					return c.run(e, []string{"-h"})
				}
			}
			if t, ok := topics[args[1]]; ok {
				fmt.Fprint(stdout, t())
				return exitOK
			}
			fmt.Fprintf(stderr, "zongjie help: 没有“%s”这个命令或说明主题%s\n运行 zongjie help 查看全部命令。\n", args[1], suggestCommand(args[1]))
			return exitUsage
		}
		usage(stdout)
		return exitOK
	}
	for _, c := range commands() {
		if c.name == name {
			return c.run(e, args[1:])
		}
	}
	fmt.Fprintf(stderr, "zongjie: 没有“%s”这个命令%s\n运行 zongjie help 查看全部命令。\n", name, suggestCommand(name))
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
		fmt.Fprintf(&b, "  %-10s %s\n", c.name, c.summary)
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

更多说明:
  zongjie 命令 -h       该命令的选项
  zongjie help targets  目标任务可用的指标
  zongjie help sections 文字段落可用的栏目
`)
	io.WriteString(w, b.String())
}

func runVersion(e *env, args []string) int {
	fmt.Fprintln(e.stdout, "zongjie", Version)
	return exitOK
}

// Version is the program version.
const Version = "0.1.0"
