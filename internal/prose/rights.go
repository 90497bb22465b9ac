package prose

import "zongjie/internal/rules"

// rights plans the union's work for the workers' rights (维权): the
// labour disputes it took up and mediated, the legal aid and advice it
// gave and what they won back, the letters and visits it took up, and its
// labour-law supervision of the employers. Each thing is one sentence
// with its own verb and measure word; a rate follows its figures.
func (w *Writer) rights() []Para {
	if w.multi {
		return w.rightsTerm()
	}
	p := w.p
	r := p.Rights
	staff := w.Staff()
	var out Para
	lead := span(r.Span)
	if n, ok := fig(p, "rights.disputes", r.Disputes, "件"); ok && positive(p, "rights.disputes", r.Disputes) {
		s := lead + "受理劳动争议" + n
		if k, ok := fig(p, "rights.dispute_workers", r.DisputeWorkers, "人"); ok && positive(p, "rights.dispute_workers", r.DisputeWorkers) {
			s += "，涉及" + staff + k
		}
		if r.Mediated != nil && r.Disputes != nil && *r.Mediated == *r.Disputes {
			s += "，全部调解成功"
		} else if m, ok := fig(p, "rights.mediated", r.Mediated, "件"); ok && positive(p, "rights.mediated", r.Mediated) {
			s += "，调解成功" + m
			if rate := w.valueText(rules.IDMediationRate, ""); rate != "" {
				s += "，调解成功率为" + rate + w.versus(rules.IDMediationRate)
			}
		}
		out = append(out, sentence(s))
		lead = ""
	} else if m, ok := fig(p, "rights.mediated", r.Mediated, "件"); ok && positive(p, "rights.mediated", r.Mediated) {
		out = append(out, sentence(lead+"成功调解劳动争议"+m))
		lead = ""
	}
	// legal aid, advice and what they won back: one scope, 为职工, for all three
	var legal []string
	scope := "为" + staff
	if n, ok := fig(p, "rights.legal_aid", r.LegalAid, "件"); ok && positive(p, "rights.legal_aid", r.LegalAid) {
		legal = append(legal, scope+"提供法律援助"+n)
		scope = ""
	}
	if n, ok := fig(p, "rights.consultations", r.Consultations, "人次"); ok && positive(p, "rights.consultations", r.Consultations) {
		if scope != "" {
			legal = append(legal, "接待"+staff+"法律咨询"+n) // 为职工 still to come
		} else {
			legal = append(legal, "接待法律咨询"+n)
		}
	}
	if a, ok := money(p, "rights.recovered", r.Recovered); ok && positiveMoney(p, "rights.recovered", r.Recovered) {
		legal = append(legal, scope+"挽回经济损失"+a)
	}
	if a, ok := money(p, "rights.arrears", r.Arrears); ok && positiveMoney(p, "rights.arrears", r.Arrears) {
		// unpaid wages, for whom they were owed: 为356名农民工追回欠薪312.6万元
		who := orDefault(r.ArrearsWho, staff)
		if n, ok := fig(p, "rights.arrears_workers", r.ArrearsWorkers, "名"); ok && positive(p, "rights.arrears_workers", r.ArrearsWorkers) {
			legal = append(legal, "为"+n+who+"追回欠薪"+a)
		} else if scope != "" || who != staff {
			legal = append(legal, "为"+who+"追回欠薪"+a)
		} else {
			legal = append(legal, "追回欠薪"+a)
		}
	}
	if len(legal) > 0 {
		out = append(out, sentence(lead+joinClauses(legal...)))
		lead = ""
	}
	if n, ok := fig(p, "rights.petitions", r.Petitions, "件"); ok && positive(p, "rights.petitions", r.Petitions) {
		s := lead + "受理" + staff + "来信来访" + n
		if r.Closed != nil && r.Petitions != nil && *r.Closed == *r.Petitions {
			s += "，已全部办结"
		} else if c, ok := fig(p, "rights.closed", r.Closed, "件"); ok && positive(p, "rights.closed", r.Closed) {
			s += "，办结" + c
			if rate := w.valueText(rules.IDClosingRate, ""); rate != "" {
				s += "，办结率为" + rate
			}
		}
		out = append(out, sentence(s))
		lead = ""
	}
	var watch []string
	if n, ok := fig(p, "rights.inspections", r.Inspections, "次"); ok && positive(p, "rights.inspections", r.Inspections) {
		watch = append(watch, "开展劳动法律监督检查"+n)
		if u, ok := fig(p, "rights.inspected", r.Inspected, "家"); ok && positive(p, "rights.inspected", r.Inspected) {
			watch = append(watch, "检查用人单位"+u)
		}
	} else if u, ok := fig(p, "rights.inspected", r.Inspected, "家"); ok && positive(p, "rights.inspected", r.Inspected) {
		watch = append(watch, "对"+u+"用人单位开展劳动法律监督检查")
	}
	if n, ok := fig(p, "rights.notices", r.Notices, "份"); ok && positive(p, "rights.notices", r.Notices) {
		watch = append(watch, "发出劳动法律监督意见书"+n)
	}
	if len(watch) > 0 {
		out = append(out, sentence(lead+joinClauses(watch...)))
	}
	if len(out) == 0 {
		return nil
	}
	return []Para{out}
}

// rightsTerm words the 维权 work of a review of several years: the
// term's totals ("五年来，累计受理劳动争议46件，……").
func (w *Writer) rightsTerm() []Para {
	staff := w.Staff()
	scope := "为" + staff // said once, before legal aid or what it won back
	var cs []string
	for _, x := range []struct {
		id, verb string
		scoped   bool
	}{
		{rules.IDDisputes, "受理劳动争议", false},
		{rules.IDLegalAid, "提供法律援助", true},
		{rules.IDRecovered, "挽回经济损失", true},
		{rules.IDArrears, "追回欠薪", true},
		{rules.IDPetitions, "受理" + staff + "来信来访", false},
	} {
		if v := w.res.Cumulative(x.id); v.OK() && v.Num.Sign() > 0 {
			verb := x.verb
			if x.scoped {
				verb, scope = scope+verb, ""
			}
			c := verb + w.Value(v)
			if x.id == rules.IDDisputes {
				// what came of them: a count of disputes alone reads as a complaint
				if n := w.res.Cumulative(rules.IDMediated); n.OK() && n.Num.Sign() > 0 {
					c += "，调解成功" + w.Value(n)
				}
			}
			cs = append(cs, c)
		}
	}
	if len(cs) == 0 {
		return nil
	}
	return []Para{{sentence(w.termSince() + "，累计" + joinClauses(cs...))}}
}
