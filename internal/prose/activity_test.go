package prose

import (
	"strings"
	"testing"

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
	for _, tt := range []struct {
		rs   []record.Result
		want string
	}{
		{[]record.Result{{Who: "周跃", Award: "二等奖"}, {Who: "刘慧珍", Award: "三等奖"}, {Who: "季显莹", Award: "三等奖"}}, "周跃荣获二等奖，刘慧珍、季显莹荣获三等奖"},
		{[]record.Result{{Who: "本公司职工摄影作品", Award: "二等奖"}, {Who: "本公司职工摄影作品", Award: "优秀作品奖"}}, "本公司职工摄影作品荣获二等奖和优秀作品奖"},
		{[]record.Result{{Who: "甲", Rank: &rank}, {Who: "甲", Award: "优秀奖"}, {Who: "乙", Award: "优秀奖"}}, "甲荣获第一名，甲、乙荣获优秀奖"},
		{[]record.Result{{Who: "甲", Award: "二等奖"}, {Who: "乙", Award: "三等奖"}, {Who: "甲", Award: "优秀奖"}}, "甲荣获二等奖，乙荣获三等奖，甲荣获优秀奖"},
		{[]record.Result{{Who: "甲", Award: "二等奖"}, {Who: "甲", Award: "未进入决赛"}}, "甲荣获二等奖，甲未进入决赛"},
	} {
		if got := results(tt.rs); got != tt.want {
			t.Errorf("results(%+v) = %q, want %q", tt.rs, got, tt.want)
		}
	}
}
