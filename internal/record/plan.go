package record

// reviewParts are the parts of a data file that tell the work of its
// period: what was done (membership, finance, relief, activities, …) and
// the clerk's paragraphs on it, its problems and experience.
var reviewParts = []string{
	"membership", "building", "finance", "relief", "charity", "activities",
	"honours", "commendations", "units", "democracy", "bargaining", "contracts",
	"rights", "labour", "women", "facilities", "figures", "rates",
	"text.sections", "text.problems", "text.experience",
}

// PlansOnly reports whether the file is a plan and nothing else: it plans
// (targets, a monthly schedule or text.plan) and writes none of the work
// of its period. Such a file's period is the period planned, and it may be
// dated before that period begins (a school union's plan for the autumn
// term, written in August).
func (p *Period) PlansOnly() bool {
	if !p.Has("targets") && !p.Has("schedule") && !p.Has("text.plan") {
		return false
	}
	for _, part := range reviewParts {
		if p.Has(part) {
			return false
		}
	}
	return true
}
