package report

import (
	"strconv"

	"zongjie/internal/cnfmt"
	"zongjie/internal/prose"
	"zongjie/internal/record"
	"zongjie/internal/rules"
)

// partsText words labelled counts of the records: "机关1个、中心3个、学区5个".
func partsText(ps []record.Part, unit string) string {
	var out []string
	for _, p := range ps {
		if p.Count == nil {
			return missing
		}
		out = append(out, escapeText(p.Label)+strconv.FormatInt(*p.Count, 10)+unit)
	}
	return cnfmt.Join(out)
}

// targets words next period's targets as plan clauses (prose.TargetClause):
// "努力完成教职工慈善捐款140万元的任务", "争取获得困难慰问金100万元（包括…）".
// A target for a year after the next is the new term's, said in a term
// review's suggestions instead.
func (c *composer) targets() []any {
	staff := c.prose().Staff()
	var out []any
	for _, t := range c.period.Targets {
		if t.Year != nil && c.period.When.Year != nil && *t.Year > *c.period.When.Year+1 {
			continue
		}
		if s := prose.TargetClause(t, staff); s != "" {
			out = append(out, string(markData)+escapeText(s))
		}
	}
	return out
}

// targetChecks words the previous plan's targets against this period's
// results: "慈善捐款目标为140万元，实际完成146.52万元，超额完成任务".
func (c *composer) targetChecks() []any {
	if c.res == nil {
		return nil
	}
	var out []any
	for _, t := range c.res.Targets {
		if t.Status == "" || !t.Actual.OK() {
			continue
		}
		s := string(markData) + t.Name + "目标为" + prose.Value(t.Target) + "，实际完成" + prose.Value(t.Actual) + "，"
		switch t.Status {
		case rules.StatusExceeded:
			s += "超额完成任务"
		case rules.StatusMet:
			s += "完成任务"
		default:
			s += "未完成任务"
			if g := prose.Gap(t); g != "" {
				s += "，" + g
			}
		}
		out = append(out, s)
	}
	return out
}

// targetsFrom names the period whose plan set the targets checked.
func (c *composer) targetsFrom() string {
	if c.res == nil || len(c.res.Targets) == 0 {
		return missing
	}
	return string(markData) + c.res.Targets[0].From
}
