package prose

import (
	"fmt"
	"strings"
	"testing"

	"zongjie/internal/num"
	"zongjie/internal/record"
)

// TestTakingPartBeforeResult: what a team took part in is told before what
// it won, whichever sector sent it.
func TestTakingPartBeforeResult(t *testing.T) {
	for _, c := range []struct {
		activity, want string
	}{
		{"{name: 市第十届职工运动会, category: 文体, role: 参加, note: 参加拔河、乒乓球等项目的比赛, results: [{who: 代表队, award: 女子拔河团体第三名}]}",
			"组队参加了市第十届职工运动会拔河、乒乓球等项目的比赛，荣获女子拔河团体第三名。"},
		{"{name: 全县教职工篮球赛, category: 文体, role: 参加, participants: 12, note: 参加男子组和女子组两个组别, results: [{who: 代表队, award: 男子组第一名}]}",
			"组队参加了全县教职工篮球赛，派出12人，参加男子组和女子组两个组别，荣获男子组第一名。"},
		{"{name: 区卫健系统护理技能竞赛, category: 技能, role: 参加, note: 比赛在区人民医院举行, results: [{who: 张敏, award: 一等奖}]}",
			"选派选手参加了区卫健系统护理技能竞赛，张敏荣获一等奖。比赛在区人民医院举行。"},
	} {
		p := parse(t, "organisation: {name: 城关街道总工会, sector: 街道}\nperiod: {year: 2023}\nactivities:\n  - "+c.activity+"\n")
		w := New(run(t, nil, p), false)
		got := w.activity(placedActivity{p, 0, p.Activities[0]})
		if !strings.Contains(got, c.want) {
			t.Errorf("got %q, want %q", got, c.want)
		}
	}
}

// TestOrganiserNamedOnce: an activity others ran is told with its
// organiser, once: a name that opens with the organiser needs no 举办的.
func TestOrganiserNamedOnce(t *testing.T) {
	for _, c := range []struct {
		activity, want string
	}{
		{"{name: 市总工会劳动法律监督员培训班, category: 培训, role: 参加, organiser: 市总工会, participants: 3}",
			"选派3名职工参加了市总工会劳动法律监督员培训班。"},
		{"{name: 劳动法律监督员培训班, category: 培训, role: 参加, organiser: 市总工会, participants: 3}",
			"选派3名职工参加了市总工会举办的劳动法律监督员培训班。"},
	} {
		p := parse(t, "organisation: {name: 东塔机械有限公司工会, sector: 企业}\nperiod: {year: 2023}\nactivities:\n  - "+c.activity+"\n")
		w := New(run(t, nil, p), false)
		if got := w.activity(placedActivity{p, 0, p.Activities[0]}); got != c.want {
			t.Errorf("got %q, want %q", got, c.want)
		}
	}
}

// TestListName: a name holding 、 is quoted where it is set among other
// names, so it does not read as two items; a name with quotes of its own,
// or without 、, is left as it is.
func TestListName(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"城乡共建、警民共建捐资", "“城乡共建、警民共建捐资”"},
		{"读书分享会", "读书分享会"},
		{"“登高望远、健康同行”秋季登山活动", "“登高望远、健康同行”秋季登山活动"},
		{"《工会法》、《劳动法》知识竞赛", "《工会法》、《劳动法》知识竞赛"},
	} {
		if got := listName(c.in); got != c.want {
			t.Errorf("listName(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	if got := listedDrive("城乡共建、警民共建捐资活动"); got != "“城乡共建、警民共建捐资”活动" {
		t.Errorf("listedDrive = %q", got)
	}
}

// TestEveryCategoryHasASection: an activity of any category the data may
// give is told in some section, so no report counts an activity it never
// tells.
func TestEveryCategoryHasASection(t *testing.T) {
	for _, c := range record.ActivityKinds {
		if SectionOfCategory(c) == "" {
			t.Errorf("activity category %s is told in no section", c)
		}
	}
}

// TestResults: winners of one award are named together, and the awards of
// one winner are worded together.
func TestResults(t *testing.T) {
	rank := int64(1)
	score, err := num.ParseDecimalExact("462")
	if err != nil {
		t.Fatal(err)
	}
	score462 := &score
	for _, tt := range []struct {
		rs   []record.Result
		want string
	}{
		{[]record.Result{{Who: "周跃", Award: "二等奖"}, {Who: "刘慧珍", Award: "三等奖"}, {Who: "季显莹", Award: "三等奖"}}, "周跃荣获二等奖，刘慧珍、季显莹荣获三等奖"},
		{[]record.Result{{Who: "本公司职工摄影作品", Award: "二等奖"}, {Who: "本公司职工摄影作品", Award: "优秀作品奖"}}, "本公司职工摄影作品荣获二等奖和优秀作品奖"},
		{[]record.Result{{Who: "甲", Rank: &rank}, {Who: "甲", Award: "优秀奖"}, {Who: "乙", Award: "优秀奖"}}, "甲荣获第一名，甲、乙荣获优秀奖"},
		{[]record.Result{{Who: "甲", Award: "二等奖"}, {Who: "乙", Award: "三等奖"}, {Who: "甲", Award: "优秀奖"}}, "甲荣获二等奖，乙荣获三等奖，甲荣获优秀奖"},
		{[]record.Result{{Who: "甲", Award: "二等奖"}, {Who: "甲", Award: "未进入决赛"}}, "甲荣获二等奖，甲未进入决赛"},
		// a team's award after a person's says whose it is
		{[]record.Result{{Who: "李静", Award: "个人一等奖"}, {Who: "团体", Award: "团体二等奖"}}, "李静荣获个人一等奖，代表队荣获团体二等奖"},
		{[]record.Result{{Who: "团体", Award: "团体二等奖"}, {Who: "李静", Award: "个人一等奖"}}, "荣获团体二等奖，李静荣获个人一等奖"},
		// a team the records name is said: at the union's own event the winner is another's
		{[]record.Result{{Who: "体育学院分工会代表队", Award: "冠军", Rank: &rank}}, "体育学院分工会代表队荣获冠军"},
		{[]record.Result{{Who: "代表队", Award: "冠军"}}, "荣获冠军"},
		// a team's score: 总成绩 said once
		{[]record.Result{{Who: "代表队", Award: "总成绩第一名", Score: score462}}, "以462分荣获总成绩第一名"},
		{[]record.Result{{Who: "代表队", Award: "团体第一名", Score: score462}}, "以462分的总成绩荣获团体第一名"},
	} {
		if got := results(tt.rs); got != tt.want {
			t.Errorf("results(%+v) = %q, want %q", tt.rs, got, tt.want)
		}
	}
}

// TestAttendeesInNote: a note that says who attended is folded into the
// count of those who did (…负责人共310余人参加), not said after it with a
// second 参加; a note that says more stays a note.
func TestAttendeesInNote(t *testing.T) {
	for _, c := range []struct {
		note, want string
	}{
		{"全区厂矿、企(事)业单位、个体医疗机构负责人参加", "举办了医疗机构管理培训，全区厂矿、企(事)业单位、个体医疗机构负责人共310余人参加，历时2天。"},
		{"各基层工会主席参加了", "举办了医疗机构管理培训，各基层工会主席共310余人参加，历时2天。"},
		{"其中120名护士参加", "举办了医疗机构管理培训，共有310余人参加，历时2天，其中120名护士参加。"},
		{"邀请市卫健委专家授课", "举办了医疗机构管理培训，共有310余人参加，历时2天，邀请市卫健委专家授课。"},
	} {
		p := parse(t, "organisation: {name: 泰山区卫生系统工会, sector: 医院}\nperiod: {year: 2021}\nactivities:\n  - {name: 医疗机构管理培训, category: 培训, role: 主办, participants: 310余, days: 2, note: \""+c.note+"\"}\n")
		w := New(run(t, nil, p), false)
		got := paras(w.Narrate("labour")) + paras(w.Narrate("self")) // union chairs trained: self
		if !strings.Contains(got, c.want) {
			t.Errorf("note %q:\n got %q\nwant %q", c.note, got, c.want)
		}
	}
}

// TestJoinedActivities: activities told by name alone with one verb are one
// sentence; short paragraphs of one section join, like sentences by ；, and a
// name holding 、 is quoted only inside a list.
func TestJoinedActivities(t *testing.T) {
	for _, c := range []struct {
		acts, want string
	}{
		{"[{name: 教职工篮球比赛, category: 文体, role: 主办}, {name: 教职工书画比赛, category: 文体, role: 主办}, {name: 退休教职工文艺展示, category: 文艺演出, role: 主办}]",
			"举办了教职工篮球比赛、教职工书画比赛、退休教职工文艺展示。\n"},
		{"[{name: 元旦职工运动会、迎新年健步走活动, category: 文体, role: 主办}]",
			"开展了元旦职工运动会、迎新年健步走活动。\n"},
		{"[{name: 拔河比赛, category: 文体, role: 主办}, {name: 象棋、跳棋比赛, category: 文体, role: 主办}]",
			"举办了拔河比赛、“象棋、跳棋比赛”。\n"},
		{"[{name: 全县教职工小合唱比赛, category: 文体, role: 主办, date: 2023-04, participants: 420}, {name: 全县教职工足球比赛, category: 文体, role: 主办, date: 2023-05, participants: 180}]",
			"4月，举办了全县教职工小合唱比赛，共有420人参加；5月，举办了全县教职工足球比赛，共有180人参加。\n"},
		{"[{name: 市交通系统职工乒乓球比赛, category: 文体, role: 参加, results: [{who: 路政执法大队王敏, award: 第一名}]}, {name: 市交通系统职工羽毛球比赛, category: 文体, role: 参加, results: [{who: 路政执法大队李强, award: 第二名}]}]",
			"选派选手参加了市交通系统职工乒乓球比赛，路政执法大队王敏荣获第一名；选派选手参加了市交通系统职工羽毛球比赛，路政执法大队李强荣获第二名。\n"},
	} {
		p := parse(t, "organisation: {name: 测试工会, sector: 企业}\nperiod: {year: 2023}\nactivities: "+c.acts+"\n")
		if got := paras(New(run(t, nil, p), false).Narrate("activities")); got != c.want {
			t.Errorf("%s:\n got %q\nwant %q", c.acts, got, c.want)
		}
	}
}

// TestSentAttendeesInNote: a note that says whom the union sent to another's
// event names the people counted: 选派3名分工会干部参加了…, not 选派3名职工
// 参加了…，选派分工会干部参加.
func TestSentAttendeesInNote(t *testing.T) {
	p := parse(t, "organisation: {name: 无锡市邮政局工会, sector: 企业}\nperiod: {year: 2009}\nactivities:\n"+
		"  - {name: 市总工会劳动法律监督员培训班, category: 培训, role: 参加, organiser: 市总工会, participants: 3, note: 选派分工会干部参加}\n")
	got := paras(New(run(t, nil, p), false).Narrate("self"))
	if want := "选派3名分工会干部参加了市总工会劳动法律监督员培训班。"; !strings.Contains(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestTripNamedWithItsTravellers: a visit whose name says who went where is
// what the union organised (组织女干部职工赴双龙考察), not 组织职工参加 it;
// one in several 期 says so, and the days of each.
func TestTripNamedWithItsTravellers(t *testing.T) {
	for _, c := range []struct{ act, want string }{
		{"{name: 女干部职工赴双龙考察, category: 宣传教育, role: 主办, date: 2008-05}", "5月，组织女干部职工赴双龙考察。"},
		{"{name: 劳模赴北戴河疗休养, category: 疗休养, role: 主办, participants: 12}", "组织劳模赴北戴河疗休养，共有12人参加。"},
		{"{name: 女教师体检, category: 疗休养, role: 主办}", "组织女教师体检。"},
		// the name says who went: no 组织86名职工参加职工疗休养
		{"{name: 职工疗休养, category: 疗休养, role: 主办, participants: 86}", "组织86名职工疗休养。"},
		{"{name: 一线职工疗休养, category: 疗休养, role: 主办, participants: 46, sessions: 2, sessions_measure: 期, days: 5}", "分2期组织46名一线职工疗休养，每期5天。"},
	} {
		p := parse(t, "organisation: {name: 乡工会, sector: 乡镇}\nperiod: {year: 2008}\nactivities: ["+c.act+"]\n")
		w := New(run(t, nil, p), false)
		var got string
		for _, id := range []string{"ideology", "welfare", "activities", "women"} {
			got += paras(w.Narrate(id))
		}
		if !strings.Contains(got, c.want) {
			t.Errorf("%s: got %q, want %q", c.act, got, c.want)
		}
	}
}

// TestUnitsAndPeopleOneClause: the units and the people that took part are
// one clause with one 参加.
func TestUnitsAndPeopleOneClause(t *testing.T) {
	p := parse(t, "organisation: {name: 甲建设公司工会, sector: 企业}\nperiod: {year: 2025}\nactivities:\n  - {name: 安全知识竞赛, category: 安全生产, role: 主办, units: 18, participants: 1460}\n")
	got := paras(New(run(t, nil, p), false).Narrate("labour"))
	if want := "18个单位1460人参加"; !strings.Contains(got, want) || strings.Count(got, "参加") != 1 {
		t.Errorf("got %q\nwant %q, 参加 once", got, want)
	}
}

// TestWomenActivitiesWithWomensWork: the women's own activities are told
// with the women's work, whatever their kind, and nowhere else.
func TestWomenActivitiesWithWomensWork(t *testing.T) {
	p := parse(t, "organisation: {name: 甲镇总工会, sector: 街道乡镇}\nperiod: {year: 2024}\nactivities:\n"+
		"  - {name: 女职工健康知识讲座, category: 讲座, role: 主办, date: 2024-03-07, participants: 120}\n"+
		"  - {name: 职工书法讲座, category: 讲座, role: 主办, date: 2024-04-10}\n")
	w := New(run(t, nil, p), false)
	if got := paras(w.Narrate("women")); !strings.Contains(got, "女职工健康知识讲座") {
		t.Errorf("women: %q", got)
	}
	if got := paras(w.Narrate("ideology")); strings.Contains(got, "女职工") || !strings.Contains(got, "职工书法讲座") {
		t.Errorf("ideology: %q", got)
	}
}

// TestSummaryNamesYearlyActivityOnce: a file of several years holds a
// yearly activity once a year; its summary names it once.
func TestSummaryNamesYearlyActivityOnce(t *testing.T) {
	var acts strings.Builder
	for y := 2021; y <= 2025; y++ {
		fmt.Fprintf(&acts, "  - {name: 师德师风主题教育月, category: 宣传教育, role: 主办, date: %d-09, participants: %d}\n", y, 2100+20*y%7)
	}
	src := "organisation: {name: 某大学工会, sector: 学校}\nperiod: {year: 2025, from_year: 2021}\nactivities:\n" + acts.String()
	got := paras(New(run(t, nil, parse(t, src)), false).Narrate("ideology"))
	if n := strings.Count(got, "师德师风主题教育月"); n > 2 || strings.Contains(got, "师德师风主题教育月、师德师风主题教育月") {
		t.Errorf("the yearly activity is named %d times:\n%s", n, got)
	}
}

// TestActivitySection: an activity is told in the section its records
// name, else the women's work for the women's own, a training course with
// labour unless it trains the union's own people, a 表彰会 with the
// honours, a meeting on the unions' own work with their own building, else
// by its category.
func TestActivitySection(t *testing.T) {
	for _, c := range []struct {
		a    record.Activity
		want string
	}{
		{record.Activity{Name: "员工心理健康讲座", Category: "讲座"}, "ideology"},
		{record.Activity{Name: "员工心理健康讲座", Category: "讲座", Section: "welfare"}, "welfare"},
		{record.Activity{Name: "班组长培训班", Category: "培训"}, "labour"},
		{record.Activity{Name: "基层工会干部业务培训班", Category: "培训"}, "self"},
		{record.Activity{Name: "职工代表履职能力培训", Category: "培训"}, "self"},
		{record.Activity{Name: "女职工健康知识讲座", Category: "讲座"}, "women"},
		{record.Activity{Name: "新春文艺汇演", Category: "文艺演出"}, "activities"},
		{record.Activity{Name: "抗疫一线医务人员表彰会", Category: "会议"}, "honours"},
		{record.Activity{Name: "四届三次职代会", Category: "会议"}, "democracy"},
		{record.Activity{Name: "职工代表座谈会", Category: "会议"}, "democracy"},
		{record.Activity{Name: "党建、社建及辖区企业工会工作交流会", Category: "会议"}, "self"},
		{record.Activity{Name: "基层工会建设经验交流会", Category: "会议"}, "self"},
	} {
		if got := ActivitySection(c.a); got != c.want {
			t.Errorf("ActivitySection(%s, %s) = %s, want %s", c.a.Name, c.a.Category, got, c.want)
		}
	}
}

// TestCampaignAndShowVerbs: a 劳动竞赛 runs for months and is 开展ed, with
// no 活动 after it; those a show reached watched it.
func TestCampaignAndShowVerbs(t *testing.T) {
	for _, c := range []struct{ activity, section, want string }{
		{"{name: “开门红”劳动竞赛, category: 劳动竞赛, role: 主办, date: 2025-01, end: 2025-03, participants: 1860}", "labour", "开展了“开门红”劳动竞赛，"},
		{"{name: 迎新年文艺汇演, category: 文艺演出, role: 主办, date: 2025-12, participants: 210, beneficiaries: 800}", "activities", "800人观看"},
	} {
		p := parse(t, "organisation: {name: 某银行工会, sector: 企业}\nperiod: {year: 2025}\nactivities: ["+c.activity+"]\n")
		if got := paras(New(run(t, nil, p), false).Narrate(c.section)); !strings.Contains(got, c.want) {
			t.Errorf("got %q, want %q", got, c.want)
		}
	}
}

// TestEditionSaid: an activity's 届 given apart is said in its name, once.
func TestEditionSaid(t *testing.T) {
	for _, c := range []struct{ activity, want string }{
		{"{name: 青年教师教学竞赛, category: 技能, role: 主办, edition: 11, participants: 82}", "举办了第十一届青年教师教学竞赛"},
		{"{name: 第十二届教职工田径运动会, category: 文体, role: 主办, edition: 12, participants: 900}", "举办了第十二届教职工田径运动会"},
	} {
		p := parse(t, "organisation: {name: 某大学工会, sector: 学校}\nperiod: {year: 2025}\nactivities: ["+c.activity+"]\n")
		w := New(run(t, nil, p), false)
		if got := paras(w.Narrate("labour")) + paras(w.Narrate("activities")); !strings.Contains(got, c.want) || strings.Count(got, "届") != 1 {
			t.Errorf("got %q, want %q", got, c.want)
		}
	}
}

// TestTeamsAndUnits: the units that sent the teams are said with them, in
// one clause.
func TestTeamsAndUnits(t *testing.T) {
	for _, c := range []struct{ figures, want string }{
		{"units: 16, teams: 12, participants: 144", "16个单位组成12支代表队、144名选手参赛"},
		{"units: 8, teams: 8, participants: 48", "8个单位各派出1支代表队，共48名选手参赛"},
		{"teams: 8, participants: 48", "8支代表队48名选手参赛"},
	} {
		p := parse(t, "organisation: {name: 某公司工会, sector: 企业}\nperiod: {year: 2025}\nactivities: [{name: 职工气排球比赛, category: 文体, role: 主办, "+c.figures+"}]\n")
		got := paras(New(run(t, nil, p), false).Narrate("activities"))
		if !strings.Contains(got, c.want) || strings.Count(got, "参加")+strings.Count(got, "参赛") != 1 {
			t.Errorf("%s: got %q, want %q", c.figures, got, c.want)
		}
	}
}

// TestRests: the welfare heading promises 疗休养 only when the records or
// the clerk's paragraphs tell one.
func TestRests(t *testing.T) {
	for _, c := range []struct {
		records string
		want    bool
	}{
		{"activities: [{name: 员工生日会, category: 文体, section: welfare}]", false},
		{"activities: [{name: 劳模疗休养, category: 疗休养}]", true},
		{"activities: [{name: 驾驶员颈椎康复疗养, category: 其他, section: welfare}]", true},
		{"activities: [{name: 教职工心理健康讲座, category: 讲座, section: welfare}]", false},
		{"text: {sections: {welfare: [组织一线职工分3批赴温州疗休养。]}}", true},
		{"text: {sections: {activities: [组织职工休养。]}}", false},
	} {
		p := parse(t, "organisation: {name: 甲公司工会, sector: 企业}\nperiod: {year: 2025}\n"+c.records+"\n")
		if got := New(run(t, nil, p), false).Rests(); got != c.want {
			t.Errorf("%s: Rests = %v, want %v", c.records, got, c.want)
		}
	}
}

// TestNotableActivities: of many activities, the summary names those with
// results to show and the largest the union held: held ones 影响较大,
// those it only took part in (as written, or by their organiser or
// results) where its people 取得了好成绩; a team that did not place, or a
// large event it only took part in, is not held up.
func TestNotableActivities(t *testing.T) {
	p := parse(t, `organisation: {name: 某县教育工会, sector: 学校}
period: {year: 2025}
activities:
  - {name: 教职工气排球赛, category: 文体, role: 主办, date: 2025-04, participants: 320}
  - {name: 教职工登山活动, category: 文体, role: 主办, date: 2025-10, participants: 150}
  - {name: 市教职工运动会, category: 文体, date: 2025-05, participants: 40, results: [{who: 代表队, award: 团体第一名, rank: 1}]}
  - {name: 市教职工羽毛球比赛, category: 文体, role: 参加, date: 2025-06, participants: 8, results: [{who: 代表队, award: 团体成绩未进入前八名}]}
  - {name: 市教职工合唱比赛, category: 文体, organiser: 市教育工会, date: 2025-07, participants: 600}
  - {name: 市教职工书法展, category: 文体, role: 参加, date: 2025-09, participants: 12}
`)
	got := paras(New(run(t, nil, p), false).Narrate("activities"))
	for _, want := range []string{"举办文体活动2项，组织参加上级和外单位举办的文体活动4项", "其中，教职工气排球赛、教职工登山活动等活动影响较大，在市教职工运动会（荣获团体第一名）中取得了好成绩。"} {
		if !strings.Contains(got, want) {
			t.Errorf("want %q in:\n%s", want, got)
		}
	}
	if _, notable, _ := strings.Cut(got, "其中，"); strings.Contains(notable, "羽毛球") {
		t.Errorf("a place missed is held up:\n%s", got)
	}
}
