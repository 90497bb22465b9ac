package rules

import (
	"zongjie/internal/record"
)

// applyIndicators evaluates the rule set's indicators on the period, in
// file order, so a rule may use the ones before it.
func (c *calc) applyIndicators(rs *RuleSet) {
	if rs == nil {
		return
	}
	base := newEnv(c.p)
	for _, r := range rs.Indicators {
		c.custom[r.ID] = r.Def
		switch r.Per {
		case PerWhole:
			c.add(c.evalIndicator(r, base, wholeCtx, ""))
		case PerGroup:
			for gi, g := range c.p.Groups {
				c.add(c.evalIndicator(r, base, subjectCtx{group: gi, unit: -1}, g.Name))
			}
		case PerUnit:
			for ui, u := range c.p.Units {
				c.add(c.evalIndicator(r, base, subjectCtx{group: groupIndex(c.p, u.Group), unit: ui}, u.Name))
			}
		}
	}
}

// evalIndicator computes one user indicator for one subject.
func (c *calc) evalIndicator(r IndicatorRule, e env, x subjectCtx, subject string) (Value, bool) {
	ev := c.run(r.code, e, x)
	if !ev.applicable {
		return Value{}, false
	}
	v := r.Def.value(subject)
	v.Inputs = ev.inputs
	v.Note = "自定义规则 " + r.Pos.String()
	switch {
	case ev.err != nil && len(ev.missing) > 0:
		v.Err = joinMissing(ev.missing)
	case ev.err != nil:
		v.Err = "公式计算出错:" + runtimeMessage(ev.err)
	default:
		n, msg := toRat(ev.out)
		if n == nil {
			v.Err = msg
			if len(ev.missing) > 0 {
				v.Err = joinMissing(ev.missing)
			}
		} else {
			v.Num = n
		}
	}
	return v, true
}

// applyFindings evaluates the rule set's findings on the period.
func (c *calc) applyFindings(rs *RuleSet) []Finding {
	if rs == nil {
		return nil
	}
	base := newEnv(c.p)
	var out []Finding
	for _, r := range rs.Findings {
		f := Finding{ID: r.ID, Severity: r.Severity, Section: r.Section}
		var hits []string
		check := func(x subjectCtx, name string) {
			ev := c.run(r.code, base, x)
			if ev.err != nil {
				return // a condition on figures not recorded does not hold
			}
			if b, ok := toBool(ev.out); ok && b {
				hits = append(hits, name)
				f.Inputs = append(f.Inputs, ev.inputs...)
			}
		}
		switch r.Per {
		case PerWhole:
			check(wholeCtx, "")
		case PerGroup:
			for gi, g := range c.p.Groups {
				check(subjectCtx{group: gi, unit: -1}, g.Name)
			}
		case PerUnit:
			for ui, u := range c.p.Units {
				check(subjectCtx{group: groupIndex(c.p, u.Group), unit: ui}, u.Name)
			}
		}
		if len(hits) == 0 {
			continue
		}
		if r.Per != PerWhole {
			f.Subjects = hits
		}
		vs, ok := c.placeholderValues(r.Text)
		if !ok {
			continue // a value the text names cannot be worded: drop the finding
		}
		f.Text, f.Values = r.Text, vs
		out = append(out, f)
	}
	return out
}

// placeholderValues returns the values a finding's text names as {id}
// ({count} and {names} aside), or false when one cannot be computed.
func (c *calc) placeholderValues(text string) ([]Value, bool) {
	var vs []Value
	for _, m := range placeholder.FindAllString(text, -1) {
		name := m[1 : len(m)-1]
		if name == "count" || name == "names" {
			continue
		}
		v, found := c.find(name, "")
		if !found || !v.OK() {
			return nil, false
		}
		vs = append(vs, v)
	}
	return vs, true
}

// groupIndex returns the index in p.Groups of the group named name, or -1.
func groupIndex(p *record.Period, name string) int {
	if name == "" {
		return -1
	}
	for i, g := range p.Groups {
		if g.Name == name {
			return i
		}
	}
	return -1
}
