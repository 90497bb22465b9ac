package split

import (
	"cmp"
	"slices"

	"zongjie/internal/record"
)

// ref is one result of one activity.
type ref struct{ activity, result int }

// index says, for every name a part is keyed by (its units' names and, for
// a group, the group's), which activity results and honours name it: those
// whose winner (who) begins with the name, as "枫林镇中心小学 张三" begins
// with 枫林镇中心小学. It is built once per file, so each part's share is a
// lookup: splitting n units costs O(n + results) instead of matching every
// part against every result, O(n × results).
type index struct {
	results map[string][]ref
	honours map[string][]int
}

func newIndex(p *record.Period, names []string) *index {
	set := make(map[string]bool, len(names))
	seen := map[int]bool{}
	var lengths []int // the distinct name lengths in bytes, ascending
	for _, n := range names {
		if n == "" {
			continue
		}
		set[n] = true
		if !seen[len(n)] {
			seen[len(n)] = true
			lengths = append(lengths, len(n))
		}
	}
	slices.Sort(lengths)
	// named lists the names who begins with: its prefixes of a name's
	// length that are names.
	named := func(who string, f func(name string)) {
		for _, l := range lengths {
			if l > len(who) {
				return
			}
			if set[who[:l]] {
				f(who[:l])
			}
		}
	}
	ix := &index{results: map[string][]ref{}, honours: map[string][]int{}}
	for ai, a := range p.Activities {
		for ri, r := range a.Results {
			named(r.Who, func(n string) { ix.results[n] = append(ix.results[n], ref{ai, ri}) })
		}
	}
	for hi, h := range p.Honours {
		named(h.Who, func(n string) { ix.honours[n] = append(ix.honours[n], hi) })
	}
	return ix
}

// of returns the results and honours that name any of keys, in file order,
// each once.
func (ix *index) of(keys []string) ([]ref, []int) {
	var refs []ref
	var honours []int
	for _, k := range keys {
		refs = append(refs, ix.results[k]...)
		honours = append(honours, ix.honours[k]...)
	}
	if len(keys) > 1 {
		slices.SortFunc(refs, func(a, b ref) int {
			return cmp.Or(cmp.Compare(a.activity, b.activity), cmp.Compare(a.result, b.result))
		})
		refs = slices.Compact(refs)
		slices.Sort(honours)
		honours = slices.Compact(honours)
	}
	return refs, honours
}
