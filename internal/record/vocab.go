package record

// The closed vocabularies of the data file. A value outside them is reported
// with the list of accepted values.
var (
	OrgKinds       = []string{"机关", "教育系统", "学校", "企业", "事业单位", "乡镇工会联合会", "行业工会", "其他"}
	ActivityKinds  = []string{"文体", "技能", "劳动竞赛", "培训", "疗休养", "宣传教育", "慰问", "会议", "其他"}
	Levels         = []string{"全国", "省", "市", "县", "本系统", "本单位"}
	Roles          = []string{"主办", "参加"}
	ReliefMeasures = []string{"人", "人次", "户"}
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
	{"relief.amount", "慰问金", MetricAmount, ""},
	{"relief.persons", "慰问人数", MetricCount, "人"},
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
