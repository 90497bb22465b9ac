package userrule

import (
	"errors"
	"fmt"
	"math"
	"math/big"
	"reflect"
	"strconv"
	"strings"
	"time"

	"github.com/expr-lang/expr/file"
	"github.com/expr-lang/expr/vm"

	"zongjie/internal/record"
	"zongjie/internal/rules"
)

// Exactness of user rules: expr computes in int and float64. An integer
// result is taken exactly (the guarded arithmetic fails rather than wrap);
// a float64 result is rounded to 15 significant digits (float64 carries
// 15–17) and then taken as an exact decimal, which removes binary noise
// such as 0.30000000000000004 before the value is rounded half away from
// zero to its precision. Amounts reach expressions as float64 元; any amount
// num.Money can hold (up to 一万亿元) comes back from the 15-digit rounding
// exact to the 分. A result beyond 一万亿, like any figure zongjie reads,
// cannot be computed.
const floatDigits = 15

// maxResult bounds a rule's result, as num bounds the figures of a data
// file: 一万亿.
var maxResult = big.NewRat(1e12, 1)

// minMemoryBudget is the number of list items (and map entries) one
// evaluation may make, at least; see memoryBudget.
const minMemoryBudget = 2_000_000

// memoryBudget bounds the list items one evaluation may make: enough to go
// over the units a few times, never so many that a rule can exhaust memory.
func memoryBudget(p *record.Period) uint {
	return uint(max(minMemoryBudget, 4*(len(p.Units)+len(p.Groups))))
}

// stepsPerClockCheck is how many loop steps pass between two looks at the
// clock.
const stepsPerClockCheck = 1 << 10

// subjectCtx is what a per-group or per-unit rule is evaluated for: indices
// into groups and units, -1 when none.
type subjectCtx struct {
	group, unit int
}

var wholeCtx = subjectCtx{-1, -1}

// evalState collects what value() reads during one evaluation.
type evalState struct {
	inputs  []rules.Input
	missing []string
	absent  int // value() ids with no value at all (not applicable)
}

// evaluation is the outcome of running one compiled expression.
type evaluation struct {
	out        any
	err        error
	inputs     []rules.Input
	missing    []string // inputs not recorded, worded
	applicable bool     // false when nothing it reads is recorded
	// limit is set when the evaluation ran out of time or memory: the rule
	// file, not the data, must change, and the run stops.
	limit string
}

// evaluator evaluates a rule set over one period.
type evaluator struct {
	rs              *RuleSet
	x               *rules.Extending
	p               *record.Period
	env             reflect.Value // the period's environment, addressable
	envPtr          any           // a pointer to it, as programs are run with
	unitGroup       []int         // the index of each unit's group, -1 for none
	groups, units   reflect.Value // its lists
	noGroup, noUnit reflect.Value // what group and unit are when there is none
	machine         vm.VM
	deadline        time.Time
	steps           int
	timedOut        bool
	cur             subjectCtx // the subject value() reads for
	st              *evalState
	failure         *RuleError // the limit that stopped the evaluation
}

func newEvaluator(rs *RuleSet, x *rules.Extending) *evaluator {
	p := x.Period()
	ev := &evaluator{rs: rs, x: x, p: p, env: env().build(p), deadline: time.Now().Add(rs.timeout())}
	ev.envPtr = ev.env.Addr().Interface()
	ev.machine.MemoryBudget = memoryBudget(p)
	ev.groups = ev.env.Field(env().period.field("groups"))
	ev.units = ev.env.Field(env().period.field("units"))
	ev.noGroup = reflect.New(env().group.env)
	ev.noUnit = reflect.New(env().unit.env)
	ev.env.Field(env().valueField).Set(reflect.ValueOf(ev.value))
	ev.env.Field(env().stepField).Set(reflect.ValueOf(ev.step))
	return ev
}

// step is the evaluation guard every loop step of a rule passes through
// (see guard): it returns its argument, and stops the evaluation (by a
// panic, which expr's machine turns into an error) once the time limit has
// passed.
func (ev *evaluator) step(args ...any) any {
	ev.steps++
	if ev.steps%stepsPerClockCheck == 0 && time.Now().After(ev.deadline) {
		ev.timedOut = true
		panic(errTimeout)
	}
	if len(args) != 1 {
		return nil
	}
	return args[0]
}

// errTimeout stops an evaluation at the time limit.
var errTimeout = errors.New("规则计算超过时间上限")

// run evaluates code for subject x.
func (ev *evaluator) run(code compiled, x subjectCtx) evaluation {
	if ev.timedOut || time.Now().After(ev.deadline) {
		ev.timedOut = true
		return evaluation{err: errTimeout, limit: "time"}
	}
	st := &evalState{}
	ev.cur, ev.st = x, st
	g, u := ev.noGroup, ev.noUnit
	if x.group >= 0 {
		g = ev.groups.Index(x.group)
	}
	if x.unit >= 0 {
		u = ev.units.Index(x.unit)
	}
	ev.env.Field(env().groupField).Set(g)
	ev.env.Field(env().unitField).Set(u)
	out, err := ev.machine.Run(code.prog, ev.envPtr)
	res := evaluation{out: out, err: err}
	switch {
	case ev.timedOut:
		res.limit = "time"
		return res
	case err != nil && strings.Contains(err.Error(), "memory budget exceeded"):
		res.limit = "memory"
		return res
	}
	present := 0
	for i, chain := range code.refs {
		path := ev.refPath(chain, x)
		fv, ok := envField(ev.env, code.paths[i])
		if !ok {
			res.missing = append(res.missing, "缺少"+path)
			continue
		}
		present++
		res.inputs = append(res.inputs, rules.Input{Path: path, Pos: ev.p.Pos(path), Value: shownField(fv)})
	}
	res.inputs = append(res.inputs, st.inputs...)
	res.missing = append(res.missing, st.missing...)
	reads := len(code.refs) + len(code.values)
	res.applicable = reads == 0 || present > 0 || len(code.values) > st.absent
	var me *missingError
	if err != nil && errors.As(err, &me) && !contains(res.missing, me.msg) {
		res.missing = append(res.missing, me.msg)
	}
	return res
}

// stop records that a rule ran out of time or memory; the rule set's
// evaluation stops with this error.
func (ev *evaluator) stop(pos record.Pos, what, subject, limit string) {
	if ev.failure != nil {
		return
	}
	at := ""
	if subject != "" {
		at = "(计算“" + subject + "”时)"
	}
	msg := fmt.Sprintf("规则计算超过 %s的时间上限,已停止:%s的公式%s计算量太大(例如对每个单位又逐个查看全部单位);请简化公式,或用 --rules-timeout 调高上限",
		seconds(ev.rs.timeout()), what, at)
	if limit == "memory" {
		msg = fmt.Sprintf("%s的公式%s生成的列表太大(合计超过 %d 项的上限,例如 1..100000000,或在循环中反复生成列表),已停止;请简化公式",
			what, at, ev.machine.MemoryBudget)
	}
	ev.failure = &RuleError{Pos: pos, Msg: msg}
}

// value is the environment's value(id): a computed value of the subject
// evaluated for (or of the whole organisation). A value that is missing or
// cannot be computed stops the evaluation with a *missingError (a panic,
// which expr's machine turns into its error).
func (ev *evaluator) value(id string) float64 {
	x, st := ev.cur, ev.st
	d, ok := ev.defOf(id)
	if !ok {
		panic(&calcError{"不认识的指标 " + id})
	}
	subject := ""
	switch {
	case d.Per == rules.PerUnit && x.unit >= 0:
		subject = ev.p.Units[x.unit].Name
	case d.Per == rules.PerGroup && x.group >= 0:
		subject = ev.p.Groups[x.group].Name
	}
	v, found := ev.x.Value(id, subject)
	if !found {
		st.absent++
		msg := "缺少" + d.Label + "(" + id + ")"
		st.missing = append(st.missing, msg)
		panic(&missingError{msg})
	}
	if !v.OK() {
		msg := d.Label + "无法计算:" + v.Err
		st.missing = append(st.missing, msg)
		panic(&missingError{msg})
	}
	st.inputs = append(st.inputs, v.Inputs...)
	f, _ := v.Num.Float64()
	return f
}

// defOf finds an indicator definition: built-in or from the rule set.
func (ev *evaluator) defOf(id string) (rules.Def, bool) {
	if d, ok := rules.Lookup(id); ok {
		return d, true
	}
	d, ok := ev.rs.defs[id]
	return d, ok
}

// refPath maps a member chain read by a rule to the data path of the
// record it comes from.
func (ev *evaluator) refPath(chain []string, x subjectCtx) string {
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
			return "units[" + strconv.Itoa(x.unit) + "].figures"
		}
		return join("units[" + strconv.Itoa(x.unit) + "]")
	case "group":
		if len(chain) > 1 && chain[1] == "units" {
			return "units"
		}
		return join("groups[" + strconv.Itoa(x.group) + "]")
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

// envField follows a chain's field indices through the environment; ok
// is false when it meets a nil pointer (a figure not recorded).
func envField(v reflect.Value, path []int) (reflect.Value, bool) {
	for _, i := range path {
		for v.Kind() == reflect.Pointer {
			if v.IsNil() {
				return v, false
			}
			v = v.Elem()
		}
		v = v.Field(i)
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

// toRat converts an expression's result to an exact number within
// 一万亿, or says why it is none.
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
	var r *big.Rat
	switch rv.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		r = new(big.Rat).SetInt64(rv.Int())
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		r = new(big.Rat).SetFrac(new(big.Int).SetUint64(rv.Uint()), big.NewInt(1))
	case reflect.Float32, reflect.Float64:
		f := rv.Float()
		switch {
		case math.IsNaN(f):
			return nil, "结果不是一个数(例如无穷大减无穷大)"
		case math.IsInf(f, 0):
			return nil, "结果为无穷大,超出了可以处理的范围"
		}
		r, _ = new(big.Rat).SetString(strconv.FormatFloat(f, 'g', floatDigits, 64))
	default:
		return nil, "公式没有得出一个数"
	}
	if new(big.Rat).Abs(r).Cmp(maxResult) > 0 {
		return nil, "结果的绝对值超过一万亿,超出了可以处理的范围"
	}
	return r, ""
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

// failureReason words why an evaluation gave no value.
func failureReason(res evaluation) string {
	var ce *calcError
	switch {
	case len(res.missing) > 0:
		return joinMissing(res.missing)
	case errors.As(res.err, &ce):
		return ce.msg
	}
	return "公式计算出错:" + translateRuntime(runtimeText(res.err))
}

// runtimeText is the message of an expression's runtime error, without
// expr's position and snippet.
func runtimeText(err error) string {
	var fe *file.Error
	if errors.As(err, &fe) {
		return fe.Message
	}
	return err.Error()
}

// joinMissing words a list of missing inputs, naming at most three.
func joinMissing(missing []string) string {
	if len(missing) <= 3 {
		return strings.Join(missing, "、")
	}
	return strings.Join(missing[:3], "、") + "等" + strconv.Itoa(len(missing)) + "项"
}
