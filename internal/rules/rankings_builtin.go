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
// false when no subject has the figure.
func buildRanking(s rankSpec, p *record.Period, values []Value) (Ranking, bool) {
	r := Ranking{ID: s.id, Label: s.label, Indicator: s.indicator, Per: s.per, Order: s.order, Top: s.top, WithinGroup: s.within}
	var group func(string) string
	if s.per == PerUnit {
		groups := map[string]string{}
		for _, u := range p.Units {
			if _, dup := groups[u.Name]; !dup {
				groups[u.Name] = u.Group
			}
		}
		group = func(name string) string { return groups[name] }
	}
	entries, skips := candidates(values, s.indicator, group)
	r.Skipped = skips
	if len(entries) == 0 {
		return r, false
	}
	if s.within {
		r.Entries = rankWithinGroups(entries, groupOrder(p), s.order)
		if len(r.Entries) == 0 {
			return r, false
		}
		if s.top > 0 && len(r.Entries) > s.top {
			r.Entries = r.Entries[:s.top]
		}
		return r, true
	}
	r.Entries = rank(entries, s.order, s.top)
	return r, true
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
