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

// TestRecurringBatches: one file for a whole term tells a relief occasion
// held once a year once: when, the money over the years, and how many it
// reached in the first year and the last; a batch of one year stays as it
// was.
func TestRecurringBatches(t *testing.T) {
	src := "organisation: {name: 甲公交集团工会, sector: 企业}\nperiod: {from_year: 2021, year: 2025}\nrelief:\n  batches:\n"
	for i, n := range []int{86, 92, 71, 55, 41} {
		src += fmt.Sprintf("    - {occasion: 春节送温暖, kind: 困难补助, date: %d-01, who: 建档困难职工, persons: %d, measure: 户, amount: %d}\n", 2021+i, n, n*3000)
	}
	src += "    - {occasion: 抗疫慰问, kind: 慰问金, date: 2022-04, who: 一线驾驶员, persons: 300, amount: 6万}\n"
	got := paras(New(run(t, nil, parse(t, src)), false).Narrate("relief"))
	for _, want := range []string{
		"每年开展春节送温暖活动，累计发放困难补助103.5万元，建档困难职工由2021年的86户减少到2025年的41户。",
		"2022年4月，开展抗疫慰问活动，为一线驾驶员300人发放慰问金6万元。",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %q in:\n%s", want, got)
		}
	}
	if strings.Count(got, "春节送温暖") != 1 {
		t.Errorf("the yearly occasion told more than once:\n%s", got)
	}
}

// TestTermDemocracyAndRights: a review of several years tells the
// congresses held, the proposals taken up and carried out, and the
// disputes mediated, not the proposals and disputes received alone; the
// contracts signed, each kind once with its years.
func TestTermDemocracyAndRights(t *testing.T) {
	var ps []*record.Period
	for i := range 3 {
		ps = append(ps, parse(t, fmt.Sprintf(`organisation: {name: 甲公交集团工会, sector: 企业}
period: {year: %d}
democracy: {body: 职代会, term: 6, meeting: %d, proposals: 50, accepted: 36, implemented: 34}
rights: {disputes: 4, mediated: 3}
contracts: [{kind: 工资专项集体合同, scope: 单独, staff: %d}]
`, 2023+i, i+1, 5000+i*100)))
	}
	ps[0].Contracts = append(ps[0].Contracts, record.Contract{Kind: "集体合同", Renewed: new(bool)})
	*ps[0].Contracts[1].Renewed = true
	w := New(run(t, nil, ps...), true)
	got := paras(w.Narrate("democracy")) + paras(w.Narrate("rights"))
	for _, want := range []string{
		"先后召开职代会3次，累计收到职工代表提案150件，立案108件，已落实102件",
		"累计受理劳动争议12件，调解成功9件",
		"每年签订工资专项集体合同，覆盖职工5200人。2023年续签集体合同。",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %q in:\n%s", want, got)
		}
	}
}
