package rules

import (
	"math/big"
	"sort"
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
	// Tied marks an entry that shares its rank (and printed figure) with
	// another entry (并列).
	Tied bool
	Pos  record.Pos // where the figure was written
}

// Skip is a subject left out of a ranking, with the reason.
type Skip struct {
	Name   string `json:"name"`
	Reason string `json:"reason"`
}

// rankKey is what rankings compare: the figure as printed (Value.Shown), so
// two entries are tied exactly when the report prints the same figure.
func rankKey(v Value) *big.Rat {
	r, ok := new(big.Rat).SetString(v.Shown())
	if !ok {
		panic("rules: rankKey of a value that is not OK: " + v.ID)
	}
	return r
}

// rankKeys are the printed figures of a ranking's entries, compared many
// times while sorting: as fixed-point integers (units of 10^-6) when every
// figure fits, which is the usual case, else as exact rationals.
type rankKeys struct {
	fixed []int64
	rats  []*big.Rat
}

// fixedScale is the number of decimals a fixed-point key keeps.
const fixedScale = 6

func keysOf(entries []Entry) rankKeys {
	fixed := make([]int64, len(entries))
	for i, e := range entries {
		f, ok := fixedKey(e.Value.Shown())
		if !ok {
			rats := make([]*big.Rat, len(entries))
			for j, e := range entries {
				rats[j] = rankKey(e.Value)
			}
			return rankKeys{rats: rats}
		}
		fixed[i] = f
	}
	return rankKeys{fixed: fixed}
}

func (k rankKeys) cmp(i, j int) int {
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

// rank sorts entries by their figure (stable: equal figures keep input
// order), sets competition ranks and tie marks, and keeps those ranked top
// or better (top 0 keeps all). Every entry's Value must be OK.
func rank(entries []Entry, order Order, top int) []Entry {
	keys := keysOf(entries)
	idx := make([]int, len(entries))
	for i := range entries {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool {
		c := keys.cmp(idx[a], idx[b])
		if order == Asc {
			return c < 0
		}
		return c > 0
	})
	out := make([]Entry, 0, len(entries))
	for pos, i := range idx {
		e := entries[i]
		if pos > 0 && keys.cmp(i, idx[pos-1]) == 0 {
			e.Rank = out[pos-1].Rank
		} else {
			e.Rank = pos + 1
		}
		e.Tied = (pos > 0 && keys.cmp(i, idx[pos-1]) == 0) ||
			(pos+1 < len(idx) && keys.cmp(i, idx[pos+1]) == 0)
		out = append(out, e)
	}
	if top > 0 {
		n := 0
		for n < len(out) && out[n].Rank <= top {
			n++
		}
		out = out[:n]
	}
	return out
}

// rankWithinGroups keeps the best entries of each group (in the order the
// groups are given) and orders them across groups by their figure.
func rankWithinGroups(entries []Entry, groups []string, order Order) []Entry {
	byGroup := map[string][]Entry{}
	for _, e := range entries {
		if e.Group != "" {
			byGroup[e.Group] = append(byGroup[e.Group], e)
		}
	}
	var best []Entry
	for _, g := range groups {
		if len(byGroup[g]) == 0 {
			continue
		}
		best = append(best, rank(byGroup[g], order, 1)...)
	}
	keys := keysOf(best)
	idx := make([]int, len(best))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool {
		c := keys.cmp(idx[a], idx[b])
		if order == Asc {
			return c < 0
		}
		return c > 0
	})
	out := make([]Entry, len(best))
	for i, j := range idx {
		out[i] = best[j]
	}
	return out
}

// candidates gathers the values of indicator id for the given subjects
// (in input order) as ranking entries; values that could not be computed
// are returned as skips.
func candidates(values []Value, id string, group func(subject string) string) ([]Entry, []Skip) {
	var entries []Entry
	var skips []Skip
	for _, v := range values {
		if v.ID != id {
			continue
		}
		if !v.OK() {
			skips = append(skips, Skip{Name: v.Subject, Reason: v.Err})
			continue
		}
		e := Entry{Name: v.Subject, Value: v}
		if group != nil {
			e.Group = group(v.Subject)
		}
		if len(v.Inputs) > 0 {
			e.Pos = v.Inputs[0].Pos
		}
		entries = append(entries, e)
	}
	return entries, skips
}
