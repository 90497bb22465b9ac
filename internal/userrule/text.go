package userrule

import (
	"regexp"
	"sync"

	"zongjie/internal/rules"
)

// placeholder matches {name} in a finding's text; compiled at the first
// rule file, not as every process starts.
var placeholder = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`\{([^{}]*)\}`) })

// findingValues returns the whole-organisation values a finding's text
// names as {id} ({count} and {names} aside), through lookup, in the order
// the text names them; ok is false when one cannot be computed, and the
// finding is then left out. The text itself is worded with its values and
// subjects in internal/prose.
func findingValues(text string, lookup func(id string) (rules.Value, bool)) ([]rules.Value, bool) {
	var vs []rules.Value
	for _, m := range placeholder().FindAllStringSubmatch(text, -1) {
		name := m[1]
		if name == "count" || name == "names" {
			continue
		}
		v, found := lookup(name)
		if !found || !v.OK() {
			return nil, false
		}
		vs = append(vs, v)
	}
	return vs, true
}
