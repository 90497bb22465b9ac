package rules

import (
	"math/big"
	"strconv"
	"strings"
	"zongjie/internal/record"
)

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
		for i, a := range c.p.Activities {
			c.activityRates(i, a)
		}
	}
	if n := len(c.p.Honours); n > 0 {
		v := countOf(def(IDHonours), "", n)
		byLevel := make([]Value, len(HonourLevels))
		for i, h := range c.p.Honours {
			path := "honours[" + itoa(i) + "].title"
			v.Inputs = append(v.Inputs, Input{Path: path, Pos: c.p.Pos(path), Value: h.Title})
			if l := HonourLevel(h.Level); l < len(HonourLevels) {
				lp := "honours[" + itoa(i) + "].level"
				byLevel[l].Inputs = append(byLevel[l].Inputs, Input{Path: lp, Pos: c.p.Pos(lp), Value: h.Level})
			}
		}
		c.add(v, true)
		for l, lv := range byLevel {
			if len(lv.Inputs) > 0 {
				x := countOf(def(IDHonoursAtLevel), HonourLevels[l], len(lv.Inputs))
				x.Inputs = lv.Inputs
				c.add(x, true)
			}
		}
	}
}

// HonourLevels are the levels honours are counted by, highest first.
var HonourLevels = []string{"国家级", "省级", "市级", "县（区）级", "系统内", "本单位"}

// levelPrefixes say which level a written level ("省总工会", "市级",
// "全国") is, by how it begins.
var levelPrefixes = []struct {
	prefix string
	level  int
}{{"全国", 0}, {"国家", 0}, {"省", 1}, {"市", 2}, {"县", 3}, {"区", 3}, {"本系统", 4}, {"系统", 4}, {"本单位", 5}}

// HonourLevel is the index in HonourLevels of a written level, or
// len(HonourLevels) when it is none of them.
func HonourLevel(level string) int {
	for _, p := range levelPrefixes {
		if strings.HasPrefix(level, p.prefix) {
			return p.level
		}
	}
	return len(HonourLevels)
}

// democracy computes 提案采纳率, 落实率 and 建议采纳率.
func (c *calc) democracy() {
	d := c.p.Democracy
	proposals := c.count("democracy.proposals", "收到提案数", "件", d.Proposals)
	accepted := c.count("democracy.accepted", "立案提案数", "件", d.Accepted)
	implemented := c.count("democracy.implemented", "已落实提案数", "件", d.Implemented)
	c.add(stated(def(IDProposals), "", c, proposals))
	c.add(stated(def(IDAccepted), "", c, accepted))
	c.add(stated(def(IDImplemented), "", c, implemented))
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
	c.add(stated(def(IDHazardsScheduled), "", c, c.count("labour.hazards_scheduled", "限期整改隐患数", "处", l.HazardsScheduled)))
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

// activityRates computes an activity's 获奖率 (individual winners, from its
// prize counts in persons and its named winners, over the participants)
// and 人均费用 (its cost over the participants). Both divide by persons,
// never by 人次.
func (c *calc) activityRates(i int, a record.Activity) {
	path := "activities[" + itoa(i) + "]"
	people := c.count(path+".participants", "参加人数", "人", a.Participants)
	var winners int64
	var inputs []Input
	counted := map[string]bool{} // awards whose winners a prize count gives
	for j, pr := range a.Prizes {
		if pr.Count == nil || (pr.Measure != "" && pr.Measure != "名" && pr.Measure != "人") || isTeamName(pr.Award) {
			continue
		}
		counted[pr.Award] = true
		winners += *pr.Count
		pp := path + ".prizes[" + itoa(j) + "].count"
		inputs = append(inputs, Input{Path: pp, Pos: c.p.Pos(pp), Value: strconv.FormatInt(*pr.Count, 10)})
	}
	for j, r := range a.Results {
		if isTeamName(r.Who) || counted[r.Award] {
			continue
		}
		winners++
		rp := path + ".results[" + itoa(j) + "].who"
		inputs = append(inputs, Input{Path: rp, Pos: c.p.Pos(rp), Value: r.Who})
	}
	if winners > 0 && people.ok && people.a > 0 && winners <= people.a {
		v := def(IDActivityAwardRate).value(a.Name)
		v.Num = big.NewRat(winners, people.a)
		v.Inputs = append(inputs, c.input(people))
		v.Calc = strconv.FormatInt(winners, 10) + "人 ÷ " + people.text
		c.add(v, true)
	}
	if a.Cost != nil {
		c.add(ratio(def(IDActivityCostPerHead), a.Name, c, c.money(path+".cost", "活动费用", a.Cost), people))
	}
}

// isTeamName reports whether a winner or an award names a team (代表队,
// 团体第一名, 优秀组织奖), not a person.
func isTeamName(who string) bool {
	for _, s := range []string{"队", "团体", "集体", "组", "代表团"} {
		if strings.Contains(who, s) {
			return true
		}
	}
	return false
}
