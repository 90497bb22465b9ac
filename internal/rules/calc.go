package rules

import (
	"math"
	"math/big"
	"strconv"
	"strings"

	"zongjie/internal/cnfmt"
	"zongjie/internal/num"
	"zongjie/internal/record"
)

// operand is one recorded figure a value is computed from. The figure is
// kept as the exact fraction a/b of two integers (a count is a/1, an amount
// in 元 is 分/100), and made a big.Rat only where arithmetic needs one.
type operand struct {
	who  string // whose figure it is, put before name: a unit's name, or ""
	name string // Chinese name, e.g. "会员人数"
	path string // data path, e.g. "membership.members"
	ok   bool   // recorded
	a, b int64  // the figure is a/b; b > 0
	raw  string // as recorded, e.g. "1761" or "7671300"
	text string // worded, e.g. "1761人" or "767.13万元"
	// unit and key name a unit's figure, field key of unit unit-1, whose
	// position is found from the units table; when unit is 0 the position
	// is looked up from path.
	unit int
	key  string
}

func (o operand) missing() string { return "缺少" + o.who + o.name + "(" + o.path + ")" }

// rat returns the figure as a new exact rational; the operand must be recorded.
func (o operand) rat() *big.Rat { return newFrac(o.a, o.b) }

// isZero reports whether a recorded figure is zero.
func (o operand) isZero() bool { return o.a == 0 }

// calc computes the values of one period.
type calc struct {
	p      *record.Period
	values []Value
	index  map[valueKey]int // position in values by id and subject
	bands  []Band
	// unitFields holds, per field key, each unit's data path and position
	// once made: a unit's figures are inputs of several values.
	unitFields []unitFields
	members    map[string][]int // see groupMembers
	rats       rats             // the per-unit values' rationals
	inputSlab  slab[Input]      // what inputs cuts the values' inputs from
	batchNames []string         // see batchSubject
}

// batchSubject is relief batch i's subject (record.Relief.BatchSubjects),
// worked out once for all the batches.
func (c *calc) batchSubject(i int) string {
	if c.batchNames == nil {
		c.batchNames = c.p.Relief.BatchSubjects()
	}
	return c.batchNames[i]
}

// valueKey identifies a value within a period.
type valueKey struct{ id, subject string }

// unitFields are the unitField of one field key, by unit.
type unitFields struct {
	key string
	by  []unitField
}

// unitField is the data path of one field of one unit ("units[3].staff")
// and its value as recorded once made (see unitCountRaw and unitMoneyRaw).
// Where it was written is found when wanted (record.Period.FieldPos): kept
// here it would cost more memory than finding it.
type unitField struct {
	path string
	raw  string
}

func newCalc(p *record.Period) *calc { return newCalcSized(p, valuesHint(p)) }

// newCalcSized returns a calc of p with room for n values.
func newCalcSized(p *record.Period, n int) *calc {
	return &calc{p: p, values: make([]Value, 0, n), index: make(map[valueKey]int, n)}
}

// valuesHint estimates how many values a period has, so that the values of
// a large units table are not copied again and again as they grow: up to
// three per unit (入会率, 人均工会支出, 人均捐款), four per group, three per
// relief batch, one per charity category, and the whole organisation's (a
// small union has some thirty).
func valuesHint(p *record.Period) int {
	return 32 + 3*len(p.Units) + 4*len(p.Groups) + 3*len(p.Relief.Batches) + categories(p)
}

// auditsHint estimates how many values Audits computes of the families
// need says the audits read: some of finance and one per unit (人均工会支出)
// for the bands; one per unit and group (人均捐款) and charity category for
// the charity family; three per relief batch and the totals for relief (a
// small union has a few or none: a roll-up makes a hundred thousand calcs).
func auditsHint(p *record.Period, need needs) int {
	n := 0
	if need.bands {
		n += 8 + len(p.Units) + 4*len(p.Finance.Bands)
	}
	if need.charity {
		n += 4 + len(p.Units) + len(p.Groups) + categories(p)
	}
	if need.relief {
		n += 4 + 3*len(p.Relief.Batches)
	}
	return n
}

// categories counts the charity drives' participation categories.
func categories(p *record.Period) int {
	n := 0
	for _, d := range p.Charity {
		n += len(d.Participation)
	}
	return n
}

// unitField returns the data path of field key of unit i, made once per
// period.
func (c *calc) unitField(i int, key string) *unitField {
	var fs []unitField
	for _, u := range c.unitFields { // a handful of keys
		if u.key == key {
			fs = u.by
			break
		}
	}
	if fs == nil {
		fs = make([]unitField, len(c.p.Units))
		unitPaths(fs, key)
		c.unitFields = append(c.unitFields, unitFields{key, fs})
	}
	return &fs[i]
}

// unitPaths sets the path of field key of every unit ("units[3].staff"),
// all cut from one string.
func unitPaths(fs []unitField, key string) {
	b := make([]byte, 0, len(fs)*(len("units[].")+len(key)+6))
	ends := make([]int, len(fs))
	for i := range fs {
		b = append(b, "units["...)
		b = strconv.AppendInt(b, int64(i), 10)
		b = append(b, "]."...)
		b = append(b, key...)
		ends[i] = len(b)
	}
	all, start := string(b), 0
	for i := range fs {
		fs[i].path = all[start:ends[i]]
		start = ends[i]
	}
}

// unitInput is the input field key of unit i, recorded as value.
func (c *calc) unitInput(i int, key, value string) Input {
	f := c.unitField(i, key)
	return Input{Path: f.path, Pos: c.p.FieldPos("units", i, key), Value: value}
}

// unitCountRaw is the count n of field key of unit i as recorded ("52"),
// made once per period.
func (c *calc) unitCountRaw(i int, key string, n int64) string {
	f := c.unitField(i, key)
	if f.raw == "" {
		f.raw = strconv.FormatInt(n, 10)
	}
	return f.raw
}

// unitMoneyRaw is the amount m of field key of unit i as recorded
// ("13260"), made once per period.
func (c *calc) unitMoneyRaw(i int, key string, m num.Money) string {
	f := c.unitField(i, key)
	if f.raw == "" {
		f.raw = m.String()
	}
	return f.raw
}

func (c *calc) input(o operand) Input {
	if o.unit > 0 {
		return Input{Path: o.path, Pos: c.p.FieldPos("units", o.unit-1, o.key), Value: o.raw}
	}
	return Input{Path: o.path, Pos: c.p.Pos(o.path), Value: o.raw}
}

func (c *calc) inputs(ops ...operand) []Input {
	out := c.inputSlab.take(len(ops))[:0] // never nil: no inputs are an empty list
	for _, o := range ops {
		if o.ok {
			out = append(out, c.input(o))
		}
	}
	return out
}

// count makes an operand of a recorded count.
func (c *calc) count(path, name, unit string, v *int64) operand {
	o := operand{name: name, path: path}
	if v != nil {
		o.ok, o.a, o.b = true, *v, 1
		o.raw = strconv.FormatInt(*v, 10)
		o.text = cnfmt.Count(*v, unit)
	}
	return o
}

// money makes an operand of a recorded amount.
func (c *calc) money(path, name string, v *num.Money) operand {
	o := operand{name: name, path: path}
	if v != nil {
		o.ok, o.a, o.b = true, int64(*v), 100
		o.raw = v.String()
		o.text = cnfmt.Money(*v)
	}
	return o
}

// yuan makes an operand of a recorded amount worded in 元 whatever its
// size, as a unit's own figures are ("13260元", "924元").
func (c *calc) yuan(path, name string, v *num.Money) operand {
	o := operand{name: name, path: path}
	if v != nil {
		o.ok, o.a, o.b = true, int64(*v), 100
		o.raw = v.String()
		o.text = o.raw + "元" // as cnfmt.Yuan words it
	}
	return o
}

// unitCount is count for field key of unit i; the unit's name goes before
// name in messages.
func (c *calc) unitCount(i int, key, name, unit string, v *int64) operand {
	f := c.unitField(i, key)
	o := operand{who: c.p.Units[i].Name, name: name, path: f.path, unit: i + 1, key: key}
	if v != nil {
		o.ok, o.a, o.b = true, *v, 1
		o.raw = c.unitCountRaw(i, key, *v)
		o.text = o.raw + unit // as cnfmt.Count words it
		if *v >= 10000 || *v <= -10000 {
			o.text = cnfmt.Count(*v, unit) // grouped by three
		}
	}
	return o
}

// unitYuan is yuan for field key of unit i; the unit's name goes before
// name in messages.
func (c *calc) unitYuan(i int, key, name string, v *num.Money) operand {
	f := c.unitField(i, key)
	o := operand{who: c.p.Units[i].Name, name: name, path: f.path, unit: i + 1, key: key}
	if v != nil {
		o.ok, o.a, o.b = true, int64(*v), 100
		o.raw = c.unitMoneyRaw(i, key, *v)
		o.text = o.raw + "元" // as cnfmt.Yuan words it
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
	i, ok := c.lookup(id, subject)
	if !ok {
		return Value{}, false
	}
	return c.values[i], true
}

// lookup returns the position in c.values of the period's value id about
// subject.
func (c *calc) lookup(id, subject string) (int, bool) {
	i, ok := c.index[valueKey{id, subject}]
	return i, ok
}

// stated takes a recorded figure as the value; not applicable when not recorded.
func stated(d Def, subject string, c *calc, o operand) (Value, bool) {
	if !o.ok {
		return Value{}, false
	}
	v := d.value(subject)
	v.Num = c.rats.frac(o.a, o.b)
	v.Inputs = c.inputs(o)
	return v, true
}

// ratio divides n by m. The numerator is what the indicator is about: when
// it is not recorded the value is not applicable; when it is, a missing or
// zero denominator makes the value 无法计算.
func ratio(d Def, subject string, c *calc, n, m operand) (Value, bool) {
	if !n.ok {
		return Value{}, false
	}
	v := d.value(subject)
	v.Inputs = c.inputs(n, m)
	switch {
	case !m.ok:
		v.Err = m.missing()
	case m.isZero():
		v.Err = m.who + m.name + "为0,不能作除数"
	default:
		v.Num = c.quo(n, m)
		v.Calc = n.text + " ÷ " + m.text
	}
	return v, true
}

// quo returns n ÷ m exactly; m is recorded and not zero. (a/b) ÷ (c/d) is
// ad/bc, made with integer products when they do not overflow.
func (c *calc) quo(n, m operand) *big.Rat {
	if p, ok := mul64(n.a, m.b); ok {
		if q, ok := mul64(n.b, m.a); ok && q != math.MinInt64 {
			return c.rats.frac(p, q)
		}
	}
	return new(big.Rat).Quo(n.rat(), m.rat())
}

// mul64 returns x·y and whether it fits in an int64.
func mul64(x, y int64) (int64, bool) {
	if x == 0 || y == 0 {
		return 0, true
	}
	p := x * y
	if p/y != x || (x == -1 && y == math.MinInt64) || (y == -1 && x == math.MinInt64) {
		return 0, false
	}
	return p, true
}

// difference subtracts b from a, with the same rules as ratio.
func difference(d Def, subject string, c *calc, a, b operand) (Value, bool) {
	if !a.ok && !b.ok {
		return Value{}, false
	}
	v := d.value(subject)
	v.Inputs = c.inputs(a, b)
	switch {
	case !a.ok:
		v.Err = a.missing()
	case !b.ok:
		v.Err = b.missing()
	default:
		v.Num = new(big.Rat).Sub(a.rat(), b.rat())
		v.Calc = a.text + " − " + b.text
	}
	return v, true
}

// gap is whole − part, such as the proposals not yet implemented: applicable
// only when both are recorded, since a part without its whole (or the other
// way round) states no shortfall.
func gap(d Def, subject string, c *calc, whole, part operand) (Value, bool) {
	if !whole.ok || !part.ok {
		return Value{}, false
	}
	return difference(d, subject, c, whole, part)
}

// sum adds operands. Not applicable when none is recorded (or there are
// none); 无法计算 when some are missing.
func sum(d Def, subject string, c *calc, ops []operand) (Value, bool) {
	var missing []string
	total := new(big.Rat)
	terms := make([]string, 0, len(ops))
	any := false
	for _, o := range ops {
		if !o.ok {
			missing = append(missing, o.missing())
			continue
		}
		any = true
		total.Add(total, o.rat())
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

// appendInput appends in to inputs, giving a nil inputs room for n.
func appendInput(inputs []Input, n int, in Input) []Input {
	if inputs == nil {
		inputs = make([]Input, 0, n)
	}
	return append(inputs, in)
}

// intSum is an exact sum of int64s: kept in an int64 while it fits, in a
// big.Int once it does not.
type intSum struct {
	n   int64
	big *big.Int
}

func (s *intSum) add(x int64) {
	if s.big == nil {
		if r := s.n + x; (x >= 0) == (r >= s.n) {
			s.n = r
			return
		}
		s.big = big.NewInt(s.n)
	}
	s.big.Add(s.big, big.NewInt(x))
}

func (s *intSum) isZero() bool {
	if s.big != nil {
		return s.big.Sign() == 0
	}
	return s.n == 0
}

// rat returns the sum divided by den (> 0) as a new rational.
func (s *intSum) rat(den int64) *big.Rat {
	if s.big == nil {
		return newFrac(s.n, den)
	}
	return new(big.Rat).SetFrac(s.big, big.NewInt(den))
}

// quo returns (s / den) ÷ t exactly; t is not zero.
func (s *intSum) quo(den int64, t intSum) *big.Rat {
	if s.big == nil && t.big == nil {
		if q, ok := mul64(den, t.n); ok && q != math.MinInt64 {
			return newFrac(s.n, q)
		}
	}
	return new(big.Rat).Quo(s.rat(den), t.rat(1))
}

// money returns the sum as an amount in 分, when it fits in an int64.
func (s *intSum) money() (num.Money, bool) {
	if s.big != nil {
		if !s.big.IsInt64() {
			return 0, false
		}
		return num.Money(s.big.Int64()), true
	}
	return num.Money(s.n), true
}

// String returns the sum in decimal digits.
func (s *intSum) String() string {
	if s.big != nil {
		return s.big.String()
	}
	return strconv.FormatInt(s.n, 10)
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

// ratString renders an exact rational (see num.Exact).
func ratString(r *big.Rat) string { return num.Exact(r) }

func itoa(i int) string { return strconv.Itoa(i) }
