package record

import (
	"reflect"
	"strings"
)

// reviewParts are the parts of a data file that tell the work of its
// period: what was done (membership, finance, relief, activities, …).
// With the clerk's paragraphs on it, its problems and its experience
// (Text), they make a file a record of work, not a plan.
var reviewParts = []string{
	"membership", "building", "finance", "relief", "charity", "activities",
	"honours", "commendations", "units", "democracy", "bargaining", "contracts",
	"rights", "labour", "women", "facilities", "figures", "rates",
}

// PlansOnly reports whether the file is a plan and nothing else: it plans
// (targets, a monthly schedule, text.plan, its guidance or theme) and
// tells none of the work of its period (reviewParts, the clerk's section
// paragraphs, problems or experience), what is written counted, not keys
// left empty. Such a file's period is the period planned (unless it is
// dated as that period ends: see report's nextPeriod), and it may be
// dated before that period begins (a school union's plan for the autumn
// term, written in August).
func (p *Period) PlansOnly() bool {
	if !p.Plans() {
		return false
	}
	t := p.Text
	if Said(t.Problems) || Said(t.Experience) {
		return false
	}
	for _, ps := range t.Sections {
		if Said(ps) {
			return false
		}
	}
	v := reflect.ValueOf(p).Elem()
	fs := fieldsOf(v.Type())
	for _, part := range reviewParts {
		if fi := fieldIndex(fs, part); fi >= 0 && !isZero(v.Field(fs[fi].index)) {
			return false
		}
	}
	return true
}

// Plans reports whether the file plans a period: targets, a monthly
// schedule, work in text.plan, its guidance or its theme.
func (p *Period) Plans() bool {
	t := p.Text
	if len(p.Targets) > 0 || strings.TrimSpace(t.Guidance) != "" || strings.TrimSpace(t.Theme) != "" {
		return true
	}
	for _, s := range t.Plan {
		if Said(s.Items) {
			return true
		}
	}
	for _, m := range p.Schedule {
		if Said(m.Items) {
			return true
		}
	}
	return false
}

// Said reports whether any of the texts is more than blanks.
func Said(ts []string) bool {
	for _, t := range ts {
		if strings.TrimSpace(t) != "" {
			return true
		}
	}
	return false
}
