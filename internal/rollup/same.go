package rollup

import (
	"reflect"

	"zongjie/internal/num"
)

// same is a value kept where every contributor that gives it agrees: a
// text, a date, a yes/no, a rate, an exact figure. Contributors that do
// not give it have no say; two that differ leave it out (conflict), for
// good.
type same struct {
	set      bool
	conflict bool
	v        any         // the value (a pointer field's element)
	approx   *num.Approx // an approximate figure, compared by its words
	// based: a contributor gave this rate with its part and whole, so it
	// is recomputed from their sums, not kept (roll:"rate=…").
	based bool
}

// add adds one contributor's value.
func (s *same) add(v any, a *num.Approx) {
	switch {
	case s.conflict:
	case !s.set:
		s.set, s.v, s.approx = true, v, a
	case !equalValue(s.v, s.approx, v, a):
		s.conflict, s.v, s.approx = true, nil, nil
	}
}

// merge adds another same's values.
func (s *same) merge(t *same) {
	if t != nil && t.based {
		s.based = true
	}
	switch {
	case t == nil || !t.set && !t.conflict:
	case t.conflict:
		s.set, s.conflict, s.v, s.approx = true, true, nil, nil
	default:
		s.add(t.v, t.approx)
	}
}

// value returns the value kept, if any.
func (s *same) value() (any, *num.Approx, bool) {
	if !s.set || s.conflict {
		return nil, nil, false
	}
	return s.v, s.approx, true
}

func equalValue(v any, a *num.Approx, w any, b *num.Approx) bool {
	switch {
	case a != nil || b != nil:
		return a != nil && b != nil && a.String() == b.String() && a.Bound() == b.Bound() && a.Value().Cmp(b.Value()) == 0
	}
	if reflect.TypeOf(v) != reflect.TypeOf(w) {
		return false
	}
	if reflect.TypeOf(v).Comparable() {
		return v == w
	}
	return reflect.DeepEqual(v, w)
}
