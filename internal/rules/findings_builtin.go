package rules

import (
	"math/big"
	"sort"
)

// floor returns the threshold setting key as a fraction (90% -> 0.9): the
// data file's settings, else the default of the organisation's sector
// (record.Period.Setting).
func (c *calc) floor(key string) *big.Rat {
	s, err := c.p.Setting(key)
	if err != nil || s.Rate == nil {
		panic("rules: no rate setting " + key) // a programming error: keys are fixed
	}
	return new(big.Rat).Quo(s.Rate.Rat(), big.NewRat(100, 1))
}

// findings runs the built-in finding rules on the period. Each finding
// carries its figures (see Finding); internal/prose words them.
func (c *calc) findings() []Finding {
	var out []Finding
	add := func(f Finding, ok bool) {
		if ok {
			out = append(out, f)
		}
	}
	add(c.findMembership())
	add(c.findUnitsMembership())
	add(c.findMeetings())
	out = append(out, c.findTasks()...)
	add(c.findNoUnion())
	add(c.findZeroSpending())
	add(c.findUntransferred())
	out = append(out, c.findParticipation()...)
	if c.below(IDImplementationRate, "implementation_floor") && !c.p.ProposalsUnderWay() {
		add(c.gapFinding("democracy.unimplemented", "democracy", SeverityMedium, IDAccepted, IDUnimplemented))
	}
	if c.below(IDSigningRate, "signing_floor") {
		// wage bargaining is how a union defends pay: a 维权 theme, apart
		// from the proposals of democratic management
		add(c.gapFinding("bargaining.unsigned", "rights", SeverityMedium, IDEnterprises, IDUnsigned))
	}
	add(c.findHazards())
	add(c.findWomen())
	if c.below(IDCheckupRate, "checkup_floor") { // none for a 总工会 (membership)
		add(c.gapFinding("women.unchecked", "women", SeverityLow, IDCheckupRate, IDUnchecked))
	}
	add(c.gapFinding("rights.petitions_open", "rights", SeverityLow, IDPetitions, IDPetitionsOpen))
	add(c.findTerm())
	if s, err := c.p.Setting("max_named"); err == nil && s.Count != nil {
		for i := range out {
			out[i].MaxNamed = int(*s.Count)
		}
	}
	return out
}

// wholeValues returns the whole organisation's values of ids, all computed, or
// false.
func (c *calc) wholeValues(ids ...string) ([]Value, bool) {
	out := make([]Value, len(ids))
	for i, id := range ids {
		v, ok := c.find(id, "")
		if !ok || !v.OK() {
			return nil, false
		}
		out[i] = v
	}
	return out, true
}

// findMembership: 入会率 below the membership_floor setting. Values: the rate, the staff
// not in the union. Subject: the scope of the rate.
func (c *calc) findMembership() (Finding, bool) {
	vs, ok := c.wholeValues(IDMembershipRate, IDUnjoined)
	if !ok || vs[0].Num.Cmp(c.floor("membership_floor")) >= 0 {
		return Finding{}, false
	}
	return Finding{
		ID: "membership.low_rate", Severity: SeverityMedium, Section: "organisation",
		Subject: c.p.Membership.Scope, Values: vs, Inputs: vs[0].Inputs,
	}, true
}

// farBelow is how far a unit's 入会率 has to be below the floor (ten
// percentage points; rates are fractions here) for findUnitsMembership
// to be more than a minor finding.
var farBelow = big.NewRat(1, 10)

// findUnitsMembership: the units whose 入会率 is below the
// membership_floor setting, when the whole's is not (a whole below it is
// findMembership's); a minor finding unless one is farBelow it. Values: the floor (membership.floor, which
// unitsBelowFloor added), then the units' rates, lowest first; Subjects:
// those units in the same order.
func (c *calc) findUnitsMembership() (Finding, bool) {
	fv, ok := c.find(IDMembershipFloor, "")
	if !ok {
		return Finding{}, false
	}
	var low []Value
	for _, v := range c.values {
		if v.ID == IDUnitMembershipRate && v.OK() && v.Num.Cmp(fv.Num) < 0 {
			low = append(low, v)
		}
	}
	sort.SliceStable(low, func(i, j int) bool { return low[i].Num.Cmp(low[j].Num) < 0 })
	f := Finding{ID: "membership.units_low_rate", Severity: SeverityLow, Section: "organisation",
		Values: append([]Value{fv}, low...), Inputs: fv.Inputs}
	if len(low) > 0 && new(big.Rat).Sub(fv.Num, low[0].Num).Cmp(farBelow) >= 0 {
		f.Severity = SeverityMedium // a unit far below: an organising gap, not a shortfall
	}
	for _, v := range low {
		f.Subjects = append(f.Subjects, v.Subject)
		f.Inputs = append(f.Inputs, v.Inputs...)
	}
	return f, true
}

// findMeetings: new unions that have not held their members' meeting.
// Values: their count when recorded; else Subjects names the units the
// units table marks; else the records only say that some have not.
func (c *calc) findMeetings() (Finding, bool) {
	b := c.p.Building
	f := Finding{ID: "building.meetings_pending", Severity: SeverityMedium, Section: "organisation"}
	var names []string
	var inputs []Input
	for i, u := range c.p.Units {
		if u.HeldMeeting != nil && !*u.HeldMeeting {
			names = append(names, u.Name)
			inputs = append(inputs, c.unitInput(i, "held_meeting", "false"))
		}
	}
	switch v, ok := c.find(IDMeetingsMissing, ""); {
	case ok && v.OK() && v.Num.Sign() > 0:
		f.Values, f.Inputs = []Value{v}, v.Inputs
	case len(names) > 0:
		f.Subjects, f.Inputs = names, inputs
	case b.MeetingsPending != nil && *b.MeetingsPending:
		f.Inputs = []Input{{Path: "building.meetings_pending", Pos: c.p.Pos("building.meetings_pending"), Value: "true"}}
	default:
		return f, false
	}
	return f, true
}

// findTasks: a 组建任务 not completed, overall and per group. Values: the
// planned and built unions and the completion rate. Subject: the group.
func (c *calc) findTasks() []Finding {
	var out []Finding
	short := func(subject string, ids ...string) {
		vs := make([]Value, len(ids))
		for i, id := range ids {
			v, ok := c.find(id, subject)
			if !ok || !v.OK() {
				return
			}
			vs[i] = v
		}
		if vs[2].Num.Cmp(big.NewRat(1, 1)) >= 0 {
			return
		}
		f := Finding{ID: "building.task_incomplete", Severity: SeverityMedium, Section: "organisation",
			Subject: subject, Values: vs, Inputs: vs[2].Inputs}
		if subject != "" {
			f.Subjects = []string{subject}
		}
		out = append(out, f)
	}
	short("", IDUnionsPlanned, IDUnionsBuilt, IDBuildingCompletion)
	for _, g := range c.p.Groups {
		short(g.Name, IDGroupUnionsPlanned, IDGroupUnionsBuilt, IDGroupCompletion)
	}
	return out
}

// findNoUnion: units without a union. Values: their count; Subjects: them.
// The 建会率, when the records give it, must be below the coverage_floor
// setting: a federation at 96% against a floor of 90% has no problem to
// name. A rate of stated counts (units_required, units_covered) comes
// first among the values.
func (c *calc) findNoUnion() (Finding, bool) {
	v, ok := c.find(IDUnitsWithoutUnion, "")
	if !ok || !v.OK() || v.Num.Sign() == 0 {
		return Finding{}, false
	}
	f := Finding{ID: "building.units_without_union", Severity: SeverityMedium, Section: "organisation",
		Values: []Value{v}, Inputs: v.Inputs}
	if rate, ok := c.find(IDCoverage, ""); ok && rate.OK() {
		if rate.Num.Cmp(c.floor("coverage_floor")) >= 0 {
			return Finding{}, false
		}
		if b := c.p.Building; b.UnitsRequired != nil && b.UnitsCovered != nil {
			f.Values = []Value{rate, v} // the rate as the records state its base
		}
	}
	for _, u := range c.p.Units {
		if u.HasUnion != nil && !*u.HasUnion {
			f.Subjects = append(f.Subjects, u.Name)
		}
	}
	return f, true
}

// findZeroSpending: unions that spent nothing per head. Parts: one per
// kind of unit, with the count, the units named and, when the source
// breaks them down, what they are.
func (c *calc) findZeroSpending() (Finding, bool) {
	f := Finding{ID: "finance.zero_spending", Severity: SeverityHigh, Section: "finance"}
	for _, b := range c.bands {
		if !b.Zero.OK() || b.Zero.Num.Sign() == 0 {
			continue
		}
		part := FindingPart{Label: b.Kind, Count: b.Zero.Num.Num().Int64(), Measure: b.Measure}
		f.Inputs = append(f.Inputs, b.Zero.Inputs...)
		for _, u := range b.ZeroUnits {
			part.Names = append(part.Names, u.Name)
			f.Subjects = append(f.Subjects, u.Name)
			if !b.Computed {
				f.Inputs = append(f.Inputs, u.PerCapita.Inputs...)
			}
		}
		for _, p := range b.ZeroBreakdown {
			if p.Count != nil {
				part.Parts = append(part.Parts, FindingPart{Label: p.Label, Count: *p.Count, Measure: measureFor(p.Label)})
			}
		}
		f.Values = append(f.Values, b.Zero)
		f.Parts = append(f.Parts, part)
	}
	return f, len(f.Parts) > 0
}

// findUntransferred: 划拨率 below the transfer_floor setting (100%). Values: the rate, and the amount not
// transferred when it is known.
func (c *calc) findUntransferred() (Finding, bool) {
	v, ok := c.find(IDTransferRate, "")
	if !ok || !v.OK() || v.Num.Cmp(c.floor("transfer_floor")) >= 0 {
		return Finding{}, false
	}
	f := Finding{ID: "finance.untransferred", Severity: SeverityMedium, Section: "finance", Values: []Value{v}, Inputs: v.Inputs}
	if gap, ok := c.find(IDUntransferred, ""); ok && gap.OK() {
		f.Values = append(f.Values, gap)
	}
	return f, true
}

// findParticipation: units that stayed out of a charity drive, per drive.
// Subject: the drive; Parts: per category, how many stayed out.
// A category whose participation rate reaches the participation_floor
// setting (100% unless set) is no problem to name.
func (c *calc) findParticipation() []Finding {
	floor := c.floor("participation_floor")
	var out []Finding
	multi := len(c.p.Charity) > 1
	for _, d := range c.p.Charity {
		f := Finding{ID: "charity.not_participated", Severity: SeverityMedium, Section: "charity", Subject: d.Name}
		for _, pt := range d.Participation {
			subject := pt.Category
			if multi {
				subject = d.Name + "·" + pt.Category
			}
			v, ok := c.find(IDCategoryAbsent, subject)
			if !ok || !v.OK() || v.Num.Sign() <= 0 {
				continue
			}
			if r, ok := c.find(IDCategoryParticipation, subject); ok && r.OK() && r.Num.Cmp(floor) >= 0 {
				continue
			}
			f.Values = append(f.Values, v)
			f.Parts = append(f.Parts, FindingPart{Label: pt.Category, Count: v.Num.Num().Int64(), Measure: v.Unit})
			f.Subjects = append(f.Subjects, pt.Category)
			f.Inputs = append(f.Inputs, v.Inputs...)
		}
		if len(f.Parts) > 0 {
			out = append(out, f)
		}
	}
	return out
}

// below reports whether the rate id is below the floor setting key, or
// could not be computed (the gap finding then decides from its figures).
func (c *calc) below(id, key string) bool {
	v, ok := c.find(id, "")
	if !ok || !v.OK() {
		return true
	}
	return v.Num.Cmp(c.floor(key)) < 0
}

// gapFinding: a part short of its whole (proposals not implemented,
// enterprises without a contract, hazards not fixed). Values: the whole and
// the gap.
func (c *calc) gapFinding(id, section string, sev Severity, wholeID, gapID string) (Finding, bool) {
	vs, ok := c.wholeValues(wholeID, gapID)
	if !ok || vs[1].Num.Sign() <= 0 {
		return Finding{}, false
	}
	return Finding{ID: id, Severity: sev, Section: section, Values: vs, Inputs: vs[1].Inputs}, true
}

// findHazards: hazards found and not yet fixed. Values: those found and
// those open; when every open one is under a deadline (限期整改), their
// count too, and the finding is a low one: the work is in hand.
func (c *calc) findHazards() (Finding, bool) {
	f, ok := c.gapFinding("labour.hazards_open", "labour", SeverityHigh, IDHazardsFound, IDHazardsOpen)
	if s, found := c.find(IDHazardsScheduled, ""); ok && found && s.OK() && s.Num.Sign() > 0 && s.Num.Cmp(f.Values[1].Num) >= 0 {
		f.Severity = SeverityLow
		f.Values = append(f.Values, s)
	}
	return f, ok
}

// findWomen: no 女职工委员会.
func (c *calc) findWomen() (Finding, bool) {
	w := c.p.Women.Committee
	if w == nil || *w {
		return Finding{}, false
	}
	return Finding{ID: "women.no_committee", Severity: SeverityMedium, Section: "women",
		Inputs: []Input{{Path: "women.committee", Pos: c.p.Pos("women.committee"), Value: "false"}}}, true
}

// findTerm: the committee's term ends in or before the period. Values: the
// election year, the term and the report's year.
func (c *calc) findTerm() (Finding, bool) {
	vs, ok := c.wholeValues(IDCommitteeElected, IDTermYears, IDPeriodYear)
	if !ok {
		return Finding{}, false
	}
	end := new(big.Rat).Add(vs[0].Num, vs[1].Num)
	if end.Cmp(vs[2].Num) > 0 {
		return Finding{}, false
	}
	return Finding{ID: TermDue, Severity: SeverityMedium, Section: "self", Values: vs,
		Inputs: append(append([]Input(nil), vs[0].Inputs...), vs[1].Inputs...)}, true
}

// TermDue is the id of the finding that the committee's term has run out.
const TermDue = "self.term_due"
