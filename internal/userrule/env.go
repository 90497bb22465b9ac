package userrule

import (
	"reflect"
	"sort"
	"strconv"
	"strings"
	"sync"

	"zongjie/internal/num"
	"zongjie/internal/record"
)

// The expression environment is made from the record types, by reflection
// on their yaml tags, when the package loads: every field of a data file is
// there under its own key, so a field added to package record is usable in
// rules at once and cannot drift from what the data file says. Values are
// converted for arithmetic: counts stay *int64, amounts (num.Money) and
// decimals become *float64 元, dates their "2013-05-01" text, a list of
// records a list of pointers (so iterating copies nothing). A figure not
// recorded is nil.
//
// A few names are computed rather than copied (see derivations): the sums
// of charity drives and relief batches, each group's units, a unit's
// figure("名称") in place of its figures map, and year, group, unit and
// value() at the top. TestEnvMatchesRecord checks field for field that the
// environment holds every record field, converted.

// Types the projection knows.
var (
	typString   = reflect.TypeFor[string]()
	typBool     = reflect.TypeFor[bool]()
	typIntPtr   = reflect.TypeFor[*int64]()
	typBoolPtr  = reflect.TypeFor[*bool]()
	typFloatPtr = reflect.TypeFor[*float64]()
	typMoneyPtr = reflect.TypeFor[*num.Money]()
	typDecPtr   = reflect.TypeFor[*num.Decimal]()
	typDate     = reflect.TypeFor[record.Date]()
	typStrings  = reflect.TypeFor[[]string]()
	typValueFn  = reflect.TypeFor[func(string) float64]() // value() and figure(): a shape expr calls without reflection; errors are panics
	typStepFn   = reflect.TypeFor[func(...any) any]()     // expr calls this shape without reflection
)

// conv copies one record value (src) into its environment value (dst,
// settable).
type conv func(dst, src reflect.Value)

// projection is the environment struct made from one record struct type.
type projection struct {
	env    reflect.Type
	fields []projField
}

// projField fills one field of the environment struct: from a record field
// (src ≥ 0, through conv), or derived from the whole record struct.
type projField struct {
	name   string // the expr name (the yaml key)
	src    int    // record field index, -1 when derived
	conv   conv
	derive func(dst, rec reflect.Value)
}

// fill fills the environment struct dst from the record struct src.
func (pr *projection) fill(dst, src reflect.Value) {
	for i, f := range pr.fields {
		if f.src >= 0 {
			f.conv(dst.Field(i), src.Field(f.src))
		} else if f.derive != nil {
			f.derive(dst.Field(i), src)
		}
	}
}

// field returns the index of the environment field named name, or -1.
func (pr *projection) field(name string) int {
	for i, f := range pr.fields {
		if f.name == name {
			return i
		}
	}
	return -1
}

// derivation is a field the environment computes from a record struct.
type derivation struct {
	name string
	// replaces says the derived field stands in place of the record field
	// of the same name (which is then not copied).
	replaces bool
	typ      func(pj *projector) reflect.Type
	derive   func(pj *projector, dst, rec reflect.Value)
}

// projector makes projections, once per record struct type, and notes
// every record field it could not carry over.
type projector struct {
	done    map[reflect.Type]*projection
	derived map[reflect.Type][]derivation
	// unmapped lists record fields not in the environment, as
	// "record.Unit.figures (map[string]num.Decimal)".
	unmapped []string
	// clashes lists derived names that a record field now also uses.
	clashes []string
}

// projection returns the projection of record struct type t.
func (pj *projector) projection(t reflect.Type) *projection {
	if pr, ok := pj.done[t]; ok {
		return pr
	}
	pr := &projection{}
	der := pj.derived[t]
	replaced := map[string]bool{}
	for _, d := range der {
		if d.replaces {
			replaced[d.name] = true
		}
	}
	var sfs []reflect.StructField
	add := func(name string, typ reflect.Type, f projField) {
		f.name = name
		pr.fields = append(pr.fields, f)
		sfs = append(sfs, reflect.StructField{
			Name: "F" + strconv.Itoa(len(sfs)) + "_" + goName(name),
			Type: typ,
			Tag:  reflect.StructTag(`expr:"` + name + `"`),
		})
	}
	taken := map[string]bool{}
	for i := range t.NumField() {
		sf := t.Field(i)
		name := record.DataKey(sf)
		if name == "" {
			continue
		}
		taken[name] = true
		if replaced[name] || contains(leftOut[t], name) {
			continue
		}
		typ, c, ok := pj.convert(sf.Type)
		if !ok {
			pj.unmapped = append(pj.unmapped, t.String()+"."+name+" ("+sf.Type.String()+")")
			continue
		}
		add(name, typ, projField{src: i, conv: c})
	}
	for _, d := range der {
		if taken[d.name] && !d.replaces {
			pj.clashes = append(pj.clashes, t.String()+"."+d.name)
			continue
		}
		var derive func(dst, rec reflect.Value)
		if d.derive != nil {
			fn := d.derive
			derive = func(dst, rec reflect.Value) { fn(pj, dst, rec) }
		}
		add(d.name, d.typ(pj), projField{src: -1, derive: derive})
	}
	pr.env = reflect.StructOf(sfs)
	pj.done[t] = pr
	return pr
}

// convert returns the environment type of a record field's type and how to
// convert it; ok is false for a type the environment cannot carry.
func (pj *projector) convert(t reflect.Type) (reflect.Type, conv, bool) {
	switch t {
	case typString, typBool, typIntPtr, typBoolPtr, typStrings:
		return t, func(dst, src reflect.Value) { dst.Set(src) }, true
	case typMoneyPtr:
		return typFloatPtr, func(dst, src reflect.Value) {
			if !src.IsNil() {
				dst.Set(reflect.ValueOf(yuan(src.Interface().(*num.Money))))
			}
		}, true
	case typDecPtr:
		return typFloatPtr, func(dst, src reflect.Value) {
			if !src.IsNil() {
				f, _ := src.Interface().(*num.Decimal).Rat().Float64()
				dst.Set(reflect.ValueOf(&f))
			}
		}, true
	case typDate:
		return typString, func(dst, src reflect.Value) { dst.SetString(src.Interface().(record.Date).String()) }, true
	}
	switch {
	case t.Kind() == reflect.Struct:
		pr := pj.projection(t)
		return pr.env, pr.fill, true
	case t.Kind() == reflect.Pointer && t.Elem().Kind() == reflect.Struct:
		pr := pj.projection(t.Elem())
		return reflect.PointerTo(pr.env), func(dst, src reflect.Value) {
			if !src.IsNil() {
				e := reflect.New(pr.env)
				pr.fill(e.Elem(), src.Elem())
				dst.Set(e)
			}
		}, true
	case t.Kind() == reflect.Slice && t.Elem().Kind() == reflect.Struct:
		pr := pj.projection(t.Elem())
		return reflect.SliceOf(reflect.PointerTo(pr.env)), pr.fillList, true
	}
	return nil, nil, false
}

// fillList converts a list of records into a list of pointers to their
// environment structs, kept in one backing array.
func (pr *projection) fillList(dst, src reflect.Value) {
	n := src.Len()
	if n == 0 {
		return
	}
	backing := reflect.MakeSlice(reflect.SliceOf(pr.env), n, n)
	out := reflect.MakeSlice(dst.Type(), n, n)
	for i := range n {
		e := backing.Index(i)
		pr.fill(e, src.Index(i))
		out.Index(i).Set(e.Addr())
	}
	dst.Set(out)
}

// goName makes a Go identifier part of a data key.
func goName(key string) string {
	var b strings.Builder
	for _, r := range key {
		if r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// leftOut lists the record fields the environment does not hold, each
// for a reason; any other field it cannot carry is a test failure.
var leftOut = map[reflect.Type][]string{
	reflect.TypeFor[record.Unit](): {"figures"},              // read through figure("名称")
	reflect.TypeFor[record.Text](): {"sections", "headings"}, // paragraphs by section id: prose, nothing to compute
}

// schema is the environment: its type and the indices of the fields set
// for each evaluation.
type schema struct {
	period                *projection
	group, unit           *projection
	groupField, unitField int // the top-level group and unit
	valueField, stepField int // value() and the evaluation guard
	groupUnits            int // groups[].units
	roots                 []string
	names                 []string // every name, for suggestions
	unmapped, clashes     []string
}

// env is the environment of this build of zongjie, made on first use: a
// process that reads no rule file does not pay for it.
var env = sync.OnceValue(newSchema)

func newSchema() *schema {
	pj := &projector{done: map[reflect.Type]*projection{}, derived: derivations()}
	s := &schema{period: pj.projection(reflect.TypeFor[record.Period]())}
	s.group = pj.projection(reflect.TypeFor[record.Group]())
	s.unit = pj.projection(reflect.TypeFor[record.Unit]())
	s.groupField = s.period.field("group")
	s.unitField = s.period.field("unit")
	s.valueField = s.period.field("value")
	s.stepField = s.period.field(stepName)
	s.groupUnits = s.group.field("units")
	s.unmapped, s.clashes = pj.unmapped, pj.clashes
	for _, f := range s.period.fields {
		if f.name != stepName {
			s.roots = append(s.roots, f.name)
		}
	}
	seen := map[string]bool{}
	for _, pr := range pj.done {
		for _, f := range pr.fields {
			if !seen[f.name] && f.name != stepName {
				seen[f.name] = true
				s.names = append(s.names, f.name)
			}
		}
	}
	sort.Strings(s.roots)
	sort.Strings(s.names)
	return s
}

// zero returns a zero environment, for compiling: a pointer, as evaluations
// pass it, so that no run copies the environment.
func (s *schema) zero() any { return reflect.New(s.period.env).Interface() }

// fieldPath returns the field indices a member chain read by a rule follows
// through the environment's types, as far as structs go (a list or a
// function ends it).
func (s *schema) fieldPath(chain []string) []int {
	t := s.period.env
	var path []int
	for _, name := range chain {
		for t.Kind() == reflect.Pointer {
			t = t.Elem()
		}
		if t.Kind() != reflect.Struct {
			break
		}
		i := fieldByName(t, name)
		if i < 0 {
			break
		}
		path = append(path, i)
		t = t.Field(i).Type
	}
	return path
}

// fieldByName returns the index of an environment struct's field by its
// expr name, or -1.
func fieldByName(t reflect.Type, name string) int {
	for i := range t.NumField() {
		if t.Field(i).Tag.Get("expr") == name {
			return i
		}
	}
	return -1
}

// build makes the environment of one period: an addressable struct whose
// group, unit, value and guard fields the evaluator sets.
func (s *schema) build(p *record.Period) reflect.Value {
	e := reflect.New(s.period.env).Elem()
	s.period.fill(e, reflect.ValueOf(p).Elem())
	units := e.Field(s.period.field("units"))
	groups := e.Field(s.period.field("groups"))
	members := map[string][]reflect.Value{}
	for i, u := range p.Units {
		if u.Group != "" {
			members[u.Group] = append(members[u.Group], units.Index(i))
		}
	}
	for i, g := range p.Groups {
		us := members[g.Name]
		if len(us) == 0 {
			continue
		}
		list := reflect.MakeSlice(units.Type(), len(us), len(us))
		for j, u := range us {
			list.Index(j).Set(u)
		}
		groups.Index(i).Elem().Field(s.groupUnits).Set(list)
	}
	return e
}

// stepName is the environment's evaluation guard, called by the compiled
// programs (never by a rule: names starting with _ are refused).
const stepName = "_step"
