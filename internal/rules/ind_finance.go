package rules

import (
	"fmt"
	"math/big"
	"strings"

	"zongjie/internal/cnfmt"
	"zongjie/internal/num"
	"zongjie/internal/record"
)

// payrollShare is the share of the payroll due as union funds (工会法; 章程 §36).
var payrollShare = big.NewRat(2, 100)

// financeWords name the funds a union is owed and what reached it. A
// union of one employer is owed 2% of its payroll, which the employer
// transfers (划拨) to the union's own account: 应拨缴, 划拨, 划拨率. A
// 地方总工会 is owed the funds of every employer in its area and collects
// them (收缴, most often through the tax office): 应收, 实收, 收缴率.
type financeWords struct {
	due, paid string            // the inputs' names: 应拨缴经费, 划拨到工会账户的经费
	labels    map[string]string // indicator labels replacing the catalogue's, by id
}

// localFinance are a 地方总工会's words for its funds.
var localFinance = financeWords{due: "应收工会经费", paid: "实收工会经费", labels: map[string]string{
	IDTransferred: "实收工会经费", IDDue: "应收工会经费", IDTransferRate: "工会经费收缴率", IDUntransferred: "应收未收经费",
}}

// financeWordsOf returns the words for p's union's funds.
func financeWordsOf(p *record.Period) financeWords {
	if record.SectorOf(p.Org) == record.SectorLocal {
		return localFinance
	}
	return financeWords{due: "应拨缴经费", paid: "划拨到工会账户的经费"}
}

// relabel returns d under the union's words: its label, and its formula
// with the inputs renamed.
func (fw financeWords) relabel(d Def) Def {
	if l, ok := fw.labels[d.ID]; ok {
		d.Label = l
		d.Formula = strings.NewReplacer("划拨到工会账户的经费", fw.paid, "划拨到工会专用账户的经费", fw.paid, "应拨缴经费", fw.due).Replace(d.Formula)
	}
	return d
}

// finance computes 经费划拨率, the funds due, income, spending and dues,
// and per-unit spending per head; bands are computed by c.bands.
func (c *calc) finance() {
	f := c.p.Finance
	words := financeWordsOf(c.p)
	spent := c.money("finance.spent", "工会科目支出", f.Spent)
	transferred := c.money("finance.transferred", words.paid, f.Transferred)
	v, ok := stated(def(IDSpent), "", c, spent)
	c.add(v, ok)
	v, ok = stated(words.relabel(def(IDTransferred)), "", c, transferred)
	c.add(v, ok)

	// 应拨缴: as recorded, else 2% of the payroll.
	due := c.money("finance.due", words.due, f.Due)
	dueValue, ok := stated(words.relabel(def(IDDue)), "", c, due)
	if ok {
		dueValue.Formula = "所报" + words.due
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
	v, ok = ratio(words.relabel(def(IDTransferRate)), "", c, transferred, base)
	if base.path != spent.path {
		v.Formula = words.paid + " ÷ " + words.due
	}
	c.add(v, ok)
	if base.ok && f.Transferred != nil && transferred.rat().Cmp(base.rat()) <= 0 { // nothing short: no 未划拨
		v, ok = difference(words.relabel(def(IDUntransferred)), "", c, base, transferred)
		if base.path != spent.path {
			v.Formula = words.due + " − " + words.paid
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
