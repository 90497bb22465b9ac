package userrule

import (
	"regexp"
	"strconv"
	"strings"

	"zongjie/internal/rules"
)

// placeholder matches {name} in a finding's text.
var placeholder = regexp.MustCompile(`\{([^{}]*)\}`)

// findingText words a user finding: it fills the clerk's text with {count}
// (how many groups or units the condition holds for), {names} (their
// names, joined with 、) and {id} (a whole-organisation value, as a report
// writes it, through lookup). ok is false when a value the text names
// cannot be worded; the finding is then left out. This is the only place
// the user-rule language words anything.
func findingText(text string, hits []string, lookup func(id string) (rules.Value, bool)) (string, bool) {
	ok := true
	s := placeholder.ReplaceAllStringFunc(text, func(m string) string {
		name := m[1 : len(m)-1]
		switch name {
		case "count":
			return strconv.Itoa(len(hits))
		case "names":
			return strings.Join(hits, "、")
		}
		v, found := lookup(name)
		if !found || !v.OK() {
			ok = false
			return ""
		}
		return v.Text()
	})
	return s, ok
}
