package rules

import (
	"strings"

	"zongjie/internal/record"
)

// membership computes 入会率, 女会员占比 and the membership counts.
func (c *calc) membership() {
	m := c.p.Membership
	staff := c.count("membership.staff", "职工人数", "人", m.Staff)
	members := c.count("membership.members", "会员人数", "人", m.Members)
	women := c.count("membership.women_members", "女会员数", "人", m.WomenMembers)
	womenStaff := c.count("membership.women_staff", "女职工人数", "人", m.WomenStaff)
	scope := ""
	if m.Scope != "" {
		scope = "统计范围:" + m.Scope
	}

	for _, s := range []struct {
		id string
		o  operand
	}{
		{IDStaff, staff},
		{IDMembers, members},
		{IDNewMembers, c.count("membership.new_members", "新发展会员数", "人", m.NewMembers)},
		{IDNewFormMembers, c.count("membership.new_form_members", "新就业形态劳动者入会人数", "人", m.NewFormMembers)},
		{IDMigrantMembers, c.count("membership.migrant_members", "农民工会员数", "人", m.MigrantMembers)},
	} {
		v, ok := stated(def(s.id), "", c, s.o)
		v.Note = scope
		c.add(v, ok)
	}

	rate, ok := ratio(def(IDMembershipRate), "", c, members, staff)
	if m.Scope != "" {
		// a scope naming people is the divisor's name itself: 全县已建会
		// 单位职工人数, not …职工职工人数
		base := m.Scope + "职工人数"
		for _, people := range []string{"职工", "员工", "人员", "教师", "干部"} {
			if strings.HasSuffix(m.Scope, people) {
				base = m.Scope + "人数"
				break
			}
		}
		rate.Formula = "会员人数 ÷ " + base
	}
	rate.Note = scope
	c.add(rate, ok)

	unjoined, ok := gap(def(IDUnjoined), "", c, staff, members)
	unjoined.Note = scope
	c.add(unjoined, ok)

	share, ok := ratio(def(IDWomenShare), "", c, women, members)
	c.add(share, ok)
	wr, ok := ratio(def(IDWomenRate), "", c, women, womenStaff)
	c.add(wr, ok)
	checked := c.count("women.checkups", "参加妇科体检人数", "人", c.p.Women.Checkups)
	// A 总工会 counts the women it took to checkups (12,600 of a county's
	// 88,400), not the share of its area's women workers checked: no rate.
	if record.SectorOf(c.p.Org) != record.SectorLocal {
		cr, ok := ratio(def(IDCheckupRate), "", c, checked, womenStaff)
		c.add(cr, ok)
		unchecked, ok := gap(def(IDUnchecked), "", c, womenStaff, checked)
		c.add(unchecked, ok)
	}
	c.add(stated(def(IDCheckups), "", c, checked))
	c.add(stated(def(IDWomenActivities), "", c, c.count("women.activities", "女职工活动项数", "项", c.p.Women.Activities)))

	// A unit's 入会率 is about the units whose members are recorded: staff
	// alone (recorded for 人均捐款) does not call for it.
	unitRate := def(IDUnitMembershipRate)
	for i, u := range c.p.Units {
		if u.Members == nil {
			continue
		}
		v, ok := ratio(unitRate, u.Name, c,
			c.unitCount(i, "members", "会员人数", "人", u.Members),
			c.unitCount(i, "staff", "职工人数", "人", u.Staff))
		c.add(v, ok)
	}
	c.unitsBelowFloor()
}

// unitsBelowFloor adds the membership_floor setting as a value, the
// figure the report states, when a unit's 入会率 is below it and the
// whole's is not (rules.findUnitsMembership names those units). It is
// added with the values, before the findings and rankings read them
// side by side.
func (c *calc) unitsBelowFloor() {
	floor := c.floor("membership_floor")
	if whole, ok := c.find(IDMembershipRate, ""); ok && whole.OK() && whole.Num.Cmp(floor) < 0 {
		return
	}
	below := false
	for _, v := range c.values {
		below = below || v.ID == IDUnitMembershipRate && v.OK() && v.Num.Cmp(floor) < 0
	}
	if !below {
		return
	}
	fv := def(IDMembershipFloor).value("")
	fv.Num = floor
	if s, err := c.p.Setting("membership_floor"); err == nil {
		fv.Note = "来源:" + s.Source
		if c.p.Settings.MembershipFloor != nil {
			fv.Inputs = []Input{{Path: "settings.membership_floor", Pos: c.p.Pos("settings.membership_floor"), Value: s.Rate.String()}}
		}
	}
	c.add(fv, true)
}
