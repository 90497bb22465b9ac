package rules

import (
	"fmt"
	"math/big"

	"zongjie/internal/cnfmt"
)

// charity computes the drives' total, participation rates and 人均捐款 per
// unit, per group and overall.
func (c *calc) charity() {
	drives := c.p.Charity
	if len(drives) > 0 {
		ops := make([]operand, len(drives))
		for i, d := range drives {
			ops[i] = c.money(fmt.Sprintf("charity[%d].total", i), d.Name+"募集善款", d.Total)
		}
		v, ok := sum(def(IDCharityTotal), "", c, ops)
		c.add(v, ok)
	}
	c.participation()

	var donors, commended []operand
	for i, d := range drives {
		path := fmt.Sprintf("charity[%d]", i)
		if d.DonorsAtLeast != nil {
			donors = append(donors, c.count(path+".donors_at_least", d.Name+"大额捐款人数", "人", d.DonorsAtLeast))
		}
		if d.Commended != nil {
			commended = append(commended, c.count(path+".commended", d.Name+"受表彰单位数", "个", d.Commended))
		}
	}
	v, ok := sum(def(IDDonorsAtLeast), "", c, donors)
	c.add(v, ok)
	v, ok = sum(def(IDCommended), "", c, commended)
	c.add(v, ok)

	raw := c.anyRawDonation()
	perHead := def(IDUnitDonationPerHead)
	for i := range c.p.Units {
		if v, ok := c.unitDonation(perHead, i); ok {
			c.add(v, true)
		}
	}
	members := c.groupMembers()
	for gi, g := range c.p.Groups {
		path := fmt.Sprintf("groups[%d].donation_per_capita", gi)
		switch {
		case g.DonationPerCapita != nil:
			v, ok := stated(def(IDGroupDonationPerHead), g.Name, c,
				c.yuan(path, g.Name+"人均捐款", g.DonationPerCapita))
			v.Formula = "原始材料所报"
			c.add(v, ok)
		case raw:
			v := c.pooledDonation(def(IDGroupDonationPerHead), g.Name, members[g.Name])
			if len(members[g.Name]) == 0 {
				v.Err = "该分组没有单位"
			}
			c.add(v, true)
		}
	}
}

// participation computes 参与率 per category of each drive and overall.
func (c *calc) participation() {
	var part, elig []operand
	multi := len(c.p.Charity) > 1
	for i, d := range c.p.Charity {
		for j, pt := range d.Participation {
			path := fmt.Sprintf("charity[%d].participation[%d]", i, j)
			subject := pt.Category
			if multi {
				subject = d.Name + "·" + pt.Category
			}
			m := measureFor(pt.Category)
			p := c.count(path+".participated", pt.Category+"已参加单位数", m, pt.Participated)
			e := c.count(path+".eligible", pt.Category+"应参加单位数", m, pt.Eligible)
			v, ok := ratio(def(IDCategoryParticipation), subject, c, p, e)
			c.add(v, ok)
			absent, ok := gap(def(IDCategoryAbsent), subject, c, e, p)
			absent.Unit = m
			c.add(absent, ok)
			part = append(part, p)
			elig = append(elig, e)
		}
	}
	if len(part) == 0 {
		return
	}
	pv, _ := sum(def(IDUnitsParticipated), "", c, part)
	c.add(pv, true)
	ev, _ := sum(Def{ID: "charity.units_eligible", Label: "应参加的单位", Kind: KindCount, Unit: "个"}, "", c, elig)
	v := def(IDParticipationRate).value("")
	v.Inputs = append(append([]Input(nil), pv.Inputs...), ev.Inputs...)
	switch {
	case !pv.OK():
		v.Err = pv.Err
	case !ev.OK():
		v.Err = ev.Err
	case ev.Num.Sign() == 0:
		v.Err = "应参加的单位数为0,不能作除数"
	default:
		v.Num = new(big.Rat).Quo(pv.Num, ev.Num)
		v.Calc = ratString(pv.Num) + "个 ÷ " + ratString(ev.Num) + "个"
	}
	c.add(v, true)
}

// anyRawDonation reports whether some unit records its donation amount, so
// that 人均捐款 can be computed rather than taken as stated.
func (c *calc) anyRawDonation() bool {
	for _, u := range c.p.Units {
		if u.Donation != nil {
			return true
		}
	}
	return false
}

// unitDonation returns unit i's 人均捐款 (d): as stated, or donation ÷ staff.
func (c *calc) unitDonation(d Def, i int) (Value, bool) {
	u := &c.p.Units[i]
	switch {
	case u.DonationPerCapita != nil:
		v, ok := stated(d, u.Name, c, c.unitYuan(i, "donation_per_capita", "人均捐款", u.DonationPerCapita))
		v.Formula = "原始材料所报"
		return v, ok
	case u.Donation != nil:
		return ratio(d, u.Name, c,
			c.unitYuan(i, "donation", "个人捐款", u.Donation),
			c.unitCount(i, "staff", "职工人数", "人", u.Staff))
	}
	return Value{}, false
}

// pooledDonation computes Σ donation ÷ Σ staff over the given units; every
// unit must record both.
func (c *calc) pooledDonation(d Def, subject string, units []int) Value {
	v := d.value(subject)
	if len(units) == 0 {
		v.Err = "没有单位"
		return v
	}
	var don, staff intSum // 分, people
	var missing []string
	for _, i := range units {
		u := &c.p.Units[i]
		if u.Donation == nil {
			missing = append(missing, "缺少"+u.Name+"个人捐款("+c.unitField(i, "donation").path+")")
		} else {
			don.add(int64(*u.Donation))
			v.Inputs = appendInput(v.Inputs, 2*len(units), c.unitInput(i, "donation", c.unitMoneyRaw(i, "donation", *u.Donation)))
		}
		if u.Staff == nil {
			missing = append(missing, "缺少"+u.Name+"职工人数("+c.unitField(i, "staff").path+")")
		} else {
			staff.add(*u.Staff)
			v.Inputs = appendInput(v.Inputs, 2*len(units), c.unitInput(i, "staff", c.unitCountRaw(i, "staff", *u.Staff)))
		}
	}
	switch {
	case len(missing) > 0:
		v.Err = joinMissing(missing)
	case staff.isZero():
		v.Err = "职工人数之和为0,不能作除数"
	default:
		v.Num = don.quo(100, staff)
		m, _ := don.money()
		v.Calc = cnfmt.Money(m) + " ÷ " + staff.String() + "人"
	}
	return v
}
