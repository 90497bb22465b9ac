package cli

import (
	"fmt"
	"strconv"
	"strings"

	"zongjie/internal/editdist"
	"zongjie/internal/shard"
)

// Option groups, in the order help lists them.
const (
	groupOutput = "输出"
	groupData   = "数据"
	groupFonts  = "字体"
	groupLimits = "限制"
	groupOther  = "其他"
)

var groupOrder = []string{groupOutput, groupData, groupFonts, groupLimits, groupOther}

// option is one command-line option.
type option struct {
	long  string // "output", given as --output (or -output)
	short string // "o", given as -o; "" when there is none
	// arg names the value in help ("文件", "种类", "格式", "字节数"); ""
	// for a switch, which takes no value.
	arg   string
	group string
	usage string
	def   string // the default shown in help; "" shows none
	set   func(string) error
	on    *bool // a switch's value
	// values lists the values the option takes, for shell completion;
	// complete says what else completes its value: "file", "dir" or "".
	values   []string
	complete string
}

// isSwitch reports whether the option takes no value.
func (o *option) isSwitch() bool { return o.on != nil }

// spelled is how help writes the option: "-o, --output 文件".
func (o *option) spelled() string {
	s := "    --" + o.long
	if o.short != "" {
		s = "-" + o.short + ", --" + o.long
	}
	if o.arg != "" {
		s += " " + o.arg
	}
	return s
}

// optionSet is a command's options, and what its help says around them.
type optionSet struct {
	cmd      string // "render"
	synopsis string // after "用法:zongjie "
	about    string // what the command does, shown under the synopsis
	examples string // "例子:" and after, shown below the options
	opts     []*option
	e        *env
}

func newOptions(e *env, cmd, synopsis, about, examples string) *optionSet {
	return &optionSet{cmd: cmd, synopsis: synopsis, about: about, examples: examples, e: e}
}

func (s *optionSet) add(o *option) *option {
	s.opts = append(s.opts, o)
	return o
}

// str adds an option with a string value.
func (s *optionSet) str(long, short, arg, group, usage, def string) *string {
	v := def
	o := s.add(&option{long: long, short: short, arg: arg, group: group, usage: usage, def: def,
		set: func(x string) error { v = x; return nil }})
	if arg == "文件" {
		o.complete = "file"
	} else if arg == "目录" {
		o.complete = "dir"
	}
	return &v
}

// choice adds an option whose value is one of values (for completion and
// help; the command checks the value, as it may accept other spellings).
func (s *optionSet) choice(long, short, arg, group, usage, def string, values []string) *string {
	p := s.str(long, short, arg, group, usage, def)
	s.opts[len(s.opts)-1].values = values
	return p
}

// flag adds a switch.
func (s *optionSet) flag(long, short, group, usage string) *bool {
	v := false
	s.add(&option{long: long, short: short, group: group, usage: usage, on: &v})
	return &v
}

// shardOption adds --shard 序号/份数: one part of the work, as
// shard.Parse reads it (the whole when not given).
func (s *optionSet) shardOption(usage string) *shard.Shard {
	var part shard.Shard
	s.add(&option{long: "shard", arg: "序号/份数", group: groupData, usage: usage,
		set: func(v string) (err error) { part, err = shard.Parse(v); return err }})
	return &part
}

// jobsOption adds --jobs/-j: how many to work on at once, 0 (the default)
// for as many as there are processors.
func (s *optionSet) jobsOption(usage string) *int {
	workers := 0
	s.add(&option{long: "jobs", short: "j", arg: "数", group: groupOther, usage: usage,
		set: func(v string) (err error) { workers, err = parseCount(v, 0, 1024); return err }})
	return &workers
}

// lookup finds an option by its long name.
func (s *optionSet) lookup(long string) *option {
	for _, o := range s.opts {
		if o.long == long {
			return o
		}
	}
	return nil
}

// usageErr is a command-line mistake found while parsing.
type usageErr struct{ msg string }

func (u *usageErr) Error() string { return u.msg }

// parse parses args: options may come before, between and after the file
// names; "--" ends the options and "-" alone is a file name (standard input
// or output). It returns the file names, or, when the command should stop
// (help shown, or a mistake reported), the exit code and false.
func (s *optionSet) parse(args []string) ([]string, int, bool) {
	if s.e.inspect != nil {
		s.e.inspect(s)
		return nil, exitOK, false
	}
	files, help, err := s.scan(args)
	switch {
	case help:
		s.printHelp(s.e.stdout)
		return nil, exitOK, false
	case err != nil:
		return nil, s.usageError("%s", err.Error()), false
	}
	return files, exitOK, true
}

// scan does the parsing for parse.
func (s *optionSet) scan(args []string) (files []string, help bool, err error) {
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "--":
			return append(files, args[i+1:]...), false, nil
		case a == "-" || !strings.HasPrefix(a, "-"):
			files = append(files, a)
			continue
		case a == "-h" || a == "--help" || a == "-help":
			return nil, true, nil
		}
		typed, value, hasValue := strings.Cut(a, "=")
		name := strings.TrimLeft(typed, "-")
		o := s.find(typed, name)
		if o == nil {
			return nil, false, &usageErr{fmt.Sprintf("没有 %s 这个选项%s", typed, s.suggest(name))}
		}
		if o.isSwitch() {
			if !hasValue {
				*o.on = true
				continue
			}
			b, err := strconv.ParseBool(value)
			if err != nil {
				return nil, false, &usageErr{fmt.Sprintf("选项 %s 不带值(写 %s 即可),这里写了“%s”", typed, typed, value)}
			}
			*o.on = b
			continue
		}
		if !hasValue {
			if i+1 >= len(args) {
				return nil, false, &usageErr{fmt.Sprintf("选项 %s 后面要跟一个值(%s)", typed, o.arg)}
			}
			i++
			value = args[i]
		}
		if err := o.set(value); err != nil {
			return nil, false, &usageErr{fmt.Sprintf("选项 %s 的值“%s”不对:%v", typed, value, err)}
		}
	}
	return files, false, nil
}

// find returns the option typed: "--name" or "-name" by its long name, "-x"
// by its short name.
func (s *optionSet) find(typed, name string) *option {
	for _, o := range s.opts {
		if o.long == name || strings.HasPrefix(typed, "-") && !strings.HasPrefix(typed, "--") && o.short != "" && o.short == name {
			return o
		}
	}
	return nil
}

// suggest proposes the option closest to a mistyped name: ",你是不是想用
// --kind?" — a long name a letter or two away, one that begins with it,
// or the one whose short name it is in another case.
func (s *optionSet) suggest(name string) string {
	best, dist := "", 3
	for _, o := range s.opts {
		d := editdist.Distance(strings.ToLower(name), o.long)
		if len(name) >= 2 && strings.HasPrefix(o.long, strings.ToLower(name)) {
			d = 1
		}
		if o.short != "" && strings.EqualFold(o.short, name) {
			d = 1
		}
		if d < dist && d < max(2, len(name)/2+1) {
			best, dist = o.long, d
		}
	}
	if best == "" {
		return ""
	}
	o := s.lookup(best)
	if o.short != "" {
		return fmt.Sprintf(",你是不是想用 -%s(--%s)?", o.short, o.long)
	}
	return fmt.Sprintf(",你是不是想用 --%s?", o.long)
}

// usageError reports a command-line mistake on standard error (and, for a
// command run with --json, as a JSON error object on standard output).
func (s *optionSet) usageError(format string, args ...any) int {
	msg := fmt.Sprintf(format, args...)
	if s.e.json {
		writeJSONProblems(s.e, []problem{{Message: msg}}, nil)
		return exitUsage
	}
	fmt.Fprintf(s.e.stderr, "zongjie %s: %s\n运行 zongjie %s -h 查看用法。\n", s.cmd, msg, s.cmd)
	return exitUsage
}
