package rules

import "fmt"

// auditOrders checks that figures the source states in ranking order are
// listed in that order: the groups' and the units' stated 人均捐款, largest
// first. Figures computed from raw data are not a stated ranking and are not
// checked. The report's own rankings are always re-sorted by value.
func (c *calc) auditOrders() []Audit {
	var out []Audit
	type item struct {
		name, path string
		v          Value
	}
	check := func(id, label string, items []item) {
		if len(items) < 2 {
			return
		}
		a := Audit{ID: id, Label: label, Unit: "元", Period: c.p.When.Label(), OK: true}
		for _, it := range items {
			a.Inputs = append(a.Inputs, it.v.Inputs...)
		}
		for i := 1; i < len(items); i++ {
			prev, cur := items[i-1], items[i]
			if rankKey(cur.v).Cmp(rankKey(prev.v)) <= 0 {
				continue
			}
			a.OK = false
			a.Stated, a.Computed = prev.v.Num, cur.v.Num
			a.StatedText = prev.name + prev.v.trace()
			a.ComputedText = cur.name + cur.v.trace()
			a.StatedPos, a.StatedPath, a.ComputedPos = c.p.Pos(prev.path), prev.path, c.p.Pos(cur.path)
			a.Message = fmt.Sprintf("%s：%s（%s）排在%s（%s）之前，排列顺序与数值不符；报告中的排名已按数值重新排列，请核对原始材料。",
				label, a.StatedText, a.StatedPos, a.ComputedText, a.ComputedPos)
			break
		}
		if a.OK {
			first, last := items[0], items[len(items)-1]
			a.Stated, a.Computed = first.v.Num, last.v.Num
			a.StatedText, a.ComputedText = first.name+first.v.trace(), last.name+last.v.trace()
			a.StatedPos, a.StatedPath, a.ComputedPos = c.p.Pos(first.path), first.path, c.p.Pos(last.path)
			a.Message = fmt.Sprintf("%s：所列%d项从%s到%s由高到低排列，顺序无误。", label, len(items), a.StatedText, a.ComputedText)
		}
		out = append(out, a)
	}

	var groups []item
	for i, g := range c.p.Groups {
		if g.DonationPerCapita == nil {
			continue
		}
		if v, ok := c.find(IDGroupDonationPerHead, g.Name); ok && v.OK() {
			groups = append(groups, item{g.Name, fmt.Sprintf("groups[%d].donation_per_capita", i), v})
		}
	}
	check("charity.group_per_capita.order", "各"+groupWord(c.p)+"人均捐款的排列", groups)

	var units []item
	for i, u := range c.p.Units {
		if u.DonationPerCapita == nil {
			continue
		}
		if v, ok := c.find(IDUnitDonationPerHead, u.Name); ok && v.OK() {
			units = append(units, item{u.Name, c.unitField(i, "donation_per_capita").path, v})
		}
	}
	check("charity.unit_per_capita.order", "单位表中人均捐款的排列", units)
	return out
}
