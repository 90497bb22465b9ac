package report

import (
	"strconv"
	"strings"
	"testing"
)

// TestRankingOfAll: a top-ten ranking over fewer units lists them all,
// and says so (各单位…依次为), never 前十位 or 前三位 over three; the units
// are called by the clerk's word for them.
func TestRankingOfAll(t *testing.T) {
	units := "units:\n" +
		"  - {name: 一厂工会, staff: 100, members: 100, donation: 1万}\n" +
		"  - {name: 二厂工会, staff: 100, members: 100, donation: 2万}\n" +
		"  - {name: 三厂工会, staff: 100, members: 100, donation: 1.5万}\n"
	for words, want := range map[string]string{
		"":                     "各单位人均捐款依次为：二厂工会200元、三厂工会150元、一厂工会100元。",
		", words: {unit: 分工会}": "各分工会人均捐款依次为：二厂工会200元、三厂工会150元、一厂工会100元。",
	} {
		src := "organisation: {name: 甲镇总工会, sector: 街道乡镇" + words + "}\nperiod: {year: 2025}\ncharity:\n  - {name: 慈善一日捐, total: 5万}\n" + units
		got := docText(composeSource(t, src, Annual))
		if !strings.Contains(got, want) || strings.Contains(got, "排名前") {
			t.Errorf("no %q in\n%s", want, got)
		}
	}
}

// TestRankingTopTied: a top-ten ranking that lists more than ten, for
// those tied at its last place, says so: 前十位（含并列）.
func TestRankingTopTied(t *testing.T) {
	src := "organisation: {name: 甲镇总工会, sector: 街道乡镇}\nperiod: {year: 2025}\ncharity:\n  - {name: 慈善一日捐, total: 20万}\nunits:\n"
	for i := 1; i <= 13; i++ {
		donation := "1万"
		switch {
		case i <= 8:
			donation = strconv.Itoa(10+i) + "000"
		case i == 13: // below the ten: not every unit is listed
			donation = "5000"
		}
		src += "  - {name: 厂" + strconv.Itoa(i) + "工会, staff: 100, members: 100, donation: " + donation + "}\n"
	}
	if got := docText(composeSource(t, src, Annual)); !strings.Contains(got, "人均捐款排名前十位（含并列）的单位") {
		t.Errorf("no 前十位（含并列） in\n%s", got)
	}
}
