package prose

import (
	"fmt"
	"strings"
	"testing"

	"zongjie/internal/record"
)

// TestRecurringActivities: a review of several years tells an activity held
// once a year once, with the years it was held (每年 when every year) and
// how the number taking part changed; an activity of one year is told as
// before; a report of one year groups nothing.
func TestRecurringActivities(t *testing.T) {
	var ps []*record.Period
	for i, n := range []int{260, 240, 275, 300, 318} {
		y := 2021 + i
		acts := fmt.Sprintf("  - {name: 三八节女驾驶员关爱活动, category: 文体, date: %d-03-08, participants: %d}\n", y, n)
		if y%2 == 1 {
			acts += fmt.Sprintf("  - {name: %d年驾驶员节能驾驶技能大赛, category: 技能, date: %d-10, participants: %d}\n", y, y, 180+i*20)
		}
		if y == 2022 {
			acts += "  - {name: 驾驶员健康体检, category: 疗休养, date: 2022-05, participants: 4920, note: 首次覆盖全部驾驶员}\n"
		}
		ps = append(ps, parse(t, fmt.Sprintf("organisation: {name: 甲公交集团工会, sector: 企业}\nperiod: {year: %d}\nactivities:\n%s", y, acts)))
	}
	w := New(run(t, nil, ps...), true)
	got := paras(w.Narrate("women")) + paras(w.Narrate("labour")) + paras(w.Narrate("welfare"))
	for _, want := range []string{
		"每年开展三八节女驾驶员关爱活动，参加人数由2021年的260人增加到2025年的318人。",
		"2021年、2023年、2025年举办驾驶员节能驾驶技能大赛，参加人数由2021年的180人增加到2025年的260人。",
		"组织4920名职工参加驾驶员健康体检",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %q in:\n%s", want, got)
		}
	}
	if strings.Count(got, "三八节") != 1 {
		t.Errorf("the yearly activity told more than once:\n%s", got)
	}
	one := New(run(t, nil, ps[4]), false)
	if got := paras(one.Narrate("women")); !strings.Contains(got, "3月8日") || strings.Contains(got, "每年") {
		t.Errorf("one year's report: %q", got)
	}
}
