package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"

	"zongjie/internal/record"
)

// flagSet wraps flag.FlagSet with Chinese usage and error messages, and lets
// options come after file names ("zongjie render a.yaml --kind annual").
type flagSet struct {
	*flag.FlagSet
	name     string
	synopsis string
	examples string
	e        *env
}

func newFlagSet(e *env, name, synopsis, examples string) *flagSet {
	fs := &flagSet{FlagSet: flag.NewFlagSet(name, flag.ContinueOnError), name: name, synopsis: synopsis, examples: examples, e: e}
	fs.SetOutput(io.Discard)
	return fs
}

// printUsage writes the command's help.
func (fs *flagSet) printUsage(w io.Writer) {
	fmt.Fprintf(w, "用法:zongjie %s\n\n", fs.synopsis)
	var opts strings.Builder
	fs.VisitAll(func(f *flag.Flag) {
		name, usage := flag.UnquoteUsage(f)
		switch name {
		case "":
		case "string":
			name = " 值"
		default:
			name = " 数"
		}
		dash := "--"
		if len(f.Name) == 1 {
			dash = "-"
		}
		fmt.Fprintf(&opts, "  %s%s%s\n      %s", dash, f.Name, name, usage)
		if f.DefValue != "" && f.DefValue != "false" && f.DefValue != "0" {
			fmt.Fprintf(&opts, "(默认 %s)", f.DefValue)
		}
		opts.WriteString("\n")
	})
	if opts.Len() > 0 {
		fmt.Fprintf(w, "选项:\n%s\n", opts.String())
	}
	if fs.examples != "" {
		fmt.Fprintf(w, "例子:\n%s", fs.examples)
	}
}

var (
	reUndefined = regexp.MustCompile(`^flag provided but not defined: -+(.*)$`)
	reNeedsArg  = regexp.MustCompile(`^flag needs an argument: -+(.*)$`)
	reInvalid   = regexp.MustCompile(`^invalid value "(.*)" for flag -+([^:]*):`)
)

// parse parses args, allowing options after file names. It returns the file
// names, or an exit code when the command should stop (help shown, or a
// usage error reported).
func (fs *flagSet) parse(args []string) ([]string, int, bool) {
	var files []string
	for {
		err := fs.Parse(args)
		if errors.Is(err, flag.ErrHelp) {
			fs.printUsage(fs.e.stdout)
			return nil, exitOK, false
		}
		if err != nil {
			msg := err.Error()
			switch {
			case reUndefined.MatchString(msg):
				msg = fmt.Sprintf("没有 --%s 这个选项", reUndefined.FindStringSubmatch(msg)[1])
			case reNeedsArg.MatchString(msg):
				msg = fmt.Sprintf("选项 --%s 后面要跟一个值", reNeedsArg.FindStringSubmatch(msg)[1])
			case reInvalid.MatchString(msg):
				m := reInvalid.FindStringSubmatch(msg)
				msg = fmt.Sprintf("选项 --%s 的值“%s”不对", m[2], m[1])
			}
			fmt.Fprintf(fs.e.stderr, "zongjie %s: %s\n运行 zongjie %s -h 查看用法。\n", fs.name, msg, fs.name)
			return nil, exitUsage, false
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return files, exitOK, true
		}
		if rest[0] == "--" {
			return append(files, rest[1:]...), exitOK, true
		}
		files = append(files, rest[0])
		args = rest[1:]
	}
}

// usageError reports a command-line mistake.
func (fs *flagSet) usageError(format string, args ...any) int {
	fmt.Fprintf(fs.e.stderr, "zongjie %s: %s\n运行 zongjie %s -h 查看用法。\n", fs.name, fmt.Sprintf(format, args...), fs.name)
	return exitUsage
}

// limitFlags adds the input limits every command that reads data accepts.
func (fs *flagSet) limitFlags() *record.Limits {
	lim := record.DefaultLimits
	mb := lim.MaxBytes >> 20
	fs.Func("max-size", fmt.Sprintf("数据文件大小上限,单位 MB(默认 %d)", mb), func(s string) error {
		var n int64
		if _, err := fmt.Sscan(s, &n); err != nil || n <= 0 {
			return errors.New("bad")
		}
		lim.MaxBytes = n << 20
		return nil
	})
	positive(fs, &lim.MaxUnits, "max-units", "单位表行数上限")
	positive(fs, &lim.MaxAliases, "max-aliases", "YAML 别名(*引用)使用次数上限")
	positive(fs, &lim.MaxNodes, "max-nodes", "数据项总数上限(别名展开后计)")
	positive(fs, &lim.MaxDepth, "max-depth", "嵌套层数上限")
	return &lim
}

// positive adds an integer limit flag that must be greater than zero.
func positive(fs *flagSet, p *int, name, usage string) {
	fs.Func(name, fmt.Sprintf("%s(默认 %d)", usage, *p), func(s string) error {
		n, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil || n <= 0 {
			return errors.New("应为正整数")
		}
		*p = n
		return nil
	})
}
