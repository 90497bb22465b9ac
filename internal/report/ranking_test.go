package report

import (
	"strconv"
	"strings"
	"testing"
)

// TestRankingTopCountsRanked: a top-ten ranking over fewer units says how
// many it ranks (前三位), never 前十位 over three.
func TestRankingTopCountsRanked(t *testing.T) {
	src := "organisation: {name: 甲镇总工会, sector: 街道乡镇}\nperiod: {year: 2025}\ncharity:\n  - {name: 慈善一日捐, total: 5万}\nunits:\n" +
		"  - {name: 一厂工会, staff: 100, members: 100, donation: 1万}\n" +
		"  - {name: 二厂工会, staff: 100, members: 100, donation: 2万}\n" +
		"  - {name: 三厂工会, staff: 100, members: 100, donation: 1.5万}\n"
	got := docText(composeSource(t, src, Annual))
	if want := "人均捐款排名前三位的单位依次为：二厂工会200元、三厂工会150元、一厂工会100元。"; !strings.Contains(got, want) {
		t.Errorf("no %q in\n%s", want, got)
	}
}

// TestRankingTopTied: a top-ten ranking that lists more than ten, for
// those tied at its last place, says so: 前十位（含并列）.
func TestRankingTopTied(t *testing.T) {
	src := "organisation: {name: 甲镇总工会, sector: 街道乡镇}\nperiod: {year: 2025}\ncharity:\n  - {name: 慈善一日捐, total: 20万}\nunits:\n"
	for i := 1; i <= 12; i++ {
		donation := "1万"
		if i <= 8 {
			donation = strconv.Itoa(10+i) + "000"
		}
		src += "  - {name: 厂" + strconv.Itoa(i) + "工会, staff: 100, members: 100, donation: " + donation + "}\n"
	}
	if got := docText(composeSource(t, src, Annual)); !strings.Contains(got, "人均捐款排名前十位（含并列）的单位") {
		t.Errorf("no 前十位（含并列） in\n%s", got)
	}
}
