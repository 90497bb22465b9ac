package rules

// organisation states the committee's election year and term and the
// report's year, which the term finding and the term review print.
func (c *calc) organisation() {
	cm := c.p.Org.Committee
	c.add(stated(def(IDCommitteeElected), "", c, c.count("organisation.committee.elected", "选举年份", "年", cm.Elected)))
	c.add(stated(def(IDTermYears), "", c, c.count("organisation.committee.term_years", "任期", "年", cm.TermYears)))
	c.add(stated(def(IDPeriodYear), "", c, c.count("period.year", "年度", "年", c.p.When.Year)))
}

// activities counts the activities, the hosted ones and the honours.
func (c *calc) activities() {
	if n := len(c.p.Activities); n > 0 {
		v := countOf(def(IDActivities), "", n)
		hosted := 0
		for i, a := range c.p.Activities {
			path := "activities[" + itoa(i) + "]"
			v.Inputs = append(v.Inputs, Input{Path: path + ".name", Pos: c.p.Pos(path + ".name"), Value: a.Name})
			if a.Role == "主办" {
				hosted++
			}
		}
		c.add(v, true)
		h := countOf(def(IDActivitiesHosted), "", hosted)
		for i, a := range c.p.Activities {
			if a.Role == "主办" {
				path := "activities[" + itoa(i) + "].role"
				h.Inputs = append(h.Inputs, Input{Path: path, Pos: c.p.Pos(path), Value: a.Role})
			}
		}
		c.add(h, true)
	}
	if n := len(c.p.Honours); n > 0 {
		v := countOf(def(IDHonours), "", n)
		for i, h := range c.p.Honours {
			path := "honours[" + itoa(i) + "].title"
			v.Inputs = append(v.Inputs, Input{Path: path, Pos: c.p.Pos(path), Value: h.Title})
		}
		c.add(v, true)
	}
}

// democracy computes 提案采纳率, 落实率 and 建议采纳率.
func (c *calc) democracy() {
	d := c.p.Democracy
	proposals := c.count("democracy.proposals", "收到提案数", "件", d.Proposals)
	accepted := c.count("democracy.accepted", "立案提案数", "件", d.Accepted)
	implemented := c.count("democracy.implemented", "已落实提案数", "件", d.Implemented)
	c.add(stated(def(IDProposals), "", c, proposals))
	c.add(stated(def(IDAccepted), "", c, accepted))
	c.add(gap(def(IDUnimplemented), "", c, accepted, implemented))
	c.add(ratio(def(IDAdoptionRate), "", c, accepted, proposals))
	c.add(ratio(def(IDImplementationRate), "", c, implemented, accepted))
	c.add(ratio(def(IDSuggestionRate), "", c,
		c.count("democracy.adopted", "被采纳的建议数", "条", d.Adopted),
		c.count("democracy.suggestions", "合理化建议数", "条", d.Suggestions)))
}

// labour computes 攻关完成率, 隐患整改率 and the training count.
func (c *calc) labour() {
	l := c.p.Labour
	completed := c.count("labour.projects_completed", "已完成项目数", "项", l.ProjectsCompleted)
	c.add(stated(def(IDProjectsCompleted), "", c, completed))
	c.add(ratio(def(IDProjectCompletion), "", c, completed,
		c.count("labour.projects_started", "立项数", "项", l.ProjectsStarted)))
	c.add(stated(def(IDTrained), "", c, c.count("labour.trained", "参加培训人次", "人次", l.Trained)))
	fixed := c.count("labour.hazards_fixed", "已整改隐患数", "处", l.HazardsFixed)
	found := c.count("labour.hazards_found", "查出隐患数", "处", l.HazardsFound)
	c.add(ratio(def(IDHazardFixRate), "", c, fixed, found))
	c.add(stated(def(IDHazardsFound), "", c, found))
	c.add(gap(def(IDHazardsOpen), "", c, found, fixed))
}

// bargaining computes 工资集体协商 签订率 and 覆盖率.
func (c *calc) bargaining() {
	b := c.p.Bargaining
	signed := c.count("bargaining.signed", "签订合同的企业数", "家", b.Signed)
	enterprises := c.count("bargaining.enterprises", "已建会企业数", "家", b.Enterprises)
	c.add(stated(def(IDEnterprises), "", c, enterprises))
	c.add(gap(def(IDUnsigned), "", c, enterprises, signed))
	c.add(ratio(def(IDSigningRate), "", c, signed, enterprises))
	c.add(ratio(def(IDBargainingCoverage), "", c,
		c.count("bargaining.covered", "合同覆盖职工数", "人", b.Covered),
		c.count("bargaining.staff", "职工总数", "人", b.Staff)))
}
