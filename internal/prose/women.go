package prose

import "zongjie/internal/rules"

// women plans the women workers' work: their share of the members, the
// committee and the special contract, the 安康保险, the check-ups and the
// activities.
func (w *Writer) women() []Para {
	p := w.p
	m, wm := p.Membership, p.Women
	var out Para
	if n, ok := fig(p, "membership.women_members", m.WomenMembers, "人"); ok && positive(p, "membership.women_members", m.WomenMembers) {
		s := "现有女会员" + n
		if r := w.valueText(rules.IDWomenShare, ""); r != "" {
			s += "，占会员总数的" + r
		}
		out = append(out, sentence(s))
	} else if n, ok := fig(p, "membership.women_staff", m.WomenStaff, "人"); ok && positive(p, "membership.women_staff", m.WomenStaff) {
		out = append(out, sentence("现有"+w.womenStaff()+n))
	}
	// The special contract is said with the other contracts (democracy).
	if wm.Committee != nil && *wm.Committee {
		out = append(out, "建立健全了女职工委员会，女职工工作有人抓、有人管。")
	}
	if n, ok := fig(p, "women.insured", wm.Insured, "份"); ok && positive(p, "women.insured", wm.Insured) {
		s := "为" + w.womenStaff() + "办理安康保险" + n
		if pr, ok := money(p, "women.premium", wm.Premium); ok && positiveMoney(p, "women.premium", wm.Premium) {
			s += "，缴纳保费" + pr
		}
		out = append(out, sentence(s))
	}
	if n, ok := fig(p, "women.checkups", wm.Checkups, "名"); ok && positive(p, "women.checkups", wm.Checkups) {
		out = append(out, sentence("组织"+n+w.womenStaff()+"参加妇科健康检查"))
	}
	if n, ok := fig(p, "women.activities", wm.Activities, "次"); ok && positive(p, "women.activities", wm.Activities) {
		out = append(out, sentence("开展"+w.womenStaff()+"活动"+n))
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
