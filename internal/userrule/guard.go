package userrule

import (
	"math"
	"reflect"

	"github.com/expr-lang/expr"
	"github.com/expr-lang/expr/ast"
)

// expr's own arithmetic wraps integers around (9223372036854775807 + 1 is
// a large negative number), joins text without bound and has no way to stop
// a loop. The program a rule runs is therefore compiled a second time with
// the tree rewritten by guard, once the first compilation has checked the
// types: every + - * / %, unary minus and abs() calls one of the functions
// below, which compute integers exactly or fail, refuse text and name a
// division by zero; sum() becomes a reduce() over the checked addition;
// and the body of every loop (all, filter, map, count, reduce …) passes
// through the environment's evaluation guard, which enforces the time
// limit.

// calcError is a computation that has no result (a division by zero, an
// integer beyond int64, text in arithmetic): its message is the reason the
// value could not be computed.
type calcError struct{ msg string }

// Error returns the Chinese message.
func (e *calcError) Error() string { return e.msg }

var (
	errOverflow  = &calcError{"整数运算的结果超出了可以处理的范围"}
	errNil       = &calcError{"缺少数据(空值),无法计算"}
	errText      = &calcError{"文字不能参与加减乘除"}
	errNotNumber = &calcError{"只能对数做加减乘除"}
	errModFloat  = &calcError{"求余数(%)只能用于整数"}
)

// guardFunctions are the checked operations, registered with expr.
var guardFunctions = []expr.Option{
	expr.Function("_add", binary(addInt, func(a, b float64) float64 { return a + b })),
	expr.Function("_sub", binary(subInt, func(a, b float64) float64 { return a - b })),
	expr.Function("_mul", binary(mulInt, func(a, b float64) float64 { return a * b })),
	expr.Function("_div", divide),
	expr.Function("_mod", modulo),
	expr.Function("_neg", negate),
	expr.Function("_abs", absolute),
}

// arithmetic maps expr's operators to the checked functions.
var arithmetic = map[string]string{"+": "_add", "-": "_sub", "*": "_mul", "/": "_div", "%": "_mod"}

// guard rewrites a checked expression tree (see the comment above).
type guard struct{}

// Visit rewrites one node; ast.Walk visits children first, so a node's
// operands are already rewritten.
func (guard) Visit(node *ast.Node) {
	switch n := (*node).(type) {
	case *ast.BinaryNode:
		if fn, ok := arithmetic[n.Operator]; ok {
			ast.Patch(node, call(fn, n.Left, n.Right))
		}
	case *ast.UnaryNode:
		if n.Operator == "-" {
			ast.Patch(node, call("_neg", n.Node))
		}
	case *ast.PredicateNode:
		c := call(stepName, n.Node)
		c.SetLocation(n.Node.Location())
		n.Node = c
	case *ast.BuiltinNode:
		if n.Name == "abs" && len(n.Arguments) == 1 {
			ast.Patch(node, call("_abs", n.Arguments[0]))
			return
		}
		if n.Name != "sum" || len(n.Arguments) == 0 {
			return
		}
		var pred *ast.PredicateNode
		if len(n.Arguments) == 2 {
			pred, _ = n.Arguments[1].(*ast.PredicateNode)
		}
		if pred == nil {
			pred = &ast.PredicateNode{Node: call(stepName, &ast.PointerNode{})}
		}
		pred.Node = call("_add", &ast.PointerNode{Name: "acc"}, pred.Node)
		ast.Patch(node, &ast.BuiltinNode{Name: "reduce", Arguments: []ast.Node{n.Arguments[0], pred, &ast.IntegerNode{Value: 0}}})
	}
}

// call makes a call of the function or environment field fn.
func call(fn string, args ...ast.Node) *ast.CallNode {
	return &ast.CallNode{Callee: &ast.IdentifierNode{Value: fn}, Arguments: args}
}

// number is an operand: an integer (isInt) or a float.
type number struct {
	i     int64
	f     float64
	isInt bool
}

// toNumber reads an operand as expr passes it (a pointer for a recorded
// figure, which is nil when not recorded).
func toNumber(x any) (number, error) {
	switch v := x.(type) {
	case int:
		return number{i: int64(v), isInt: true}, nil
	case int64:
		return number{i: v, isInt: true}, nil
	case float64:
		return number{f: v}, nil
	case *int64:
		if v == nil {
			return number{}, errNil
		}
		return number{i: *v, isInt: true}, nil
	case *float64:
		if v == nil {
			return number{}, errNil
		}
		return number{f: *v}, nil
	case nil:
		return number{}, errNil
	case string, *string:
		return number{}, errText
	}
	rv := reflect.ValueOf(x)
	for rv.Kind() == reflect.Pointer {
		if rv.IsNil() {
			return number{}, errNil
		}
		rv = rv.Elem()
	}
	switch rv.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return number{i: rv.Int(), isInt: true}, nil
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		if u := rv.Uint(); u <= math.MaxInt64 {
			return number{i: int64(u), isInt: true}, nil
		}
		return number{}, errOverflow
	case reflect.Float32, reflect.Float64:
		return number{f: rv.Float()}, nil
	case reflect.String:
		return number{}, errText
	}
	return number{}, errNotNumber
}

// float returns n as a float64.
func (n number) float() float64 {
	if n.isInt {
		return float64(n.i)
	}
	return n.f
}

// operands reads the two operands of a binary operation.
func operands(args []any) (number, number, error) {
	if len(args) != 2 {
		return number{}, number{}, errNotNumber
	}
	a, err := toNumber(args[0])
	if err != nil {
		return a, a, err
	}
	b, err := toNumber(args[1])
	return a, b, err
}

// binary makes a checked operation from its integer and float forms; mixed
// operands are computed as floats, as expr does.
func binary(ints func(a, b int64) (int64, bool), floats func(a, b float64) float64) func(args ...any) (any, error) {
	return func(args ...any) (any, error) {
		a, b, err := operands(args)
		if err != nil {
			return nil, err
		}
		if a.isInt && b.isInt {
			r, ok := ints(a.i, b.i)
			if !ok {
				return nil, errOverflow
			}
			return int(r), nil
		}
		return floats(a.float(), b.float()), nil
	}
}

func addInt(a, b int64) (int64, bool) {
	s := a + b
	return s, (a^s)&(b^s) >= 0
}

func subInt(a, b int64) (int64, bool) {
	s := a - b
	return s, (a^b)&(a^s) >= 0
}

func mulInt(a, b int64) (int64, bool) {
	if a == 0 || b == 0 {
		return 0, true
	}
	p := a * b
	if p/b != a || (a == -1 && b == math.MinInt64) || (b == -1 && a == math.MinInt64) {
		return 0, false
	}
	return p, true
}

// divide is expr's /, always a float, with a zero divisor named.
func divide(args ...any) (any, error) {
	a, b, err := operands(args)
	if err != nil {
		return nil, err
	}
	if b.float() == 0 {
		if a.float() == 0 {
			return nil, &calcError{"0除以0,无法计算"}
		}
		return nil, &calcError{"除数为0"}
	}
	return a.float() / b.float(), nil
}

// modulo is expr's %, for integers.
func modulo(args ...any) (any, error) {
	a, b, err := operands(args)
	if err != nil {
		return nil, err
	}
	if !a.isInt || !b.isInt {
		return nil, errModFloat
	}
	if b.i == 0 {
		return nil, &calcError{"除数为0"}
	}
	if b.i == -1 {
		return 0, nil // MinInt64 % -1 would trap
	}
	return int(a.i % b.i), nil
}

// negate is expr's unary minus.
func negate(args ...any) (any, error) {
	if len(args) != 1 {
		return nil, errNotNumber
	}
	a, err := toNumber(args[0])
	if err != nil {
		return nil, err
	}
	if !a.isInt {
		return -a.f, nil
	}
	if a.i == math.MinInt64 {
		return nil, errOverflow
	}
	return int(-a.i), nil
}

// absolute is abs(), which expr's builtin wraps for the smallest integer.
func absolute(args ...any) (any, error) {
	if len(args) != 1 {
		return nil, errNotNumber
	}
	a, err := toNumber(args[0])
	if err != nil {
		return nil, err
	}
	if !a.isInt {
		return math.Abs(a.f), nil
	}
	if a.i == math.MinInt64 {
		return nil, errOverflow
	}
	if a.i < 0 {
		return int(-a.i), nil
	}
	return int(a.i), nil
}
