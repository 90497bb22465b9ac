package record

// The closed vocabularies of the data file. A value outside them is reported
// with the list of accepted values.
var (
	OrgKinds      = []string{"机关", "机关工会", "教育系统", "学校", "企业", "医院", "事业单位", "街道总工会", "乡镇总工会", "乡镇工会联合会", "工会联合会", "社区工会", "行业工会", "地方总工会", "其他"}
	ActivityKinds = []string{"文体", "技能", "劳动竞赛", "培训", "疗休养", "宣传教育", "读书", "文艺演出", "讲座", "志愿服务", "安全生产", "技术创新", "评选", "调研", "慰问", "会议", "其他"}
	Levels        = []string{"全国", "省", "市", "县", "本系统", "本单位"}
	Roles         = []string{"主办", "承办", "协办", "参加"}
	// ReliefMeasures: persons (人), visits (人次), households (户) and
	// household visits (户次) are never added together; 份 counts policies.
	ReliefMeasures = []string{"人", "人次", "户", "户次", "份"}
	// ReliefKinds name money (and goods) by what they are.
	ReliefKinds = []string{"慰问金", "困难补助", "助学金", "抚恤金", "医疗救助", "生活救助", "医疗互助", "保险", "送清凉", "慰问品", "高温补贴", "节日福利", "其他"}
	// HonourTypes: a title (称号) is 荣获; a medal (奖章) is 获得, never
	// "…奖章荣誉称号"; an award (奖项); a named post (命名: 工人先锋号).
	HonourTypes = []string{"称号", "奖章", "奖项", "命名"}
	Recipients  = []string{"集体", "个人"}
	// HonourMeasures are the measure words an honour's count takes.
	HonourMeasures = []string{"名", "人", "个", "家", "所", "项", "支", "户", "件"}
	// UnionKinds say how a union is organised.
	UnionKinds = []string{"独立", "联合", "行业", "区域"}
)

// MetricKind says what kind of figure a target metric is.
type MetricKind int

// Target metric kinds.
const (
	MetricAmount MetricKind = iota // money, compared with 增长/下降 x%
	MetricCount                    // a count of people or things
	MetricRate                     // a rate, compared in 个百分点
)

// TargetMetric is a figure a target may be set for; the rule engine computes
// its actual value in the next period for the plan-versus-actual comparison.
type TargetMetric struct {
	ID   string
	Name string
	Kind MetricKind
	Unit string // 人, 个, 项 … for counts
}

// TargetMetrics lists the figures targets can name.
var TargetMetrics = []TargetMetric{
	{"charity.total", "慈善捐款", MetricAmount, ""},
	{"relief.amount", "帮扶慰问资金", MetricAmount, ""}, // every kind of money handed out, not 慰问金 alone
	{"relief.persons", "慰问人数", MetricCount, "人"},
	{"relief.person_times", "慰问人次", MetricCount, "人次"},
	{"relief.households", "慰问户数", MetricCount, "户"},
	{"membership.members", "会员人数", MetricCount, "人"},
	{"membership.new_members", "新发展会员", MetricCount, "人"},
	{"membership.rate", "入会率", MetricRate, ""},
	{"building.unions_built", "新建工会", MetricCount, "个"},
	{"building.coverage", "建会率", MetricRate, ""},
	{"finance.transfer_rate", "工会经费划拨率", MetricRate, ""},
	{"finance.transferred", "划拨工会经费", MetricAmount, ""},
	{"democracy.proposals", "职工提案", MetricCount, "件"},
	{"labour.projects_completed", "攻关创新项目完成数", MetricCount, "项"},
	{"labour.trained", "职工培训", MetricCount, "人次"},
	{"bargaining.signing_rate", "工资集体协商签订率", MetricRate, ""},
	{"rights.mediation_rate", "劳动争议调解成功率", MetricRate, ""},
	{"rights.closing_rate", "来信来访办结率", MetricRate, ""},
}

// FormerMetricNames are other names of target metrics, by the metric's
// id: names they had in earlier workbooks, and a 地方总工会's names for
// its funds (it collects them: 收缴率, 实收), so that a workbook filled
// then, or a federation's own words, still read.
var FormerMetricNames = map[string]string{"慰问金": "relief.amount",
	"工会经费收缴率": "finance.transfer_rate", "收缴率": "finance.transfer_rate", "实收工会经费": "finance.transferred"}

// MetricID returns the id of a target metric written by its id, its
// Chinese name (慈善捐款 → charity.total) or a name it had before (慰问金);
// a name no metric has is kept, for validation to report.
func MetricID(s string) string {
	for _, m := range TargetMetrics {
		if s == m.Name {
			return m.ID
		}
	}
	if id, ok := FormerMetricNames[s]; ok {
		return id
	}
	return s
}

// LookupMetric finds a target metric by id.
func LookupMetric(id string) (TargetMetric, bool) {
	for _, m := range TargetMetrics {
		if m.ID == id {
			return m, true
		}
	}
	return TargetMetric{}, false
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
