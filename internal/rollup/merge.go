package rollup

import (
	"math/big"
	"reflect"
	"strconv"

	"zongjie/internal/num"
	"zongjie/internal/record"
)

// source is one contributor to a merge: a union's records, a partial
// roll-up's, or the federation's own rows.
type source struct {
	p   *record.Period
	who string // the contributor's name, for origins ("" for the federation)
	// rowsOnly: the federation's own records, of which only the rows of
	// lists contribute; its other figures are stated totals (overlay.go).
	rowsOnly bool
	approx   bool // p holds approximate figures
	// sparse: the figures it does not give are not missing (a unit without
	// a union gives its staff and has nothing else to give).
	sparse bool
	// meta is what a partial roll-up wrote about its records (origins of
	// its rows, figures left out for disagreeing); nil for a union.
	meta *meta
	// positions: note where figures outside lists were written.
	positions bool
}

// newSource makes the source of p.
func newSource(p *record.Period, who string, m *meta) *source {
	return &source{p: p, who: who, approx: len(p.ApproxPaths()) > 0, meta: m, positions: true}
}

// lookups reports whether merging needs the data path of every value.
func (s *source) lookups() bool { return s.approx || s.meta != nil }

// merger merges one source into a tree.
type merger struct {
	s *source
	dataPath
}

// merge adds the source's records to acc (a rec of record.Period).
func (s *source) merge(acc *rec) {
	m := &merger{s: s, dataPath: dataPath{path: make([]byte, 0, 64)}}
	m.record(acc, reflect.ValueOf(s.p).Elem(), true, -1)
}

// approxAt returns the approximate figure at the current path.
func (m *merger) approxAt() (num.Approx, bool) {
	if !m.s.approx {
		return num.Approx{}, false
	}
	return m.s.p.Approx(m.pathString())
}

// conflictAt reports whether a partial roll-up left out the value at the
// current path for disagreeing.
func (m *merger) conflictAt() bool {
	return m.s.meta != nil && m.s.meta.conflicts[m.pathString()]
}

// originAt is the origin of item i of the list at the current path.
func (m *merger) originAt(i int) origin {
	if m.s.meta != nil {
		if os, ok := m.s.meta.origins[m.pathString()]; ok && i < len(os) {
			return os[i]
		}
	}
	return origin{who: m.s.who, idx: i}
}

// record merges the record v into acc; section says it is reached from
// the period through records alone (not inside a list). sameField, when
// not -1, is a summed field taken as a kept value (the compared figure of
// a natMax record). It reports whether v gave any figure to sum.
func (m *merger) record(acc *rec, v reflect.Value, section bool, sameField int) bool {
	present := false
	var unstated, agreeing []int
	// A record left empty gives nothing, unless a figure of it is written
	// elsewhere (an approximate figure, a partial roll-up's note).
	skipEmpty := !m.s.lookups()
	for fi := range acc.plan.fields {
		f := &acc.plan.fields[fi]
		sl := &acc.slots[fi]
		fv := v.Field(f.index)
		switch {
		case f.nat == natOwn, f.nat == natRows:
			continue
		case f.nat == natRecord && skipEmpty && fv.IsZero():
			continue
		}
		n := m.push(f.key)
		switch {
		case f.nat == natSum && fi != sameField:
			if sl.fig == nil {
				sl.fig = &figure{}
			}
			if section && m.s.rowsOnly {
				unstated = append(unstated, fi)
			} else if m.sum(sl.fig, f, v, fv, section) {
				present = true
			} else {
				unstated = append(unstated, fi)
			}
		case f.nat == natSame || f.nat == natKey || fi == sameField:
			if section && f.agree {
				agreeing = append(agreeing, fi)
			} else if !section {
				if sl.same == nil {
					sl.same = &same{}
				}
				if m.keep(sl.same, f, acc.plan, v, fv) {
					present = true
				}
			}
		case f.nat == natRecord:
			if sl.sub == nil {
				sl.sub = newRec(f.elem)
			}
			if m.record(sl.sub, fv, section, -1) {
				present = true
			}
		case f.nat == natList:
			if sl.list == nil {
				sl.list = &list{plan: f.elem}
			}
			for i := 0; i < fv.Len(); i++ {
				row := fv.Index(i)
				r := sl.list.row(rowKey(f.elem, row), m.originAt(i))
				k := m.pushIndex(i)
				if m.record(r, row, false, -1) {
					present, r.present = true, true
				}
				m.pop(k)
			}
			if m.s.meta != nil {
				for _, t := range m.s.meta.dropped[m.pathString()] {
					r := sl.list.row(t.Key, origin{who: m.s.who, idx: fv.Len()})
					r.dead = true
					if t.Present {
						present, r.present = true, true
					}
				}
			}
		case f.nat == natNames:
			if sl.names == nil {
				sl.names = &names{}
			}
			for i := 0; i < fv.Len(); i++ {
				sl.names.add(fv.Index(i).String(), m.originAt(i))
			}
		case f.nat == natMax:
			if !fv.IsNil() && m.max(sl, f, fv.Elem()) {
				present = true
			}
		case f.nat == natMap:
			if fv.Len() > 0 && sl.m == nil {
				sl.m = map[string]*same{}
			}
			iter := fv.MapRange()
			for iter.Next() {
				k := iter.Key().String()
				s := sl.m[k]
				if s == nil {
					s = &same{}
					sl.m[k] = s
				}
				s.add(iter.Value().Interface(), nil)
			}
		}
		m.pop(n)
	}
	if present && !m.s.sparse {
		for _, fi := range unstated {
			acc.slots[fi].fig.missing = true
		}
	}
	if !m.s.rowsOnly {
		for _, fi := range agreeing {
			m.agree(acc, v, fi, present)
		}
	}
	return present
}

// agree adds the value of field fi of the section v (roll:"agree") to
// what the unions say their summed figures count. A union that gives the
// figures it speaks of without it says something too: wages recovered
// for its 职工, new members counted over the whole year; only a union
// that gives none of them has nothing to say. present: v gave a figure.
func (m *merger) agree(acc *rec, v reflect.Value, fi int, present bool) {
	f := &acc.plan.fields[fi]
	sl := &acc.slots[fi]
	if sl.same == nil {
		sl.same = &same{}
	}
	fv := v.Field(f.index)
	if len(f.agreeOf) > 0 {
		present = false
		for _, of := range f.agreeOf {
			present = present || acc.slots[of].fig != nil && m.gave(v, acc.plan, of)
		}
	}
	n := m.push(f.key)
	defer m.pop(n)
	switch {
	case m.conflictAt():
		sl.same.merge(&same{set: true, conflict: true})
	case !fv.IsZero() || present:
		sl.same.add(fv.Interface(), nil)
	}
}

// gave reports whether the record v (of plan p), at the current path,
// gives field fi, exactly or approximately.
func (m *merger) gave(v reflect.Value, p *recordPlan, fi int) bool {
	if given(v.Field(p.fields[fi].index)) {
		return true
	}
	if !m.s.approx {
		return false
	}
	_, ok := m.s.p.Approx(join(m.pathString(), p.fields[fi].key))
	return ok
}

// sum adds the figure fv (field f of the record v) to fig, reporting
// whether the record gave it. A total not given is taken from a per-head
// figure and its count when both are (each × persons).
func (m *merger) sum(fig *figure, f *fieldPlan, v, fv reflect.Value, section bool) bool {
	var at record.Pos
	wantPos := section && m.s.positions && len(fig.at) < maxAt
	if !fv.IsNil() {
		if wantPos {
			at = m.s.p.Pos(m.pathString())
		}
		fig.addExact(fv.Elem().Int(), at)
		return true
	}
	if a, ok := m.approxAt(); ok {
		if wantPos {
			at = m.s.p.Pos(m.pathString())
		}
		fig.addApprox(a, f.kind, at)
		return true
	}
	if m.conflictAt() {
		fig.stated, fig.conflict = true, true
		return true
	}
	for _, pi := range f.totalOf {
		per := &m.recordPlan(v).fields[pi]
		each, count := v.Field(per.index), v.Field(m.recordPlan(v).fields[per.perCount].index)
		if !each.IsNil() && !count.IsNil() {
			t, ok := mulInt(each.Elem().Int(), count.Elem().Int())
			if !ok {
				fig.overflow = true
			}
			fig.addExact(t, at)
			return true
		}
	}
	return false
}

// recordPlan is the plan of the record v.
func (m *merger) recordPlan(v reflect.Value) *recordPlan { return planOf(v.Type()) }

// keep adds the kept value fv (field f of the record v, whose plan is p)
// to s, reporting whether it is a figure that makes the record present (a
// value left out for disagreeing in a partial roll-up).
func (m *merger) keep(s *same, f *fieldPlan, p *recordPlan, v, fv reflect.Value) bool {
	if m.conflictAt() {
		s.merge(&same{set: true, conflict: true})
		return false
	}
	if f.perTotal >= 0 {
		if r, ok := perHead(p, f, v, fv); ok {
			s.add(r, nil)
		} else if a, ok := m.approxAt(); ok {
			s.add(nil, &a)
		}
		return false
	}
	for _, pair := range f.rate {
		if m.stated(v, p, pair[0], f) && m.stated(v, p, pair[1], f) {
			s.based = true // recomputed from the summed part and whole
			return false
		}
	}
	switch {
	case fv.Kind() == reflect.Pointer:
		if !fv.IsNil() {
			s.add(fv.Elem().Interface(), nil)
		} else if a, ok := m.approxAt(); ok {
			s.add(nil, &a)
		}
	case fv.Kind() == reflect.String:
		if str := fv.String(); str != "" {
			s.add(str, nil)
		}
	case fv.Type() == typeDate, fv.Type() == typeSpan:
		if !fv.IsZero() {
			s.add(fv.Interface(), nil)
		}
	case fv.Kind() == reflect.Bool:
		if fv.Bool() {
			s.add(true, nil)
		}
	default:
		if !fv.IsZero() {
			s.add(fv.Interface(), nil)
		}
	}
	return false
}

// stated reports whether the record v (of plan p) gives field fi, exactly
// or approximately; the current path is that of v's field cur.
func (m *merger) stated(v reflect.Value, p *recordPlan, fi int, cur *fieldPlan) bool {
	if given(v.Field(p.fields[fi].index)) {
		return true
	}
	if !m.s.approx {
		return false
	}
	parent := m.pathString()[:len(m.path)-len(cur.key)]
	_, ok := m.s.p.Approx(parent + p.fields[fi].key)
	return ok
}

// given reports whether a pointer field holds a value.
func given(v reflect.Value) bool { return v.Kind() == reflect.Pointer && !v.IsNil() }

// perHead returns the per-head figure of the record v as an exact fraction
// of 分 ("each" when given, else total ÷ count when both are), as text so
// that equal figures compare equal.
func perHead(p *recordPlan, f *fieldPlan, v, fv reflect.Value) (string, bool) {
	if !fv.IsNil() {
		return strconv.FormatInt(fv.Elem().Int(), 10), true
	}
	total, count := v.Field(p.fields[f.perTotal].index), v.Field(p.fields[f.perCount].index)
	if total.IsNil() || count.IsNil() || count.Elem().Int() == 0 {
		return "", false
	}
	return big.NewRat(total.Elem().Int(), count.Elem().Int()).RatString(), true
}

// max keeps, of the records at a natMax field, the one whose compared
// figure is the largest; records of the same figure are merged (their
// names put together). It reports whether the record gave a figure.
func (m *merger) max(sl *slot, f *fieldPlan, v reflect.Value) bool {
	by := v.Field(f.elem.fields[f.maxBy].index)
	n := m.push(f.elem.fields[f.maxBy].key)
	var x int64
	switch {
	case !by.IsNil():
		x = by.Elem().Int()
	default:
		a, ok := m.approxAt()
		if !ok {
			m.pop(n)
			return false
		}
		x, _ = baseUnits(a.Value(), f.elem.fields[f.maxBy].kind)
	}
	m.pop(n)
	switch {
	case sl.sub == nil || x > sl.max:
		sl.sub, sl.max = newRec(f.elem), x
	case x < sl.max:
		return true
	}
	m.record(sl.sub, v, false, f.maxBy)
	return true
}

// rowKey is the key of a row: its key fields, an empty one as its default.
func rowKey(p *recordPlan, v reflect.Value) string {
	if len(p.keys) == 1 {
		return keyText(&p.fields[p.keys[0]], v)
	}
	var b []byte
	for i, fi := range p.keys {
		if i > 0 {
			b = append(b, 0)
		}
		b = append(b, keyText(&p.fields[fi], v)...)
	}
	return string(b)
}

func keyText(f *fieldPlan, v reflect.Value) string {
	s := v.Field(f.index).String()
	if s == "" {
		return f.keyDefault
	}
	return s
}

// mulInt multiplies, reporting overflow.
func mulInt(a, b int64) (int64, bool) {
	if a == 0 || b == 0 {
		return 0, true
	}
	p := a * b
	return p, p/b == a
}
