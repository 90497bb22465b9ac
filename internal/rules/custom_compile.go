package rules

import (
	"errors"
	"reflect"
	"sort"
	"strings"

	"github.com/expr-lang/expr"
	"github.com/expr-lang/expr/ast"
	"github.com/expr-lang/expr/file"
	"golang.org/x/text/width"
	"gopkg.in/yaml.v3"

	"zongjie/internal/record"
)

// maxExprNodes bounds the size of one expression.
const maxExprNodes = 2000

// compile compiles the expression in n against the record environment and
// checks what it reads: per says whether unit and group may be used; a
// finding's condition must give a boolean, an indicator's a number.
func (p *ruleParser) compile(n *yaml.Node, per Per, wantBool bool, what string) (compiled, bool) {
	src := n.Value
	if strings.TrimSpace(src) == "" {
		p.errorf(n, "%s的公式是空的", what)
		return compiled{}, false
	}
	prog, err := expr.Compile(src, expr.Env(env{}), expr.MaxNodes(maxExprNodes))
	if err != nil {
		var fe *file.Error
		if errors.As(err, &fe) {
			p.exprError(n, fe.Line, fe.Column, what+"的公式有误:"+translateExprError(fe.Message))
		} else {
			p.errorf(n, "%s的公式有误:%v", what, err)
		}
		return compiled{}, false
	}
	if t := prog.Node().Type(); !resultFits(t, wantBool) {
		want := "一个数"
		if wantBool {
			want = "真或假(例如 a > b)"
		}
		p.errorf(n, "%s的公式应当得出%s,这里得出的是%s", what, want, typeWord(t))
		return compiled{}, false
	}
	c := compiled{prog: prog}
	ok := true
	var chains [][]string
	root := prog.Node()
	ast.Walk(&root, visitFunc(func(node ast.Node) {
		switch x := node.(type) {
		case *ast.CallNode:
			if id, isIdent := x.Callee.(*ast.IdentifierNode); isIdent && id.Value == "value" {
				if !p.checkValueCall(n, src, x, per, what, &c) {
					ok = false
				}
			}
		case *ast.MemberNode, *ast.IdentifierNode:
			if chain := memberChain(node); chain != nil {
				chains = append(chains, chain)
				if !p.checkScope(n, src, node, chain[0], per, what) {
					ok = false
				}
			}
		}
	}))
	c.refs = maximalChains(chains)
	return c, ok
}

// visitFunc adapts a function to ast.Visitor.
type visitFunc func(ast.Node)

// Visit calls f on the node.
func (f visitFunc) Visit(n *ast.Node) { f(*n) }

// envRoots are the top-level names of the environment.
var envRoots = exprNames(reflect.TypeOf(env{}))

// memberChain returns the names of a member access rooted at an
// environment name ("membership", "staff"), or nil.
func memberChain(n ast.Node) []string {
	switch x := n.(type) {
	case *ast.IdentifierNode:
		if contains(envRoots, x.Value) && x.Value != "value" {
			return []string{x.Value}
		}
	case *ast.MemberNode:
		prop, ok := x.Property.(*ast.StringNode)
		if !ok {
			return nil
		}
		if base := memberChain(x.Node); base != nil {
			return append(append([]string(nil), base...), prop.Value)
		}
	}
	return nil
}

// maximalChains drops chains that are a prefix of another and duplicates,
// and sorts the rest.
func maximalChains(chains [][]string) [][]string {
	keys := map[string][]string{}
	for _, c := range chains {
		keys[strings.Join(c, ".")] = c
	}
	var out [][]string
	for k, c := range keys {
		prefix := false
		for other := range keys {
			if other != k && strings.HasPrefix(other, k+".") {
				prefix = true
				break
			}
		}
		if !prefix {
			out = append(out, c)
		}
	}
	sort.Slice(out, func(i, j int) bool { return strings.Join(out[i], ".") < strings.Join(out[j], ".") })
	return out
}

// checkScope refuses unit in rules not per unit, and group in whole rules.
func (p *ruleParser) checkScope(n *yaml.Node, src string, node ast.Node, root string, per Per, what string) bool {
	switch {
	case root == "unit" && per != PerUnit:
		p.nodeError(n, src, node, what+"用到了 unit(当前单位),请加上 per: unit")
		return false
	case root == "group" && per == PerWhole:
		p.nodeError(n, src, node, what+"用到了 group(当前分组),请加上 per: group 或 per: unit")
		return false
	}
	return true
}

// checkValueCall checks value("id"): a constant, known id usable at per.
func (p *ruleParser) checkValueCall(n *yaml.Node, src string, call *ast.CallNode, per Per, what string, c *compiled) bool {
	if len(call.Arguments) != 1 {
		p.nodeError(n, src, call, what+"的 value() 只能有一个参数:指标 id")
		return false
	}
	arg, ok := call.Arguments[0].(*ast.StringNode)
	if !ok {
		p.nodeError(n, src, call, what+"的 value() 的参数要直接写出指标 id,加引号,例如 value(\"membership.rate\")")
		return false
	}
	d, known := p.known[arg.Value]
	switch {
	case !known:
		p.nodeError(n, src, arg, what+"用到的指标“"+arg.Value+"”不认识(只能用内置指标和本文件中写在前面的指标)"+suggestIn(arg.Value, p.knownIDs()))
		return false
	case d.Per == PerUnit && per != PerUnit:
		p.nodeError(n, src, arg, what+"用到的“"+arg.Value+"”是每个单位的指标,只能用在 per: unit 的规则里")
		return false
	case d.Per == PerGroup && per == PerWhole:
		p.nodeError(n, src, arg, what+"用到的“"+arg.Value+"”是每个分组的指标,只能用在 per: group 或 per: unit 的规则里")
		return false
	case d.Per != PerWhole && d.Per != PerGroup && d.Per != PerUnit:
		p.nodeError(n, src, arg, what+"用到的“"+arg.Value+"”不能按 id 取值(它分类别计算)")
		return false
	}
	if !contains(c.values, arg.Value) {
		c.values = append(c.values, arg.Value)
	}
	return true
}

// nodeError reports a problem at an AST node of the expression in n.
func (p *ruleParser) nodeError(n *yaml.Node, src string, node ast.Node, msg string) {
	line, col := lineCol(src, node.Location().From)
	p.exprError(n, line, col, msg)
}

// lineCol converts a rune offset in src to a 1-based line and 0-based column.
func lineCol(src string, offset int) (int, int) {
	line, col, i := 1, 0, 0
	for _, r := range src {
		if i == offset {
			break
		}
		if r == '\n' {
			line++
			col = 0
		} else {
			col++
		}
		i++
	}
	return line, col
}

// exprError reports a problem at line (1-based) and column (0-based, in
// runes) of the expression written in node n, with a caret snippet.
func (p *ruleParser) exprError(n *yaml.Node, line, col int, msg string) {
	pos := p.exprPos(n, line, col)
	if len(p.errs) < 100 {
		p.errs = append(p.errs, &RuleError{Pos: pos, Msg: msg, Snippet: p.snippet(pos)})
	}
}

// exprPos maps a position inside an expression to the rule file.
func (p *ruleParser) exprPos(n *yaml.Node, line, col int) record.Pos {
	if line < 1 {
		line = 1
	}
	pos := record.Pos{File: p.file}
	if n.Style&(yaml.LiteralStyle|yaml.FoldedStyle) != 0 {
		// block scalar: the text starts on the line after the indicator
		pos.Line = n.Line + line
		pos.Col = p.indent(n.Line+1) + col + 1 // the block's indentation
		if n.Style&yaml.FoldedStyle != 0 {
			pos.Line = n.Line + 1
		}
		return p.clamp(pos, n)
	}
	pos.Line = n.Line + line - 1
	if line == 1 {
		pos.Col = n.Column + quoteOffset(n) + col
	} else {
		pos.Col = p.indent(pos.Line) + col + 1
	}
	return p.clamp(pos, n)
}

// clamp falls back to the node's own position when a mapped position lies
// outside the file (a folded multi-line scalar).
func (p *ruleParser) clamp(pos record.Pos, n *yaml.Node) record.Pos {
	if pos.Line < 1 || pos.Line > len(p.lines) || pos.Col > len([]rune(p.lines[pos.Line-1]))+1 {
		return p.pos(n)
	}
	return pos
}

// indent returns the number of leading spaces of a 1-based file line.
func (p *ruleParser) indent(line int) int {
	if line < 1 || line > len(p.lines) {
		return 0
	}
	s := p.lines[line-1]
	return len(s) - len(strings.TrimLeft(s, " "))
}

// quoteOffset is 1 for a quoted scalar (its text starts after the quote).
func quoteOffset(n *yaml.Node) int {
	if n.Style&(yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle) != 0 {
		return 1
	}
	return 0
}

// snippet shows the file's line with a caret under the column, in expr's
// style; wide (CJK) characters take two columns.
func (p *ruleParser) snippet(pos record.Pos) string {
	if pos.Line < 1 || pos.Line > len(p.lines) {
		return ""
	}
	line := strings.ReplaceAll(strings.TrimRight(p.lines[pos.Line-1], "\r"), "\t", " ")
	var dots strings.Builder
	for i, r := range []rune(line) {
		if i >= pos.Col-1 {
			break
		}
		dots.WriteString(strings.Repeat(".", runeWidth(r)))
	}
	return " | " + line + "\n | " + dots.String() + "^"
}

// runeWidth is 2 for wide and full-width characters, 1 otherwise.
func runeWidth(r rune) int {
	switch width.LookupRune(r).Kind() {
	case width.EastAsianWide, width.EastAsianFullwidth:
		return 2
	}
	return 1
}

// resultFits reports whether an expression's static type suits its use.
// An unknown (interface) type is checked when evaluated.
func resultFits(t reflect.Type, wantBool bool) bool {
	if t == nil || t.Kind() == reflect.Interface {
		return true
	}
	if t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if wantBool {
		return t.Kind() == reflect.Bool
	}
	switch t.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64,
		reflect.Float32, reflect.Float64:
		return true
	}
	return false
}

// typeWord names a type for a clerk.
func typeWord(t reflect.Type) string {
	if t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch t.Kind() {
	case reflect.Bool:
		return "真或假"
	case reflect.String:
		return "文字"
	case reflect.Slice, reflect.Array:
		return "一个列表"
	case reflect.Struct, reflect.Map:
		return "一组数据"
	}
	return "数"
}
