package report

import (
	"strings"
	"testing"
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
	if !strings.Contains(tasks, "一是坚持把思想政治引领放在首位") {
		t.Errorf("the tasks do not open with political guidance:\n%s", tasks)
	}
	bargaining := reportOf(t, Congress, head+"bargaining: {enterprises: 12, signed: 10}\n")
	if !strings.Contains(bargaining, "### （一）集体协商深入推进") || strings.Contains(bargaining, "## 二、集体协商") {
		t.Errorf("the bargaining of a speech without proposals is not a part of its review:\n%s", bargaining)
	}
}
