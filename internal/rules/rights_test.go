package rules

import "testing"

// TestRights computes the 维权 rates and the letters and visits still open.
func TestRights(t *testing.T) {
	r := runOne(t, `
organisation: {name: 测试工会, sector: 企业}
period: {year: 2025}
rights: {disputes: 12, mediated: 10, legal_aid: 5, recovered: 23.5万, petitions: 9, closed: 7}
`)
	wantShown(t, r, IDDisputes, "", "12")
	wantShown(t, r, IDMediationRate, "", "83.3")
	wantShown(t, r, IDLegalAid, "", "5")
	wantShown(t, r, IDRecovered, "", "235000")
	wantShown(t, r, IDClosingRate, "", "77.8")
	wantShown(t, r, IDPetitionsOpen, "", "2")
	var open bool
	for _, f := range r.Findings {
		if f.ID == "rights.petitions_open" {
			open = f.Severity == SeverityLow && f.Section == "rights"
		}
	}
	if !open {
		t.Errorf("no low finding rights.petitions_open in section rights: %+v", r.Findings)
	}
	all := runOne(t, "organisation: {name: 测试工会}\nperiod: {year: 2025}\nrights: {petitions: 9, closed: 9}\n")
	for _, f := range all.Findings {
		if f.ID == "rights.petitions_open" {
			t.Errorf("every letter closed, yet a finding: %+v", f)
		}
	}
}
