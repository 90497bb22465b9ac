package userrule

import (
	"errors"
	"reflect"
	"sort"
	"strconv"
	"strings"

	"github.com/expr-lang/expr"
	"github.com/expr-lang/expr/ast"
	"github.com/expr-lang/expr/conf"
	"github.com/expr-lang/expr/file"
	"github.com/expr-lang/expr/parser"
	"github.com/expr-lang/expr/vm"
	"gopkg.in/yaml.v3"

	"zongjie/internal/rules"
)

// Limits of one expression, checked before expr sees it.
const (
	maxExprNodes = 2000  // parts (names, numbers, operators), as expr counts them
	maxExprRunes = 10000 // characters: bounds the parser's recursion too
	maxNesting   = 100   // brackets inside brackets
)

// compiled is a compiled expression and what it reads.
type compiled struct {
	prog   *vm.Program // the guarded program (see guard)
	refs   [][]string  // member chains it reads, e.g. {"membership", "staff"}
	paths  [][]int     // the field indices of each chain (see schema.fieldPath)
	values []string    // value ids it reads through value()
}

// allowedBuiltins are expr's builtins a rule may use: those that compute
// numbers, truth and lists from the data. The others either make the output
// depend on the clock or time zone (now, date, duration, timezone), build
// text, lists or maps outside expr's memory budget (repeat, replace, join,
// split, concat, flatten, sort, uniq, toJSON …), iterate a map in random
// order (keys, values, toPairs, groupBy) or convert numbers with wrapping
// (int, bit operations); a report's figures need none of them.
var allowedBuiltins = map[string]bool{
	"all": true, "none": true, "any": true, "one": true, "filter": true, "map": true,
	"find": true, "findIndex": true, "findLast": true, "findLastIndex": true,
	"count": true, "sum": true, "reduce": true, "len": true,
	"abs": true, "ceil": true, "floor": true, "round": true, "float": true,
	"max": true, "min": true, "mean": true, "median": true,
	"first": true, "last": true, "get": true,
	"hasPrefix": true, "hasSuffix": true, "indexOf": true, "lastIndexOf": true,
}

// clockBuiltins make the output depend on when or where zongjie runs.
var clockBuiltins = map[string]bool{"now": true, "date": true, "duration": true, "timezone": true}

// allowedList names the allowed builtins for messages, sorted.
var allowedList = func() string {
	names := make([]string, 0, len(allowedBuiltins))
	for n := range allowedBuiltins {
		names = append(names, n)
	}
	sort.Strings(names)
	return strings.Join(names, "、")
}()

// compile compiles the expression in n: per says whether unit and group may
// be used; a finding's condition must give a boolean, an indicator's a
// number. Each problem is reported at its place in the rule file.
func (p *ruleParser) compile(n *yaml.Node, per rules.Per, wantBool bool, what string) (compiled, bool) {
	src := n.Value
	formula := what + "的公式"
	if strings.TrimSpace(src) == "" {
		p.errorf(n, "%s是空的", formula)
		return compiled{}, false
	}
	if at, msg := shapeProblem(src); msg != "" {
		line, col := lineCol(src, at)
		p.exprError(n, line, col, formula+msg)
		return compiled{}, false
	}
	cfg := conf.New(env().zero())
	cfg.MaxNodes = maxExprNodes
	tree, err := parser.ParseWithConfig(src, cfg)
	if err != nil {
		p.compileError(n, formula, err)
		return compiled{}, false
	}
	var c compiled
	if !p.checkNames(n, src, tree.Node, per, what, &c) {
		return c, false
	}
	checked, err := expr.Compile(src, expr.Env(env().zero()), expr.MaxNodes(maxExprNodes), expr.Optimize(false))
	if err != nil {
		p.compileError(n, formula, err)
		return c, false
	}
	root := checked.Node()
	if !p.checkTypes(n, src, root, formula) {
		return c, false
	}
	if t := root.Type(); !resultFits(t, wantBool) {
		want := "一个数"
		if wantBool {
			want = "真或假(例如 a > b)"
		}
		p.errorf(n, "%s应当得出%s,这里得出的是%s", formula, want, kindWord(t))
		return c, false
	}
	opts := append([]expr.Option{expr.Env(env().zero()), expr.MaxNodes(maxExprNodes), expr.Patch(guard{})}, guardFunctions...)
	if c.prog, err = expr.Compile(src, opts...); err != nil {
		// The rewritten tree of a checked expression always compiles; if
		// it does not, refuse the rule rather than run it unguarded.
		p.compileError(n, formula, err)
		return c, false
	}
	return c, true
}

// compileError reports an error of expr's parser or checker in Chinese at
// its place in the expression.
func (p *ruleParser) compileError(n *yaml.Node, what string, err error) {
	var fe *file.Error
	if errors.As(err, &fe) {
		p.exprError(n, fe.Line, fe.Column, what+"有误:"+translateCompile(fe.Message))
		return
	}
	p.errorf(n, "%s有误:%s", what, translateCompile(err.Error()))
}

// shapeProblem checks what expr's parser cannot bear before it sees the
// text: the length, and how deep brackets nest (the parser recurses for
// every level, and half a million levels overflow the stack, a crash no
// recover() can catch). It returns the rune offset of the problem and what
// it is, or "" when there is none. Brackets in strings and comments do not
// count.
func shapeProblem(src string) (int, string) {
	rs := []rune(src)
	depth := 0
	for i := 0; i < len(rs); i++ {
		switch r := rs[i]; {
		case r == '"' || r == '\'' || r == '`':
			for i++; i < len(rs) && rs[i] != r; i++ {
				if rs[i] == '\\' && r != '`' {
					i++
				}
			}
		case r == '/' && i+1 < len(rs) && rs[i+1] == '/':
			for i < len(rs) && rs[i] != '\n' {
				i++
			}
		case r == '/' && i+1 < len(rs) && rs[i+1] == '*':
			for i += 2; i+1 < len(rs) && !(rs[i] == '*' && rs[i+1] == '/'); i++ {
			}
			i++
		case r == '(' || r == '[' || r == '{':
			depth++
			if depth > maxNesting {
				return i, "括号嵌套超过 " + strconv.Itoa(maxNesting) + " 层;请检查括号是否配对,或把公式拆成几个指标"
			}
		case r == ')' || r == ']' || r == '}':
			depth = max(depth-1, 0)
		}
	}
	if len(rs) > maxExprRunes {
		return 0, "太长(" + strconv.Itoa(len(rs)) + " 个字符,上限 " + strconv.Itoa(maxExprRunes) + ");请拆成几个指标,用 value() 引用"
	}
	return 0, ""
}

// checkNames walks the parsed (not yet type-checked) expression: it refuses
// builtins a rule may not use and names a rule cannot see, checks the
// value() calls and the use of unit and group against per, and collects
// what the expression reads into c.
func (p *ruleParser) checkNames(n *yaml.Node, src string, root ast.Node, per rules.Per, what string, c *compiled) bool {
	ok := true
	var chains [][]string
	ast.Walk(&root, visitFunc(func(node ast.Node) {
		switch x := node.(type) {
		case *ast.BuiltinNode:
			switch {
			case clockBuiltins[x.Name]:
				p.nodeError(n, src, node, what+"的公式用到了 "+x.Name+"();规则不能使用日期和时间函数(now、date、duration、timezone):报告中的数字只能由数据算出,不能随生成报告的时间或机器的时区而变")
				ok = false
			case !allowedBuiltins[x.Name]:
				p.nodeError(n, src, node, what+"的公式用到了 "+x.Name+"(),规则中不能使用它;可用的函数有:"+allowedList)
				ok = false
			}
		case *ast.CallNode:
			if id, isIdent := x.Callee.(*ast.IdentifierNode); isIdent && id.Value == "value" {
				if !p.checkValueCall(n, src, x, per, what, c) {
					ok = false
				}
			}
		case *ast.IdentifierNode:
			if strings.HasPrefix(x.Value, "_") || strings.HasPrefix(x.Value, "$") {
				p.nodeError(n, src, node, what+"的公式有误:不认识的名称“"+x.Value+"”")
				ok = false
				return
			}
		}
		if chain := memberChain(node); chain != nil {
			chains = append(chains, chain)
			// The root name is checked once, where it is written.
			if _, root := node.(*ast.IdentifierNode); root && !p.checkScope(n, src, node, chain[0], per, what) {
				ok = false
			}
		}
	}))
	c.refs = maximalChains(chains)
	for _, chain := range c.refs {
		c.paths = append(c.paths, env().fieldPath(chain))
	}
	return ok
}

// checkTypes walks the type-checked expression: text cannot be added (expr
// would join it without bound; a rule's figures never need it).
func (p *ruleParser) checkTypes(n *yaml.Node, src string, root ast.Node, what string) bool {
	ok := true
	ast.Walk(&root, visitFunc(func(node ast.Node) {
		if b, isBin := node.(*ast.BinaryNode); isBin && b.Operator == "+" && (isText(b.Left.Type()) || isText(b.Right.Type())) {
			p.nodeError(n, src, node, what+"把文字相加;公式只能对数计算,文字只能比较(==、in、hasPrefix() 等)")
			ok = false
		}
	}))
	return ok
}

// isText reports whether t is a string (or a pointer to one).
func isText(t reflect.Type) bool {
	for t != nil && t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	return t != nil && t.Kind() == reflect.String
}

// visitFunc adapts a function to ast.Visitor.
type visitFunc func(ast.Node)

// Visit calls f on the node.
func (f visitFunc) Visit(n *ast.Node) { f(*n) }

// memberChain returns the names of a member access rooted at an
// environment name ("membership", "staff"), or nil.
func memberChain(n ast.Node) []string {
	switch x := n.(type) {
	case *ast.IdentifierNode:
		if contains(env().roots, x.Value) && x.Value != "value" {
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
func (p *ruleParser) checkScope(n *yaml.Node, src string, node ast.Node, root string, per rules.Per, what string) bool {
	switch {
	case root == "unit" && per != rules.PerUnit:
		p.nodeError(n, src, node, what+"用到了 unit(当前单位),请加上 per: unit")
		return false
	case root == "group" && per == rules.PerWhole:
		p.nodeError(n, src, node, what+"用到了 group(当前分组),请加上 per: group 或 per: unit")
		return false
	}
	return true
}

// checkValueCall checks value("id"): a constant, known id usable at per.
func (p *ruleParser) checkValueCall(n *yaml.Node, src string, call *ast.CallNode, per rules.Per, what string, c *compiled) bool {
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
		p.nodeError(n, src, arg, what+"用到的指标“"+shown(arg.Value)+"”不认识(只能用内置指标和本文件中写在前面的指标)"+suggestIn(arg.Value, p.knownIDs()))
		return false
	case d.Per == rules.PerUnit && per != rules.PerUnit:
		p.nodeError(n, src, arg, what+"用到的“"+arg.Value+"”是每个单位的指标,只能用在 per: unit 的规则里")
		return false
	case d.Per == rules.PerGroup && per == rules.PerWhole:
		p.nodeError(n, src, arg, what+"用到的“"+arg.Value+"”是每个分组的指标,只能用在 per: group 或 per: unit 的规则里")
		return false
	case d.Per != rules.PerWhole && d.Per != rules.PerGroup && d.Per != rules.PerUnit:
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

// kindWord names the kind of an expression's result for a clerk.
func kindWord(t reflect.Type) string {
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

// FunctionNames lists every function name the rule language knows: the
// builtins a rule may use and those it refuses by name (the clock's).
// Messages name them as identifiers.
func FunctionNames() []string {
	names := make([]string, 0, len(allowedBuiltins)+len(clockBuiltins))
	for n := range allowedBuiltins {
		names = append(names, n)
	}
	for n := range clockBuiltins {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}
