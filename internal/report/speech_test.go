package report

import (
	"strings"
	"testing"

	"zongjie/internal/record"
)

// TestSpeechSaysPendingProposalsOnce: a congress speech says which
// proposals are still to be carried out in its proposals part, not again
// among the problems; its tasks open with political guidance (放在首位);
// without proposals the democracy work is a part of the review.
func TestSpeechSaysPendingProposalsOnce(t *testing.T) {
	const head = "organisation: {name: 东塔机械有限公司工会, sector: 企业, leadership: [公司党委]}\nperiod: {year: 2025, report_date: 2025-12-20}\n"
	got := reportOf(t, Congress, head+"democracy: {proposals: 40, accepted: 36, implemented: 32}\n")
	if n := strings.Count(got, "4件"); n != 1 {
		t.Errorf("the 4 proposals still open are said %d times:\n%s", n, got)
	}
	tasks := got[strings.Index(got, "工作任务"):]
	if !strings.Contains(tasks, "### （一）凝聚思想共识\n\n坚持把思想政治引领放在首位") {
		t.Errorf("the tasks do not open with political guidance:\n%s", tasks)
	}
	bargaining := reportOf(t, Congress, head+"bargaining: {enterprises: 12, signed: 10}\n")
	if !strings.Contains(bargaining, "### （一）集体协商深入推进") || strings.Contains(bargaining, "## 二、集体协商") {
		t.Errorf("the bargaining of a speech without proposals is not a part of its review:\n%s", bargaining)
	}
}

// TestSpeechAtCouncil: a 总工会's report to its committee in full session
// (全委会) is titled by that session and made to its members (各位委员),
// on behalf of the standing committee; the session is no democratic
// management of the staff, and the union's 职代会 word stays for them.
func TestSpeechAtCouncil(t *testing.T) {
	src := "organisation: {name: 甲县总工会, kind: 地方总工会, committee: {number: 16}}\nperiod: {year: 2025, report_date: 2025-12-26}\n" +
		"democracy: {body: 全委（扩大）会议, term: 16, meeting: 3}\nbargaining: {enterprises: 120, signed: 100}\n"
	got := reportOf(t, Congress, src)
	for _, want := range []string{
		"# 在甲县总工会第十六届委员会第三次全体（扩大）会议上的工会工作报告",
		"各位委员、同志们：",
		"我受甲县总工会第十六届常务委员会的委托，向全会报告工作，请各位委员审议。",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("want %q in:\n%s", want, got)
		}
	}
	annual := reportOf(t, Annual, src)
	if strings.Contains(annual, "召开十六届三次") || strings.Contains(annual, "以全委") {
		t.Errorf("the 全委会 is told as democratic management:\n%s", annual)
	}
}

// TestCouncilWithoutItsSession: a report to a 全委会 that does not say
// which session asks for that session, not for a 职代会's.
func TestCouncilWithoutItsSession(t *testing.T) {
	p, err := record.Parse("t.yaml", []byte("organisation: {name: 甲县总工会, kind: 地方总工会}\nperiod: {year: 2025, report_date: 2025-12-26}\n"+
		"democracy: {body: 全委会}\nbargaining: {enterprises: 20, signed: 18}\n"), record.DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	d := composePeriods(t, Congress, []*record.Period{p})
	var all []string
	for _, w := range d.Warnings {
		all = append(all, w.Text)
	}
	if got := strings.Join(all, "\n"); !strings.Contains(got, "没有写明是第几届第几次全委会") {
		t.Errorf("warnings:\n%s", got)
	}
}
