package rollup

import (
	"cmp"
	"slices"
	"strings"
)

// rec is a record as the merge goes: one slot per field of its plan.
type rec struct {
	plan  *recordPlan
	slots []slot
	// origin is the first contributor of a row (see origin).
	origin origin
	// key is a row's key; dead marks a row left out for good, its
	// required values disagreeing (see builder.list), and present that
	// a contributor gave it a figure.
	key     string
	dead    bool
	present bool
}

// slot is one field of a rec; which member is used follows the field's
// nature.
type slot struct {
	fig   *figure          // natSum
	same  *same            // natSame, natKey
	sub   *rec             // natRecord; natMax: the record kept
	list  *list            // natList
	names *names           // natNames
	m     map[string]*same // natMap
	// max is natMax's compared figure of the record kept.
	max int64
}

func newRec(p *recordPlan) *rec { return &rec{plan: p, slots: make([]slot, len(p.fields))} }

// origin says where a row or text came from, so that the merged lists come
// out in one order however the unions were cut into partial roll-ups: the
// name of the first union (in name order) that gave it, and its place in
// that union's list. The federation's own rows come first (who "").
type origin struct {
	who string
	idx int
}

func (o origin) less(p origin) bool {
	if o.who != p.who {
		return o.who < p.who
	}
	return o.idx < p.idx
}

func compareOrigin(a, b origin) int {
	return cmp.Or(strings.Compare(a.who, b.who), cmp.Compare(a.idx, b.idx))
}

// list is a list of records as the merge goes: one row per key.
type list struct {
	plan  *recordPlan
	rows  []*rec
	byKey map[string]*rec
}

// row returns the row of key, made (with origin o) when new; a row's origin
// is the least of its contributors'.
func (l *list) row(key string, o origin) *rec {
	if r, ok := l.byKey[key]; ok {
		if o.less(r.origin) {
			r.origin = o
		}
		return r
	}
	r := newRec(l.plan)
	r.origin, r.key = o, key
	if l.byKey == nil {
		l.byKey = map[string]*rec{}
	}
	l.byKey[key] = r
	l.rows = append(l.rows, r)
	return r
}

// sorted returns the rows in origin order.
func (l *list) sorted() []*rec {
	rows := slices.Clone(l.rows)
	slices.SortStableFunc(rows, func(a, b *rec) int { return compareOrigin(a.origin, b.origin) })
	return rows
}

// names is a list of texts as the merge goes: each text once.
type names struct {
	by map[string]origin
}

func (n *names) add(s string, o origin) {
	if n.by == nil {
		n.by = map[string]origin{}
	}
	if p, ok := n.by[s]; !ok || o.less(p) {
		n.by[s] = o
	}
}

// sorted returns the texts in origin order.
func (n *names) sorted() ([]string, []origin) {
	out := make([]string, 0, len(n.by))
	for s := range n.by {
		out = append(out, s)
	}
	slices.SortFunc(out, func(a, b string) int { return cmp.Or(compareOrigin(n.by[a], n.by[b]), strings.Compare(a, b)) })
	os := make([]origin, len(out))
	for i, s := range out {
		os[i] = n.by[s]
	}
	return out, os
}
