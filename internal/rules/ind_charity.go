package rules

import (
	"fmt"
	"math/big"
	"strconv"

	"zongjie/internal/cnfmt"
	"zongjie/internal/record"
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
	for i, u := range c.p.Units {
		if v, ok := c.unitDonation(i, u); ok {
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

// unitDonation returns a unit's 人均捐款: as stated, or donation ÷ staff.
func (c *calc) unitDonation(i int, u record.Unit) (Value, bool) {
	path := fmt.Sprintf("units[%d]", i)
	d := def(IDUnitDonationPerHead)
	switch {
	case u.DonationPerCapita != nil:
		v, ok := stated(d, u.Name, c, c.yuan(path+".donation_per_capita", u.Name+"人均捐款", u.DonationPerCapita))
		v.Formula = "原始材料所报"
		return v, ok
	case u.Donation != nil:
		return ratio(d, u.Name, c,
			c.yuan(path+".donation", u.Name+"个人捐款", u.Donation),
			c.count(path+".staff", u.Name+"职工人数", "人", u.Staff))
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
	don, staff := new(big.Rat), new(big.Rat)
	var missing []string
	for _, i := range units {
		u := c.p.Units[i]
		path := fmt.Sprintf("units[%d]", i)
		if u.Donation == nil {
			missing = append(missing, "缺少"+u.Name+"个人捐款("+path+".donation)")
		} else {
			don.Add(don, u.Donation.Yuan())
			v.Inputs = append(v.Inputs, Input{Path: path + ".donation", Pos: c.p.Pos(path + ".donation"), Value: u.Donation.String()})
		}
		if u.Staff == nil {
			missing = append(missing, "缺少"+u.Name+"职工人数("+path+".staff)")
		} else {
			staff.Add(staff, new(big.Rat).SetInt64(*u.Staff))
			v.Inputs = append(v.Inputs, Input{Path: path + ".staff", Pos: c.p.Pos(path + ".staff"), Value: strconv.FormatInt(*u.Staff, 10)})
		}
	}
	switch {
	case len(missing) > 0:
		v.Err = joinMissing(missing)
	case staff.Sign() == 0:
		v.Err = "职工人数之和为0,不能作除数"
	default:
		v.Num = new(big.Rat).Quo(don, staff)
		m, _ := moneyOf(don)
		v.Calc = cnfmt.Money(m) + " ÷ " + ratString(staff) + "人"
	}
	return v
}
