package rules

// Per says what a value is about: the whole organisation or one subject.
type Per int

// What a value may be about.
const (
	PerWhole    Per = iota // the whole organisation (Subject "")
	PerGroup               // one group (学区, 片区, 分会); Subject is its name
	PerUnit                // one unit (school, branch); Subject is its name
	PerKind                // one kind of unit (学校, 单位); Subject is the kind
	PerCategory            // one category of a charity drive; Subject is the category
	PerBatch               // one relief batch; Subject is its record.Relief.BatchSubjects name
	PerActivity            // one activity; Subject is its name
	PerLevel               // one level of honours (市级); Subject is the level
)

var perNames = []string{"whole", "group", "unit", "kind", "category", "batch", "activity", "level"}

// String returns the name rule files and JSON use: "whole", "group", "unit",
// "kind", "category", "batch", "activity" or "level".
func (p Per) String() string {
	if p >= 0 && int(p) < len(perNames) {
		return perNames[p]
	}
	return "unknown"
}

// Def defines one indicator of the catalogue: what it is called, how it is
// computed and how it is shown.
type Def struct {
	ID        string // e.g. "membership.rate"
	Label     string // Chinese label, e.g. "入会率"
	Kind      Kind
	Unit      string // "%", "元", "元/人", "人", "个" …; for band counts the measure word of the kind
	Precision int    // decimals shown (for rates, of the percentage)
	Per       Per
	Formula   string // the formula in words, e.g. "会员人数 ÷ 职工人数"
}

// value starts a Value of this indicator about subject.
func (d Def) value(subject string) Value {
	return Value{ID: d.ID, Subject: subject, Label: d.Label, Kind: d.Kind, Unit: d.Unit,
		Precision: d.Precision, Formula: d.Formula, Per: d.Per}
}

// Indicator ids of the catalogue. Ids shared with record.TargetMetrics are
// the actuals that plan-versus-actual compares with a target.
const (
	IDStaff              = "membership.staff"
	IDMembers            = "membership.members"
	IDNewMembers         = "membership.new_members"
	IDNewFormMembers     = "membership.new_form_members"
	IDMigrantMembers     = "membership.migrant_members"
	IDMembershipRate     = "membership.rate"
	IDWomenShare         = "membership.women_share"
	IDWomenRate          = "membership.women_rate"
	IDCheckupRate        = "women.checkup_rate"
	IDUnchecked          = "women.unchecked"
	IDCheckups           = "women.checkups"
	IDWomenActivities    = "women.activities"
	IDUnitMembershipRate = "membership.unit_rate"
	IDUnjoined           = "membership.unjoined"
	IDMembershipFloor    = "membership.floor"

	IDCommitteeElected = "organisation.committee.elected"
	IDTermYears        = "organisation.committee.term_years"
	IDPeriodYear       = "period.year"

	IDUnionsPlanned         = "building.unions_planned"
	IDUnionsBuilt           = "building.unions_built"
	IDBuildingCompletion    = "building.completion"
	IDCoverage              = "building.coverage"
	IDGroupUnionsBuilt      = "building.group_unions_built"
	IDGroupUnionsPlanned    = "building.group_unions_planned"
	IDMeetingsMissing       = "building.meetings_missing"
	IDUnitsWithoutUnion     = "building.units_without_union"
	IDGroupCompletion       = "building.group_completion"
	IDGroupCoverage         = "building.group_coverage"
	IDSpent                 = "finance.spent"
	IDTransferred           = "finance.transferred"
	IDTransferRate          = "finance.transfer_rate"
	IDUntransferred         = "finance.untransferred"
	IDDue                   = "finance.due"
	IDReceived              = "finance.received"
	IDExpenditure           = "finance.expenditure"
	IDDues                  = "finance.dues"
	IDUnitSpendingPerHead   = "finance.unit_spending_per_capita"
	IDBandThreshold         = "finance.band_threshold"
	IDBandTotal             = "finance.band_total"
	IDBandAtLeast           = "finance.band_at_least"
	IDBandBelow             = "finance.band_below"
	IDBandZero              = "finance.band_zero"
	IDCharityTotal          = "charity.total"
	IDParticipationRate     = "charity.participation_rate"
	IDCategoryParticipation = "charity.category_participation_rate"
	IDUnitsParticipated     = "charity.units_participated"
	IDCategoryAbsent        = "charity.category_absent"
	IDGroupDonationPerHead  = "charity.group_per_capita"
	IDUnitDonationPerHead   = "charity.unit_per_capita"
	IDDonorsAtLeast         = "charity.donors_at_least"
	IDCommended             = "charity.commended"
	IDReliefPersons         = "relief.persons"
	IDReliefAmount          = "relief.amount"
	IDReliefPerHead         = "relief.per_head"
	IDReliefPersonTimes     = "relief.person_times"
	IDReliefHouseholds      = "relief.households"
	IDReliefCategoryAmount  = "relief.category_amount"
	IDReliefGoodsValue      = "relief.goods_value"
	IDBatchPersons          = "relief.batch_persons"
	IDBatchAmount           = "relief.batch_amount"
	IDBatchPerHead          = "relief.batch_per_head"
	IDActivities            = "activities.count"
	IDActivitiesHosted      = "activities.hosted"
	IDActivityAwardRate     = "activities.award_rate"
	IDActivityCostPerHead   = "activities.cost_per_capita"
	IDHonours               = "honours.count"
	IDHonoursAtLevel        = "honours.level"
	IDProposals             = "democracy.proposals"
	IDAccepted              = "democracy.accepted"
	IDImplemented           = "democracy.implemented"
	IDUnimplemented         = "democracy.unimplemented"
	IDAdoptionRate          = "democracy.adoption_rate"
	IDImplementationRate    = "democracy.implementation_rate"
	IDSuggestionRate        = "democracy.suggestion_adoption_rate"
	IDProjectsCompleted     = "labour.projects_completed"
	IDProjectCompletion     = "labour.completion_rate"
	IDTrained               = "labour.trained"
	IDHazardFixRate         = "labour.hazard_fix_rate"
	IDHazardsFound          = "labour.hazards_found"
	IDHazardsOpen           = "labour.hazards_open"
	IDHazardsScheduled      = "labour.hazards_scheduled"
	IDEnterprises           = "bargaining.enterprises"
	IDUnsigned              = "bargaining.unsigned"
	IDSigningRate           = "bargaining.signing_rate"
	IDBargainingCoverage    = "bargaining.coverage_rate"
	IDDisputes              = "rights.disputes"
	IDMediationRate         = "rights.mediation_rate"
	IDMediated              = "rights.mediated"
	IDLegalAid              = "rights.legal_aid"
	IDRecovered             = "rights.recovered"
	IDArrears               = "rights.arrears"
	IDArrearsWorkers        = "rights.arrears_workers"
	IDPetitions             = "rights.petitions"
	IDClosingRate           = "rights.closing_rate"
	IDPetitionsOpen         = "rights.petitions_open"
)

// catalogue is every built-in indicator, in the order tables list them.
var catalogue = []Def{
	{IDStaff, "职工人数", KindCount, "人", 0, PerWhole, "所报职工总数"},
	{IDMembers, "会员人数", KindCount, "人", 0, PerWhole, "所报会员数"},
	{IDNewMembers, "新发展会员", KindCount, "人", 0, PerWhole, "所报本期新发展会员数"},
	{IDNewFormMembers, "新就业形态劳动者入会", KindCount, "人", 0, PerWhole, "所报本期入会的新就业形态劳动者人数"},
	{IDMigrantMembers, "农民工会员", KindCount, "人", 0, PerWhole, "所报农民工会员数"},
	{IDMembershipRate, "入会率", KindRate, "%", 1, PerWhole, "会员人数 ÷ 职工人数"},
	{IDWomenShare, "女会员占比", KindRate, "%", 1, PerWhole, "女会员数 ÷ 会员人数"},
	{IDWomenRate, "女职工入会率", KindRate, "%", 1, PerWhole, "女会员数 ÷ 女职工人数"},
	{IDCheckupRate, "女职工体检率", KindRate, "%", 1, PerWhole, "参加妇科体检人数 ÷ 女职工人数"},
	{IDUnchecked, "未参加体检的女职工", KindCount, "人", 0, PerWhole, "女职工人数 − 参加妇科体检人数"},
	{IDCheckups, "参加妇科体检的女职工", KindCount, "人", 0, PerWhole, "所报参加妇科体检人数"},
	{IDWomenActivities, "女职工活动", KindCount, "项", 0, PerWhole, "所报开展女职工活动项数"},
	{IDUnitMembershipRate, "入会率", KindRate, "%", 1, PerUnit, "单位会员人数 ÷ 单位职工人数"},
	{IDUnjoined, "未入会职工", KindCount, "人", 0, PerWhole, "职工人数 − 会员人数"},
	{IDMembershipFloor, "入会率标准", KindRate, "%", 1, PerWhole, "设置 membership_floor(未设时按行业默认值);有单位入会率低于它时列出"},

	{IDCommitteeElected, "本届委员会选举产生的年份", KindNumber, "年", 0, PerWhole, "所报选举年份"},
	{IDTermYears, "委员会任期", KindCount, "年", 0, PerWhole, "所报任期"},
	{IDPeriodYear, "报告年度", KindNumber, "年", 0, PerWhole, "所报年度"},

	{IDUnionsPlanned, "计划组建工会数", KindCount, "个", 0, PerWhole, "所报组建任务"},
	{IDUnionsBuilt, "实际组建工会数", KindCount, "个", 0, PerWhole, "所报实际组建数"},
	{IDBuildingCompletion, "组建任务完成率", KindRate, "%", 2, PerWhole, "实际组建工会数 ÷ 计划组建工会数"},
	{IDCoverage, "建会率", KindRate, "%", 2, PerWhole, "已建会单位数 ÷ 应建会单位数"},
	{IDMeetingsMissing, "未召开会员大会的新建工会", KindCount, "个", 0, PerWhole, "所报个数"},
	{IDUnitsWithoutUnion, "尚未建立工会的单位", KindCount, "个", 0, PerWhole, "单位表中未建会的单位数"},
	{IDGroupUnionsBuilt, "组建工会数", KindCount, "个", 0, PerGroup, "所报该分组实际组建数"},
	{IDGroupUnionsPlanned, "计划组建工会数", KindCount, "个", 0, PerGroup, "所报该分组计划组建数"},
	{IDGroupCompletion, "组建任务完成率", KindRate, "%", 2, PerGroup, "该分组实际组建数 ÷ 计划组建数"},
	{IDGroupCoverage, "建会率", KindRate, "%", 2, PerGroup, "该分组已建会单位数 ÷ 单位数(联合工会、行业工会按覆盖的企业数计)"},

	{IDSpent, "工会科目支出", KindAmount, "元", 2, PerWhole, "所报基本账户工会科目累计支出"},
	{IDTransferred, "划拨工会经费", KindAmount, "元", 2, PerWhole, "所报划拨到工会专用账户的经费"},
	{IDTransferRate, "工会经费划拨率", KindRate, "%", 2, PerWhole, "划拨到工会账户的经费 ÷ 工会科目支出"},
	{IDUntransferred, "未划拨经费", KindAmount, "元", 2, PerWhole, "工会科目支出 − 划拨到工会账户的经费"},
	{IDDue, "应拨缴工会经费", KindAmount, "元", 2, PerWhole, "工资总额 × 2%"},
	{IDReceived, "工会经费收入", KindAmount, "元", 2, PerWhole, "所报工会经费收入"},
	{IDExpenditure, "工会经费支出", KindAmount, "元", 2, PerWhole, "所报工会经费支出"},
	{IDDues, "会费收入", KindAmount, "元", 2, PerWhole, "所报会费收入"},
	{IDUnitSpendingPerHead, "人均工会支出", KindPerCapita, "元/人", 0, PerUnit, "单位工会经费支出 ÷ 单位会员人数"},
	{IDBandThreshold, "人均工会支出分档线", KindPerCapita, "元/人", 0, PerWhole, "所报分档线;未填写时为行业默认值(zongjie help settings)"},
	{IDBandTotal, "工会总数", KindCount, "个", 0, PerKind, "人均支出各档个数之和"},
	{IDBandAtLeast, "人均工会支出达到分档线的工会", KindCount, "个", 0, PerKind, "人均工会支出 ≥ 分档线的个数"},
	{IDBandBelow, "人均工会支出不足分档线的工会", KindCount, "个", 0, PerKind, "0 < 人均工会支出 < 分档线的个数"},
	{IDBandZero, "人均工会支出为0元的工会", KindCount, "个", 0, PerKind, "人均工会支出 = 0 的个数"},

	{IDCharityTotal, "慈善捐款", KindAmount, "元", 2, PerWhole, "各项捐款活动募集善款之和"},
	{IDParticipationRate, "捐款活动参与率", KindRate, "%", 2, PerWhole, "已参加的单位数 ÷ 应参加的单位数"},
	{IDCategoryParticipation, "捐款活动参与率", KindRate, "%", 2, PerCategory, "该类已参加的单位数 ÷ 应参加的单位数"},
	{IDUnitsParticipated, "参加捐款的单位", KindCount, "个", 0, PerWhole, "各类已参加的单位数之和"},
	{IDCategoryAbsent, "未参加捐款的单位", KindCount, "个", 0, PerCategory, "该类应参加的单位数 − 已参加的单位数"},
	{IDGroupDonationPerHead, "人均捐款", KindPerCapita, "元/人", 0, PerGroup, "单位表中该分组各单位个人捐款之和 ÷ 职工人数之和"},
	{IDUnitDonationPerHead, "人均捐款", KindPerCapita, "元/人", 0, PerUnit, "单位个人捐款 ÷ 单位职工人数"},
	{IDDonorsAtLeast, "大额捐款人数", KindCount, "人", 0, PerWhole, "所报个人捐款达到统计线的人数"},
	{IDCommended, "受表彰先进单位", KindCount, "个", 0, PerWhole, "所报受表彰单位数"},

	{IDReliefPersons, "慰问人数", KindCount, "人", 0, PerWhole, "按人计的各批次慰问人数之和(减去重复的人;保险和医疗互助的参保人数、节日福利不计在内)"},
	{IDReliefAmount, "慰问金额", KindAmount, "元", 2, PerWhole, "各批次慰问金额之和(保险和医疗互助所缴的费用、节日福利不计在内;医疗互助给付的互助金计入)"},
	{IDReliefPerHead, "人均慰问金", KindPerCapita, "元/人", 0, PerWhole, "慰问金额 ÷ 慰问人数"},
	{IDReliefPersonTimes, "慰问人次", KindCount, "人次", 0, PerWhole, "按人次计的各批次之和"},
	{IDReliefHouseholds, "慰问户数", KindCount, "户", 0, PerWhole, "按户计的各批次之和(减去重复的户)"},
	{IDReliefCategoryAmount, "分类发放金额", KindAmount, "元", 2, PerCategory, "该类各批次(分项)金额之和"},
	{IDReliefGoodsValue, "慰问品价值", KindAmount, "元", 2, PerWhole, "各批次物品折合金额之和"},
	{IDBatchPersons, "慰问人数", KindCount, "人", 0, PerBatch, "该批次慰问人数(或各类对象之和)"},
	{IDBatchAmount, "慰问金额", KindAmount, "元", 2, PerBatch, "该批次慰问金额(或每人金额 × 人数)"},
	{IDBatchPerHead, "人均慰问金", KindPerCapita, "元/人", 0, PerBatch, "该批次慰问金额 ÷ 慰问人数"},

	{IDActivities, "活动与比赛", KindCount, "项", 0, PerWhole, "所列活动项数"},
	{IDActivitiesHosted, "主办活动", KindCount, "项", 0, PerWhole, "角色为主办的活动项数"},
	{IDActivityAwardRate, "获奖率", KindRate, "%", 1, PerActivity, "获奖人数 ÷ 参加人数(个人奖项,不含团体和人次)"},
	{IDActivityCostPerHead, "人均费用", KindPerCapita, "元/人", 0, PerActivity, "活动费用 ÷ 参加人数(不用人次)"},
	{IDHonours, "所获荣誉", KindCount, "项", 0, PerWhole, "所列荣誉项数"},
	{IDHonoursAtLevel, "各级荣誉", KindCount, "项", 0, PerLevel, "一个级别(国家级、省级、市级、县(区)级、系统内、本单位)的荣誉项数"},

	{IDProposals, "职工提案", KindCount, "件", 0, PerWhole, "所报收到提案数"},
	{IDAccepted, "立案提案", KindCount, "件", 0, PerWhole, "所报立案(采纳)提案数"},
	{IDImplemented, "已落实提案", KindCount, "件", 0, PerWhole, "所报已落实提案数"},
	{IDUnimplemented, "尚未落实的提案", KindCount, "件", 0, PerWhole, "立案提案数 − 已落实提案数"},
	{IDAdoptionRate, "提案采纳率", KindRate, "%", 1, PerWhole, "立案(采纳)提案数 ÷ 收到提案数"},
	{IDImplementationRate, "提案落实率", KindRate, "%", 1, PerWhole, "已落实提案数 ÷ 立案提案数"},
	{IDSuggestionRate, "合理化建议采纳率", KindRate, "%", 1, PerWhole, "被采纳的建议数 ÷ 合理化建议数"},

	{IDProjectsCompleted, "攻关创新项目完成数", KindCount, "项", 0, PerWhole, "所报已完成项目数"},
	{IDProjectCompletion, "攻关完成率", KindRate, "%", 1, PerWhole, "已完成项目数 ÷ 立项数"},
	{IDTrained, "职工培训", KindCount, "人次", 0, PerWhole, "所报参加培训人次"},
	{IDHazardFixRate, "隐患整改率", KindRate, "%", 1, PerWhole, "已整改隐患数 ÷ 查出隐患数"},
	{IDHazardsFound, "查出安全隐患", KindCount, "处", 0, PerWhole, "所报查出隐患数"},
	{IDHazardsOpen, "尚未整改的安全隐患", KindCount, "处", 0, PerWhole, "查出隐患数 − 已整改隐患数"},
	{IDHazardsScheduled, "限期整改的安全隐患", KindCount, "处", 0, PerWhole, "所报限期整改隐患数"},

	{IDEnterprises, "已建会企业", KindCount, "家", 0, PerWhole, "所报已建会企业数"},
	{IDUnsigned, "未签订工资专项集体合同的企业", KindCount, "家", 0, PerWhole, "已建会企业数 − 签订合同的企业数"},
	{IDSigningRate, "工资集体协商签订率", KindRate, "%", 2, PerWhole, "签订工资专项集体合同的企业数 ÷ 已建会企业数"},
	{IDBargainingCoverage, "工资集体协商覆盖率", KindRate, "%", 2, PerWhole, "合同覆盖职工数 ÷ 职工总数"},

	{IDDisputes, "受理劳动争议", KindCount, "件", 0, PerWhole, "所报受理、参与调处的劳动争议数"},
	{IDMediated, "调解成功的劳动争议", KindCount, "件", 0, PerWhole, "所报调解成功数"},
	{IDMediationRate, "劳动争议调解成功率", KindRate, "%", 1, PerWhole, "调解成功的劳动争议数 ÷ 受理的劳动争议数"},
	{IDLegalAid, "法律援助", KindCount, "件", 0, PerWhole, "所报提供法律援助件数"},
	{IDRecovered, "挽回经济损失", KindAmount, "元", 2, PerWhole, "所报为职工挽回的经济损失"},
	{IDArrears, "追回欠薪", KindAmount, "元", 2, PerWhole, "所报帮助追回的拖欠工资"},
	{IDArrearsWorkers, "追回欠薪涉及人数", KindCount, "人", 0, PerWhole, "所报追回欠薪涉及的人数"},
	{IDPetitions, "受理来信来访", KindCount, "件", 0, PerWhole, "所报受理的职工来信来访数"},
	{IDClosingRate, "来信来访办结率", KindRate, "%", 1, PerWhole, "已办结的来信来访数 ÷ 受理的来信来访数"},
	{IDPetitionsOpen, "尚未办结的来信来访", KindCount, "件", 0, PerWhole, "受理的来信来访数 − 已办结数"},
}

// catalogueIndex finds a definition by id.
var catalogueIndex = func() map[string]int {
	m := make(map[string]int, len(catalogue))
	for i, d := range catalogue {
		m[d.ID] = i
	}
	return m
}()

// Catalogue returns a copy of every built-in indicator definition, in table order.
func Catalogue() []Def { return append([]Def(nil), catalogue...) }

// Lookup finds a built-in indicator by id.
func Lookup(id string) (Def, bool) {
	i, ok := catalogueIndex[id]
	if !ok {
		return Def{}, false
	}
	return catalogue[i], true
}

// def returns the built-in definition of id; it panics on an unknown id,
// which is a programming error inside this package.
func def(id string) Def {
	d, ok := Lookup(id)
	if !ok {
		panic("rules: no catalogue entry " + id)
	}
	return d
}
