package report

import (
	"math/big"
	"strconv"
	"strings"

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
	var out []any
	for _, t := range c.period.Targets {
		if t.Year != nil && c.period.When.Year != nil && *t.Year > *c.period.When.Year+1 {
			continue
		}
		if s := c.prose().TargetClause(t); s != "" {
			out = append(out, string(markData)+escapeText(s))
		}
	}
	return out
}

// targetChecks words the previous plan's targets against this period's
// figures, each a clause; none when the targets were not set for this
// period (see targetsReach). Targets reached alike are one clause when
// there are two or more ("建会率、入会率2项目标均超额完成，分别为95.1%
// （目标95%）和92.3%（目标92%）"): six clauses of one frame read like a form filled in. Targets
// on their way (part of the year counted) and those missed follow, each
// with its gap.
func (c *composer) targetChecks() []any {
	if c.res == nil {
		return nil
	}
	reach := c.targetsReach()
	if reach == reachNone {
		return nil
	}
	pw := c.prose()
	var exceeded, met []rules.TargetCheck
	var rest []any
	for _, t := range c.res.Targets {
		if t.Status == "" || !t.Actual.OK() {
			continue
		}
		if reach == reachYear {
			rest = append(rest, string(markData)+c.progress(t, c.period.When.Part))
			continue
		}
		if counted := pw.Counted(t); counted != "" && t.Status == rules.StatusMissed {
			// counted before the year's end: on its way, not missed
			rest = append(rest, string(markData)+c.progress(t, counted))
			continue
		}
		switch t.Status {
		case rules.StatusExceeded:
			exceeded = append(exceeded, t)
		case rules.StatusMet:
			met = append(met, t)
		default:
			s := prose.StaffName(t.Name, pw.Staff()) + "目标为" + pw.Value(t.Target) + "，" + actualWord(t) + pw.Value(t.Actual) + "，未完成任务"
			if g := prose.Gap(t); g != "" {
				s += "，" + g
			}
			rest = append(rest, string(markData)+s)
		}
	}
	var out []any
	for _, g := range []struct {
		ts   []rules.TargetCheck
		verb string
	}{{exceeded, "超额完成"}, {met, "完成"}} {
		switch len(g.ts) {
		case 0:
		case 1:
			t := g.ts[0]
			out = append(out, string(markData)+prose.StaffName(t.Name, pw.Staff())+"目标为"+pw.Value(t.Target)+"，"+actualWord(t)+pw.Value(t.Actual)+"，"+g.verb+"任务")
		default:
			names, actuals := make([]string, len(g.ts)), make([]string, len(g.ts))
			for i, t := range g.ts {
				names[i], actuals[i] = prose.StaffName(t.Name, pw.Staff()), pw.Value(t.Actual)+"（目标"+pw.Value(t.Target)+"）"
			}
			out = append(out, string(markData)+strings.Join(names, "、")+strconv.Itoa(len(g.ts))+"项目标均"+g.verb+"，分别为"+cnfmt.JoinAnd(actuals))
		}
	}
	return append(out, rest...)
}

// actualWord introduces a target's actual figure: a rate or an amount
// is what it came to (实际为92.3%), a count what was done (实际完成9860人).
func actualWord(t rules.TargetCheck) string {
	if t.Kind == record.MetricCount {
		return "实际完成"
	}
	return "实际为"
}

// progress words a year's target against part of the year (the first
// half, or 1—11月 the figures were counted over): "慈善捐款全年目标为140万元，
// 上半年已完成50万元，完成全年目标的35.7%". Part of a year short of a year's
// target has not missed it.
func (c *composer) progress(t rules.TargetCheck, part string) string {
	s := prose.StaffName(t.Name, c.prose().Staff()) + "全年目标为" + c.prose().Value(t.Target) + "，" + part
	if t.Kind == record.MetricRate {
		s += "为" + c.prose().Value(t.Actual)
		if t.Status != rules.StatusMissed {
			s += "，已达到全年目标"
		}
		return s
	}
	s += "已完成" + c.prose().Value(t.Actual) + "，"
	switch {
	case t.Status == rules.StatusExceeded:
		return s + "已超过全年目标"
	case t.Status == rules.StatusMet:
		return s + "提前完成全年目标"
	case t.Ratio != nil:
		return s + "完成全年目标的" + cnfmt.Number(new(big.Rat).Mul(t.Ratio, big.NewRat(100, 1)), 1) + "%"
	}
	return strings.TrimSuffix(s, "，")
}

// targetsMissed reports whether a target set for this period was missed:
// the opening then does not claim every task done (较好地完成了各项工作任务).
func (c *composer) targetsMissed() bool {
	if c.res == nil || c.targetsReach() != reachSame {
		return false
	}
	for _, t := range c.res.Targets {
		if t.Status == rules.StatusMissed && t.Actual.OK() && !t.Partial() {
			return true
		}
	}
	return false
}

// targetsFrom names the period whose plan set the targets checked.
func (c *composer) targetsFrom() string {
	if c.res == nil || len(c.res.Targets) == 0 || c.targetsReach() == reachNone {
		return missing
	}
	return string(markData) + c.res.Targets[0].From
}

// reach is how the targets of the previous plan bear on this period.
type reach int

const (
	reachSame reach = iota // set for this period: met, exceeded or missed
	reachYear              // set for the year this period is the first half of: progress
	reachNone              // set for another period: not checked
)

// targetsReach tells what the targets of the period before set out: a
// plan names the targets of the period after it (a year's the next year,
// a first half's the second half, a semester's the next semester). A
// first half is checked against its year's targets as progress; targets
// for another period (last year's second half, a year skipped) are not
// this period's and are not checked.
func (c *composer) targetsReach() reach {
	if len(c.periods) < 2 {
		return reachSame
	}
	plan, now := c.periods[len(c.periods)-2].When, c.period.When
	if plan.Year == nil || now.Year == nil {
		return reachSame
	}
	y, part := nextOf(plan)
	switch {
	case y != int(*now.Year):
		return reachNone
	case part == partOf(now):
		return reachSame
	case part == record.PartYear && partOf(now) == record.PartFirstHalf:
		return reachYear
	}
	return reachNone
}

// nextOf is the period a plan made in s is for.
func nextOf(s record.PeriodSpec) (year int, part string) {
	y := int(*s.Year)
	switch s.Part {
	case record.PartFirstHalf:
		return y, record.PartSecondHalf
	case record.PartSpring:
		return y, record.PartAutumn
	case record.PartAutumn:
		return y + 1, record.PartSpring
	}
	return y + 1, record.PartYear // after a year, a term or a second half
}

// partOf is the part of the year s covers, PartYear for a whole year.
func partOf(s record.PeriodSpec) string {
	if s.Part == "" || s.FromYear != nil && *s.FromYear < *s.Year {
		return record.PartYear
	}
	return s.Part
}
