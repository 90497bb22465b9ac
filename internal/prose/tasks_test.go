package prose

import (
	"strings"
	"testing"
)

// tasksText writes tasks one a line: "heading: item | item".
func tasksText(ts []Task) string {
	var b strings.Builder
	for _, t := range ts {
		b.WriteString(t.Heading + ": " + strings.Join(t.Items, " | ") + "\n")
	}
	return b.String()
}

// TestTasks: a congress report's tasks, when the clerk planned none, are
// grouped by the part of the work, headed, political guidance first and
// the union's own building last; a duty whose first clause is its heading
// goes on from it; what the union's records show it does every year
// (relief campaigns, the women's insurance and checkups, the places it
// runs) it is told to go on doing; a problem's remedy joins its part. In
// every sector, with the sector's own words.
func TestTasks(t *testing.T) {
	for _, c := range []struct {
		name, src string
		want      []string // lines of tasksText
		not       []string
	}{
		{"factory", `organisation: {name: 东塔机械有限公司工会, sector: 企业}
period: {year: 2023}
relief:
  batches:
    - {occasion: 2023年春节送温暖, kind: 慰问金, persons: 168, amount: 8.4万}
    - {occasion: 金秋助学, kind: 助学金, persons: 5, amount: 1.5万}
    - {occasion: 职工医疗互助, kind: 医疗互助, persons: 300, amount: 6万}
    - {occasion: 金秋助学, kind: 助学金, persons: 2, amount: 0.6万}
membership: {staff: 1380, members: 1352, staff_breakdown: [{label: 在岗职工, count: 1248}, {label: 劳务派遣职工, count: 132}], migrant_members: 210}
activities:
  - {name: 第六届职工职业技能大赛, category: 技能, role: 主办, participants: 236}
  - {name: 庆五一职工篮球赛, category: 文体, role: 主办, participants: 120}
  - {name: 区职工技能大赛, category: 技能, role: 参加, edition: 8, organiser: 区总工会}
rights: {petitions: 12, closed: 11}
facilities:
  - {kind: 职工活动室, total: 4}
  - {kind: 职工书屋, total: 3}
  - {kind: 爱心驿站, built: 0, total: 0}
`, []string{
			"凝聚思想共识: 坚持把思想政治引领放在首位，团结引导广大职工听党话、跟党走。\n",
			"依法维护职工合法权益: 做好劳动争议调解和法律援助工作，构建和谐劳动关系。 | 畅通职工诉求表达渠道",
			"加强工会组织建设: 做好新入职职工的入会工作，加强会员会籍管理。 | 针对劳务派遣职工和农民工的特点开展工作，吸引他们参加工会活动。\n",
			"组织职工建功立业: 深入开展劳动竞赛和职工技能培训，激发职工的创新创造活力。 | 继续办好职工职业技能大赛。\n",
			"做实帮扶慰问和服务职工工作: 继续开展春节送温暖和金秋助学活动，做好职工医疗互助工作，让职工感受到组织的温暖。\n",
			"加强工会自身建设: 提高工会干部的履职能力和服务水平。 | 管好用好职工书屋和职工活动室，发挥好工会阵地的作用。\n",
		}, []string{"2023年", "爱心驿站", "篮球赛", "区职工技能大赛"}},
		{"hospital", `organisation: {name: 平阳县人民医院工会, sector: 医院}
period: {year: 2023}
women: {insured: 402, checkups: 380}
activities:
  - {name: 护理技能竞赛, category: 技能, participants: 120}
facilities:
  - {kind: 母婴室, total: 2}
`, []string{
			"组织医务人员岗位建功: 深入开展岗位练兵和技能竞赛，提高医务人员的业务技能。\n",
			"做好女职工工作: 继续为女职工办理安康保险、组织健康检查，维护女职工的特殊权益。 | 管好用好母婴室，为女职工提供贴心服务。\n",
		}, []string{"劳动竞赛"}},
		{"机关 without records of services", `organisation: {name: 县财政局机关工会, sector: 机关}
period: {year: 2023}
relief: {batches: [{occasion: 困难职工补助, kind: 困难补助, persons: 3, amount: 0.9万}]}
`, []string{
			"做实帮扶慰问和服务干部职工工作: 关心关爱困难干部职工，让干部职工感受到组织的温暖。\n",
		}, []string{"继续开展"}},
		{"街道 federation, bargaining", `organisation: {name: 青园街道总工会, kind: 街道总工会, sector: 街道乡镇}
period: {year: 2023}
membership: {staff: 5200, members: 4800, new_form_members: 60}
bargaining: {enterprises: 40, signed: 30}
relief:
  batches:
    - {occasion: 2023年元旦春节送温暖（困难职工）, kind: 慰问金, date: 2023-01, persons: 80, amount: 8万}
    - {occasion: 元旦春节送温暖（一线职工）, kind: 慰问金, date: 2023-01, persons: 120, amount: 6万}
    - {occasion: 夏季“送清凉”活动, kind: 送清凉, date: 2023-07, persons: 300, amount: 3万}
facilities:
  - {kind: 健身室, total: 2}
  - {kind: 职工书屋, total: 5}
  - {kind: 职工之家, total: 3}
`, []string{
			"夯实工会组织基础: 巩固扩大工会组织覆盖面，做好会员发展和会籍管理工作。 | 把新就业形态劳动者更多地组织到工会中来",
			"深入推进集体协商: 推动各类企事业单位建立健全以职代会为基本形式的民主管理制度，深化厂务公开。 | 深入推进工资集体协商，扩大工资专项集体合同的覆盖面。\n",
			"继续开展元旦春节送温暖和夏季送清凉活动",
			"管好用好职工之家和职工书屋，发挥好工会阵地的作用。 | 管好用好健身室，为职工健身提供便利。",
		}, []string{"（", "“送清凉", "送温暖、元旦春节送温暖"}},
		{"road company, safety and training", `organisation: {name: 公路工区工会, kind: 企业, sector: 企业}
period: {year: 2021}
labour: {hazards_found: 20, hazards_fixed: 20, trainings: 4, trained: 120}
`, []string{"筑牢安全生产防线: 抓好安全生产监督和职工培训，提高职工的安全意识和业务素质。\n"}, []string{"劳动竞赛"}},
		{"road company, safety told by the clerk too", `organisation: {name: 公路工区工会, kind: 企业, sector: 企业}
period: {year: 2021}
labour: {hazards_found: 20, hazards_fixed: 20, trainings: 4, trained: 120}
text: {sections: {labour: [逐级签订《安全责任目标书》，组织职工安全技能培训。]}}
`, []string{"筑牢安全生产防线"}, []string{"劳动竞赛"}},
		{"road company, a contest told by the clerk", `organisation: {name: 公路工区工会, kind: 企业, sector: 企业}
period: {year: 2021}
labour: {hazards_found: 20, hazards_fixed: 20, trainings: 4, trained: 120}
text: {sections: {labour: [开展养护技能比武，评出技术能手6名。]}}
`, []string{"劳动竞赛"}, []string{"筑牢安全生产防线"}},
		{"镇教育工会", `organisation: {name: 溪口镇教育工会, kind: 教育系统, sector: 学校}
period: {year: 2023}
membership: {staff: 400, members: 400, staff_breakdown: [{label: 在编教师, count: 300}, {label: 临时聘用教师, count: 100}]}
democracy: {sessions: 1, representatives: 60}
`, []string{"推动各学校建立健全以教代会为基本形式的民主管理制度，深化校务公开"}, []string{"临时聘用教师", "企事业单位"}},
	} {
		w := New(run(t, nil, parse(t, c.src)), false)
		w.Speech(true)
		ts := w.Tasks()
		got := tasksText(ts)
		if len(ts) < 3 || ts[0].Heading != "凝聚思想共识" || ts[len(ts)-1].Heading != "加强工会自身建设" {
			t.Errorf("%s: tasks do not run from political guidance to the union's own building:\n%s", c.name, got)
		}
		for _, want := range c.want {
			if !strings.Contains(got, want) {
				t.Errorf("%s: want %q in:\n%s", c.name, want, got)
			}
		}
		for _, not := range c.not {
			if strings.Contains(got, not) {
				t.Errorf("%s: %q should not be in:\n%s", c.name, not, got)
			}
		}
		for _, task := range ts {
			for _, item := range task.Items {
				if strings.HasPrefix(item, task.Heading) {
					t.Errorf("%s: item repeats its heading %q: %s", c.name, task.Heading, item)
				}
			}
		}
	}
}

// TestTasksOfClerkAdvice: suggestions the clerk wrote (text.advice) are
// given as written, not regrouped.
func TestTasksOfClerkAdvice(t *testing.T) {
	const src = `organisation: {name: 东塔机械有限公司工会, sector: 企业}
period: {year: 2023, from_year: 2019}
text: {advice: [办好职工的事, 开好职代会]}
`
	w := New(run(t, nil, parse(t, src)), false)
	if ts := w.Tasks(); ts != nil {
		t.Errorf("clerk's advice regrouped:\n%s", tasksText(ts))
	}
}

// TestTasksOfTermTargets: targets set for years ahead join the task of
// their part of the work; targets of several parts are a task of their
// own, right after political guidance; the other groups stay.
func TestTasksOfTermTargets(t *testing.T) {
	const head = `organisation: {name: 平阳县人民医院工会, sector: 医院}
period: {year: 2023}
women: {insured: 402}
`
	for _, c := range []struct{ targets, want, second string }{
		{"targets: [{metric: 入会率, rate: 99, year: 2026}]\n", "加强工会组织建设: 力争到2026年，入会率达到99%。\n", "加强工会组织建设"},
		{"targets: [{metric: 入会率, rate: 99, year: 2026}, {metric: 慈善捐款, amount: 20万, year: 2026}]\n",
			"明确今后几年的奋斗目标: 力争到2026年，", "明确今后几年的奋斗目标"},
	} {
		w := New(run(t, nil, parse(t, head+c.targets)), false)
		w.Speech(true)
		ts := w.Tasks()
		got := tasksText(ts)
		for _, want := range []string{c.want, "做好女职工工作: 继续为女职工办理安康保险"} {
			if !strings.Contains(got, want) {
				t.Errorf("want %q in:\n%s", want, got)
			}
		}
		if len(ts) < 2 || ts[1].Heading != c.second {
			t.Errorf("second task is not %q:\n%s", c.second, got)
		}
	}
}

// TestProgrammeName: a recurring campaign or event is planned by its name
// without year, 届, bracketed note, quotation marks or trailing 活动.
func TestProgrammeName(t *testing.T) {
	for in, want := range map[string]string{
		"2023年夏季“送清凉”活动":      "夏季送清凉",
		"元旦春节送温暖（一线职工）":       "元旦春节送温暖",
		"东塔公司2023年职工运动会（第六届）": "东塔公司职工运动会",
		"第十届职工职业技能大赛":         "职工职业技能大赛",
		"“金秋助学”":              "金秋助学",
	} {
		if got := programmeName(in); got != want {
			t.Errorf("programmeName(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestHighlightsOwnSpan: a figure counted over a span of its own is a
// clause of its own after the period's (全年 is not claimed for it).
func TestHighlightsOwnSpan(t *testing.T) {
	const src = `organisation: {name: 云溪县总工会, kind: 县总工会, sector: 地方总工会}
period: {year: 2025}
membership: {staff: 201500, members: 186000, new_members: 9860, span: 1—11月}
building: {unions_built: 46}
`
	w := New(run(t, nil, parse(t, src)), false)
	w.Speech(true)
	const want = "全年，会员人数达到186,000人，新建工会46个；1—11月，新发展会员9860人。"
	if got := w.Highlights(); got != want {
		t.Errorf("Highlights() = %q, want %q", got, want)
	}
}
