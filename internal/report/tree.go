package report

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"zongjie/internal/chart"
)

// paraStyle is how a paragraph is laid out.
type paraStyle int

const (
	styleBody   paraStyle = iota // body text, first-line indent
	styleCenter                  // centred (subtitle, date line)
	styleRight                   // right-aligned 落款
	styleFlush                   // flush left, no indent (称呼)
	styleItem                    // numbered work item: "1." + text
	styleTable                   // a GFM table
	styleDate                    // the date under the 落款
	styleChart                   // a chart and its caption
)

// para is one paragraph of the composed report, holding raw template output
// (with marks) until the structural pass settles it.
type para struct {
	style paraStyle
	text  strings.Builder // raw text, lines already joined
	lines []string        // after settling: the text, one entry per hard line
	rows  [][]string      // styleTable: the cells, header first
	data  bool            // after settling: a surviving sentence holds data
	// number is a work item's number after settling, e.g. "1.".
	number string
	// chart is a styleChart paragraph's chart, caption its numbered
	// caption after settling.
	chart   chart.Chart
	caption string
}

// section is one numbered part of the report.
type section struct {
	id       string
	heading  string // raw heading text (may hold marks)
	keep     bool   // kept even without data
	level    int    // 0 for the document root, 1 for 一、 …
	number   string // assigned heading number, e.g. "（二）"
	at       string // where the template opened it, "file:line:col"
	children []block
}

// block is a paragraph or a section, in document order.
type block struct {
	para *para
	sec  *section
}

// document is the parsed template output.
type document struct {
	title string
	root  *section
}

// parseOutput turns template output into a document tree.
func parseOutput(out string, charts []chart.Chart) (*document, error) {
	doc := &document{root: &section{}}
	stack := []*section{doc.root}
	var cur *para
	top := func() *section { return stack[len(stack)-1] }
	open := func(style paraStyle) *para {
		p := &para{style: style}
		top().children = append(top().children, block{para: p})
		return p
	}
	for len(out) > 0 {
		i := strings.IndexByte(out, dirOpen)
		if i < 0 {
			i = len(out)
		}
		if text := joinLines(out[:i]); text != "" {
			if cur == nil {
				cur = open(styleBody)
			}
			cur.text.WriteString(text)
		}
		if i == len(out) {
			break
		}
		j := strings.IndexByte(out[i+1:], dirOpen)
		if j < 0 {
			return nil, fmt.Errorf("内部错误:指令没有结束")
		}
		fields := strings.Split(out[i+1:i+1+j], string(dirSep))
		out = out[i+2+j:]
		switch kind, args := fields[0], fields[1:]; kind {
		case dirTitle:
			if doc.title != "" {
				return nil, fmt.Errorf("模板中 title 出现了两次")
			}
			doc.title = joinLines(arg(args, 0))
			if headingLine(doc.title) == "" && !hasMissing(doc.title) {
				return nil, fmt.Errorf("模板中 title 的标题为空")
			}
			cur = nil
		case dirSection:
			s := &section{id: arg(args, 0), heading: joinLines(arg(args, 1)), level: top().level + 1, at: arg(args, 2)}
			if s.level > 4 {
				return nil, fmt.Errorf("栏目“%s”嵌套超过四级(一、（一）1.（1）)", stripMarks(s.heading))
			}
			top().children = append(top().children, block{sec: s})
			stack = append(stack, s)
			cur = nil
		case dirEnd:
			if len(stack) == 1 {
				return nil, errorAt(arg(args, 0), "endsection 多于 section:没有可以结束的栏目")
			}
			stack = stack[:len(stack)-1]
			cur = nil
		case dirTop:
			stack = stack[:1]
			cur = nil
		case dirPara:
			cur = open(styleBody)
		case dirCenter:
			cur = open(styleCenter)
		case dirRight:
			cur = open(styleRight)
		case dirDate:
			cur = open(styleDate)
		case dirLeft:
			cur = open(styleFlush)
		case dirItem:
			cur = open(styleItem)
		case dirBreak:
			if cur != nil {
				cur.text.WriteByte('\n')
			}
		case dirKeep:
			top().keep = true
		case dirTable:
			p := open(styleTable)
			for _, r := range strings.Split(arg(args, 0), string(tableRowSep)) {
				p.rows = append(p.rows, strings.Split(r, string(tableCellSep)))
			}
			cur = nil
		case dirChart:
			i, err := strconv.Atoi(arg(args, 0))
			if err != nil || i < 0 || i >= len(charts) {
				return nil, fmt.Errorf("内部错误:图表指令 %q 有误", arg(args, 0))
			}
			p := open(styleChart)
			p.chart = charts[i]
			cur = nil
		default:
			return nil, fmt.Errorf("内部错误:未知指令 %q", kind)
		}
	}
	if len(stack) > 1 {
		s := stack[len(stack)-1]
		return nil, errorAt(s.at, "栏目“"+stripMarks(s.heading)+"”没有用 endsection 结束")
	}
	return doc, nil
}

// errorAt is an error of the template output at a template position
// ("file:line:col", see check.go), or without one when at is "".
func errorAt(at, msg string) error {
	i := strings.LastIndexByte(at, ':')
	j := -1
	if i > 0 {
		j = strings.LastIndexByte(at[:i], ':')
	}
	if j <= 0 {
		return errors.New(msg)
	}
	line, _ := strconv.Atoi(at[j+1 : i])
	col, _ := strconv.Atoi(at[i+1:])
	return &TemplateError{File: at[:j], Line: line, Col: col, Msg: msg}
}

func arg(args []string, i int) string {
	if i < len(args) {
		return args[i]
	}
	return ""
}

// joinLines trims every line of template text and joins them: a line break
// between Chinese text vanishes, one between two Latin words or digits
// becomes a space, as soft breaks read in Chinese documents.
func joinLines(s string) string {
	if !strings.ContainsAny(s, "\n\r\t ") {
		return s
	}
	var b strings.Builder
	for _, line := range strings.Split(strings.ReplaceAll(s, "\r", ""), "\n") {
		line = strings.Trim(line, " \t")
		if line == "" {
			continue
		}
		if b.Len() > 0 {
			prev := lastRune(b.String())
			next := firstRune(line)
			if isWordRune(prev) && isWordRune(next) {
				b.WriteByte(' ')
			}
		}
		b.WriteString(line)
	}
	return b.String()
}

func isWordRune(r rune) bool {
	return r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r) || r == '%' || r == ')')
}

// marks are the marks lastRune and firstRune look past.
const marks = string(markData) + string(markMissing)

// lastRune returns the last character of s that is not a mark, or 0. It
// looks only at the end of s: joinLines calls it on the growing paragraph.
func lastRune(s string) rune {
	s = strings.TrimRight(s, marks)
	if s == "" {
		return 0
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

func firstRune(s string) rune {
	s = strings.TrimLeft(s, marks)
	for _, r := range s {
		return r
	}
	return 0
}
