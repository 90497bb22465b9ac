package rules

import (
	"math/big"
	"strconv"
	"strings"

	"zongjie/internal/cnfmt"
	"zongjie/internal/num"
	"zongjie/internal/record"
)

// operand is one recorded figure a value is computed from.
type operand struct {
	name string   // Chinese name, e.g. "会员人数"
	path string   // data path, e.g. "membership.members"
	num  *big.Rat // nil when not recorded
	raw  string   // as recorded, e.g. "1761" or "7671300"
	text string   // worded, e.g. "1761人" or "767.13万元"
}

func (o operand) missing() string { return "缺少" + o.name + "(" + o.path + ")" }

// calc computes the values of one period.
type calc struct {
	p      *record.Period
	values []Value
	index  map[valueKey]int // position in values by id and subject
	bands  []Band
	custom map[string]Def // user indicators evaluated so far
}

// valueKey identifies a value within a period.
type valueKey struct{ id, subject string }

func newCalc(p *record.Period) *calc {
	return &calc{p: p, index: map[valueKey]int{}, custom: map[string]Def{}}
}

func (c *calc) input(o operand) Input {
	return Input{Path: o.path, Pos: c.p.Pos(o.path), Value: o.raw}
}

func (c *calc) inputs(ops ...operand) []Input {
	out := make([]Input, 0, len(ops))
	for _, o := range ops {
		if o.num != nil {
			out = append(out, c.input(o))
		}
	}
	return out
}

// count makes an operand of a recorded count.
func (c *calc) count(path, name, unit string, v *int64) operand {
	o := operand{name: name, path: path}
	if v != nil {
		o.num = new(big.Rat).SetInt64(*v)
		o.raw = strconv.FormatInt(*v, 10)
		o.text = cnfmt.Count(*v, unit)
	}
	return o
}

// money makes an operand of a recorded amount.
func (c *calc) money(path, name string, v *num.Money) operand {
	o := operand{name: name, path: path}
	if v != nil {
		o.num = v.Yuan()
		o.raw = v.String()
		o.text = cnfmt.Money(*v)
	}
	return o
}

// yuan makes an operand of a recorded amount worded in 元 whatever its
// size, as a unit's own figures are ("13260元", "924元").
func (c *calc) yuan(path, name string, v *num.Money) operand {
	o := c.money(path, name, v)
	if v != nil {
		o.text = cnfmt.Yuan(*v)
	}
	return o
}

// add appends v to the period's values when ok. A second value with the
// same id and subject (two units of one name) is kept but not indexed.
func (c *calc) add(v Value, ok bool) {
	if !ok {
		return
	}
	k := valueKey{v.ID, v.Subject}
	if _, dup := c.index[k]; !dup {
		c.index[k] = len(c.values)
	}
	c.values = append(c.values, v)
}

// find returns the period's value id about subject.
func (c *calc) find(id, subject string) (Value, bool) {
	i, ok := c.index[valueKey{id, subject}]
	if !ok {
		return Value{}, false
	}
	return c.values[i], true
}

// stated takes a recorded figure as the value; not applicable when not recorded.
func stated(d Def, subject string, c *calc, o operand) (Value, bool) {
	if o.num == nil {
		return Value{}, false
	}
	v := d.value(subject)
	v.Num = new(big.Rat).Set(o.num)
	v.Inputs = c.inputs(o)
	return v, true
}

// ratio divides n by m. The numerator is what the indicator is about: when
// it is not recorded the value is not applicable; when it is, a missing or
// zero denominator makes the value 无法计算.
func ratio(d Def, subject string, c *calc, n, m operand) (Value, bool) {
	if n.num == nil {
		return Value{}, false
	}
	v := d.value(subject)
	v.Inputs = c.inputs(n, m)
	switch {
	case m.num == nil:
		v.Err = m.missing()
	case m.num.Sign() == 0:
		v.Err = m.name + "为0,不能作除数"
	default:
		v.Num = new(big.Rat).Quo(n.num, m.num)
		v.Calc = n.text + " ÷ " + m.text
	}
	return v, true
}

// difference subtracts b from a, with the same rules as ratio.
func difference(d Def, subject string, c *calc, a, b operand) (Value, bool) {
	if a.num == nil && b.num == nil {
		return Value{}, false
	}
	v := d.value(subject)
	v.Inputs = c.inputs(a, b)
	switch {
	case a.num == nil:
		v.Err = a.missing()
	case b.num == nil:
		v.Err = b.missing()
	default:
		v.Num = new(big.Rat).Sub(a.num, b.num)
		v.Calc = a.text + " − " + b.text
	}
	return v, true
}

// sum adds operands. Not applicable when none is recorded (or there are
// none); 无法计算 when some are missing.
func sum(d Def, subject string, c *calc, ops []operand) (Value, bool) {
	var missing []string
	total := new(big.Rat)
	terms := make([]string, 0, len(ops))
	any := false
	for _, o := range ops {
		if o.num == nil {
			missing = append(missing, o.missing())
			continue
		}
		any = true
		total.Add(total, o.num)
		terms = append(terms, o.text)
	}
	if !any {
		return Value{}, false
	}
	v := d.value(subject)
	v.Inputs = c.inputs(ops...)
	if len(missing) > 0 {
		v.Err = joinMissing(missing)
		return v, true
	}
	v.Num = total
	if len(terms) > 1 {
		v.Calc = strings.Join(terms, " + ")
	}
	return v, true
}

// joinMissing words a list of missing inputs, naming at most three.
func joinMissing(missing []string) string {
	if len(missing) <= 3 {
		return strings.Join(missing, "、")
	}
	return strings.Join(missing[:3], "、") + "等" + strconv.Itoa(len(missing)) + "项"
}

// countOf makes a Value counting n things.
func countOf(d Def, subject string, n int) Value {
	v := d.value(subject)
	v.Num = new(big.Rat).SetInt64(int64(n))
	return v
}

// ratString renders an exact rational as a decimal when it has a short one,
// else as a fraction: "1761", "0.5", "1761/2729".
func ratString(r *big.Rat) string {
	if r.IsInt() {
		return r.Num().String()
	}
	for prec := 1; prec <= 10; prec++ {
		s := r.FloatString(prec)
		if t, ok := new(big.Rat).SetString(s); ok && t.Cmp(r) == 0 {
			return s
		}
	}
	return r.RatString()
}

func itoa(i int) string { return strconv.Itoa(i) }
