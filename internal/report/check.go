package report

import (
	"fmt"
	"strconv"
	"strings"
	"text/template"
	"text/template/parse"

	"zongjie/internal/chart/catalog"
)

// This file checks a template set when it is loaded, so that a mistake in a
// template is reported with its file, line and column before any report is
// composed: an action "{{" left open, a {{section}} without its
// {{endsection}} (which would silently nest every later section under it),
// a figure, ranking or section id that does not exist. It also gives the
// structure functions their positions, so the structural pass can name the
// line of a section it finds unclosed.

// structureFuncs are the functions whose calls get their template position
// as a first argument, under the positioned name.
var structureFuncs = map[string]string{
	"section":    "sectionAt",
	"endsection": "endsectionAt",
	"toplevel":   "toplevelAt",
}

// positioned are the positioned names: internal, not for templates to call.
var positioned = map[string]bool{"sectionAt": true, "endsectionAt": true, "toplevelAt": true}

// checkSource finds an action opened with "{{" and never closed: the next
// "{{" or the end of the file comes before its "}}". text/template would
// report it later, at the line where it stumbles; this names the line the
// action starts on.
func checkSource(path, src string) error {
	for i := 0; ; {
		j := strings.Index(src[i:], "{{")
		if j < 0 {
			return nil
		}
		start := i + j
		body := start + 2
		closing := "}}"
		if k := strings.TrimLeft(strings.TrimPrefix(src[body:], "-"), " \t\r\n"); strings.HasPrefix(k, "/*") {
			closing = "*/"
		}
		end := strings.Index(src[body:], closing)
		next := strings.Index(src[body:], "{{")
		if end < 0 || (next >= 0 && next < end && closing == "}}") {
			line, col := lineCol(src, start)
			what := "{{ 没有对应的 }}"
			if closing == "*/" {
				what = "注释 {{/* 没有对应的 */}}"
			}
			return &TemplateError{File: path, Line: line, Col: col, Msg: what + ",请补上结束符号"}
		}
		i = body + end + len(closing)
	}
}

// lineCol returns the 1-based line and column (in characters) of byte
// offset off of src.
func lineCol(src string, off int) (line, col int) {
	before := src[:off]
	line = strings.Count(before, "\n") + 1
	col = len([]rune(before[strings.LastIndexByte(before, '\n')+1:])) + 1
	return line, col
}

// instrument rewrites every template of the set once, after parsing: the
// structure functions get their positions, text and string literals lose
// control characters (so no template can forge the composer's marks), and
// every body is checked to close each section it opens.
func (t *Templates) instrument(set *template.Template) error {
	for _, tmpl := range set.Templates() {
		if tmpl.Tree == nil || tmpl.Tree.Root == nil {
			continue
		}
		in := &instrumenter{t: t, tmpl: tmpl}
		in.list(tmpl.Tree.Root)
		if in.err != nil {
			return in.err
		}
	}
	return nil
}

// instrumenter rewrites and checks one template.
type instrumenter struct {
	t    *Templates
	tmpl *template.Template
	err  error
}

// fail records the first error, at node n.
func (in *instrumenter) fail(n parse.Node, format string, args ...any) {
	if in.err == nil {
		e := in.t.errorAt(in.tmpl, n)
		e.Msg = fmt.Sprintf(format, args...)
		in.err = e
	}
}

// errorAt is a TemplateError at node n of tmpl, naming the user's file and
// counting columns in characters. An action is placed at its "{{".
func (t *Templates) errorAt(tmpl *template.Template, n parse.Node) *TemplateError {
	name := tmpl.ParseName
	e := &TemplateError{File: name}
	if p, ok := t.paths[name]; ok {
		e.File = p
	}
	src, ok := t.sources[name]
	off := int(n.Position())
	if !ok || off < 0 || off > len(src) {
		return e
	}
	if _, str := n.(*parse.StringNode); !str {
		if i := strings.LastIndex(src[:min(off+2, len(src))], "{{"); i >= 0 {
			off = i
		}
	}
	e.Line, e.Col = lineCol(src, off)
	return e
}

// position is where node n is, as "file:line:col", for a directive.
func (in *instrumenter) position(n parse.Node) string {
	e := in.t.errorAt(in.tmpl, n)
	return fmt.Sprintf("%s:%d:%d", e.File, e.Line, e.Col)
}

// list rewrites the nodes of a body and checks that the sections it opens
// are all closed in it, and that it closes none it did not open.
func (in *instrumenter) list(l *parse.ListNode) {
	if l == nil {
		return
	}
	var open []parse.Node // the sections opened in this body, innermost last
	for _, n := range l.Nodes {
		switch n := n.(type) {
		case *parse.TextNode:
			n.Text = []byte(dropControls(string(n.Text)))
		case *parse.ActionNode:
			switch in.pipe(n.Pipe) {
			case "section":
				open = append(open, n)
			case "endsection":
				if len(open) == 0 {
					in.fail(n, "endsection 没有对应的 section:这一层里没有打开的栏目可以结束")
					return
				}
				open = open[:len(open)-1]
			case "toplevel":
				if len(open) > 0 {
					in.fail(open[len(open)-1], "section 没有用 endsection 结束(toplevel 之前应当结束本层打开的每个栏目)")
					return
				}
			}
		case *parse.IfNode:
			in.branch(&n.BranchNode)
		case *parse.RangeNode:
			if count, ok := rangeCount(n.Pipe); ok && count > maxRangeCount {
				in.fail(n, "range 要重复 %d 次,超过上限 %d;报告模板不需要这么多次", count, maxRangeCount)
				return
			}
			in.branch(&n.BranchNode)
		case *parse.WithNode:
			in.branch(&n.BranchNode)
		case *parse.TemplateNode:
			if n.Pipe != nil {
				in.pipe(n.Pipe)
			}
		}
	}
	if len(open) > 0 {
		in.fail(open[len(open)-1], "section 没有用 endsection 结束;请在这个栏目的内容之后写 {{endsection}}")
	}
}

// maxRangeCount bounds a range over a number written in a template.
const maxRangeCount = 10000

// rangeCount returns the number a range counts to when the template writes
// it as a number ({{range 12}}).
func rangeCount(p *parse.PipeNode) (int64, bool) {
	if p == nil || len(p.Cmds) != 1 || len(p.Cmds[0].Args) != 1 {
		return 0, false
	}
	n, ok := p.Cmds[0].Args[0].(*parse.NumberNode)
	if !ok || !n.IsInt {
		return 0, false
	}
	return n.Int64, true
}

func (in *instrumenter) branch(b *parse.BranchNode) {
	in.pipe(b.Pipe)
	in.list(b.List)
	in.list(b.ElseList)
}

// pipe rewrites the commands of p and returns the structure function it
// calls when it is a lone call of one ("section", "endsection",
// "toplevel"), else "".
func (in *instrumenter) pipe(p *parse.PipeNode) string {
	if p == nil {
		return ""
	}
	called := ""
	for _, cmd := range p.Cmds {
		for _, arg := range cmd.Args {
			switch a := arg.(type) {
			case *parse.StringNode:
				a.Text = dropControls(a.Text)
				a.Quoted = strconv.Quote(a.Text)
			case *parse.PipeNode:
				in.pipe(a)
			}
		}
		id, ok := cmd.Args[0].(*parse.IdentifierNode)
		if !ok {
			continue
		}
		at, ok := structureFuncs[id.Ident]
		if !ok {
			continue
		}
		pos := parse.NewIdentifier(at).SetTree(in.tmpl.Tree).SetPos(id.Pos)
		place := in.position(id)
		where := &parse.StringNode{NodeType: parse.NodeString, Pos: id.Pos, Quoted: strconv.Quote(place), Text: place}
		cmd.Args = append([]parse.Node{pos, where}, cmd.Args[1:]...)
		if len(p.Cmds) == 1 {
			called = id.Ident
		}
	}
	return called
}

// dropControls removes the control characters other than tab and line
// feed, which the composer reserves for its marks.
func dropControls(s string) string {
	if !strings.ContainsFunc(s, isReserved) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if isReserved(r) {
			return -1
		}
		return r
	}, s)
}

func isReserved(r rune) bool { return r < 0x20 && r != '\n' && r != '\t' && r != '\r' }

// Known says which ids exist, for CheckIDs: Figure for figures (the
// catalogue's and a rule file's indicators), Ranking for rankings.
type Known struct {
	Figure  func(id string) bool
	Ranking func(id string) bool
}

// figureArgs are the functions whose first argument is a figure id
// (seriesTable: every argument); rankingArgs those whose first argument is
// a ranking id; sectionArgs those whose first argument is a section the
// clerk can write for.
var (
	figureArgs  = map[string]bool{"v": true, "vfor": true, "change": true, "compared": true, "firstV": true, "total": true, "growth": true, "seriesTable": true}
	rankingArgs = map[string]bool{"hasRanking": true, "ranking": true, "rankingTop": true, "rankingTied": true, "rankingAll": true, "groupBest": true}
	sectionArgs = map[string]bool{"clerk": true, "work": true, "activitiesOf": true}
	chartArgs   = map[string]bool{"chart": true}
)

// CheckIDs checks every id a template writes literally — {{v "id"}},
// {{ranking "id"}}, {{clerk "id"}} … — against k and the report sections,
// and reports the first unknown one with its file, line and column. Ids a
// template computes are checked when the report is composed.
func (t *Templates) CheckIDs(k Known) error {
	for _, tmpl := range t.set.Templates() {
		if tmpl.Tree == nil || tmpl.Tree.Root == nil {
			continue
		}
		var err error
		walkCommands(tmpl.Tree.Root, func(cmd *parse.CommandNode) {
			id, ok := cmd.Args[0].(*parse.IdentifierNode)
			if !ok || err != nil {
				return
			}
			for i, arg := range cmd.Args[1:] {
				s, ok := arg.(*parse.StringNode)
				if !ok || (i > 0 && id.Ident != "seriesTable") {
					continue
				}
				var what string
				switch {
				case figureArgs[id.Ident] && !k.Figure(s.Text):
					what = "没有这个指标"
				case rankingArgs[id.Ident] && !k.Ranking(s.Text):
					what = "没有这个排名"
				case sectionArgs[id.Ident] && !knownSection(s.Text):
					what = "没有这个栏目"
				case chartArgs[id.Ident] && !catalog.Known(s.Text):
					what = "没有这个图表"
				default:
					continue
				}
				e := t.errorAt(tmpl, s)
				e.Field = s.Text
				e.Msg = fmt.Sprintf("%s“%s”(%s);可用的见 zongjie help templates", what, s.Text, id.Ident)
				err = e
				return
			}
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// walkCommands calls fn for every command of every action under n.
func walkCommands(n parse.Node, fn func(*parse.CommandNode)) {
	var pipe func(p *parse.PipeNode)
	pipe = func(p *parse.PipeNode) {
		if p == nil {
			return
		}
		for _, cmd := range p.Cmds {
			fn(cmd)
			for _, a := range cmd.Args {
				if sub, ok := a.(*parse.PipeNode); ok {
					pipe(sub)
				}
			}
		}
	}
	switch n := n.(type) {
	case *parse.ListNode:
		if n == nil {
			return
		}
		for _, c := range n.Nodes {
			walkCommands(c, fn)
		}
	case *parse.ActionNode:
		pipe(n.Pipe)
	case *parse.IfNode:
		pipe(n.Pipe)
		walkCommands(n.List, fn)
		walkCommands(n.ElseList, fn)
	case *parse.RangeNode:
		pipe(n.Pipe)
		walkCommands(n.List, fn)
		walkCommands(n.ElseList, fn)
	case *parse.WithNode:
		pipe(n.Pipe)
		walkCommands(n.List, fn)
		walkCommands(n.ElseList, fn)
	case *parse.TemplateNode:
		pipe(n.Pipe)
	}
}
