package rules

import (
	"fmt"
	"math/big"
	"strconv"
)

// building computes the union-building task: 组建任务完成率 and 建会率,
// overall and per group.
func (c *calc) building() {
	b := c.p.Building
	planned := c.count("building.unions_planned", "计划组建工会数", "个", b.UnionsPlanned)
	built := c.count("building.unions_built", "实际组建工会数", "个", b.UnionsBuilt)
	v, ok := stated(def(IDUnionsPlanned), "", c, planned)
	c.add(v, ok)
	v, ok = stated(def(IDUnionsBuilt), "", c, built)
	c.add(v, ok)
	c.add(completion(def(IDBuildingCompletion), "", c, built, planned))
	c.add(stated(def(IDMeetingsMissing), "", c, c.count("building.meetings_missing", "尚未召开会员大会的新建工会数", "个", b.MeetingsMissing)))
	c.unitsWithoutUnion()

	if b.UnitsRequired != nil || b.UnitsCovered != nil {
		v, ok = ratio(def(IDCoverage), "", c,
			c.count("building.units_covered", "已建会单位数", "个", b.UnitsCovered),
			c.count("building.units_required", "应建会单位数", "个", b.UnitsRequired))
		c.add(v, ok)
	} else if c.anyUnionFlag() {
		all := make([]int, len(c.p.Units))
		for i := range all {
			all[i] = i
		}
		v := c.coverageOf(def(IDCoverage), "", all)
		v.Formula = "单位表中已建会单位数 ÷ 单位数(联合工会、行业工会按覆盖的企业数计)"
		c.add(v, true)
	}

	members := c.groupMembers()
	flagged := c.anyUnionFlag() // once: a large units table may have no flag at all
	for gi, g := range c.p.Groups {
		path := fmt.Sprintf("groups[%d]", gi)
		gb := c.count(path+".unions_built", g.Name+"实际组建工会数", "个", g.UnionsBuilt)
		gp := c.count(path+".unions_planned", g.Name+"计划组建工会数", "个", g.UnionsPlanned)
		v, ok := stated(def(IDGroupUnionsBuilt), g.Name, c, gb)
		c.add(v, ok)
		c.add(stated(def(IDGroupUnionsPlanned), g.Name, c, gp))
		c.add(completion(def(IDGroupCompletion), g.Name, c, gb, gp))
		if flagged {
			c.add(c.coverageOf(def(IDGroupCoverage), g.Name, members[g.Name]), true)
		}
	}
}

// unitsWithoutUnion counts the units the units table records as having no
// union yet.
func (c *calc) unitsWithoutUnion() {
	// the units required less those covered, when the records count both:
	// the units table may name only some of them
	if b := c.p.Building; b.UnitsRequired != nil && b.UnitsCovered != nil {
		if *b.UnitsRequired > *b.UnitsCovered {
			g, ok := gap(def(IDUnitsWithoutUnion), "", c,
				c.count("building.units_required", "应建会单位数", "个", b.UnitsRequired),
				c.count("building.units_covered", "已建会单位数", "个", b.UnitsCovered))
			c.add(g, ok)
		}
		return
	}
	v := countOf(def(IDUnitsWithoutUnion), "", 0)
	n := 0
	for i, u := range c.p.Units {
		if u.HasUnion != nil && !*u.HasUnion {
			n++
			v.Inputs = append(v.Inputs, c.unitInput(i, "has_union", "false"))
		}
	}
	if n > 0 {
		v.Num.SetInt64(int64(n))
		c.add(v, true)
	}
}

// completion computes 组建任务完成率 = built ÷ planned. The task defines it:
// without a task it is not applicable; with a task but no result it is
// 无法计算. It may exceed 100% (405%).
func completion(d Def, subject string, c *calc, built, planned operand) (Value, bool) {
	if !planned.ok {
		return Value{}, false
	}
	if !built.ok {
		v := d.value(subject)
		v.Inputs = c.inputs(planned)
		v.Err = built.missing()
		return v, true
	}
	return ratio(d, subject, c, built, planned)
}

// anyUnionFlag reports whether some unit records whether it has a union.
func (c *calc) anyUnionFlag() bool {
	for _, u := range c.p.Units {
		if u.HasUnion != nil {
			return true
		}
	}
	return false
}

// groupMembers maps each group name to the indices of its units, in input
// order. It is made once per period; callers must not modify it.
func (c *calc) groupMembers() map[string][]int {
	if c.members != nil {
		return c.members
	}
	m := make(map[string][]int, len(c.p.Groups))
	for i := range c.p.Units {
		if g := c.p.Units[i].Group; g != "" {
			m[g] = append(m[g], i)
		}
	}
	c.members = m
	return m
}

// coverageOf computes 建会率 over the given units from their has_union flags.
func (c *calc) coverageOf(d Def, subject string, units []int) Value {
	v := d.value(subject)
	if len(units) == 0 {
		v.Err = "该分组没有单位"
		return v
	}
	// a joint or trade union's row stands for the enterprises it covers:
	// each of them is a unit with a union, as the 建会率 counts them
	var covered, all int64
	var missing []string
	for _, i := range units {
		u := &c.p.Units[i]
		if u.HasUnion == nil {
			missing = append(missing, "缺少"+u.Name+"是否已建会("+c.unitField(i, "has_union").path+")")
			continue
		}
		v.Inputs = appendInput(v.Inputs, len(units), c.unitInput(i, "has_union", strconv.FormatBool(*u.HasUnion)))
		n := int64(1)
		if u.UnionKind != "" && u.UnionKind != "独立" && u.Enterprises != nil && *u.Enterprises > 1 {
			n = *u.Enterprises
			v.Inputs = appendInput(v.Inputs, len(units), c.unitInput(i, "enterprises", strconv.FormatInt(n, 10)))
		}
		all += n
		if *u.HasUnion {
			covered += n
		}
	}
	if len(missing) > 0 {
		v.Err = joinMissing(missing)
		return v
	}
	v.Num = big.NewRat(covered, all)
	v.Calc = fmt.Sprintf("%d个 ÷ %d个", covered, all)
	return v
}
