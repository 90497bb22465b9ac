package rules

// rights computes the 维权 figures: the disputes taken up and the
// 劳动争议调解成功率, the legal aid given, the losses and unpaid wages
// recovered, the
// letters and visits taken up, the 来信来访办结率 and those still open.
func (c *calc) rights() {
	r := c.p.Rights
	disputes := c.count("rights.disputes", "受理劳动争议数", "件", r.Disputes)
	c.add(stated(def(IDDisputes), "", c, disputes))
	mediated := c.count("rights.mediated", "调解成功数", "件", r.Mediated)
	c.add(stated(def(IDMediated), "", c, mediated))
	c.add(ratio(def(IDMediationRate), "", c, mediated, disputes))
	c.add(stated(def(IDLegalAid), "", c, c.count("rights.legal_aid", "法律援助件数", "件", r.LegalAid)))
	c.add(stated(def(IDRecovered), "", c, c.money("rights.recovered", "挽回经济损失", r.Recovered)))
	c.add(stated(def(IDArrears), "", c, c.money("rights.arrears", "追回欠薪", r.Arrears)))
	c.add(stated(def(IDArrearsWorkers), "", c, c.count("rights.arrears_workers", "欠薪涉及人数", "人", r.ArrearsWorkers)))
	petitions := c.count("rights.petitions", "受理来信来访数", "件", r.Petitions)
	closed := c.count("rights.closed", "办结数", "件", r.Closed)
	c.add(stated(def(IDPetitions), "", c, petitions))
	c.add(ratio(def(IDClosingRate), "", c, closed, petitions))
	c.add(gap(def(IDPetitionsOpen), "", c, petitions, closed))
}
