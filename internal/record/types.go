// Package record holds the data a union clerk types for one organisation and
// one period, loads it from YAML or JSON with the source position of every
// value, and validates it.
//
// The types here are the contract between zongjie's stages: the rule engine
// reads them, nothing downstream sees YAML. Optional figures are pointers: nil
// means "not recorded", which the rule engine reports as 无法计算 rather than
// as zero. Struct tags give the data key (yaml), the Chinese description used
// in error messages, the JSON Schema and `zongjie init` (zh), and an example
// value (eg).
package record

import "zongjie/internal/num"

// Period is one data file: one organisation's records for one period.
type Period struct {
	Org        Organisation `yaml:"organisation" zh:"工会组织的基本情况"`
	When       PeriodSpec   `yaml:"period" zh:"报告期"`
	Membership Membership   `yaml:"membership" zh:"会员情况"`
	Groups     []Group      `yaml:"groups" zh:"分组(学区、片区、分会),单位表中的 group 要在这里列出"`
	Units      []Unit       `yaml:"units" zh:"基层单位(学校、分会、企业)明细表,可写成 columns + rows 的表格形式"`
	Building   Building     `yaml:"building" zh:"组织建设(建会任务与完成情况)"`
	Finance    Finance      `yaml:"finance" zh:"工会经费"`
	Charity    []Drive      `yaml:"charity" zh:"慈善捐款活动"`
	Relief     Relief       `yaml:"relief" zh:"慰问与帮扶"`
	Activities []Activity   `yaml:"activities" zh:"活动与比赛"`
	Honours    []Honour     `yaml:"honours" zh:"所获荣誉"`
	Democracy  Democracy    `yaml:"democracy" zh:"民主管理(职代会、提案、公开)"`
	Labour     Labour       `yaml:"labour" zh:"劳动竞赛、技术创新、安全生产与培训"`
	Women      Women        `yaml:"women" zh:"女职工工作"`
	Bargaining Bargaining   `yaml:"bargaining" zh:"工资集体协商"`
	Targets    []Target     `yaml:"targets" zh:"下一期的目标任务"`
	Schedule   []MonthPlan  `yaml:"schedule" zh:"分月工作安排(工作计划用)"`
	Text       Text         `yaml:"text" zh:"经办人自己写的文字,按栏目编入报告"`

	// File is the name the data was loaded from.
	File string `yaml:"-"`
	// pos records where each value was written, by data path ("units[3].staff").
	pos positions
}

// Organisation describes the union that reports.
type Organisation struct {
	Name       string    `yaml:"name" zh:"工会全称" eg:"永嘉县教育工会" required:"true"`
	ShortName  string    `yaml:"short_name" zh:"行文中的简称" eg:"县教育工会"`
	Kind       string    `yaml:"kind" zh:"组织类型:机关、教育系统、学校、企业、事业单位、乡镇工会联合会、行业工会、其他" eg:"教育系统"`
	Parent     string    `yaml:"parent" zh:"上级工会" eg:"永嘉县总工会"`
	Leadership []string  `yaml:"leadership" zh:"在谁的领导下开展工作(党组织、上级工会)" eg:"县教育局党委"`
	Committee  Committee `yaml:"committee" zh:"本届工会委员会"`
	Chair      string    `yaml:"chair" zh:"工会主席姓名"`
	Centre     string    `yaml:"centre" zh:"工会工作围绕的中心工作" eg:"教育中心工作"`
}

// Committee is the current committee: its number and term.
type Committee struct {
	Number    *int64 `yaml:"number" zh:"第几届" eg:"3"`
	Elected   *int64 `yaml:"elected" zh:"选举产生的年份" eg:"2009"`
	TermYears *int64 `yaml:"term_years" zh:"任期(年),章程规定三至五年" eg:"5"`
}

// PeriodSpec says which period the records cover.
type PeriodSpec struct {
	Year *int64 `yaml:"year" zh:"年度" eg:"2013" required:"true"`
	// Part is 全年 (default), 上半年, 下半年, 春季学期 or 秋季学期.
	Part       string `yaml:"part" zh:"全年、上半年、下半年、春季学期或秋季学期,不写为全年" eg:"全年"`
	ReportDate Date   `yaml:"report_date" zh:"报告日期" eg:"2013-12-31"`
}

// Membership counts staff and members within a stated scope.
type Membership struct {
	// Scope names whose staff the figures cover, e.g. "民办学校(幼儿园)"; empty
	// means the whole organisation. It is the denominator of 入会率.
	Scope          string `yaml:"scope" zh:"统计范围(入会率的分母是谁),不写为全体职工" eg:"民办学校(幼儿园)"`
	Units          *int64 `yaml:"units" zh:"范围内的单位数(所/家)" eg:"188"`
	UnitsBreakdown []Part `yaml:"units_breakdown" zh:"单位数的构成,如 民办中小学 6、民办幼儿园 182"`
	Staff          *int64 `yaml:"staff" zh:"职工(教职工)总数" eg:"2729"`
	Members        *int64 `yaml:"members" zh:"会员数" eg:"1761"`
	NewMembers     *int64 `yaml:"new_members" zh:"本期新发展会员数"`
	WomenStaff     *int64 `yaml:"women_staff" zh:"女职工人数"`
	WomenMembers   *int64 `yaml:"women_members" zh:"女会员数"`
	MigrantMembers *int64 `yaml:"migrant_members" zh:"农民工会员数"`
	Retirees       *int64 `yaml:"retirees" zh:"离退休人员数"`
}

// Part is one labelled piece of a total: "民办幼儿园 182".
type Part struct {
	Label string `yaml:"label" zh:"名称" required:"true"`
	Count *int64 `yaml:"count" zh:"数量" required:"true"`
}

// Group is a 学区, 片区 or 分会 that units belong to.
type Group struct {
	Name string `yaml:"name" zh:"分组名称" eg:"瓯北学区" required:"true"`
	Kind string `yaml:"kind" zh:"分组类别:学区、片区、分会……" eg:"学区"`
	// UnionsPlanned and UnionsBuilt are this period's union-building task.
	UnionsPlanned *int64 `yaml:"unions_planned" zh:"计划组建的工会数(组建任务)"`
	UnionsBuilt   *int64 `yaml:"unions_built" zh:"实际组建的工会数"`
	// DonationPerCapita is a per-head donation stated by the source when the
	// units table does not give every unit's donation and staff.
	DonationPerCapita *num.Money `yaml:"donation_per_capita" zh:"人均捐款(元),单位明细不全时照原始材料填写"`
	Note              string     `yaml:"note" zh:"备注"`
}

// Unit is one grassroots union: a school, a branch, an enterprise.
type Unit struct {
	Name  string `yaml:"name" zh:"单位名称" required:"true"`
	Group string `yaml:"group" zh:"所属分组(须在 groups 中列出)"`
	// Kind separates schools from other units when figures are reported per
	// kind, as in "106所学校、6个单位".
	Kind        string `yaml:"kind" zh:"单位类别:学校、单位、企业……" eg:"学校"`
	Type        string `yaml:"type" zh:"单位类型:中小学、幼儿园、社区学校、机关、学区……" eg:"中小学"`
	Staff       *int64 `yaml:"staff" zh:"职工人数"`
	Members     *int64 `yaml:"members" zh:"会员人数"`
	HasUnion    *bool  `yaml:"has_union" zh:"是否已建立工会(是/否)"`
	HeldMeeting *bool  `yaml:"held_meeting" zh:"是否已召开会员(代表)大会并选举产生工会委员会(是/否)"`
	// Spending is the unit's union spending for the period.
	Spending *num.Money `yaml:"spending" zh:"工会经费支出(元)"`
	// SpendingPerCapita is per-head spending as stated by the source.
	SpendingPerCapita *num.Money `yaml:"spending_per_capita" zh:"人均工会支出(元),没有支出和人数时照原始材料填写"`
	// Donation is the unit's individual charity donations for the period.
	Donation *num.Money `yaml:"donation" zh:"个人慈善捐款合计(元)"`
	// DonationPerCapita is per-head donation as stated by the source.
	DonationPerCapita  *num.Money `yaml:"donation_per_capita" zh:"人均捐款(元),没有捐款额和人数时照原始材料填写"`
	CollectiveDonation *num.Money `yaml:"collective_donation" zh:"集体捐款(元)"`
	// Figures holds any other per-unit figure, for custom rules.
	Figures map[string]num.Decimal `yaml:"figures" zh:"其他自定义指标,名称: 数值"`
	Note    string                 `yaml:"note" zh:"备注"`
}

// Building is the period's union-building (建会) work.
type Building struct {
	UnionsPlanned *int64 `yaml:"unions_planned" zh:"计划组建工会数(合计)"`
	UnionsBuilt   *int64 `yaml:"unions_built" zh:"实际组建工会数(合计)"`
	// Plan breaks the planned unions down, e.g. 学校工会 6 and 联合工会 27.
	Plan []Part `yaml:"plan" zh:"组建计划的构成"`
	// Built lists the unions established, by name.
	Built []string `yaml:"built" zh:"本期新建的工会名称"`
	// UnitsRequired and UnitsCovered give the 建会率 (coverage).
	UnitsRequired *int64 `yaml:"units_required" zh:"应建会单位数"`
	UnitsCovered  *int64 `yaml:"units_covered" zh:"已建会单位数"`
	// MeetingsMissing counts new unions that have not yet held a members'
	// meeting and election.
	MeetingsMissing *int64 `yaml:"meetings_missing" zh:"尚未召开会员(代表)大会、未选举产生委员会的工会数"`
	// MeetingsPending records, when the count is not known, that some new
	// unions have not yet held their members' meeting.
	MeetingsPending *bool `yaml:"meetings_pending" zh:"是否仍有新建工会未召开会员(代表)大会(不知道具体个数时填写)"`
}

// Finance records union funds.
type Finance struct {
	Payroll  *num.Money `yaml:"payroll" zh:"工资总额(元),工会经费按其2%计"`
	Received *num.Money `yaml:"received" zh:"工会经费收入(元)"`
	// Spent is the spending recorded under the union item of the employer's
	// basic account; Transferred is what reached the union's own account.
	Spent       *num.Money `yaml:"spent" zh:"单位基本账户工会科目累计支出(元)" eg:"767.13万"`
	Transferred *num.Money `yaml:"transferred" zh:"划拨(拨缴)到工会专用账户的经费(元)" eg:"689.97万"`
	Due         *num.Money `yaml:"due" zh:"应拨缴经费(元)"`
	Remitted    *num.Money `yaml:"remitted" zh:"上解上级工会经费(元)"`
	Dues        *num.Money `yaml:"dues" zh:"会费收入(元),按会员工资0.5%交纳"`
	Expenditure *num.Money `yaml:"expenditure" zh:"工会经费支出(元)"`
	Balance     *num.Money `yaml:"balance" zh:"年末结余(元)"`
	// Bands are per-head spending bands as stated by the source, per kind of unit.
	BandThreshold *num.Money     `yaml:"band_threshold" zh:"人均工会支出分档线(元),不写为1000" eg:"1000"`
	Bands         []SpendingBand `yaml:"bands" zh:"人均工会支出分档统计(原始材料所报)"`
}

// SpendingBand is a stated count of unions by per-head spending, for one kind of unit.
type SpendingBand struct {
	Kind    string `yaml:"kind" zh:"单位类别,与 units.kind 一致" eg:"学校" required:"true"`
	Total   *int64 `yaml:"total" zh:"该类工会总数"`
	AtLeast *int64 `yaml:"at_least" zh:"人均支出达到分档线的个数"`
	Below   *int64 `yaml:"below" zh:"人均支出不足分档线(但大于0)的个数"`
	Zero    *int64 `yaml:"zero" zh:"人均支出为0元的个数"`
	// Breakdown says what the total is made of, e.g. 机关 1、中心 3、学区 5.
	Breakdown     []Part `yaml:"breakdown" zh:"该类工会的构成"`
	ZeroBreakdown []Part `yaml:"zero_breakdown" zh:"支出为0元者的构成"`
}

// Drive is one charity drive (慈善捐款活动).
type Drive struct {
	Name  string     `yaml:"name" zh:"活动名称" eg:"慈善一日捐" required:"true"`
	Start Date       `yaml:"start" zh:"开始(年-月或年-月-日)"`
	End   Date       `yaml:"end" zh:"结束"`
	Total *num.Money `yaml:"total" zh:"共募集善款(元)"`
	// Participation is eligible vs participating units, per category.
	Participation []Participation `yaml:"participation" zh:"各类单位的参与情况"`
	// Threshold and DonorsAtLeast: "个人捐款500元及以上的有42人".
	Threshold     *num.Money `yaml:"threshold" zh:"个人大额捐款的统计线(元)"`
	DonorsAtLeast *int64     `yaml:"donors_at_least" zh:"个人捐款达到统计线的人数"`
	DonorsNote    string     `yaml:"donors_note" zh:"对大额捐款人的说明"`
	TopIndividual *TopGift   `yaml:"top_individual" zh:"个人捐款最多者"`
	TopCollective *TopGift   `yaml:"top_collective" zh:"集体捐款最多的单位"`
	Commended     *int64     `yaml:"commended" zh:"受表彰的先进单位数"`
	// PerCapitaExcludesCollective records that per-head rankings leave the
	// collective gifts out, as the source says.
	PerCapitaExcludesCollective bool `yaml:"per_capita_excludes_collective" zh:"人均捐款排名不含集体捐款"`
}

// Participation is one category of units in a drive.
type Participation struct {
	Category     string `yaml:"category" zh:"单位类别" eg:"公办中小学" required:"true"`
	Eligible     *int64 `yaml:"eligible" zh:"应参加的单位数" required:"true"`
	Participated *int64 `yaml:"participated" zh:"已参加的单位数" required:"true"`
}

// TopGift is the largest gift of a drive; several names share it when tied.
type TopGift struct {
	Names  []string   `yaml:"names" zh:"姓名或单位名称" required:"true"`
	Title  string     `yaml:"title" zh:"身份,如 校长"`
	Amount *num.Money `yaml:"amount" zh:"金额(元)" required:"true"`
}

// Relief holds the period's 慰问/帮扶 batches and the totals the source states.
type Relief struct {
	Batches []ReliefBatch `yaml:"batches" zh:"慰问批次"`
	// StatedPersons and StatedAmount are totals as written in the source; the
	// rule engine checks them against the batches.
	StatedPersons *int64     `yaml:"stated_persons" zh:"原始材料所报累计慰问人数,用于核对"`
	StatedAmount  *num.Money `yaml:"stated_amount" zh:"原始材料所报累计慰问金额,用于核对"`
}

// ReliefBatch is one relief occasion.
type ReliefBatch struct {
	Occasion string `yaml:"occasion" zh:"慰问事由" eg:"教师节慰问" required:"true"`
	Date     Date   `yaml:"date" zh:"日期(可只写年-月)"`
	Who      string `yaml:"who" zh:"慰问对象" eg:"家庭困难教师及德高望重的退离休教师"`
	// Persons is the number of recipients; Recipients may break it down.
	Persons    *int64 `yaml:"persons" zh:"慰问人数"`
	Recipients []Part `yaml:"recipients" zh:"慰问对象的构成,如 在职困难教师 145、困难离退休教师 80"`
	// Measure is 人 (default), 人次 or 户.
	Measure string     `yaml:"measure" zh:"计量:人、人次或户,不写为人"`
	Amount  *num.Money `yaml:"amount" zh:"慰问金额(元)"`
	// Each is a per-recipient amount, when the source gives that instead of a total.
	Each   *num.Money `yaml:"each" zh:"每人(户)慰问金额(元)"`
	Source string     `yaml:"source" zh:"资金来源" eg:"慈善一日捐善款"`
}

// Activity is an event the union organised or took part in.
type Activity struct {
	Date     Date   `yaml:"date" zh:"日期(可只写年-月)"`
	End      Date   `yaml:"end" zh:"结束日期"`
	Name     string `yaml:"name" zh:"活动名称" required:"true"`
	Category string `yaml:"category" zh:"类别:文体、技能、劳动竞赛、培训、疗休养、宣传教育、其他" eg:"文体"`
	Level    string `yaml:"level" zh:"级别:全国、省、市、县、本系统、本单位" eg:"县"`
	// Role is 主办 (we organised it) or 参加 (we sent people or a team).
	Role         string   `yaml:"role" zh:"主办或参加" eg:"参加"`
	Participants *int64   `yaml:"participants" zh:"参加人数"`
	Results      []Result `yaml:"results" zh:"成绩"`
	Note         string   `yaml:"note" zh:"补充说明(一句话)"`
}

// Result is one result at an activity.
type Result struct {
	Who   string       `yaml:"who" zh:"获奖者(个人写 单位+姓名,团体写 团体)" required:"true"`
	Award string       `yaml:"award" zh:"奖项或名次,如 二等奖、团体第一名"`
	Rank  *int64       `yaml:"rank" zh:"名次(数字)"`
	Score *num.Decimal `yaml:"score" zh:"得分"`
}

// Honour is a title awarded to the union, a unit or a person.
type Honour struct {
	Who string `yaml:"who" zh:"获得者(单位、个人;多人同获时写身份,如 职工)" required:"true"`
	// Count is the number of people or units who received the title together.
	Count *int64 `yaml:"count" zh:"同获此荣誉的人数或单位数(一人时不填)"`
	Title string `yaml:"title" zh:"荣誉称号" required:"true"`
	Level string `yaml:"level" zh:"级别:全国、省、市、县" eg:"市"`
	By    string `yaml:"by" zh:"授予机关"`
	Date  Date   `yaml:"date" zh:"日期"`
}

// Democracy records democratic management.
type Democracy struct {
	Body        string `yaml:"body" zh:"职代会或教代会" eg:"教代会"`
	Sessions    *int64 `yaml:"sessions" zh:"召开大会次数"`
	Proposals   *int64 `yaml:"proposals" zh:"收到提案数"`
	Accepted    *int64 `yaml:"accepted" zh:"立案(采纳)提案数"`
	Implemented *int64 `yaml:"implemented" zh:"已落实提案数"`
	OpenItems   *int64 `yaml:"open_items" zh:"公开事项数(厂务、校务、政务公开)"`
	Suggestions *int64 `yaml:"suggestions" zh:"职工合理化建议数"`
	Adopted     *int64 `yaml:"adopted" zh:"被采纳的合理化建议数"`
}

// Labour records labour competitions, innovation, safety and training.
type Labour struct {
	Competitions      *int64 `yaml:"competitions" zh:"开展劳动竞赛(项)"`
	Competitors       *int64 `yaml:"competitors" zh:"参赛职工(人次)"`
	ProjectsStarted   *int64 `yaml:"projects_started" zh:"攻关、创新项目立项数"`
	ProjectsCompleted *int64 `yaml:"projects_completed" zh:"已完成项目数"`
	ProjectsAwarded   *int64 `yaml:"projects_awarded" zh:"获奖项目数"`
	HazardsFound      *int64 `yaml:"hazards_found" zh:"查出安全隐患(处)"`
	HazardsFixed      *int64 `yaml:"hazards_fixed" zh:"已整改隐患(处)"`
	Trainings         *int64 `yaml:"trainings" zh:"举办培训(期)"`
	Trained           *int64 `yaml:"trained" zh:"参加培训(人次)"`
}

// Women records the women workers' committee's work.
type Women struct {
	Committee       *bool  `yaml:"committee" zh:"是否建立女职工委员会"`
	SpecialContract *bool  `yaml:"special_contract" zh:"是否签订女职工权益保护专项集体合同"`
	Insured         *int64 `yaml:"insured" zh:"参加女职工安康保险(份)"`
	Checkups        *int64 `yaml:"checkups" zh:"参加妇科体检(人)"`
	Activities      *int64 `yaml:"activities" zh:"开展女职工活动(次)"`
}

// Bargaining records collective wage bargaining (工资集体协商).
type Bargaining struct {
	Enterprises *int64 `yaml:"enterprises" zh:"已建会企业数"`
	Signed      *int64 `yaml:"signed" zh:"签订工资专项集体合同的企业数"`
	Staff       *int64 `yaml:"staff" zh:"职工总数"`
	Covered     *int64 `yaml:"covered" zh:"合同覆盖职工数"`
}

// Target is one target for the next period: a figure and how to word it.
type Target struct {
	// Metric names the figure the target is for, so the next period's actual
	// can be compared with it: see the metric list in `zongjie help targets`.
	Metric string     `yaml:"metric" zh:"指标:charity.total、relief.amount、relief.persons、membership.members、membership.rate、finance.transfer_rate、building.unions_built……" eg:"charity.total"`
	Amount *num.Money `yaml:"amount" zh:"目标金额(元)"`
	Count  *int64     `yaml:"count" zh:"目标数量"`
	// Rate is a target rate in percent, e.g. 95 for 95%.
	Rate *num.Decimal `yaml:"rate" zh:"目标比率(%),如 95"`
	// Parts breaks the target down, e.g. 100万元 = 84万 + 10万 + 6万.
	Parts []TargetPart `yaml:"parts" zh:"目标的构成"`
	// Text is the clerk's wording of the target; without it the composer words it.
	Text string `yaml:"text" zh:"目标的文字表述(可不写,由程序生成)"`
}

// TargetPart is a labelled share of a target amount.
type TargetPart struct {
	Label  string     `yaml:"label" zh:"名称" required:"true"`
	Amount *num.Money `yaml:"amount" zh:"金额(元)"`
	Count  *int64     `yaml:"count" zh:"数量"`
}

// MonthPlan is one month of a plan's schedule.
type MonthPlan struct {
	Month *int64   `yaml:"month" zh:"月份(1-12)" required:"true"`
	Items []string `yaml:"items" zh:"当月工作" required:"true"`
}

// Text is what the clerk writes in their own words.
type Text struct {
	Opening string `yaml:"opening" zh:"开头段(可不写,由程序生成)"`
	// Sections maps a report section id (see SectionIDs) to paragraphs woven
	// into that section after the computed sentences.
	Sections map[string][]string `yaml:"sections" zh:"各栏目补充段落,栏目名见 zongjie help sections"`
	// Headings overrides a section's heading wording.
	Headings map[string]string `yaml:"headings" zh:"各栏目标题(可不写,用默认标题)"`
	Problems []string          `yaml:"problems" zh:"存在的问题(每条一句或一段)"`
	// Guidance is the 指导思想 of a plan or of next period's work.
	Guidance string `yaml:"guidance" zh:"指导思想"`
	Theme    string `yaml:"theme" zh:"工作主题" eg:"创意工会、温馨之家"`
	// Plan is next period's work, grouped under headings.
	Plan    []PlanSection `yaml:"plan" zh:"下一期主要工作(分组)"`
	Thanks  string        `yaml:"thanks" zh:"致谢段(工作报告、换届报告用)"`
	Closing string        `yaml:"closing" zh:"结尾段(可不写,由程序生成)"`
}

// PlanSection is a heading with its work items.
type PlanSection struct {
	Heading string   `yaml:"heading" zh:"分组标题" required:"true"`
	Items   []string `yaml:"items" zh:"工作事项" required:"true"`
}

// SectionIDs are the report sections the clerk's paragraphs can be attached
// to, with their Chinese names.
var SectionIDs = []struct{ ID, Name string }{
	{"ideology", "思想引领"},
	{"organisation", "组织建设"},
	{"finance", "经费管理"},
	{"charity", "慈善捐款"},
	{"relief", "帮扶慰问"},
	{"democracy", "民主管理"},
	{"labour", "劳动竞赛与技术创新"},
	{"activities", "文体活动"},
	{"honours", "评先评优"},
	{"women", "女职工工作"},
	{"welfare", "职工福利与疗休养"},
	{"self", "自身建设"},
}
