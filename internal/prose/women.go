package prose

import "zongjie/internal/rules"

// women plans the women workers' work: their share of the members, the
// committee and the special contract, the 安康保险, the check-ups and the
// activities.
func (w *Writer) women() []Para {
	if w.multi {
		return w.womenTerm()
	}
	p := w.p
	wm := p.Women
	out := w.womenNow()
	// The special contract is said with the other contracts (democracy).
	if wm.Committee != nil && *wm.Committee {
		out = append(out, w.committeeSentence())
	}
	if n, ok := fig(p, "women.insured", wm.Insured, "份"); ok && positive(p, "women.insured", wm.Insured) {
		s := "为" + w.womenStaff() + "办理安康保险" + n
		if pr, ok := money(p, "women.premium", wm.Premium); ok && positiveMoney(p, "women.premium", wm.Premium) {
			s += "，缴纳保费" + pr
		}
		out = append(out, sentence(s))
	}
	if p.When.Years() > 1 {
		// a file for several years: the same women checked year after
		// year, 人次
		if n, ok := fig(p, "women.checkups", wm.Checkups, "人次"); ok && positive(p, "women.checkups", wm.Checkups) {
			out = append(out, sentence(w.termSince()+"，累计组织"+w.womenStaff()+"参加妇科健康检查"+n))
		}
	} else if n, ok := fig(p, "women.checkups", wm.Checkups, "名"); ok && positive(p, "women.checkups", wm.Checkups) {
		out = append(out, sentence("组织"+n+w.womenStaff()+"参加妇科健康检查"))
	}
	if n, ok := fig(p, "women.activities", wm.Activities, "项"); ok && positive(p, "women.activities", wm.Activities) {
		out = append(out, sentence("开展"+w.womenStaff()+"活动"+n))
	}
	if len(out) == 0 {
		return nil
	}
	return []Para{out}
}

// womenNow words how many women members (or women staff) there are, and
// their share of the members: at the end of the period, or of the term.
func (w *Writer) womenNow() Para {
	p := w.p
	m := p.Membership
	if n, ok := fig(p, "membership.women_members", m.WomenMembers, "人"); ok && positive(p, "membership.women_members", m.WomenMembers) {
		s := "现有女会员" + n
		if r := w.valueText(rules.IDWomenShare, ""); r != "" {
			s += "，占会员总数的" + r
		}
		return Para{sentence(s)}
	}
	if n, ok := fig(p, "membership.women_staff", m.WomenStaff, "人"); ok && positive(p, "membership.women_staff", m.WomenStaff) {
		return Para{sentence("现有" + w.womenStaff() + n)}
	}
	return nil
}

// womenTerm words the women's work of a review of several years: the
// committee, and the term's totals of check-ups (人次: the same women
// year after year) and activities.
func (w *Writer) womenTerm() []Para {
	out := w.womenNow()
	if c := w.p.Women.Committee; c != nil && *c {
		out = append(out, w.committeeSentence())
	}
	var cs []string
	if v := w.res.Cumulative(rules.IDCheckups); v.OK() && v.Num.Sign() > 0 {
		cs = append(cs, "组织"+w.womenStaff()+"参加妇科健康检查"+w.Value(v))
	}
	if v := w.res.Cumulative(rules.IDWomenActivities); v.OK() && v.Num.Sign() > 0 {
		cs = append(cs, "开展"+w.womenStaff()+"活动"+w.Value(v))
	}
	if len(cs) > 0 {
		out = append(out, sentence(w.termSince()+"，累计"+joinClauses(cs...)))
	}
	if len(out) == 0 {
		return nil
	}
	return []Para{out}
}

// womenStaff is what women staff are called: 女教职工 in schools, 女职工
// elsewhere (the law's word, also for 干部职工 and 医务人员).
func (w *Writer) womenStaff() string {
	if w.Staff() == "教职工" {
		return "女教职工"
	}
	return "女职工"
}

// committeeSentence words that the union has its 女职工委员会: a workplace
// union's is the one that sees to its women's work; a union over others
// has long had one, which guides the unions under it.
func (w *Writer) committeeSentence() string {
	if Regional(w.p.Org) {
		return w.short() + "女职工委员会认真履行职责，指导基层工会做好女职工工作。"
	}
	return "建立健全了女职工委员会，女职工工作有人抓、有人管。"
}
