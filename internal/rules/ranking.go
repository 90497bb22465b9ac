package rules

import (
	"math/big"
	"slices"
	"strings"

	"zongjie/internal/record"
)

// Order is the direction of a ranking.
type Order int

// Ranking directions.
const (
	Desc Order = iota // largest first
	Asc               // smallest first
)

// String returns "desc" or "asc".
func (o Order) String() string {
	if o == Asc {
		return "asc"
	}
	return "desc"
}

// Ranking orders groups or units by one of their figures.
type Ranking struct {
	ID        string // e.g. "charity.top_units"
	Label     string // e.g. "人均捐款最多的十个单位"
	Indicator string // the id of the per-group or per-unit value ranked
	Per       Per    // PerGroup or PerUnit
	Order     Order
	// Top keeps the entries ranked Top or better (0 keeps all); entries tied
	// at the boundary are all kept, so a top ten may list eleven.
	Top int
	// WithinGroup ranks the units inside each group and keeps the best of
	// each: one entry per group (more when tied, marked 并列), ordered
	// across groups by the figure, groups of equal figure in group order.
	WithinGroup bool
	Entries     []Entry
	// Ranked is how many subjects had the figure: all of them are listed
	// when it equals len(Entries).
	Ranked int
	// Skipped lists subjects whose figure could not be computed.
	Skipped []Skip
}

// Entry is one ranked group or unit.
type Entry struct {
	Name  string
	Group string // the unit's group; "" for groups and ungrouped units
	Value Value
	// Rank is the competition rank (1, 2, 2, 4): one more than the number
	// of entries with a better figure. Within-group rankings give the rank
	// inside the group.
	Rank int
	// Tied marks an entry that shares its rank (and figure, exactly) with
	// another entry (并列).
	Tied bool
	Pos  record.Pos // where the figure was written
}

// Skip is a subject left out of a ranking, with the reason.
type Skip struct {
	Name   string `json:"name"`
	Reason string `json:"reason"`
}

// rankKey is the figure of v as printed (Value.Shown), which rankings
// compare first.
func rankKey(v Value) *big.Rat {
	r, ok := new(big.Rat).SetString(v.Shown())
	if !ok {
		panic("rules: rankKey of a value that is not OK: " + v.ID)
	}
	return r
}

// rankKeys are the figures of a ranking's entries, compared many times
// while sorting: the printed figures, as fixed-point integers (units of
// 10^-6) when every figure fits, which is the usual case, else as exact
// rationals; entries that print alike are then compared by their exact
// figures (exact), so that two are tied (并列) only when they are equal:
// 96.25元 and 95.56元 both print 96元 but are seventh and eighth.
type rankKeys struct {
	fixed []int64
	rats  []*big.Rat
	exact func(i int) *big.Rat
}

// fixedScale is the number of decimals a fixed-point key keeps.
const fixedScale = 6

// keysOf returns the keys of n values, the i-th given by value(i).
func keysOf(n int, value func(i int) *Value) rankKeys {
	exact := func(i int) *big.Rat { return value(i).Num }
	fixed := make([]int64, n)
	for i := range n {
		f, ok := fixedKey(value(i).Shown())
		if !ok {
			rats := make([]*big.Rat, n)
			for j := range n {
				rats[j] = rankKey(*value(j))
			}
			return rankKeys{rats: rats, exact: exact}
		}
		fixed[i] = f
	}
	return rankKeys{fixed: fixed, exact: exact}
}

func (k rankKeys) cmp(i, j int) int {
	if c := k.printed(i, j); c != 0 || k.exact == nil {
		return c
	}
	return k.exact(i).Cmp(k.exact(j))
}

// printed compares the printed figures of i and j.
func (k rankKeys) printed(i, j int) int {
	if k.rats != nil {
		return k.rats[i].Cmp(k.rats[j])
	}
	switch a, b := k.fixed[i], k.fixed[j]; {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// fixedKey reads a printed decimal ("-12.5") as an integer number of
// 10^-fixedScale, or reports that it does not fit.
func fixedKey(s string) (int64, bool) {
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	whole, frac, _ := strings.Cut(s, ".")
	if whole == "" || len(frac) > fixedScale || len(whole)+fixedScale > 18 {
		return 0, false
	}
	var v int64
	for _, c := range whole + frac + strings.Repeat("0", fixedScale-len(frac)) {
		if c < '0' || c > '9' {
			return 0, false
		}
		v = v*10 + int64(c-'0')
	}
	if neg {
		v = -v
	}
	return v, true
}

// placed is a candidate's place in a ranking: its index among the
// candidates, its rank and whether it is tied.
type placed struct {
	i    int
	rank int
	tied bool
}

// place orders the candidates by their keys (stable: equal figures keep
// input order), gives competition ranks and tie marks, and keeps those
// ranked top or better (top 0 keeps all).
func place(keys rankKeys, order Order, top int) []placed {
	n := keys.len()
	idx := make([]int, n)
	for i := range idx {
		idx[i] = i
	}
	sortByKey(idx, keys, order)
	size := n
	if top > 0 {
		size = min(size, top)
	}
	out := make([]placed, 0, size)
	r := 0 // the rank of the candidate at pos
	for pos, i := range idx {
		tiedBefore := pos > 0 && keys.cmp(i, idx[pos-1]) == 0
		if !tiedBefore {
			r = pos + 1
		}
		if top > 0 && r > top {
			break // ranks only grow from here
		}
		tied := tiedBefore || (pos+1 < n && keys.cmp(i, idx[pos+1]) == 0)
		out = append(out, placed{i, r, tied})
	}
	return out
}

// len is the number of keys.
func (k rankKeys) len() int {
	if k.rats != nil {
		return len(k.rats)
	}
	return len(k.fixed)
}

// sortByKey sorts the candidate indices idx by their keys in the given
// order, keeping the input order of equal keys.
func sortByKey(idx []int, keys rankKeys, order Order) {
	slices.SortStableFunc(idx, func(a, b int) int {
		if order == Asc {
			return keys.cmp(a, b)
		}
		return keys.cmp(b, a)
	})
}

// placeWithinGroups keeps the best candidates of each group (in the order
// the groups are given; group gives a candidate's group, "" for none) and
// orders them across groups by their keys. Each is ranked 1 in its group,
// tied when another of the group shares its figure.
func placeWithinGroups(keys rankKeys, group func(i int) string, groups []string, order Order) []placed {
	byGroup := map[string][]int{}
	for i := range keys.len() {
		if g := group(i); g != "" {
			byGroup[g] = append(byGroup[g], i)
		}
	}
	better := func(a, b int) bool {
		if order == Asc {
			return keys.cmp(a, b) < 0
		}
		return keys.cmp(a, b) > 0
	}
	var best []placed // group by group
	for _, g := range groups {
		members := byGroup[g]
		if len(members) == 0 {
			continue
		}
		top := members[0]
		for _, i := range members[1:] {
			if better(i, top) {
				top = i
			}
		}
		first := len(best)
		for _, i := range members {
			if keys.cmp(i, top) == 0 {
				best = append(best, placed{i: i, rank: 1})
			}
		}
		for k := first; k < len(best); k++ {
			best[k].tied = len(best)-first > 1
		}
	}
	slices.SortStableFunc(best, func(a, b placed) int {
		if order == Asc {
			return keys.cmp(a.i, b.i)
		}
		return keys.cmp(b.i, a.i)
	})
	if best == nil {
		best = []placed{}
	}
	return best
}

// candidates gathers the positions in values of the values of indicator
// id (subjects in input order) that can be ranked; values that could not
// be computed are returned as skips.
func candidates(values []Value, id string) ([]int, []Skip) {
	var cands []int
	var skips []Skip
	for i := range values {
		v := &values[i]
		if v.ID != id {
			continue
		}
		if !v.OK() {
			skips = append(skips, Skip{Name: v.Subject, Reason: v.Err})
			continue
		}
		cands = append(cands, i)
	}
	return cands, skips
}

// entry makes the ranking entry of a value; group gives a unit's group.
func entry(v *Value, group func(subject string) string, p placed) Entry {
	e := Entry{Name: v.Subject, Value: *v, Rank: p.rank, Tied: p.tied}
	if group != nil {
		e.Group = group(v.Subject)
	}
	if len(v.Inputs) > 0 {
		e.Pos = v.Inputs[0].Pos
	}
	return e
}
