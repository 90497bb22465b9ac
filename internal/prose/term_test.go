package prose

import (
	"fmt"
	"strings"
	"testing"

	"zongjie/internal/record"
	"zongjie/internal/rules"
)

// TestExperienceDemocracyGround: the lesson on democratic management
// (认真落实职代会制度) is drawn from a congress held or proposals received
// during the term, never from training alone.
func TestExperienceDemocracyGround(t *testing.T) {
	const lesson = "坚持依靠"
	for _, tt := range []struct {
		name, data string
		want       bool
	}{
		{"training only", "labour: {trained: 58}\n", false},
		{"proposals", "democracy: {proposals: 12}\n", true},
		{"a congress held", "democracy: {body: 职代会, sessions: 1}\n", true},
		{"nothing", "", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			a := parse(t, "organisation: {name: 甲局机关工会, sector: 机关}\nperiod: {year: 2022}\n"+tt.data)
			b := parse(t, "organisation: {name: 甲局机关工会, sector: 机关}\nperiod: {year: 2023}\n"+tt.data)
			got := strings.Join(New(run(t, nil, a, b), true).Experience(), "\n")
			if strings.Contains(got, lesson) != tt.want {
				t.Errorf("lesson %q drawn: %v, want %v:\n%s", lesson, !tt.want, tt.want, got)
			}
		})
	}
}

// TestAdviceFromPlan: a file for the whole term gives its plan (for the
// next term) as the suggestions, one per group when the plan is grouped
// and one per item otherwise; the plan in the last file of a year-by-year
// review is next year's, and the suggestions do not take it.
func TestAdviceFromPlan(t *testing.T) {
	const org = "organisation: {name: 乙镇总工会, sector: 街道乡镇}\n"
	grouped := "text:\n  plan:\n    - heading: 坚持政治引领\n      items: [深入开展学习, 组织劳动竞赛]\n    - heading: 坚持服务职工\n      items: [做好帮扶慰问]\n"
	single := "text:\n  plan:\n    - heading: 今后五年的主要任务\n      items: [扩大覆盖面, 依法维权]\n"
	for _, tt := range []struct {
		name  string
		files []string
		first []string // the first suggestions, in order
		not   string   // a text no suggestion holds
	}{
		{"grouped, one file for the term", []string{org + "period: {year: 2023, from_year: 2019}\n" + grouped},
			[]string{"坚持政治引领。深入开展学习。组织劳动竞赛。", "坚持服务职工。做好帮扶慰问。"}, ""},
		{"one group, one file for the term", []string{org + "period: {year: 2023, from_year: 2019}\n" + single},
			[]string{"扩大覆盖面。", "依法维权。"}, "今后五年的主要任务"},
		{"year by year", []string{org + "period: {year: 2022}\n", org + "period: {year: 2023}\n" + grouped},
			nil, "坚持政治引领"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var ps []*record.Period
			for _, d := range tt.files {
				ps = append(ps, parse(t, d))
			}
			got := New(run(t, nil, ps...), len(ps) > 1).Advice()
			if len(got) < len(tt.first)+1 || len(got) < 4 {
				t.Fatalf("%d suggestions, want the plan's %d and the standing ones to four: %q", len(got), len(tt.first), got)
			}
			for i, want := range tt.first {
				if got[i] != want {
					t.Errorf("suggestion %d = %q, want %q", i+1, got[i], want)
				}
			}
			if tt.not != "" && strings.Contains(strings.Join(got, ""), tt.not) {
				t.Errorf("a suggestion holds %q: %q", tt.not, got)
			}
		})
	}
}

// TestSeveralYearsInOneFile: a file whose period runs over several years
// names it by its span, never 全年; its dates carry their year; its stock
// figures stand at the end of the last year.
func TestSeveralYearsInOneFile(t *testing.T) {
	p := parse(t, `organisation: {name: 丙镇总工会, sector: 街道乡镇}
period: {year: 2023, from_year: 2019}
membership: {staff: 500, members: 480}
building:
  unions_built: 3
  new_unions:
    - {name: 丁厂工会, kind: 独立, date: 2023-06, members: 120}
relief:
  batches: [{occasion: 春节慰问, date: 2021-01-20, who: 困难职工, persons: 30, amount: 15000}]
`)
	w := New(run(t, nil, p), false)
	for section, want := range map[string][]string{
		"organisation": {"截至2023年底", "五年来新建工会3个", "2023年6月，丁厂工会成立"},
		"relief":       {"2021年1月20日"},
	} {
		got := paras(w.Narrate(section))
		for _, s := range want {
			if !strings.Contains(got, s) {
				t.Errorf("%s: no %q in\n%s", section, s, got)
			}
		}
		if strings.Contains(got, "全年") || strings.Contains(got, "本年度") {
			t.Errorf("%s: a year's words in a review of five:\n%s", section, got)
		}
	}
}

// TestStandingDuties: the standing duties of a plan follow the work the
// report tells, political guidance first and the union's own building
// last; a 机关 that records no 职代会 is not told to strengthen one, and a
// union of wide work gets up to six.
func TestStandingDuties(t *testing.T) {
	for _, tt := range []struct {
		name, data string
		want       []string // the opening words of each suggestion, in order
	}{
		{"机关 with relief and sports",
			"organisation: {name: 局机关工会, sector: 机关}\nperiod: {year: 2023}\n" +
				"relief: {batches: [{occasion: 会员生日慰问, kind: 节日福利, who: 过生日的会员, goods: [{item: 生日蛋糕}]}]}\n" +
				"activities: [{name: 羽毛球比赛, category: 文体, role: 主办}]\n",
			[]string{"坚持把思想政治引领", "做实帮扶慰问", "丰富干部职工文体活动", "加强工会自身建设"}},
		{"factory of wide work",
			"organisation: {name: 东塔机械有限公司工会, sector: 企业}\nperiod: {year: 2023}\n" +
				"membership: {staff: 100, members: 99, new_members: 5}\n" +
				"democracy: {sessions: 1, proposals: 10}\n" +
				"activities: [{name: 技能大赛, category: 技能, role: 主办}, {name: 篮球赛, category: 文体, role: 主办}]\n" +
				"women: {committee: 是}\n",
			[]string{"坚持把思想政治引领", "做好新入职职工的入会工作", "健全以职代会", "深入开展劳动竞赛", "丰富职工文体活动", "加强工会自身建设"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := New(run(t, nil, parse(t, tt.data)), false).Advice()
			if len(got) != len(tt.want) {
				t.Fatalf("%d suggestions, want %d: %q", len(got), len(tt.want), got)
			}
			for i, w := range tt.want {
				if !strings.HasPrefix(got[i], w) {
					t.Errorf("suggestion %d = %q, want it to open with %q", i+1, got[i], w)
				}
			}
		})
	}
}

// TestTermProblemsDated: in a year-by-year review, a finding that counts
// the last year's work says which year's it is; a state at the end of the
// term (the 入会率) and the same finding of a single year's report are not
// dated.
func TestTermProblemsDated(t *testing.T) {
	const org = "organisation: {name: 局机关工会, sector: 机关}\n"
	y22 := parse(t, org+"period: {year: 2022}\n")
	y23 := parse(t, org+"period: {year: 2023}\ndemocracy: {sessions: 1, proposals: 16, accepted: 13, implemented: 12}\nmembership: {staff: 100, members: 80}\n")
	term := strings.Join(New(run(t, nil, y22, y23), true).Problems(), "\n")
	for _, want := range []string{"2023年，已立案的13件提案中尚有1件未落实", "入会率为80%"} {
		if !strings.Contains(term, want) {
			t.Errorf("term problems %q lack %q", term, want)
		}
	}
	if strings.Contains(term, "2023年，干部职工入会率") {
		t.Errorf("the term-end 入会率 is dated: %q", term)
	}
	one := strings.Join(New(run(t, nil, y23), false).Problems(), "\n")
	if strings.Contains(one, "2023年，") {
		t.Errorf("a year's report dates its own findings: %q", one)
	}
}

// TestExperienceThreeOrFour: a term review draws three or four lessons
// (../shared/WRITING.md §7) whatever its records hold, and the lesson on
// the organisation is worded for the union: a federation that founds
// unions below it names that as its groundwork, a single union its members.
func TestExperienceThreeOrFour(t *testing.T) {
	for _, tt := range []struct {
		name, org, data string
		want            string // a text one lesson holds, "" for none
	}{
		{"nothing recorded", "{name: 丙局机关工会, sector: 机关}", "", ""},
		{"a federation founding unions", "{name: 丁镇总工会, sector: 街道乡镇}", "building: {unions_built: 2}\n", "组建基层工会、发展会员"},
		{"a factory taking in members", "{name: 戊厂工会, sector: 企业}", "membership: {new_members: 40}\n", "发展会员、建好工会小组"},
		{"everything", "{name: 戊厂工会, sector: 企业}", "membership: {new_members: 40}\ndemocracy: {proposals: 12}\ntext: {sections: {relief: [为困难职工发放补助。]}}\n", "坚持依靠"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			a := parse(t, "organisation: "+tt.org+"\nperiod: {year: 2022}\n"+tt.data)
			b := parse(t, "organisation: "+tt.org+"\nperiod: {year: 2023}\n"+tt.data)
			got := New(run(t, nil, a, b), true).Experience()
			if len(got) < 3 || len(got) > 4 {
				t.Errorf("%d lessons, want three or four: %q", len(got), got)
			}
			if tt.want != "" && !strings.Contains(strings.Join(got, ""), tt.want) {
				t.Errorf("no lesson holds %q: %q", tt.want, got)
			}
		})
	}
}

// TestGrowthSentenceSameAtBothEnds: a figure the same in the first and
// last year is told as steady, or as away and back by its furthest year,
// never "由…的100%保持在…的100%".
func TestGrowthSentenceSameAtBothEnds(t *testing.T) {
	year := func(y, transferred string) *record.Period {
		return parse(t, "organisation: {name: 甲学院工会, sector: 学校}\nperiod: {year: "+y+"}\nfinance: {due: 100万, transferred: "+transferred+"}\n")
	}
	members := func(y, staff, members string) *record.Period {
		return parse(t, "organisation: {name: 甲学院工会, sector: 学校}\nperiod: {year: "+y+"}\nmembership: {staff: "+staff+", members: "+members+"}\n")
	}
	for _, tt := range []struct {
		name string
		ps   []*record.Period
		want string
	}{
		{"steady as printed", []*record.Period{members("2021", "1000", "980"), members("2022", "2550", "2500"), members("2023", "500", "490")},
			"入会率始终保持在98%。"},
		{"away and back", []*record.Period{year("2021", "100万"), year("2022", "95万"), year("2023", "100万")},
			"工会经费划拨率由2021年的100%下降到2022年的95%，2023年回到100%。"},
		{"steady", []*record.Period{year("2021", "100万"), year("2022", "100万"), year("2023", "100万")},
			"工会经费划拨率始终保持在100%。"},
		{"up", []*record.Period{year("2021", "90万"), year("2023", "100万")},
			"工会经费划拨率由2021年的90%提高到2023年的100%。"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			id, label := rules.IDTransferRate, "工会经费划拨率"
			if strings.HasPrefix(tt.want, "入会率") {
				id, label = rules.IDMembershipRate, "入会率"
			}
			if got := New(run(t, nil, tt.ps...), true).growthSentence(id, label); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestClerkAdvice: a term review's suggestions to the new committee are
// the clerk's when written (text.advice), each a sentence, in place of
// those drafted from the findings; a one-year summary drafts its own.
func TestClerkAdvice(t *testing.T) {
	year := func(y int, advice string) *record.Period {
		return parse(t, fmt.Sprintf("organisation: {name: 甲公司工会, sector: 企业}\nperiod: {year: %d}\ndemocracy: {proposals: 10, accepted: 8, implemented: 5}\ntext: {advice: [%s]}\n", y, advice))
	}
	w := New(run(t, nil, year(2024, ""), year(2025, "坚持党的领导, 做好会员发展工作。")), true)
	if got, want := strings.Join(w.Advice(), "|"), "坚持党的领导。|做好会员发展工作。"; got != want {
		t.Errorf("term review: got %q, want %q", got, want)
	}
	one := New(run(t, nil, year(2025, "坚持党的领导")), false)
	if got := strings.Join(one.Advice(), "|"); strings.Contains(got, "坚持党的领导。") || !strings.Contains(got, "提案") {
		t.Errorf("one-year summary: got %q, want the drafted advice", got)
	}
}

// TestTermTotalsOfEverySection: a year-by-year review tells each part of
// the work over the term — unions founded and the 建会率, new-form workers
// and 农民工 members, the 签订率, women's check-ups in 人次, facilities built
// in every year — never the last year's figure as if it were the term's.
func TestTermTotalsOfEverySection(t *testing.T) {
	year := func(y, built, covered, newForm, migrant, signed, checkups, stations int) *record.Period {
		return parse(t, fmt.Sprintf(`organisation: {name: 甲镇总工会, sector: 街道乡镇}
period: {year: %d}
membership: {members: 3000, new_members: 300, new_form_members: %d, migrant_members: %d, women_staff: 1500}
building: {unions_built: %d, units_required: 40, units_covered: %d}
bargaining: {enterprises: 40, signed: %d}
women: {checkups: %d}
facilities: [{kind: 爱心驿站, built: %d, total: %d}]
`, y, newForm, migrant, built, covered, signed, checkups, stations, 3+stations))
	}
	w := New(run(t, nil, year(2024, 2, 30, 40, 1400, 30, 900, 2), year(2025, 3, 36, 60, 1500, 36, 1000, 3)), true)
	got := paras(w.Narrate("organisation")) + paras(w.Narrate("democracy")) + paras(w.Narrate("women")) + paras(w.Narrate("welfare"))
	for _, want := range []string{
		"累计发展新会员600人，其中新就业形态劳动者100人",
		"农民工会员由2024年的1400人增加到2025年的1500人",
		"累计新建工会5个",
		"建会率由2024年的75%提高到2025年的90%",
		"工资集体协商签订率由2024年的75%提高到2025年的90%",
		"累计组织女职工参加妇科健康检查1900人次",
		"新建爱心驿站5个，共有爱心驿站6个",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %q in:\n%s", want, got)
		}
	}
}

// TestTermTargetsWithClerkAdvice: the targets set for the new term are
// said first among the suggestions, whether the clerk wrote the
// suggestions (text.advice of the last year, text.plan of a whole-term
// file) or not, unless a suggestion gives its own target year.
func TestTermTargetsWithClerkAdvice(t *testing.T) {
	const org = "organisation: {name: 乙公司工会, sector: 企业}\n"
	const targets = "targets: [{metric: 入会率, rate: 99.5, year: 2030}]\n"
	const want = "力争到2030年，入会率达到99.5%。"
	for _, tt := range []struct {
		name  string
		files []string
		first string
	}{
		{"year by year, advice written", []string{org + "period: {year: 2024}\n", org + "period: {year: 2025}\n" + targets + "text: {advice: [坚持服务职工]}\n"}, want},
		{"whole term, plan written", []string{org + "period: {year: 2025, from_year: 2021}\n" + targets + "text: {plan: [{heading: 主要任务, items: [扩大覆盖面, 依法维权]}]}\n"}, want},
		{"advice with its own year", []string{org + "period: {year: 2024}\n", org + "period: {year: 2025}\n" + targets + "text: {advice: [力争到2030年入会率达到99.5%]}\n"}, "力争到2030年入会率达到99.5%。"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var ps []*record.Period
			for _, d := range tt.files {
				ps = append(ps, parse(t, d))
			}
			got := New(run(t, nil, ps...), len(ps) > 1).Advice()
			if len(got) == 0 || got[0] != tt.first {
				t.Errorf("suggestions %q, want %q first", got, tt.first)
			}
			if n := strings.Count(strings.Join(got, ""), "2030年"); n != 1 {
				t.Errorf("the term's targets said %d times: %q", n, got)
			}
		})
	}
}
