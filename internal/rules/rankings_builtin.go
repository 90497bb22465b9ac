package rules

import (
	"zongjie/internal/cnfmt"
	"zongjie/internal/record"
)

// Built-in ranking ids.
const (
	RankGroupDonation = "charity.group_ranking"   // groups by 人均捐款
	RankTopUnits      = "charity.top_units"       // the ten units with the highest 人均捐款
	RankGroupTopUnits = "charity.group_top_units" // the unit with the highest 人均捐款 in each group
)

// IsBuiltinRanking reports whether id is a built-in ranking.
func IsBuiltinRanking(id string) bool {
	return id == RankGroupDonation || id == RankTopUnits || id == RankGroupTopUnits
}

// topUnits is how many units the county-wide donation ranking keeps.
const topUnits = 10

// rankSpec says how to build one ranking.
type rankSpec struct {
	id, label, indicator string
	per                  Per
	order                Order
	top                  int
	within               bool
}

// builtinRankings returns the built-in rankings' specifications for p.
func builtinRankings(p *record.Period) []rankSpec {
	g := groupWord(p)
	return []rankSpec{
		{RankGroupDonation, "各" + g + "人均捐款排名", IDGroupDonationPerHead, PerGroup, Desc, 0, false},
		{RankTopUnits, "人均捐款最多的" + cnfmt.Hanzi(topUnits) + "个单位", IDUnitDonationPerHead, PerUnit, Desc, topUnits, false},
		{RankGroupTopUnits, "各" + g + "人均捐款最多的单位", IDUnitDonationPerHead, PerUnit, Desc, 0, true},
	}
}

// buildRanking ranks the period's values of the spec's indicator; ok is
// false when no subject has the figure. unitGroup gives a unit's group by
// the unit's name (see unitGroups).
func buildRanking(s rankSpec, p *record.Period, values []Value, unitGroup func(name string) string) (Ranking, bool) {
	r := Ranking{ID: s.id, Label: s.label, Indicator: s.indicator, Per: s.per, Order: s.order, Top: s.top, WithinGroup: s.within}
	var group func(string) string
	if s.per == PerUnit {
		group = unitGroup
	}
	cands, skips := candidates(values, s.indicator)
	r.Skipped = skips
	if len(cands) == 0 {
		return r, false
	}
	r.Ranked = len(cands)
	value := func(i int) *Value { return &values[cands[i]] }
	keys := keysOf(len(cands), value)
	var ps []placed
	if s.within {
		groupOf := func(i int) string {
			if group == nil {
				return "" // not units: no groups to rank within
			}
			return group(value(i).Subject)
		}
		ps = placeWithinGroups(keys, groupOf, groupOrder(p), s.order)
		if len(ps) == 0 {
			return r, false
		}
		if s.top > 0 && len(ps) > s.top {
			ps = ps[:s.top]
		}
	} else {
		ps = place(keys, s.order, s.top)
	}
	r.Entries = make([]Entry, len(ps))
	for k, pl := range ps {
		r.Entries[k] = entry(value(pl.i), group, pl)
	}
	return r, true
}

// unitGroups returns a function giving the group of the (first) unit of a
// name, "" for none. The lookup table is made on the first call, once for
// all the rankings of a period.
func unitGroups(p *record.Period) func(name string) string {
	var groups map[string]string
	return func(name string) string {
		if groups == nil {
			groups = make(map[string]string, len(p.Units))
			for i := range p.Units {
				u := &p.Units[i]
				if _, dup := groups[u.Name]; !dup {
					groups[u.Name] = u.Group
				}
			}
		}
		return groups[name]
	}
}

// groupOrder lists the groups in the order the data gives them, then any
// group named only by units.
func groupOrder(p *record.Period) []string {
	var out []string
	seen := map[string]bool{}
	for _, g := range p.Groups {
		if !seen[g.Name] {
			seen[g.Name] = true
			out = append(out, g.Name)
		}
	}
	for _, u := range p.Units {
		if u.Group != "" && !seen[u.Group] {
			seen[u.Group] = true
			out = append(out, u.Group)
		}
	}
	return out
}

// groupWord is what the groups are called: the kind most groups have (学区,
// 片区), or 分组.
func groupWord(p *record.Period) string {
	counts := map[string]int{}
	best, bestN := "", 0
	for _, g := range p.Groups {
		if g.Kind == "" {
			continue
		}
		counts[g.Kind]++
		if counts[g.Kind] > bestN {
			best, bestN = g.Kind, counts[g.Kind]
		}
	}
	if best == "" {
		return "分组"
	}
	return best
}
