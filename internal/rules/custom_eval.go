package rules

import (
	"errors"
	"fmt"
	"math"
	"math/big"
	"reflect"
	"strconv"
	"strings"

	"github.com/expr-lang/expr"
	"github.com/expr-lang/expr/file"
)

// Exactness of user rules: expr computes in int and float64. An integer
// result is taken exactly; a float64 result is rounded to 15 significant
// digits (float64 carries 15–17) and then taken as an exact decimal, which
// removes binary noise such as 0.30000000000000004 before the value is
// rounded half away from zero to its precision. Amounts reach expressions as
// float64 元; any amount num.Money can hold (up to 一万亿元) comes back from
// the 15-digit rounding exact to the 分.
const floatDigits = 15

// subjectCtx is what a per-group or per-unit rule is evaluated for: indices
// into groups and units, -1 when none.
type subjectCtx struct {
	group, unit int
}

var wholeCtx = subjectCtx{-1, -1}

// evalState collects what value() reads during one evaluation.
type evalState struct {
	inputs  []Input
	missing []string
	absent  int // value() ids with no value at all (not applicable)
}

// evaluation is the outcome of running one compiled expression.
type evaluation struct {
	out        any
	err        error
	inputs     []Input
	missing    []string // inputs not recorded, worded
	applicable bool     // false when nothing it reads is recorded
}

// run evaluates code in e for subject x.
func (c *calc) run(code compiled, e env, x subjectCtx) evaluation {
	st := &evalState{}
	e.Value = c.valueFunc(x, st)
	if x.group >= 0 {
		e.Group = e.Groups[x.group]
	}
	if x.unit >= 0 {
		e.Unit = e.Units[x.unit]
	}
	out, err := expr.Run(code.prog, e)
	ev := evaluation{out: out, err: err}
	root := reflect.ValueOf(e)
	present := 0
	for _, chain := range code.refs {
		path := c.refPath(chain, x)
		fv, ok := envField(root, chain)
		if !ok {
			ev.missing = append(ev.missing, "缺少"+path)
			continue
		}
		present++
		ev.inputs = append(ev.inputs, Input{Path: path, Pos: c.p.Pos(path), Value: shownField(fv)})
	}
	ev.inputs = append(ev.inputs, st.inputs...)
	ev.missing = append(ev.missing, st.missing...)
	reads := len(code.refs) + len(code.values)
	ev.applicable = reads == 0 || present > 0 || len(code.values) > st.absent
	var me *missingError
	if err != nil && errors.As(err, &me) && !contains(ev.missing, me.msg) {
		ev.missing = append(ev.missing, me.msg)
	}
	return ev
}

// valueFunc returns the value() function for subject x.
func (c *calc) valueFunc(x subjectCtx, st *evalState) func(string) (float64, error) {
	return func(id string) (float64, error) {
		d, ok := c.defOf(id)
		if !ok {
			return 0, fmt.Errorf("不认识的指标 %s", id)
		}
		subject := ""
		switch {
		case d.Per == PerUnit && x.unit >= 0:
			subject = c.p.Units[x.unit].Name
		case d.Per == PerGroup && x.group >= 0:
			subject = c.p.Groups[x.group].Name
		}
		v, found := c.find(id, subject)
		if !found {
			st.absent++
			msg := "缺少" + d.Label + "(" + id + ")"
			st.missing = append(st.missing, msg)
			return 0, &missingError{msg}
		}
		if !v.OK() {
			msg := d.Label + "无法计算:" + v.Err
			st.missing = append(st.missing, msg)
			return 0, &missingError{msg}
		}
		st.inputs = append(st.inputs, v.Inputs...)
		f, _ := v.Num.Float64()
		return f, nil
	}
}

// defOf finds an indicator definition: built-in or from the rule set.
func (c *calc) defOf(id string) (Def, bool) {
	if d, ok := Lookup(id); ok {
		return d, true
	}
	d, ok := c.custom[id]
	return d, ok
}

// refPath maps a member chain read by a rule to the data path of the
// record it comes from.
func (c *calc) refPath(chain []string, x subjectCtx) string {
	rest := strings.Join(chain[1:], ".")
	join := func(base string) string {
		if rest == "" {
			return base
		}
		return base + "." + rest
	}
	switch chain[0] {
	case "unit":
		if len(chain) > 1 && chain[1] == "figure" {
			return fmt.Sprintf("units[%d].figures", x.unit)
		}
		return join(fmt.Sprintf("units[%d]", x.unit))
	case "group":
		if len(chain) > 1 && chain[1] == "units" {
			return "units"
		}
		return join(fmt.Sprintf("groups[%d]", x.group))
	case "year":
		return "period.year"
	case "charity":
		return "charity" // its figures are sums over the drives
	case "relief":
		if len(chain) > 1 && strings.HasPrefix(chain[1], "stated_") {
			return "relief." + chain[1]
		}
		return "relief.batches"
	}
	return strings.Join(chain, ".")
}

// envField follows a member chain through the environment by expr names;
// ok is false when it meets a nil pointer (a figure not recorded).
func envField(v reflect.Value, chain []string) (reflect.Value, bool) {
	for _, name := range chain {
		for v.Kind() == reflect.Pointer {
			if v.IsNil() {
				return v, false
			}
			v = v.Elem()
		}
		if v.Kind() != reflect.Struct {
			return v, true // a list or function: present
		}
		found := false
		for i := 0; i < v.NumField(); i++ {
			if v.Type().Field(i).Tag.Get("expr") == name {
				v = v.Field(i)
				found = true
				break
			}
		}
		if !found {
			return v, true
		}
	}
	if v.Kind() == reflect.Pointer && v.IsNil() {
		return v, false
	}
	return v, true
}

// shownField renders a figure read from the environment as recorded.
func shownField(v reflect.Value) string {
	if v.Kind() == reflect.Pointer {
		v = v.Elem()
	}
	switch v.Kind() {
	case reflect.Int64, reflect.Int:
		return strconv.FormatInt(v.Int(), 10)
	case reflect.Float64:
		return strconv.FormatFloat(v.Float(), 'f', -1, 64)
	case reflect.Bool:
		return strconv.FormatBool(v.Bool())
	case reflect.String:
		return v.String()
	case reflect.Slice:
		return strconv.Itoa(v.Len()) + "项"
	}
	return ""
}

// toRat converts an expression's result to an exact number.
func toRat(out any) (*big.Rat, string) {
	rv := reflect.ValueOf(out)
	if !rv.IsValid() {
		return nil, "公式的结果为空(缺少数据)"
	}
	if rv.Kind() == reflect.Pointer {
		if rv.IsNil() {
			return nil, "公式的结果为空(缺少数据)"
		}
		rv = rv.Elem()
	}
	switch rv.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return new(big.Rat).SetInt64(rv.Int()), ""
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return new(big.Rat).SetFrac(new(big.Int).SetUint64(rv.Uint()), big.NewInt(1)), ""
	case reflect.Float32, reflect.Float64:
		f := rv.Float()
		switch {
		case math.IsNaN(f):
			return nil, "0除以0,无法计算"
		case math.IsInf(f, 0):
			return nil, "除数为0"
		}
		r, _ := new(big.Rat).SetString(strconv.FormatFloat(f, 'g', floatDigits, 64))
		return r, ""
	}
	return nil, "公式没有得出一个数"
}

// toBool converts a condition's result; ok is false when it has none (nil).
func toBool(out any) (bool, bool) {
	switch b := out.(type) {
	case bool:
		return b, true
	case *bool:
		if b == nil {
			return false, false
		}
		return *b, true
	}
	return false, false
}

// runtimeMessage returns the first line of an expression's runtime error.
func runtimeMessage(err error) string {
	var fe *file.Error
	if errors.As(err, &fe) {
		return fe.Message
	}
	msg := err.Error()
	if i := strings.IndexByte(msg, '\n'); i >= 0 {
		msg = msg[:i]
	}
	return msg
}
