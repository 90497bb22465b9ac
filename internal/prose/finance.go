package prose

import (
	"strconv"
	"zongjie/internal/record"
	"zongjie/internal/rules"
)

// finance plans the funds section: the spending under the union item, or
// the funds due, and what was transferred of it to the union's own account
// (经费划拨率); income, spending and balance, dues and what was remitted.
// The spending bands stay with the template: they name units.
func (w *Writer) finance() []Para {
	if w.multi {
		return w.financeTerm()
	}
	p := w.p
	f := p.Finance
	var out Para
	lead := w.thisPeriod()
	if spent := w.valueText(rules.IDSpent, ""); spent != "" {
		s := lead + "工会科目累计支出工会活动经费" + spent
		if rate := w.valueText(rules.IDTransferRate, ""); rate != "" {
			s += "，其中" + w.valueText(rules.IDTransferred, "") + "划拨到工会专用账户，工会经费划拨率为" + rate + w.versus(rules.IDTransferRate)
		}
		out = append(out, sentence(s))
	}
	if due := w.valueText(rules.IDDue, ""); due != "" && f.Spent == nil {
		// a 地方总工会 collects its area's funds (应收, 实收, 收缴率);
		// one employer's union has them transferred (应拨缴, 划拨, 划拨率)
		owed, got, rateName := "应拨缴工会经费", "实际划拨", "工会经费划拨率"
		if w.local() {
			owed, got, rateName = w.whole()+"应收工会经费", "实收", "工会经费收缴率"
		}
		s := owed + due
		if f.Due == nil { // worked out from the payroll
			s = "按工资总额的2%计，" + s
		}
		if rate := w.valueText(rules.IDTransferRate, ""); rate != "" {
			s += "，" + got + w.valueText(rules.IDTransferred, "") + "，" + rateName + "为" + rate + w.versus(rules.IDTransferRate)
		}
		out = append(out, sentence(s))
	}
	if e, ok := money(p, "finance.expenditure", f.Expenditure); ok {
		var cs []string
		if r, ok := money(p, "finance.received", f.Received); ok {
			cs = append(cs, "收入"+r)
		}
		cs = append(cs, "支出"+e)
		if b, ok := money(p, "finance.balance", f.Balance); ok {
			end := "期末结余" // at the end of the period: of the year, 年末
			if part := p.When.Part; p.When.Years() == 1 && (part == "" || part == record.PartYear) {
				end = "年末结余"
			}
			cs = append(cs, end+b)
		}
		out = append(out, sentence(w.whole()+"工会经费"+joinClauses(cs...)))
	} else if r, ok := money(p, "finance.received", f.Received); ok {
		out = append(out, sentence(w.whole()+"工会经费收入"+r))
	}
	if d, ok := money(p, "finance.dues", f.Dues); ok && positiveMoney(p, "finance.dues", f.Dues) {
		out = append(out, sentence("按规定收缴会员会费"+d))
	}
	if r, ok := money(p, "finance.remitted", f.Remitted); ok && positiveMoney(p, "finance.remitted", f.Remitted) {
		out = append(out, sentence("向上级工会上解经费"+r))
	}
	if len(out) == 0 {
		return nil
	}
	return []Para{out}
}

// financeTerm words the funds over a review of several years: the
// income, spending and dues of the years added up, and the transfer rate
// from the first year to the last.
func (w *Writer) financeTerm() []Para {
	var out Para
	var cs []string
	for _, x := range []struct{ id, noun string }{
		{rules.IDReceived, "收入工会经费"}, {rules.IDExpenditure, "支出"}, {rules.IDDues, "收缴会费"},
	} {
		if v := w.res.Cumulative(x.id); v.OK() && v.Num.Sign() > 0 {
			cs = append(cs, x.noun+w.Value(v))
		}
	}
	if len(cs) > 0 {
		out = append(out, sentence(w.termSince()+"，累计"+joinClauses(cs...)))
		// the last year's balance: spending beyond the income counted
		// (the dues, the year before's balance) reads as a deficit without it
		if b, ok := money(w.p, "finance.balance", w.p.Finance.Balance); ok && w.year() > 0 {
			out = append(out, sentence(strconv.Itoa(w.year())+"年末，工会经费结余"+b))
		}
	}
	rateName := "工会经费划拨率"
	if w.local() {
		rateName = "工会经费收缴率"
	}
	if s := w.growthSentence(rules.IDTransferRate, rateName); s != "" {
		out = append(out, s)
	}
	if len(out) == 0 {
		return nil
	}
	return []Para{out}
}

// thisPeriod is how the period reported on is named at a sentence's
// start: 本年度, 上半年, 本学期; 五年来 or 本届以来 for several years.
func (w *Writer) thisPeriod() string {
	if w.several() {
		return w.termSince() + "，"
	}
	switch w.p.When.Part {
	case record.PartFirstHalf, record.PartSecondHalf:
		return w.p.When.Part + "，"
	case record.PartSpring, record.PartAutumn:
		return "本学期，"
	}
	return "本年度，"
}

// whole is how the whole year or part is named inside a sentence: 全年,
// 上半年, 本学期; 五年来 or 本届以来 for several years.
func (w *Writer) whole() string {
	if w.several() {
		return w.termSince()
	}
	switch w.p.When.Part {
	case record.PartFirstHalf, record.PartSecondHalf:
		return w.p.When.Part
	case record.PartSpring, record.PartAutumn:
		return "本学期"
	}
	return "全年"
}
