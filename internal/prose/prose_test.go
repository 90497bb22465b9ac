package prose

import (
	"fmt"
	"math/big"
	"strings"
	"testing"

	"zongjie/internal/record"
	"zongjie/internal/rules"
	"zongjie/internal/userrule"
)

const (
	example2013 = "../../examples/yongjia-edu-2013.yaml"
	example2014 = "../../examples/yongjia-edu-2014.yaml"
	customRules = "../../examples/rules/custom.yaml"
)

// parse reads a data file written in the test.
func parse(t *testing.T, src string) *record.Period {
	t.Helper()
	p, err := record.Parse("t.yaml", []byte(strings.TrimLeft(src, "\n")), record.DefaultLimits)
	if err != nil {
		t.Fatalf("parse: %v", err)
	}
	return p
}

// run runs the rule engine.
func run(t *testing.T, rs rules.Extension, ps ...*record.Period) *rules.Result {
	t.Helper()
	r, err := rules.Run(ps, rs)
	if err != nil {
		t.Fatalf("Run: %v", err)
	}
	return r
}

// load reads and validates example files.
func load(t *testing.T, files ...string) []*record.Period {
	t.Helper()
	var ps []*record.Period
	for _, f := range files {
		p, err := record.LoadAndValidate(f, record.DefaultLimits)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		ps = append(ps, p)
	}
	return ps
}

// findingTexts words every finding of r by id.
func findingTexts(r *rules.Result) map[string]string {
	out := map[string]string{}
	for _, f := range r.Findings {
		out[f.ID] = Finding(f)
	}
	return out
}

func TestValue(t *testing.T) {
	r := run(t, nil, load(t, example2013)...)
	for _, c := range []struct{ id, subject, want string }{
		{rules.IDTransferRate, "", "89.94%"},
		{rules.IDMembershipRate, "", "64.5%"},
		{rules.IDSpent, "", "767.13万元"},
		{rules.IDCharityTotal, "", "134.1911万元"},
		{rules.IDReliefPersons, "", "475人"},
		{rules.IDReliefAmount, "", "99.9万元"},
		{rules.IDGroupDonationPerHead, "大岙学区", "156元"},
		{rules.IDUntransferred, "", "77.16万元"},
	} {
		v, ok := r.ValueFor(c.id, c.subject)
		if !ok {
			t.Errorf("no value %s[%s]", c.id, c.subject)
			continue
		}
		if got := Value(v); got != c.want {
			t.Errorf("Value(%s[%s]) = %s, want %s", c.id, c.subject, got, c.want)
		}
	}
	if got := Value(rules.Value{Err: "除数为0"}); got != "无法计算(除数为0)" {
		t.Errorf("an uncomputable value = %s", got)
	}
	// a count is grouped from 10000 as every sentence counts (a target's
	// 实际完成19,380人 beside 会员总数达到19,380人)
	for n, want := range map[int64]string{9999: "9999人", 19380: "19,380人"} {
		if got := Value(rules.Value{Kind: rules.KindCount, Unit: "人", Num: big.NewRat(n, 1)}); got != want {
			t.Errorf("Value(%d人) = %s, want %s", n, got, want)
		}
	}
}

func TestChange(t *testing.T) {
	before := parse(t, `
organisation: {name: 测试工会}
period: {year: 2019}
membership: {staff: 1000, members: 600}
finance: {spent: 0, transferred: 0}
charity: [{name: 一日捐, total: 100万}]
relief: {batches: [{occasion: 慰问, persons: 400, amount: 40万}]}
`)
	after := parse(t, `
organisation: {name: 测试工会}
period: {year: 2020}
membership: {staff: 1000, members: 632}
finance: {spent: 10万, transferred: 9万}
charity: [{name: 一日捐, total: 103.2万}]
relief: {batches: [{occasion: 慰问, persons: 400, amount: 38万}]}
`)
	r := run(t, nil, after, before)
	for id, want := range map[string]struct{ change, diff string }{
		rules.IDMembershipRate: {"提高3.2个百分点", "提高3.2个百分点"}, // a rate: points, never %
		rules.IDMembers:        {"增长5.3%", "增加32人"},        // 32 ÷ 600 = 5.33%
		rules.IDCharityTotal:   {"增长3.2%", "增加3.2万元"},      // an amount: %, never points
		rules.IDReliefAmount:   {"下降5%", "减少2万元"},
		rules.IDReliefPersons:  {"持平", "持平"},
	} {
		c, ok := r.Comparison(id)
		if !ok {
			t.Errorf("no comparison %s", id)
			continue
		}
		if Change(c) != want.change || Diff(c) != want.diff {
			t.Errorf("%s: %q / %q, want %q / %q", id, Change(c), Diff(c), want.change, want.diff)
		}
	}
	// spent was 0 last year: no growth rate, but the difference is stated.
	c, _ := r.Comparison(rules.IDSpent)
	if Change(c) != "" || Diff(c) != "增加10万元" {
		t.Errorf("change from 0: %q / %q", Change(c), Diff(c))
	}
}

func TestChangeAndGapOfExamples(t *testing.T) {
	r := run(t, nil, load(t, example2014, example2013)...)
	for id, want := range map[string]string{
		rules.IDMembershipRate: "提高6.2个百分点",  // 64.5% and 70.7% as printed (64.46% and 70.67%)
		rules.IDTransferRate:   "提高2.44个百分点", // at the two decimals of 89.94% and 92.38%
		rules.IDCharityTotal:   "增长9.2%",
		rules.IDReliefAmount:   "下降2.3%",
		rules.IDReliefPersons:  "增长1.1%",
	} {
		c, _ := r.Comparison(id)
		if got := Change(c); got != want {
			t.Errorf("同比 %s = %s, want %s", id, got, want)
		}
	}
	for metric, want := range map[string]struct{ target, gap string }{
		"charity.total":  {"140万元", "超出6.5268万元"},
		"relief.amount":  {"100万元", "差2.4万元"},
		"relief.persons": {"480人", ""},
	} {
		tc, _ := r.Target(metric)
		if got := Value(tc.Target); got != want.target {
			t.Errorf("target %s = %s, want %s", metric, got, want.target)
		}
		if got := Gap(tc); got != want.gap {
			t.Errorf("gap %s = %q, want %q", metric, got, want.gap)
		}
	}
}

func TestGap(t *testing.T) {
	before := parse(t, `
organisation: {name: 测试工会}
period: {year: 2019}
targets:
  - {metric: charity.total, amount: 140万}
  - {metric: relief.persons, count: 480}
  - {metric: membership.rate, rate: 65}
  - {metric: democracy.proposals, count: 0}
`)
	after := parse(t, `
organisation: {name: 测试工会}
period: {year: 2020}
charity: [{name: 一日捐, total: 139.5万}]
relief: {batches: [{occasion: 慰问, persons: 480, amount: 1万}]}
membership: {staff: 1000, members: 680}
democracy: {proposals: 3}
`)
	r := run(t, nil, after, before)
	for metric, want := range map[string]string{
		"charity.total":       "差5000元",
		"relief.persons":      "",
		"membership.rate":     "超出3个百分点",
		"democracy.proposals": "超出3件",
	} {
		tc, _ := r.Target(metric)
		if got := Gap(tc); got != want {
			t.Errorf("%s: %q, want %q", metric, got, want)
		}
	}
}

func TestFindings(t *testing.T) {
	r := run(t, nil, parse(t, `
organisation:
  name: 测试工会
  committee: {number: 3, elected: 2015, term_years: 5}
period: {year: 2020}
building: {meetings_missing: 2}
units:
  - {name: 一校, has_union: 否}
  - {name: 二校, has_union: 是, held_meeting: 否}
women: {committee: 否}
democracy: {proposals: 28, accepted: 15, implemented: 12}
labour: {hazards_found: 10, hazards_fixed: 7}
bargaining: {enterprises: 40, signed: 35}
`))
	texts := findingTexts(r)
	for id, want := range map[string]string{
		"building.meetings_pending":    "2个新建工会尚未召开会员（代表）大会、选举产生工会委员会",
		"building.units_without_union": "1个单位尚未建立工会（一校）",
		"women.no_committee":           "尚未建立女职工委员会",
		rules.TermDue:                  "本届工会委员会于2015年选举产生，任期五年，2020年届满，需按期进行换届选举",
		"democracy.unimplemented":      "已立案的15件提案中尚有3件未落实",
		"labour.hazards_open":          "查出的10处安全隐患中尚有3处未整改",
		"bargaining.unsigned":          "40家已建会企业中尚有5家未签订工资专项集体合同",
	} {
		if texts[id] != want {
			t.Errorf("finding %s = %q, want %q", id, texts[id], want)
		}
	}
	// a term that ran out before the report's year
	over := run(t, nil, parse(t, "organisation: {name: 测试工会, committee: {elected: 2012, term_years: 5}}\nperiod: {year: 2020}\n"))
	if got := findingTexts(over)[rules.TermDue]; got != "本届工会委员会于2012年选举产生，任期五年，已经超期，需尽快进行换届选举" {
		t.Errorf("overdue term: %q", got)
	}
}

func TestFindingsOfExample(t *testing.T) {
	texts := findingTexts(run(t, nil, load(t, example2013)...))
	for id, want := range map[string]string{
		"membership.low_rate":       "民办学校（幼儿园）职工入会率为64.5%，尚有968人未加入工会",
		"building.meetings_pending": "部分新建工会尚未召开会员（代表）大会、选举产生工会委员会",
		"building.task_incomplete":  "永临学区计划组建5个工会，实际组建4个，组建任务完成率为80%",
		"finance.zero_spending":     "23所学校（包括9所社区学校、14所中小学）、2个单位（瓯北学区、永临学区）人均工会支出为0元",
		"finance.untransferred":     "工会经费划拨率为89.94%，尚有77.16万元未划拨到工会专用账户",
		"charity.not_participated":  "尚有1所公办中小学、9所社区学校未参加慈善一日捐",
	} {
		if texts[id] != want {
			t.Errorf("finding %s:\n got %q\nwant %q", id, texts[id], want)
		}
	}
}

func TestZeroSpendingNamesUnits(t *testing.T) {
	r := run(t, nil, parse(t, `
organisation: {name: 测试工会}
period: {year: 2020}
units:
  - {name: 一校, kind: 学校, spending: 12000, members: 10}
  - {name: 二校, kind: 学校, spending_per_capita: 999.99}
  - {name: 三校, kind: 学校, spending_per_capita: 0}
  - {name: 四校, kind: 学校, spending_per_capita: 1000}
  - {name: 机关, kind: 单位, spending_per_capita: 0}
`))
	if got := findingTexts(r)["finance.zero_spending"]; got != "1所学校（三校）、1个单位（机关）人均工会支出为0元" {
		t.Errorf("finding %q", got)
	}
}

func TestUserFinding(t *testing.T) {
	rs, err := userrule.Load(customRules)
	if err != nil {
		t.Fatal(err)
	}
	texts := findingTexts(run(t, rs, load(t, example2013)...))
	for id, want := range map[string]string{
		"custom.low_unit_donation": "4个单位人均捐款不足180元（山坑小学、大岙小学、瓯北中心小学、花坦小学）",
		"custom.small_unions":      "民办学校（幼儿园）平均每所仅有会员9.4人，工会组织的覆盖面还需扩大",
	} {
		if texts[id] != want {
			t.Errorf("custom finding %s:\n got %s\nwant %s", id, texts[id], want)
		}
	}
}

// TestProblems checks the problems section's plan: findings of one theme
// merged, a clerk's problem on a finding's theme joined to it, a serious
// finding (hazards not fixed) first, a term whose election the records
// show held left out, six items at most.
func TestProblems(t *testing.T) {
	src := `
organisation: {name: 测试工会, kind: 企业, committee: {elected: 2018, term_years: 5}}
period: {year: 2023}
membership: {staff: 100, members: 70}
building: {meetings_missing: 2}
units:
  - {name: 一车间, has_union: 否}
democracy: {proposals: 28, accepted: 15, implemented: 12}
labour: {hazards_found: 10, hazards_fixed: 7}
women: {committee: 否}
text:
  problems:
    - 新入职职工入会工作抓得不紧。
    - 工会干部都是兼职。
`
	w := New(run(t, nil, parse(t, src)), false)
	got := w.Problems()
	want := []string{
		"查出的10处安全隐患中尚有3处未整改",
		"职工入会率为70%，尚有30人未加入工会；2个新建工会尚未召开会员（代表）大会、选举产生工会委员会；1个单位尚未建立工会（一车间）；新入职职工入会工作抓得不紧",
		"已立案的15件提案中尚有3件未落实",
		"尚未建立女职工委员会",
		"本届工会委员会于2018年选举产生，任期五年，2023年届满，需按期进行换届选举",
		"工会干部都是兼职",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("Problems =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	// settings.max_named: more names than it allows are counted, not listed
	few := New(run(t, nil, parse(t, strings.Replace(src, "units:\n", "settings: {max_named: 1}\nunits:\n  - {name: 二车间, has_union: 否}\n", 1))), false)
	if p := strings.Join(few.Problems(), "\n"); !strings.Contains(p, "2个单位尚未建立工会；") {
		t.Errorf("max_named 1, two units without a union named:\n%s", p)
	}
	// the counts stated give the number; the table names some of them
	stated := New(run(t, nil, parse(t, strings.Replace(src, "building: {meetings_missing: 2}", "building: {meetings_missing: 2, units_required: 10, units_covered: 7}", 1))), false)
	if p := strings.Join(stated.Problems(), "\n"); !strings.Contains(p, "建会率为70%，尚有3个单位未建立工会（包括一车间）") {
		t.Errorf("stated 10 required, 7 covered, one named:\n%s", p)
	}
	held := New(run(t, nil, parse(t, src+"activities:\n  - {name: 第三次会员代表大会, category: 会议, role: 主办}\n")), false)
	for _, p := range held.Problems() {
		if strings.Contains(p, "换届") {
			t.Errorf("the election is recorded as held, yet: %s", p)
		}
	}
}

// TestUnsaid checks that a clerk's problem loses only the clauses a
// finding already states with figures.
func TestUnsaid(t *testing.T) {
	findings := []string{"尚有4所社区学校未参加慈善一日捐", "工会经费划拨率为92.38%，尚有61.15万元未划拨到工会专用账户"}
	for _, tt := range []struct{ clerk, want string }{
		{"部分社区学校仍未参加慈善一日捐", ""},
		{"有的单位思想认识不到位，部分社区学校仍未参加慈善一日捐", "有的单位思想认识不到位"},
		{"个别学校没能及时参加慈善一日捐活动，个人所捐金额没有达到一日工资标准", "个别学校没能及时参加慈善一日捐活动，个人所捐金额没有达到一日工资标准"},
		{"部分学校经费未及时划拨到工会专用账户", ""},
		{"经费使用不够规范", "经费使用不够规范"},
		// the English comma of a clerk typing quickly parts clauses too
		{"工会经费划拨率为92.38%,部分学校经费使用不够规范", "部分学校经费使用不够规范"},
	} {
		if got := unsaid(tt.clerk, findings); got != tt.want {
			t.Errorf("unsaid(%q) = %q, want %q", tt.clerk, got, tt.want)
		}
	}
}

// TestThemeOf: a clerk's problem speaks of the theme its subject names, or
// of a rate it names anywhere.
func TestThemeOf(t *testing.T) {
	for text, want := range map[string]string{
		"经费管理方面存在薄弱环节":                    "finance",
		"文体活动形式单调，缺乏经费的支持":                "",
		"员工流动性大，会员流失多，入会率与镇总工会要求的90%还有差距": "organisation",
		"工资集体协商签订率未达到年初目标,部分集体合同内容雷同":     "rights",
	} {
		if got := themeOf(text); got != want {
			t.Errorf("themeOf(%q) = %q, want %q", text, got, want)
		}
	}
}

// TestProblemsMinorLeftOut: a minor finding (letters not yet answered) is
// said when the problems are few, and left out when three items say more.
func TestProblemsMinorLeftOut(t *testing.T) {
	src := `
organisation: {name: 测试工会, kind: 企业}
period: {year: 2023}
rights: {petitions: 140, closed: 138}
text:
  problems:
%s`
	const minor = "受理的140件职工来信来访中尚有2件未办结"
	for _, c := range []struct {
		problems string
		want     bool
	}{
		{"    - 工会干部都是兼职。\n", true},
		{"    - 工会干部都是兼职。\n    - 职工书屋利用率不高。\n    - 基层工会活动经费紧张。\n", false},
	} {
		got := strings.Join(New(run(t, nil, parse(t, fmt.Sprintf(src, c.problems))), false).Problems(), "\n")
		if strings.Contains(got, minor) != c.want {
			t.Errorf("with clerk's problems\n%s: said the open letters = %v, want %v:\n%s", c.problems, !c.want, c.want, got)
		}
	}
}

// TestTargetMissedIsAProblem: a year that fell short of a target set for it
// says so first among its problems, with the union's own words; a half
// year on its way to the year's target does not.
func TestTargetMissedIsAProblem(t *testing.T) {
	plan := "organisation: {name: 某银行工会, sector: 企业, words: {staff: 员工}}\nperiod: {year: 2024}\ntargets:\n  - {metric: labour.trained, count: 1500}\n  - {metric: building.coverage, rate: 95}\n"
	src := "organisation: {name: 某银行工会, sector: 企业, words: {staff: 员工}}\nperiod: {year: 2025%s}\nlabour: {trained: 1200}\nbuilding: {units_required: 100, units_covered: 96}\n"
	for part, want := range map[string]bool{"": true, ", part: 上半年": false} {
		got := New(run(t, nil, parse(t, plan), parse(t, fmt.Sprintf(src, part))), false).Problems()
		said := len(got) > 0 && strings.Contains(strings.Join(got, "\n"), "员工培训1200人次，未达到1500人次的目标")
		if said != want {
			t.Errorf("period%q: target missed said = %v, want %v:\n%s", part, said, want, strings.Join(got, "\n"))
		}
	}
}

// TestTargetMissedOnce: a missed target whose figure a finding states
// already is that finding's; the targets missed take one suggestion.
func TestTargetMissedOnce(t *testing.T) {
	plan := "organisation: {name: 某工会, sector: 企业}\nperiod: {year: 2024}\ntargets:\n  - {metric: membership.rate, rate: 98}\n  - {metric: membership.new_members, count: 100}\n  - {metric: labour.trained, count: 1500}\n"
	this := "organisation: {name: 某工会, sector: 企业}\nperiod: {year: 2025}\nmembership: {staff: 1000, members: 700, new_members: 50}\nlabour: {trained: 1200}\n"
	w := New(run(t, nil, parse(t, plan), parse(t, this)), false)
	problems := strings.Join(w.Problems(), "\n")
	if strings.Count(problems, "入会率为70%") != 1 {
		t.Errorf("the 入会率 said twice:\n%s", problems)
	}
	advice := strings.Join(w.Advice(), "\n")
	if strings.Count(advice, "目标查找差距") != 1 || !strings.Contains(advice, "对照新发展会员、职工培训等目标查找差距") {
		t.Errorf("advice:\n%s", advice)
	}
}

// TestAdviceAnswersProblemsSaid: a minor finding the problems section
// leaves out is not answered in the plan either.
func TestAdviceAnswersProblemsSaid(t *testing.T) {
	src := "organisation: {name: 测试工会, kind: 企业}\nperiod: {year: 2023}\nrights: {petitions: 140, closed: 138}\ntext:\n  problems: [工会干部都是兼职。, 职工书屋利用率不高。, 基层工会活动经费紧张。]\n"
	w := New(run(t, nil, parse(t, src)), false)
	if got := strings.Join(w.Advice(), "\n"); strings.Contains(got, "来信来访") {
		t.Errorf("advice answers a problem not said:\n%s", got)
	}
}

// TestUnitsBelowMembershipFloor: units whose 入会率 is below the floor,
// when the whole's is not, are named with their rates, lowest first; more
// than three are counted with the three lowest named; none when the whole
// is below the floor itself (membership.low_rate says it).
func TestUnitsBelowMembershipFloor(t *testing.T) {
	const head = "organisation: {name: 甲大学工会, sector: 学校}\nperiod: {year: 2025}\n"
	row := func(name string, staff, members int) string {
		return fmt.Sprintf("  - {name: %s, staff: %d, members: %d}\n", name, staff, members)
	}
	big := row("机关分工会", 1000, 1000)
	for _, c := range []struct{ name, units, want string }{
		{"one", big + row("体育学院分工会", 97, 73), "体育学院分工会入会率为75.3%，低于90%"},
		{"two, lowest first", big + row("后勤分工会", 380, 341) + row("体育学院分工会", 97, 73),
			"体育学院分工会、后勤分工会入会率分别为75.3%、89.7%，均低于90%"},
		{"four", big + row("甲分工会", 100, 80) + row("乙分工会", 100, 81) + row("丙分工会", 100, 82) + row("丁分工会", 100, 83),
			"有4个单位入会率低于90%，其中甲分工会、乙分工会、丙分工会最低，分别为80%、81%、82%"},
		{"two, one name allowed", "settings: {max_named: 1}\nunits:\n" + big + row("乙分工会", 100, 85) + row("丙分工会", 100, 80),
			"有2个单位入会率低于90%，其中丙分工会最低，为80%"},
		{"a floor of the settings", "settings: {membership_floor: 98}\nunits:\n" + big + row("乙分工会", 100, 97),
			"乙分工会入会率为97%，低于98%"},
		{"a unit of no staff is not rated", big + row("乙分工会", 0, 0), ""},
		{"the whole below", row("甲分工会", 100, 50) + row("乙分工会", 100, 95) + "membership: {staff: 200, members: 145}\n", ""},
		{"none below", big + row("乙分工会", 100, 95), ""},
	} {
		src := head + c.units
		if !strings.HasPrefix(c.units, "settings") {
			src = head + "units:\n" + c.units
		}
		if got := findingTexts(run(t, nil, parse(t, src)))["membership.units_low_rate"]; got != c.want {
			t.Errorf("%s:\n got %q\nwant %q", c.name, got, c.want)
		}
	}
	// a unit ten points or more below the floor makes it more than a minor finding
	for units, want := range map[string]rules.Severity{
		big + row("体育学院分工会", 97, 73): rules.SeverityMedium,
		big + row("乙分工会", 100, 85):   rules.SeverityLow,
	} {
		for _, f := range run(t, nil, parse(t, head+"units:\n"+units)).Findings {
			if f.ID == "membership.units_low_rate" && f.Severity != want {
				t.Errorf("%s: severity %v, want %v", units, f.Severity, want)
			}
		}
	}
}
