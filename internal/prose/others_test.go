package prose

import (
	"strings"
	"testing"
)

// TestFacilityTotalTellsSomething: a facility's total is told only when it
// says more than the count built or upgraded this period.
func TestFacilityTotalTellsSomething(t *testing.T) {
	for _, c := range []struct {
		facility, want string
	}{
		{"{kind: 职工之家, upgraded: 1, total: 1}", "改建提升职工之家1个。"},
		{"{kind: 母婴室, built: 2, total: 2}", "新建母婴室2个。"},
		{"{kind: 母婴室, built: 2, total: 3}", "新建母婴室2个，共有母婴室3个。"},
		{"{kind: 职工活动室, built: 1, upgraded: 1, total: 2}", "新建职工活动室1个，改建提升职工活动室1个，共有职工活动室2个。"},
		{"{kind: 职工书屋, total: 1, books: 5200}", "共有职工书屋1个，藏书5200册。"},
	} {
		p := parse(t, "organisation: {name: 东塔机械有限公司工会, sector: 企业}\nperiod: {year: 2023}\nfacilities:\n  - "+c.facility+"\n")
		got := paras(New(run(t, nil, p), false).facilities())
		if !strings.Contains(got, c.want) {
			t.Errorf("%s: got %q, want %q", c.facility, got, c.want)
		}
	}
}
