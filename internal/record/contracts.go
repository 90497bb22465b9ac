package record

import "zongjie/internal/num"

// Contract is one kind of collective contract signed in the period: a
// general 集体合同, a wage (工资专项) or women's (女职工专项) special
// contract, by one enterprise or for an area or an industry.
type Contract struct {
	// Kind is one of ContractKinds.
	Kind string `yaml:"kind" cn:"类别" zh:"集体合同、工资专项集体合同、女职工专项集体合同、安全生产专项集体合同或其他" eg:"工资专项集体合同" required:"true"`
	// Scope is 单独 (one enterprise), 区域性 or 行业性 (ContractScopes).
	Scope string `yaml:"scope" cn:"范围" zh:"单独(一家企业)、区域性或行业性" eg:"区域性" roll:"key"`
	// Count is the contracts signed (份); Enterprises the enterprises they
	// bind, Staff the staff they cover.
	Count       *int64 `yaml:"count" cn:"份数" zh:"签订份数(不写为1份)"`
	Enterprises *int64 `yaml:"enterprises" cn:"企业数" zh:"覆盖的企业(单位)数"`
	Staff       *int64 `yaml:"staff" cn:"覆盖职工" zh:"覆盖职工人数"`
	// With names the other party or the enterprise ("万洋冶炼(集团)有限公司").
	With string `yaml:"with" cn:"签订方" zh:"签订方或签约企业" eg:"万洋冶炼(集团)有限公司"`
	Date Date   `yaml:"date" cn:"日期" zh:"签订日期"`
	// Renewed marks a contract renewed (续签) rather than signed anew.
	Renewed *bool  `yaml:"renewed" cn:"续签" zh:"是否为续签"`
	Note    string `yaml:"note" cn:"说明" zh:"补充说明"`
}

// ContractKinds and ContractScopes are the accepted Contract values.
var (
	ContractKinds  = []string{"集体合同", "工资专项集体合同", "女职工专项集体合同", "安全生产专项集体合同", "其他"}
	ContractScopes = []string{"单独", "区域性", "行业性"}
)

// Facility is a place the union runs or equips (职工之家, 职工书屋,
// 爱心驿站): how many were built or upgraded in the period (flow), how many
// there are (stock), and what went into them.
type Facility struct {
	// Kind is one of FacilityKinds.
	Kind string `yaml:"kind" cn:"类别" zh:"职工之家、职工书屋、职工活动室、教工之家、爱心驿站、母婴室、健身室、职工食堂、创新工作室(劳模、工匠、职工创新工作室)、其他" eg:"职工书屋" required:"true"`
	Name string `yaml:"name" cn:"名称" zh:"名称(一处时填写)" eg:"万阳湖职工书屋" roll:"key"`
	// Built and Upgraded are this period's; Total is the number at the end.
	Built    *int64 `yaml:"built" cn:"新建数" zh:"本期新建个数"`
	Upgraded *int64 `yaml:"upgraded" cn:"改建数" zh:"本期改建、提升个数"`
	Total    *int64 `yaml:"total" cn:"总数" zh:"期末共有个数"`
	// Level is a grade awarded (示范点, 市级, 省级), with how many hold it.
	Level      string `yaml:"level" cn:"等级" zh:"获评等级,如 示范点、市级、省级、全国"`
	LevelCount *int64 `yaml:"level_count" cn:"获评数" zh:"获评该等级的个数" roll:"with=level"`
	// Books and BooksAdded count the books of a 书屋 (册).
	Books      *int64     `yaml:"books" cn:"藏书" zh:"藏书(册)"`
	BooksAdded *int64     `yaml:"books_added" cn:"新增图书" zh:"本期新增图书、杂志(册)"`
	Investment *num.Money `yaml:"investment" cn:"投入" zh:"投入资金(元),可写 100余万"`
	AsOf       Date       `yaml:"as_of" cn:"截至" zh:"总数截至日期"`
	Span       Span       `yaml:"span" cn:"统计时段" zh:"投入等数字的统计时段(如 建设以来),与报告期不同时填写"`
	Note       string     `yaml:"note" cn:"说明" zh:"补充说明"`
	// Section is the report section that tells the place; empty: its
	// kind's (FacilitySection).
	Section string `yaml:"section" cn:"栏目" zh:"报告中讲它的栏目(栏目名见 zongjie help sections);不写时母婴室在女职工工作,爱心驿站在职工福利,创新工作室在劳动竞赛,其余在自身建设" eg:"职工福利"`
}

// FacilitySection is the report section that tells a facility: the one
// its records name; else a 母婴室 (爱心妈咪小屋) with the women's work, an
// 爱心驿站 (a rest stop for outdoor workers) with the services to staff
// (welfare), a 创新工作室 (of a 劳模, a 工匠, a team of staff) with the
// labour contests and innovation (labour), and the union's own places
// (职工之家, 书屋, 活动室) with its own building.
func FacilitySection(f Facility) string {
	switch {
	case f.Section != "":
		return f.Section
	case f.Kind == "母婴室":
		return "women"
	case f.Kind == "爱心驿站":
		return "welfare"
	case f.Kind == "创新工作室":
		return "labour"
	}
	return "self"
}

// FacilityKinds are the accepted Facility kinds.
var FacilityKinds = []string{"职工之家", "职工书屋", "职工活动室", "教工之家", "爱心驿站", "母婴室", "健身室", "职工食堂", "创新工作室", "其他"}
