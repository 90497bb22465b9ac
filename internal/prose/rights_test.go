package prose

import (
	"fmt"
	"strings"
	"testing"

	"zongjie/internal/record"
)

// TestRights: the 维权 work is told thing by thing, each with its verb and
// measure word, a rate after its figures, "全部" when the part is the whole,
// in the sector's word for the staff.
func TestRights(t *testing.T) {
	for _, c := range []struct{ org, rights, want, not string }{
		{"{name: 甲公司工会, sector: 企业}", "{disputes: 12, mediated: 10, dispute_workers: 35}",
			"受理劳动争议12件，涉及职工35人，调解成功10件，调解成功率为83.3%。", ""},
		{"{name: 甲公司工会, sector: 企业}", "{disputes: 6, mediated: 6}", "受理劳动争议6件，全部调解成功。", "调解成功率"},
		{"{name: 甲公司工会, sector: 企业}", "{mediated: 4}", "成功调解劳动争议4件。", ""},
		{"{name: 甲街道总工会, sector: 街道乡镇}", "{legal_aid: 5, consultations: 120, recovered: 23.5万}",
			"为职工提供法律援助5件，接待法律咨询120人次，挽回经济损失23.5万元。", ""},
		{"{name: 甲街道总工会, sector: 街道乡镇}", "{consultations: 1200, recovered: 8000}",
			"接待职工法律咨询1200人次，为职工挽回经济损失8000元。", ""},
		{"{name: 甲学校工会, sector: 学校}", "{petitions: 8, closed: 8}", "受理教职工来信来访8件，已全部办结。", ""},
		{"{name: 甲医院工会, sector: 医院}", "{petitions: 8, closed: 7}", "受理医务人员来信来访8件，办结7件，办结率为87.5%。", ""},
		{"{name: 甲街道总工会, sector: 街道乡镇}", "{inspections: 6, inspected: 15, notices: 3}",
			"开展劳动法律监督检查6次，检查用人单位15家，发出劳动法律监督意见书3份。", ""},
		{"{name: 甲街道总工会, sector: 街道乡镇}", "{inspected: 15}", "对15家用人单位开展劳动法律监督检查。", ""},
		{"{name: 甲公司工会, sector: 企业}", "{disputes: 0, petitions: 0}", "", "0件"},
	} {
		p := parse(t, "organisation: "+c.org+"\nperiod: {year: 2025}\nrights: "+c.rights+"\n")
		got := paras(New(run(t, nil, p), false).Narrate("rights"))
		if !strings.Contains(got, c.want) || c.want == "" && got != "" || c.not != "" && strings.Contains(got, c.not) {
			t.Errorf("%s:\n got %q\nwant %q", c.rights, got, c.want)
		}
	}
}

// TestRightsFindingAndAdvice: letters and visits still open are a problem
// of the period, and what it calls for is a suggestion.
func TestRightsFindingAndAdvice(t *testing.T) {
	p := parse(t, "organisation: {name: 甲医院工会, sector: 医院}\nperiod: {year: 2025}\nrights: {petitions: 9, closed: 7}\n")
	w := New(run(t, nil, p), false)
	if got, want := strings.Join(w.Problems(), "\n"), "受理的9件医务人员来信来访中尚有2件未办结"; !strings.Contains(got, want) {
		t.Errorf("problems:\n got %q\nwant %q", got, want)
	}
	if got, want := strings.Join(w.Advice(), "\n"), "畅通医务人员诉求表达渠道"; !strings.Contains(got, want) {
		t.Errorf("advice:\n got %q\nwant %q", got, want)
	}
}

// TestNewFormMembers: the workers of new forms of employment who joined
// are told among the new members, or on their own.
func TestNewFormMembers(t *testing.T) {
	for _, c := range []struct{ membership, want string }{
		{"{members: 5000, new_members: 1200, new_form_members: 860}", "新发展会员1200人，其中新就业形态劳动者860人，会员总数达到5000人"},
		{"{members: 5000, new_form_members: 860}", "吸纳新就业形态劳动者入会860人，会员总数达到5000人"},
	} {
		p := parse(t, "organisation: {name: 甲街道总工会, sector: 街道乡镇}\nperiod: {year: 2025}\nmembership: "+c.membership+"\n")
		got := paras(New(run(t, nil, p), false).Narrate("organisation"))
		if !strings.Contains(got, c.want) {
			t.Errorf("%s:\n got %q\nwant %q", c.membership, got, c.want)
		}
	}
}

// TestRightsTerm: a review of several years tells the term's totals, and
// the 维权 work grounds a 基本经验 of its own.
func TestRightsTerm(t *testing.T) {
	year := func(y, disputes, aid int) *record.Period {
		return parse(t, fmt.Sprintf("organisation: {name: 甲公司工会, sector: 企业}\nperiod: {year: %d}\nrights: {disputes: %d, legal_aid: %d}\n", y, disputes, aid))
	}
	w := New(run(t, nil, year(2024, 5, 2), year(2025, 7, 1)), true)
	if got, want := paras(w.Narrate("rights")), "累计受理劳动争议12件，为职工提供法律援助3件。"; !strings.Contains(got, want) {
		t.Errorf("got %q\nwant %q", got, want)
	}
	if got, want := strings.Join(w.Experience(), "\n"), "坚持依法维权，是工会的基本职责。本届工会把维护职工合法权益作为工作的重点，调处劳动争议，提供法律援助，"; !strings.Contains(got, want) {
		t.Errorf("experience:\n got %q\nwant %q", got, want)
	}
}
