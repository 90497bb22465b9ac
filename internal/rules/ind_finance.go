package rules

import (
	"fmt"
	"math/big"

	"zongjie/internal/cnfmt"
	"zongjie/internal/num"
	"zongjie/internal/record"
)

// payrollShare is the share of the payroll due as union funds (工会法; 章程 §36).
var payrollShare = big.NewRat(2, 100)

// finance computes 经费划拨率, the funds due, income, spending and dues,
// and per-unit spending per head; bands are computed by c.bands.
func (c *calc) finance() {
	f := c.p.Finance
	spent := c.money("finance.spent", "工会科目支出", f.Spent)
	transferred := c.money("finance.transferred", "划拨到工会账户的经费", f.Transferred)
	v, ok := stated(def(IDSpent), "", c, spent)
	c.add(v, ok)
	v, ok = stated(def(IDTransferred), "", c, transferred)
	c.add(v, ok)

	// 应拨缴: as recorded, else 2% of the payroll.
	due := c.money("finance.due", "应拨缴经费", f.Due)
	dueValue, ok := stated(def(IDDue), "", c, due)
	if ok {
		dueValue.Formula = "所报应拨缴经费"
	} else if f.Payroll != nil {
		payroll := c.money("finance.payroll", "工资总额", f.Payroll)
		dueValue = def(IDDue).value("")
		dueValue.Num = new(big.Rat).Mul(payroll.rat(), payrollShare)
		dueValue.Calc = payroll.text + " × 2%"
		dueValue.Inputs = c.inputs(payroll)
		ok = true
		// the base of the rate below: 2% of the payroll, in 分 × 2 / 100
		due = payroll
		due.name, due.a, due.b = "应拨缴经费(工资总额的2%)", payroll.a*payrollShare.Num().Int64(), payroll.b*payrollShare.Denom().Int64()
		due.text = dueValue.trace()
	}
	c.add(dueValue, ok)

	// 划拨率 divides by the recorded spending as seed 000 does; without it,
	// by the funds due, and what is short is counted against the same base.
	// (The union's income, finance.received, is its share kept and its
	// other income, not what was paid of the funds due: no rate is drawn
	// from it.)
	base := spent
	if f.Spent == nil && due.ok {
		base = due
	}
	v, ok = ratio(def(IDTransferRate), "", c, transferred, base)
	if base.path != spent.path {
		v.Formula = "划拨到工会账户的经费 ÷ 应拨缴经费"
	}
	c.add(v, ok)
	if base.ok && f.Transferred != nil && transferred.rat().Cmp(base.rat()) <= 0 { // nothing short: no 未划拨
		v, ok = difference(def(IDUntransferred), "", c, base, transferred)
		if base.path != spent.path {
			v.Formula = "应拨缴经费 − 划拨到工会账户的经费"
		}
		c.add(v, ok)
	}
	for _, r := range []struct {
		id, path, label string
		m               *num.Money
	}{
		{IDReceived, "finance.received", "工会经费收入", f.Received},
		{IDExpenditure, "finance.expenditure", "工会经费支出", f.Expenditure},
		{IDDues, "finance.dues", "会费收入", f.Dues},
	} {
		v, ok := stated(def(r.id), "", c, c.money(r.path, r.label, r.m))
		c.add(v, ok)
	}

	perHead := def(IDUnitSpendingPerHead)
	for i, u := range c.p.Units {
		switch {
		case u.SpendingPerCapita != nil:
			v, ok := stated(perHead, u.Name, c,
				c.unitYuan(i, "spending_per_capita", "人均工会支出", u.SpendingPerCapita))
			v.Formula = "原始材料所报"
			c.add(v, ok)
		case u.Spending != nil:
			v, ok := ratio(perHead, u.Name, c,
				c.unitYuan(i, "spending", "工会经费支出", u.Spending),
				c.unitCount(i, "members", "会员人数", "人", u.Members))
			c.add(v, ok)
		}
	}
}

// bandSetting is the band line as it applies to the period:
// settings.band_threshold, finance.band_threshold, or the sector's default
// (record.Period.Setting).
func (c *calc) bandSetting() record.Setting {
	s, err := c.p.Setting("band_threshold")
	if err != nil || s.Amount == nil {
		panic("rules: the band_threshold setting: " + fmt.Sprint(err)) // a known key, always an amount
	}
	return s
}

// bandThreshold returns the band line in 元.
func (c *calc) bandThreshold() *big.Rat { return c.bandSetting().Amount.Yuan() }

// thresholdText words the band line, e.g. "1000元".
func (c *calc) thresholdText() string { return cnfmt.Yuan(*c.bandSetting().Amount) }
