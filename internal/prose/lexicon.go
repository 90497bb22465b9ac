package prose

import "strings"

// This file is the lexicon: what kind of thing a name names, which verb it
// takes and which measure word counts it (../shared/WRITING.md §2 and §3).
// Every rule here holds for every sector.

// eventKind is what kind of thing an activity is, by its name.
type eventKind int

const (
	eventOther    eventKind = iota
	eventMeeting            // a meeting or congress: 召开
	eventContest            // a contest, a 运动会: 举办 / 组队参加
	eventTraining           // a training course, a lecture: 举办 / 选派参加
	eventCampaign           // a campaign, a 评选, 送温暖: 开展
	eventShow               // a performance, an exhibition: 举办
	eventTrip               // 疗休养, a visit: 组织…参加
)

// kindSuffixes maps the endings of a name to its kind, longest first where
// they overlap.
var kindSuffixes = []struct {
	suffix string
	kind   eventKind
}{
	{"代表大会", eventMeeting}, {"职代会", eventMeeting}, {"教代会", eventMeeting}, {"大会", eventMeeting},
	{"会议", eventMeeting}, {"座谈会", eventMeeting}, {"交流会", eventMeeting}, {"推进会", eventMeeting},
	{"动员会", eventMeeting}, {"总结会", eventMeeting}, {"表彰会", eventMeeting}, {"研讨会", eventMeeting},
	{"联席会", eventMeeting}, {"恳谈会", eventMeeting}, {"茶话会", eventMeeting}, {"例会", eventMeeting},
	// a 劳动竞赛 runs for months, as a campaign does: 开展 (before 竞赛)
	{"劳动竞赛", eventCampaign}, {"安康杯", eventCampaign}, {"杯”竞赛", eventCampaign}, {"杯竞赛", eventCampaign},
	{"运动会", eventContest}, {"比赛", eventContest}, {"竞赛", eventContest}, {"大赛", eventContest},
	{"联赛", eventContest}, {"擂台赛", eventContest}, {"选拔赛", eventContest}, {"邀请赛", eventContest},
	{"锦标赛", eventContest}, {"比武", eventContest}, {"赛", eventContest}, {"演讲", eventContest},
	{"培训班", eventTraining}, {"培训", eventTraining}, {"讲座", eventTraining}, {"讲堂", eventTraining},
	{"报告会", eventTraining}, {"宣讲", eventTraining}, {"辅导", eventTraining}, {"学习班", eventTraining},
	{"研修班", eventTraining}, {"轮训", eventTraining},
	{"晚会", eventShow}, {"演出", eventShow}, {"展览", eventShow}, {"展演", eventShow}, {"汇演", eventShow},
	{"音乐会", eventShow}, {"联欢会", eventShow}, {"书画展", eventShow}, {"摄影展", eventShow},
	{"疗休养", eventTrip}, {"休养", eventTrip}, {"体检", eventTrip}, {"参观", eventTrip}, {"考察", eventTrip},
	{"活动", eventCampaign}, {"评选", eventCampaign}, {"送温暖", eventCampaign}, {"送清凉", eventCampaign},
	{"金秋助学", eventCampaign}, {"一日捐", eventCampaign}, {"健步走", eventCampaign}, {"读书月", eventCampaign},
	{"志愿服务", eventCampaign}, {"宣传月", eventCampaign}, {"宣传周", eventCampaign}, {"义诊", eventCampaign},
	{"调研", eventCampaign},
	{"宣讲会", eventTraining}, {"分享会", eventTraining}, {"读书会", eventTraining}, {"故事会", eventShow},
	{"诵读会", eventShow}, {"游园会", eventShow}, {"招聘会", eventShow}, {"博览会", eventShow},
	// any other gathering named …会 is held (举办), never 开展…会活动
	{"会", eventShow},
}

// categoryKinds gives a kind to a category when the name says nothing.
var categoryKinds = map[string]eventKind{
	"会议": eventMeeting, "文体": eventContest, "技能": eventContest, "劳动竞赛": eventCampaign,
	"培训": eventTraining, "讲座": eventTraining, "疗休养": eventTrip, "文艺演出": eventShow,
	"宣传教育": eventCampaign, "读书": eventCampaign, "志愿服务": eventCampaign, "评选": eventCampaign,
	"调研": eventCampaign, "安全生产": eventCampaign, "技术创新": eventCampaign, "慰问": eventCampaign,
}

// kindOf classifies an activity by its name, then by its category.
func kindOf(name, category string) eventKind {
	n := strings.TrimRight(name, "）)")
	for _, s := range kindSuffixes {
		if strings.HasSuffix(n, s.suffix) {
			return s.kind
		}
	}
	if k, ok := categoryKinds[category]; ok {
		return k
	}
	return eventOther
}

// hostVerb is the verb of an event the union held: 召开 a meeting, 开展 a
// campaign, 举办 the rest.
func hostVerb(k eventKind) string {
	switch k {
	case eventMeeting:
		return "召开"
	case eventCampaign:
		return "开展"
	}
	return "举办"
}

// measureNouns maps the endings of nouns to the measure word that counts
// them (WRITING.md §3).
var measureNouns = []struct{ suffix, measure string }{
	{"代表队", "支"}, {"队伍", "支"}, {"团队", "支"}, {"队", "支"},
	{"人次", ""}, {"户次", ""},
	{"学校", "所"}, {"小学", "所"}, {"中学", "所"}, {"中小学", "所"}, {"幼儿园", "所"}, {"医院", "所"},
	{"卫生院", "所"}, {"学院", "所"}, {"大学", "所"},
	{"企业", "家"}, {"公司", "家"}, {"工厂", "家"}, {"商户", "家"}, {"门店", "家"},
	{"提案", "件"}, {"实事", "件"}, {"案件", "件"}, {"信访", "件"}, {"作品", "件"},
	{"建议", "条"}, {"意见", "条"},
	{"合同", "份"}, {"保险", "份"}, {"协议", "份"},
	{"图书", "册"}, {"书籍", "册"}, {"藏书", "册"},
	{"活动", "项"}, {"比赛", "项"}, {"项目", "项"}, {"制度", "项"}, {"课题", "项"}, {"成果", "项"},
	{"会议", "次"}, {"培训", "次"}, {"讲座", "次"},
	{"职工", "名"}, {"教职工", "名"}, {"教师", "名"}, {"代表", "名"}, {"会员", "名"}, {"个人", "名"},
	{"员工", "名"}, {"医务人员", "名"}, {"干部", "名"}, {"工人", "名"}, {"劳模", "名"}, {"选手", "名"},
	{"积极分子", "名"}, {"标兵", "名"}, {"能手", "名"}, {"工匠", "名"}, {"志愿者", "名"}, {"家属", "名"},
	{"子女", "名"}, {"学生", "名"}, {"护士", "名"}, {"医生", "名"}, {"党员", "名"}, {"女工", "名"},
	{"家庭", "户"}, {"困难户", "户"},
	{"单位", "个"}, {"工会", "个"}, {"集体", "个"}, {"班组", "个"}, {"科室", "个"}, {"车间", "个"},
	{"处室", "个"}, {"部门", "个"}, {"社区", "个"}, {"分会", "个"}, {"学区", "个"}, {"小组", "个"},
	{"岗", "个"}, {"号", "个"}, {"站", "个"}, {"点", "个"}, {"室", "个"}, {"之家", "个"}, {"书屋", "个"},
}

// measureFor returns the measure word for counting noun: 名 for people, 个
// for units and bodies, 所 for schools and hospitals, 家 for enterprises,
// 支 for teams, 件 for proposals, 项 for activities … ("" for a noun that
// is itself a measure, 人次); def when the lexicon does not know the noun.
func measureFor(noun, def string) string {
	for _, m := range measureNouns {
		if strings.HasSuffix(noun, m.suffix) {
			return m.measure
		}
	}
	return def
}

// isPerson reports whether noun names people (counted with 名).
func isPerson(noun string) bool { return measureFor(noun, "") == "名" }

// prepositions are the words a note may start with that make it a clause
// of the sentence before it, not a sentence of its own ("随县总工会到…",
// "邀请…授课", "由…组织开展").
var prepositions = []string{"随", "由", "在", "到", "赴", "前往", "邀请", "于", "经", "通过", "为", "向", "与", "同",
	"历时", "共", "其中", "并", "全体", "累计", "参加", "分别", "先后"}

// isClause reports whether a note reads as a clause that continues a
// sentence rather than a sentence with a subject of its own.
func isClause(note string) bool {
	for _, p := range prepositions {
		if strings.HasPrefix(note, p) {
			return true
		}
	}
	return false
}

// fundNouns are what a source of money is called when it is a fund rather
// than a body: the money is 使用'd, not 提供'd.
var fundNouns = []string{"善款", "经费", "基金", "资金", "款", "费", "金"}

// isFund reports whether a relief source names money (慈善善款, 工会经费)
// rather than a body that gave it (市教育工会, 中天爱心慈善基金会).
func isFund(source string) bool {
	if strings.HasSuffix(source, "基金会") || strings.HasSuffix(source, "会") {
		return false
	}
	for _, n := range fundNouns {
		if strings.HasSuffix(source, n) {
			return true
		}
	}
	return false
}
