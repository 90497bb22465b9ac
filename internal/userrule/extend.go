package userrule

import (
	"zongjie/internal/record"
	"zongjie/internal/rules"
)

// Extend evaluates the rule set on one period (it is the RuleSet's part of
// rules.Extension): the indicators in file order, so a rule may use the ones
// before it, then, for the period reported on, the rankings and findings.
// It stops with a *RuleError at the rule that exceeded the time limit or
// the memory budget.
func (rs *RuleSet) Extend(x *rules.Extending) error {
	ev := newEvaluator(rs, x)
	for _, r := range rs.Indicators {
		ev.indicator(r)
		if ev.failure != nil {
			return ev.failure
		}
	}
	if !x.Latest() {
		return nil
	}
	for _, r := range rs.Rankings {
		x.AddRanking(rules.RankingSpec{ID: r.ID, Label: r.Label, Indicator: r.Indicator, Per: r.Per,
			Order: r.Order, Top: r.Top, WithinGroup: r.WithinGroup})
	}
	for _, r := range rs.Findings {
		ev.finding(r)
		if ev.failure != nil {
			return ev.failure
		}
	}
	return nil
}

// forEach calls f for every subject a rule of per is evaluated for.
func (ev *evaluator) forEach(per rules.Per, f func(x subjectCtx, name string)) {
	switch per {
	case rules.PerWhole:
		f(wholeCtx, "")
	case rules.PerGroup:
		for gi, g := range ev.p.Groups {
			f(subjectCtx{group: gi, unit: -1}, g.Name)
		}
	case rules.PerUnit:
		if ev.unitGroup == nil {
			ev.unitGroup = unitGroups(ev.p)
		}
		for ui, u := range ev.p.Units {
			f(subjectCtx{group: ev.unitGroup[ui], unit: ui}, u.Name)
		}
	}
}

// indicator computes a user indicator for every subject and adds the values.
func (ev *evaluator) indicator(r IndicatorRule) {
	what := "指标“" + r.ID + "”"
	note := "自定义规则 " + r.Pos.String()
	ev.forEach(r.Per, func(x subjectCtx, subject string) {
		if ev.failure != nil {
			return
		}
		res := ev.run(r.code, x)
		if res.limit != "" {
			ev.stop(r.Pos, what, subject, res.limit)
			return
		}
		if !res.applicable {
			return
		}
		v := rules.Value{ID: r.ID, Subject: subject, Label: r.Label, Kind: r.Kind, Unit: r.Unit,
			Precision: r.Precision, Formula: r.Formula, Per: r.Per}
		v.Inputs = res.inputs
		v.Note = note
		if res.err != nil {
			v.Err = failureReason(res)
		} else if n, msg := toRat(res.out); n != nil {
			v.Num = n
		} else {
			v.Err = msg
			if len(res.missing) > 0 {
				v.Err = joinMissing(res.missing)
			}
		}
		ev.x.Add(v)
	})
}

// finding evaluates a user finding's condition for every subject and adds
// the finding when it holds for any.
func (ev *evaluator) finding(r FindingRule) {
	what := "问题“" + r.ID + "”"
	f := rules.Finding{ID: r.ID, Severity: r.Severity, Section: r.Section}
	var hits []string
	ev.forEach(r.Per, func(x subjectCtx, name string) {
		if ev.failure != nil {
			return
		}
		res := ev.run(r.code, x)
		if res.limit != "" {
			ev.stop(r.Pos, what, name, res.limit)
			return
		}
		if res.err != nil {
			return // a condition on figures not recorded does not hold
		}
		if b, ok := toBool(res.out); ok && b {
			hits = append(hits, name)
			f.Inputs = append(f.Inputs, res.inputs...)
		}
	})
	if ev.failure != nil || len(hits) == 0 {
		return
	}
	if r.Per != rules.PerWhole {
		f.Subjects = hits
	}
	vs, ok := findingValues(r.Text, func(id string) (rules.Value, bool) { return ev.x.Value(id, "") })
	if !ok {
		return // a value the text names cannot be worded: drop the finding
	}
	f.Text, f.Values = r.Text, vs
	ev.x.AddFinding(f)
}

// unitGroups returns the index in p.Groups of each unit's group, -1 when
// it has none (or names a group not listed).
func unitGroups(p *record.Period) []int {
	index := make(map[string]int, len(p.Groups))
	for i, g := range p.Groups {
		if _, dup := index[g.Name]; !dup {
			index[g.Name] = i
		}
	}
	out := make([]int, len(p.Units))
	for i, u := range p.Units {
		gi, ok := index[u.Group]
		if !ok || u.Group == "" {
			gi = -1
		}
		out[i] = gi
	}
	return out
}
