package rollup

import (
	"fmt"
	"math/big"
	"reflect"

	"zongjie/internal/num"
	"zongjie/internal/record"
)

// builder writes a merged tree into a record.Period: every figure summed,
// every value kept, the lists in origin order. It notes what the period
// cannot show itself: the origins of its rows and the values left out for
// disagreeing, which a partial roll-up writes beside its records (meta).
type builder struct {
	p         *record.Period
	approx    map[string]num.Approx // set on p by finish
	origins   map[string][]origin
	conflicts []string
	dropped   map[string][]Tombstone
	// at holds where the first contributions of each figure outside the
	// lists were written, by path.
	at map[string][]record.Pos
	// overflow names a sum too large to hold.
	overflow []string
	dataPath
}

// build writes acc into v, a settable record value at the builder's path.
// At section level (see merger.record) kept values are not written: they
// are the federation's.
func (b *builder) build(acc *rec, v reflect.Value, section bool) {
	for fi := range acc.plan.fields {
		f := &acc.plan.fields[fi]
		sl := &acc.slots[fi]
		fv := v.Field(f.index)
		if f.nat == natOwn || f.nat == natRows {
			continue
		}
		n := b.push(f.key)
		switch f.nat {
		case natSum:
			b.figure(sl.fig, f, acc, fv)
		case natSame, natKey:
			if !section || f.agree {
				b.same(sl.same, f, acc, fv)
			}
		case natRecord:
			if sl.sub != nil {
				b.build(sl.sub, fv, section)
			}
		case natList:
			if sl.list != nil {
				b.list(sl.list, fv)
			}
		case natNames:
			if sl.names != nil {
				texts, os := sl.names.sorted()
				if len(texts) > 0 {
					fv.Set(reflect.ValueOf(texts))
					b.origins[b.pathString()] = os
				}
			}
		case natMax:
			if sl.sub != nil {
				x := reflect.New(f.elem.typ)
				b.build(sl.sub, x.Elem(), false)
				b.maxFigure(sl, f, x.Elem())
				fv.Set(x)
			}
		case natMap:
			if len(sl.m) > 0 {
				mv := reflect.MakeMap(fv.Type())
				for k, s := range sl.m {
					if x, _, ok := s.value(); ok {
						mv.SetMapIndex(reflect.ValueOf(k), reflect.ValueOf(x))
					}
				}
				if mv.Len() > 0 {
					fv.Set(mv)
				}
			}
		}
		b.pop(n)
	}
}

// maxFigure writes the compared figure of a natMax record, which the
// record's merge kept as a value.
func (b *builder) maxFigure(sl *slot, f *fieldPlan, v reflect.Value) {
	by := &f.elem.fields[f.maxBy]
	fv := v.Field(by.index)
	if !fv.IsNil() {
		return
	}
	s := sl.sub.slots[f.maxBy].same
	if s == nil {
		return
	}
	n := b.push(by.key)
	b.setSame(s, by, fv)
	b.pop(n)
}

// figure writes a sum: exact, approximate (Period.SetApprox), or left out.
func (b *builder) figure(fig *figure, f *fieldPlan, acc *rec, fv reflect.Value) {
	if fig == nil || !fig.stated {
		return
	}
	if fig.conflict || f.with >= 0 && acc.slots[f.with].same != nil && acc.slots[f.with].same.conflict {
		b.conflicts = append(b.conflicts, b.pathString())
		return
	}
	if fig.overflow {
		b.overflow = append(b.overflow, b.pathString())
		return
	}
	if len(fig.at) > 0 {
		b.at[b.pathString()] = fig.at
	}
	if fig.isExact() {
		x := reflect.New(fv.Type().Elem())
		x.Elem().SetInt(fig.exact)
		fv.Set(x)
		return
	}
	if a, ok := fig.approximate(f.kind); ok {
		b.approx[b.pathString()] = a
	}
}

// same writes a kept value, or notes it left out for disagreeing. A rate
// that unions gave with its part and whole is recomputed from their sums;
// where some gave it without, or the sums are not exact, it is left out.
func (b *builder) same(s *same, f *fieldPlan, acc *rec, fv reflect.Value) {
	if len(f.rate) > 0 && s != nil && s.based {
		if s.set || s.conflict {
			b.conflicts = append(b.conflicts, b.pathString())
			return
		}
		for _, pair := range f.rate {
			part, whole := acc.slots[pair[0]].fig, acc.slots[pair[1]].fig
			if part != nil && whole != nil && part.isExact() && whole.isExact() && whole.exact != 0 && !part.overflow && !whole.overflow {
				pct := new(big.Rat).Mul(big.NewRat(part.exact, whole.exact), big.NewRat(100, 1))
				if d, err := num.ParseDecimalExact(num.FormatRat(pct, 2, true)); err == nil {
					fv.Set(reflect.ValueOf(&d))
					return
				}
			}
		}
		b.conflicts = append(b.conflicts, b.pathString())
		return
	}
	if s == nil {
		return
	}
	b.setSame(s, f, fv)
}

// setSame writes the value s kept into fv.
func (b *builder) setSame(s *same, f *fieldPlan, fv reflect.Value) {
	if s.conflict {
		b.conflicts = append(b.conflicts, b.pathString())
		return
	}
	x, a, ok := s.value()
	if !ok {
		return
	}
	if a != nil {
		b.approx[b.pathString()] = *a
		return
	}
	if f.perTotal >= 0 {
		// A per-head figure is kept as an exact fraction of 分; it is
		// written when it is a whole number of 分.
		r, ok := new(big.Rat).SetString(x.(string))
		if !ok || !r.IsInt() || !r.Num().IsInt64() {
			b.conflicts = append(b.conflicts, b.pathString())
			return
		}
		x = num.Money(r.Num().Int64())
	}
	xv := reflect.ValueOf(x)
	if fv.Kind() == reflect.Pointer {
		p := reflect.New(fv.Type().Elem())
		p.Elem().Set(xv.Convert(fv.Type().Elem()))
		fv.Set(p)
		return
	}
	fv.Set(xv.Convert(fv.Type()))
}

// list writes a merged list's rows in origin order; a row left without a
// figure it requires (its figures disagreed) is left out.
func (b *builder) list(l *list, fv reflect.Value) {
	rows := l.sorted()
	out := reflect.MakeSlice(fv.Type(), 0, len(rows))
	os := make([]origin, 0, len(rows))
	listPath := b.pathString()
	for _, r := range rows {
		i := out.Len()
		n := b.pushIndex(i)
		out = reflect.Append(out, reflect.Zero(fv.Type().Elem()))
		row := out.Index(i)
		mark := len(b.conflicts)
		if !r.dead {
			b.build(r, row, false)
		}
		if r.dead || !complete(l.plan, row, b.approx, b.pathString()) {
			out = out.Slice(0, i)
			b.drop(b.pathString())
			b.conflicts = b.conflicts[:mark]
			b.dropped[listPath] = append(b.dropped[listPath], Tombstone{Key: r.key, Present: r.present})
			b.pop(n)
			continue
		}
		os = append(os, r.origin)
		b.pop(n)
	}
	if out.Len() > 0 {
		fv.Set(out)
		b.origins[b.pathString()] = os
	}
}

// complete reports whether a row has every required value.
func complete(p *recordPlan, row reflect.Value, approx map[string]num.Approx, path string) bool {
	for _, f := range p.fields {
		if !f.required {
			continue
		}
		fv := row.Field(f.index)
		switch fv.Kind() {
		case reflect.Pointer:
			if fv.IsNil() {
				if _, ok := approx[path+"."+f.key]; !ok {
					return false
				}
			}
		case reflect.String, reflect.Slice:
			if fv.Len() == 0 {
				return false
			}
		}
	}
	return true
}

// drop forgets what was noted about a row left out: its approximate
// figures and the origins of its lists.
func (b *builder) drop(prefix string) {
	for path := range b.approx {
		if within(path, prefix) {
			delete(b.approx, path)
		}
	}
	for path := range b.origins {
		if within(path, prefix) {
			delete(b.origins, path)
		}
	}
}

// within reports whether path lies inside the value at prefix.
func within(path, prefix string) bool {
	return len(path) > len(prefix) && path[:len(prefix)] == prefix && (path[len(prefix)] == '.' || path[len(prefix)] == '[')
}

// finish sets the approximate figures on the period.
func (b *builder) finish() {
	for path, a := range b.approx {
		b.p.SetApprox(path, a)
	}
}

// overflowError names the sums too large to hold.
func (b *builder) overflowError() error {
	if len(b.overflow) == 0 {
		return nil
	}
	return fmt.Errorf("合计超出了可处理的范围(%s)", b.overflow[0])
}
