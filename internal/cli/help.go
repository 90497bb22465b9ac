package cli

import (
	"fmt"
	"io"
	"strings"
)

// exitCodesHelp ends every help text.
const exitCodesHelp = `退出码:0 成功;1 数据或文件有问题;2 命令行用法不对;
被信号中断时为 128 加信号编号(Ctrl+C 为 130,SIGTERM 为 143,SIGHUP 为 129)。
`

// maxNameColumn bounds the column of option names in help; a longer name
// has its description on the next line.
const maxNameColumn = 24

// width is how many terminal columns s takes: two for a wide (Chinese)
// character, one for the others.
func width(s string) int {
	n := 0
	for _, r := range s {
		if r >= 0x1100 && (r <= 0x115f || r >= 0x2e80 && r <= 0xa4cf || r >= 0xac00 && r <= 0xd7a3 ||
			r >= 0xf900 && r <= 0xfaff || r >= 0xfe30 && r <= 0xfe4f || r >= 0xff00 && r <= 0xff60 ||
			r >= 0xffe0 && r <= 0xffe6 || r >= 0x20000 && r <= 0x3fffd) {
			n += 2
		} else {
			n++
		}
	}
	return n
}

// printHelp writes the command's help: usage, what it does, the options by
// group (输出, 数据, 字体, 限制, 其他), each with its value's kind and
// default, then examples and the exit codes.
func (s *optionSet) printHelp(w io.Writer) {
	var b strings.Builder
	fmt.Fprintf(&b, "用法:zongjie %s\n\n", s.synopsis)
	if s.about != "" {
		b.WriteString(s.about)
		b.WriteString("\n")
	}
	// Descriptions start in one column, after the widest option name.
	helpOpt := &option{long: "help", short: "h", usage: "显示本帮助"}
	col := width(helpOpt.spelled())
	for _, o := range s.opts {
		col = max(col, width(o.spelled()))
	}
	col = min(col, maxNameColumn) + 4
	for _, g := range groupOrder {
		var opts []*option
		for _, o := range s.opts {
			if o.group == g {
				opts = append(opts, o)
			}
		}
		if g == groupOther {
			opts = append(opts, helpOpt)
		}
		if len(opts) == 0 {
			continue
		}
		fmt.Fprintf(&b, "%s:\n", g)
		for _, o := range opts {
			name := "  " + o.spelled()
			b.WriteString(name)
			if w := width(name); w+2 <= col {
				b.WriteString(strings.Repeat(" ", col-w))
			} else {
				b.WriteString("\n" + strings.Repeat(" ", col))
			}
			b.WriteString(o.usage)
			if o.def != "" {
				fmt.Fprintf(&b, "(默认 %s)", o.def)
			}
			b.WriteString("\n")
		}
		b.WriteString("\n")
	}
	if s.examples != "" {
		fmt.Fprintf(&b, "例子:\n%s\n", s.examples)
	}
	b.WriteString(exitCodesHelp)
	io.WriteString(w, b.String())
}
