// Package record holds the data a union clerk types for one organisation and
// one period, loads it from YAML or JSON with the source position of every
// value, and validates it.
//
// The types here are the contract between zongjie's stages: the rule engine
// reads them, nothing downstream sees YAML. Optional figures are pointers: nil
// means "not recorded", which the rule engine reports as 无法计算 rather than
// as zero. Struct tags give the data key (yaml), the Chinese description used
// in error messages, the JSON Schema and `zongjie init` (zh), the Chinese
// key a clerk may write instead of the data key (cn, see aliases.go), and an
// example value (eg). A count or amount that may only be exact (a year, a
// month, a setting) says exact:"true"; a rate in percent says rate:"true".
//
// Approximate figures. A report states many figures approximately: 10万余元,
// 近200人, 3000多册, 约5万元, 98%以上. Any count, amount or rate field that
// is not exact:"true" accepts such a figure. It is kept, with its words and
// the side of its number it lies on, by data path (Period.Approx); the
// field itself stays nil. So code that divides, ranks or sums the typed
// fields can never use an approximate figure by accident, and code that
// words a fact asks Period.Approx for the figure to print as written.
//
// Roll-ups. A federation's records are rolled up from its unions' records
// (internal/rollup), each field by what it is, read from these types: a
// count or amount that is not exact is summed; any other value (a text, a
// date, a yes/no, a rate, a decimal, an exact figure) is, in a list's row,
// kept when every union gives the same and left out when they differ, and
// outside lists the federation's own; a list of records is merged row by
// row, the rows with the same key (their required texts and
// the fields tagged roll:"key") becoming one. The tag roll says otherwise:
//
//   - roll:"own": the organisation's own (its name, text, targets, groups,
//     a count tied to its own units table): a roll-up takes the
//     federation's, never its unions'.
//   - roll:"rows": the units table; each union rolled up becomes one row.
//   - roll:"key" (roll:"key=人": an empty value means 人): part of a row's
//     key, so rows counted in different measures are never added up.
//   - roll:"per=amount/persons": a per-head figure of two fields of its
//     record, never summed; where it differs the total it gives is kept.
//   - roll:"with=threshold": a count that means something only with the
//     field named, summed only where that field agrees.
//   - roll:"max=amount": one record, the one with the largest amount.
//   - roll:"rate=part/whole,part_amount/whole_amount": a rate, recomputed
//     from the summed part and whole (never averaged).
//   - roll:"agree" (roll:"agree=arrears,arrears_workers": of these
//     fields only): a value that says what the summed figures of its
//     section count (when they were counted, whose wages were recovered),
//     kept when every union that gives those figures says the same (no
//     value is a value: the whole year, 职工), unless the federation
//     writes its own. Other values of a section outside lists are the
//     federation's own texts.
//
// A new field rolls up by its type and tags alone.
package record

import "zongjie/internal/num"

// Period is one data file: one organisation's records for one period.
type Period struct {
	Org        Organisation `yaml:"organisation" cn:"工会组织" zh:"工会组织的基本情况" roll:"own"`
	When       PeriodSpec   `yaml:"period" cn:"报告期" zh:"报告期" roll:"own"`
	Membership Membership   `yaml:"membership" cn:"会员情况" zh:"会员情况"`
	Groups     []Group      `yaml:"groups" cn:"分组" zh:"分组(学区、片区、分会),单位表中的 group 要在这里列出" roll:"own"`
	Units      []Unit       `yaml:"units" cn:"基层单位" zh:"基层单位(学校、分会、企业)明细表,可写成 columns + rows 的表格形式" roll:"rows"`
	Building   Building     `yaml:"building" cn:"组织建设" zh:"组织建设(建会任务与完成情况)"`
	Finance    Finance      `yaml:"finance" cn:"工会经费" zh:"工会经费"`
	Charity    []Drive      `yaml:"charity" cn:"慈善捐款" zh:"慈善捐款活动"`
	Relief     Relief       `yaml:"relief" cn:"慰问帮扶" zh:"慰问与帮扶"`
	Activities []Activity   `yaml:"activities" cn:"活动" zh:"活动与比赛"`
	Honours    []Honour     `yaml:"honours" cn:"所获荣誉" zh:"所获荣誉"`
	Democracy  Democracy    `yaml:"democracy" cn:"民主管理" zh:"民主管理(职代会、提案、公开)"`
	Labour     Labour       `yaml:"labour" cn:"劳动竞赛" zh:"劳动竞赛、技术创新、安全生产与培训"`
	Women      Women        `yaml:"women" cn:"女职工工作" zh:"女职工工作"`
	Bargaining Bargaining   `yaml:"bargaining" cn:"工资集体协商" zh:"工资集体协商"`
	Rights     Rights       `yaml:"rights" cn:"维权服务" zh:"维权服务:劳动争议调解、法律援助、来信来访、劳动法律监督"`
	Targets    []Target     `yaml:"targets" cn:"目标" zh:"计划期的目标任务(总结的数据文件里是下一期的)" roll:"own"`
	Schedule   []MonthPlan  `yaml:"schedule" cn:"分月安排" zh:"分月工作安排(工作计划用)" roll:"own"`
	Text       Text         `yaml:"text" cn:"文字" zh:"经办人自己写的文字,按栏目编入报告" roll:"own"`

	// Commendations are the honours the union itself gave (表彰了…), kept
	// apart from Honours, the ones it and its members received.
	Commendations []Commendation `yaml:"commendations" cn:"表彰" zh:"本会开展的表彰(本会授予别人的荣誉,与 honours 所获荣誉分开)"`
	// Contracts are collective contracts signed: general, wage, women's.
	Contracts []Contract `yaml:"contracts" cn:"集体合同" zh:"签订的集体合同(综合、工资专项、女职工专项……)"`
	// Facilities are 职工之家, 职工书屋 and other places the union runs.
	Facilities []Facility `yaml:"facilities" cn:"阵地建设" zh:"阵地建设:职工之家、职工书屋、活动室、爱心驿站……"`
	// Host is the organisation the union belongs to, with figures a report
	// cites as context only (产值, 营业收入): never mixed with union figures.
	Host Host `yaml:"host" cn:"所在单位" zh:"所在单位(行政方)的情况,只作背景,不与工会的数字混用" roll:"own"`
	// Rates are rates a report states (持卡率76.1%, 参赛率98%以上), with
	// their base when it is given, so it can be checked.
	Rates []StatedRate `yaml:"rates" cn:"比率" zh:"原始材料所报的比率(有分子分母时程序会核对)"`
	// Figures holds any other figure a report states that no field above
	// holds (5户特困家庭纳入低保), by report section.
	Figures []Figure `yaml:"figures" cn:"其他数字" zh:"其他数字(上面各项都放不下的),按栏目列出"`
	// Settings are the thresholds the findings use; a missing one takes the
	// default of the organisation's sector (see Settings).
	Settings Settings `yaml:"settings" cn:"设置" zh:"问题发现所用的标准线,不写用所在行业的默认值(见 zongjie help settings)" roll:"own"`
	// Document issues the report as an official document (版头, 版记);
	// off when not written.
	Document Document `yaml:"document" cn:"公文格式" zh:"按公文格式印发时的版头和版记(不需要时不写)" roll:"own"`

	// File is the name the data was loaded from.
	File string `yaml:"-"`
	// pos records where each value was written, by data path ("units[3].staff").
	pos positions
	// approx holds the approximate figures, by data path; see Approx.
	approx map[string]num.Approx
	// wan holds the paths of amounts written in 万 or 亿; see WrittenInWan.
	wan map[string]bool
	// origins are the sources of positions other than File's text: the
	// sheets of a workbook, table files (see Origin).
	origins []Origin
	// notes are what reading the file found worth a word but not wrong;
	// see Notes.
	notes Errors
}

// Organisation describes the union that reports.
type Organisation struct {
	Name      string `yaml:"name" cn:"工会名称" zh:"工会全称" eg:"永嘉县教育工会" required:"true"`
	ShortName string `yaml:"short_name" cn:"简称" zh:"行文中的简称" eg:"县教育工会"`
	// Kind is the kind of union (OrgKinds); it sets the register of the
	// wording (a 镇总工会 works 在镇党委的领导下, not 在单位领导班子的支持下).
	Kind string `yaml:"kind" cn:"组织类型" zh:"组织类型:机关工会、教育系统、学校、企业、医院、事业单位、街道总工会、乡镇总工会、乡镇工会联合会、工会联合会、社区工会、行业工会、地方总工会(县、市、区总工会)、其他" eg:"教育系统"`
	// Sector is the sector the union's members work in (Sectors); it picks
	// the words (教职工, 职工, 医务人员, 干部职工) and the settings'
	// defaults. Empty: worked out from Kind and the name (see SectorOf).
	Sector     string   `yaml:"sector" cn:"行业" zh:"所在行业:学校、企业、医院、机关、街道乡镇(含社区)、地方总工会(县、市、区总工会);决定报告用词和各项标准线的默认值" eg:"学校"`
	Parent     string   `yaml:"parent" cn:"上级工会" zh:"上级工会" eg:"永嘉县总工会"`
	Leadership []string `yaml:"leadership" cn:"领导" zh:"在谁的领导下开展工作(党组织、上级工会)" eg:"县教育局党委"`
	// Support names who supported the union's work ("在…的大力支持下"); empty:
	// the wording is chosen from Kind (各基层工会, 学校行政, 单位行政).
	Support []string `yaml:"support" cn:"支持" zh:"在谁的大力支持下开展工作(行政、社区党委……),不写由程序按组织类型选择" eg:"社区党委"`
	// Guidance names who guided it ("在…的具体指导下"), e.g. a 街道工会工委.
	Guidance  []string  `yaml:"guidance" cn:"指导" zh:"在谁的具体指导下开展工作(如 街道工会工委)"`
	Committee Committee `yaml:"committee" cn:"委员会" zh:"本届工会委员会"`
	Chair     string    `yaml:"chair" cn:"主席" zh:"工会主席姓名"`
	Centre    string    `yaml:"centre" cn:"中心工作" zh:"工会工作围绕的中心工作" eg:"教育中心工作"`
	// Words overrides the sector's words for staff, units and the host.
	Words Words `yaml:"words" cn:"用词" zh:"报告用词(不写按行业选择):职工、基层单位、所在单位怎么称呼"`
}

// Committee is the current committee: its number and term.
type Committee struct {
	Number    *int64 `yaml:"number" cn:"届次" zh:"第几届" eg:"3" exact:"true"`
	Elected   *int64 `yaml:"elected" cn:"选举年份" zh:"选举产生的年份" eg:"2009" exact:"true"`
	TermYears *int64 `yaml:"term_years" cn:"任期" zh:"任期(年),章程规定三至五年" eg:"5" exact:"true"`
}

// PeriodSpec says which period the records cover.
type PeriodSpec struct {
	Year *int64 `yaml:"year" cn:"年度" zh:"年度(多年的报告写最后一年)" eg:"2013" required:"true" exact:"true"`
	// Part is 全年 (default), 上半年, 下半年, 春季学期 or 秋季学期.
	Part string `yaml:"part" cn:"期间" zh:"全年、上半年、下半年、春季学期或秋季学期,不写为全年" eg:"全年"`
	// FromYear makes the period several whole years, FromYear to Year: a
	// 换届 review written as one file for the whole term.
	FromYear   *int64 `yaml:"from_year" cn:"起始年度" zh:"多年的报告(如换届报告的整个任期)从哪一年开始;一年的报告不写" eg:"2011" exact:"true"`
	ReportDate Date   `yaml:"report_date" cn:"报告日期" zh:"报告日期" eg:"2013-12-31"`
}

// Membership counts staff and members within a stated scope.
type Membership struct {
	// Scope names whose staff the figures cover, e.g. "民办学校(幼儿园)"; empty
	// means the whole organisation. It is the denominator of 入会率.
	//
	// Scope is a noun phrase naming the people counted ("全院在编及合同制职工",
	// "民办学校(幼儿园)教职工"), to be read whole: a sentence quotes it, it
	// does not wrap it in words of its own (not "全单位" + Scope).
	Scope          string `yaml:"scope" cn:"统计范围" zh:"统计范围(入会率的分母是谁),不写为全体职工" eg:"民办学校(幼儿园)"`
	Units          *int64 `yaml:"units" cn:"单位数" zh:"范围内的单位数(所/家)" eg:"188" roll:"own"`
	UnitsBreakdown []Part `yaml:"units_breakdown" cn:"单位构成" zh:"单位数的构成,如 民办中小学 6、民办幼儿园 182" roll:"own"`
	// Staff and Members are end-of-period totals (stock), as of AsOf when
	// given; NewMembers is the period's flow.
	Staff *int64 `yaml:"staff" cn:"职工总数" zh:"职工(教职工)总数" eg:"2729"`
	// StaffBreakdown says what Staff is made of (在编 120、合同制 30、劳务工 9).
	StaffBreakdown []Part `yaml:"staff_breakdown" cn:"职工构成" zh:"职工总数的构成,如 在编 120、合同制 30、劳务工 9"`
	Members        *int64 `yaml:"members" cn:"会员数" zh:"会员数(期末总数)" eg:"1761"`
	NewMembers     *int64 `yaml:"new_members" cn:"新发展会员" zh:"本期新发展会员数"`
	WomenStaff     *int64 `yaml:"women_staff" cn:"女职工人数" zh:"女职工人数"`
	WomenMembers   *int64 `yaml:"women_members" cn:"女会员数" zh:"女会员数"`
	MigrantMembers *int64 `yaml:"migrant_members" cn:"农民工会员数" zh:"农民工会员数"`
	// NewFormMembers counts the members of new forms of employment
	// (新就业形态劳动者: couriers, delivery riders, ride-hailing and lorry
	// drivers) who joined in the period, among the new members.
	NewFormMembers *int64 `yaml:"new_form_members" cn:"新就业形态入会" zh:"本期入会的新就业形态劳动者(快递员、外卖送餐员、网约车司机、货车司机等),计入新发展会员"`
	Retirees       *int64 `yaml:"retirees" cn:"离退休人员" zh:"离退休人员数"`
	AsOf           Date   `yaml:"as_of" cn:"截至" zh:"总数截至哪一天(不写为报告期末)" eg:"2013-11-30"`
	Span           Span   `yaml:"span" cn:"统计时段" zh:"新发展会员的统计时段,与报告期不同时填写,如 1—11月、截至10月底" roll:"agree=new_members,new_form_members"`
}

// Part is one labelled piece of a total: "民办幼儿园 182".
type Part struct {
	Label string `yaml:"label" cn:"名称" zh:"名称" required:"true"`
	Count *int64 `yaml:"count" cn:"数量" zh:"数量" required:"true"`
}

// Group is a 学区, 片区 or 分会 that units belong to.
type Group struct {
	Name string `yaml:"name" cn:"名称" zh:"分组名称" eg:"瓯北学区" required:"true"`
	Kind string `yaml:"kind" cn:"类别" zh:"分组类别:学区、片区、分会……" eg:"学区"`
	// UnionsPlanned and UnionsBuilt are this period's union-building task.
	UnionsPlanned *int64 `yaml:"unions_planned" cn:"计划组建数" zh:"计划组建的工会数(组建任务)"`
	UnionsBuilt   *int64 `yaml:"unions_built" cn:"实际组建数" zh:"实际组建的工会数"`
	// DonationPerCapita is a per-head donation stated by the source when the
	// units table does not give every unit's donation and staff.
	DonationPerCapita *num.Money `yaml:"donation_per_capita" cn:"人均捐款" zh:"人均捐款(元),单位明细不全时照原始材料填写"`
	Note              string     `yaml:"note" cn:"备注" zh:"备注"`
}

// Unit is one grassroots union: a school, a branch, an enterprise.
type Unit struct {
	Name  string `yaml:"name" cn:"单位名称" zh:"单位名称" required:"true"`
	Group string `yaml:"group" cn:"分组" zh:"所属分组(须在 groups 中列出)"`
	// Kind separates schools from other units when figures are reported per
	// kind, as in "106所学校、6个单位".
	Kind        string `yaml:"kind" cn:"单位类别" zh:"单位类别:学校、单位、企业、科室、车间……" eg:"学校"`
	Type        string `yaml:"type" cn:"单位类型" zh:"单位类型:中小学、幼儿园、社区学校、机关、学区……" eg:"中小学"`
	Staff       *int64 `yaml:"staff" cn:"职工人数" zh:"职工人数"`
	Members     *int64 `yaml:"members" cn:"会员人数" zh:"会员人数"`
	HasUnion    *bool  `yaml:"has_union" cn:"已建会" zh:"是否已建立工会(是/否)"`
	HeldMeeting *bool  `yaml:"held_meeting" cn:"已选举" zh:"是否已召开会员(代表)大会并选举产生工会委员会(是/否)"`
	// UnionKind says how the unit is organised: its own union (独立), in a
	// joint union (联合), an industry or area union (行业, 区域).
	UnionKind string `yaml:"union_kind" cn:"建会方式" zh:"建会方式:独立(单独建会)、联合(联合工会)、行业、区域" eg:"独立"`
	// Enterprises is, for a joint union, how many enterprises it covers.
	Enterprises *int64 `yaml:"enterprises" cn:"覆盖企业数" zh:"联合工会、行业工会覆盖的企业(单位)数"`
	// Founded is when the unit's union was set up.
	Founded Date `yaml:"founded" cn:"建会日期" zh:"工会成立日期"`
	// Spending is the unit's union spending for the period.
	Spending *num.Money `yaml:"spending" cn:"工会经费支出" zh:"工会经费支出(元)"`
	// SpendingPerCapita is per-head spending as stated by the source.
	SpendingPerCapita *num.Money `yaml:"spending_per_capita" cn:"人均工会支出" zh:"人均工会支出(元),没有支出和人数时照原始材料填写"`
	// Donation is the unit's individual charity donations for the period.
	Donation *num.Money `yaml:"donation" cn:"个人捐款" zh:"个人慈善捐款合计(元)"`
	// DonationPerCapita is per-head donation as stated by the source.
	DonationPerCapita  *num.Money `yaml:"donation_per_capita" cn:"人均捐款" zh:"人均捐款(元),没有捐款额和人数时照原始材料填写"`
	CollectiveDonation *num.Money `yaml:"collective_donation" cn:"集体捐款" zh:"集体捐款(元)"`
	// Figures holds any other per-unit figure, for custom rules.
	Figures map[string]num.Decimal `yaml:"figures" cn:"其他指标" zh:"其他自定义指标,名称: 数值"`
	Note    string                 `yaml:"note" cn:"备注" zh:"备注"`
}

// Building is the period's union-building (建会) work: the flow (unions
// built this period) and the stock (unions at the end, by how they are
// organised), with the base of the 建会率.
type Building struct {
	UnionsPlanned *int64 `yaml:"unions_planned" cn:"计划组建数" zh:"计划组建工会数(合计)"`
	UnionsBuilt   *int64 `yaml:"unions_built" cn:"新建工会数" zh:"本期实际组建工会数(合计)"`
	// Plan breaks the planned unions down, e.g. 学校工会 6 and 联合工会 27.
	Plan []Part `yaml:"plan" cn:"组建计划构成" zh:"组建计划的构成"`
	// Built lists the unions established, by name.
	Built []string `yaml:"built" cn:"新建工会名称" zh:"本期新建的工会名称"`
	// NewUnions are the unions established, with their figures.
	NewUnions []NewUnion `yaml:"new_unions" cn:"新建工会" zh:"本期新建的工会及其会员、覆盖企业(比 built 详细)"`
	// UnionsTotal is the unions at the end of the period (stock).
	UnionsTotal *int64 `yaml:"unions_total" cn:"工会总数" zh:"期末工会总数(已建工会的累计数,与本期新建数分开)"`
	// Independent and Joint split UnionsTotal: unions of one enterprise or
	// unit (独立建会) and joint unions (联合工会), which cover
	// JointEnterprises enterprises between them.
	Independent      *int64 `yaml:"independent" cn:"独立建会数" zh:"其中单独建会的工会数"`
	Joint            *int64 `yaml:"joint" cn:"联合工会数" zh:"其中联合工会(区域、行业工会联合会)数"`
	JointEnterprises *int64 `yaml:"joint_enterprises" cn:"联合工会覆盖企业数" zh:"联合工会覆盖的企业(单位)数"`
	// MemberUnits is the member units of a federation (成员单位).
	MemberUnits *int64 `yaml:"member_units" cn:"成员单位数" zh:"成员单位数(工会联合会的成员单位;地方总工会填所辖乡镇(街道)总工会、产业(系统)工会数)"`
	// MemberUnitsBreakdown says what MemberUnits is made of: a county
	// federation's 乡镇(街道)总工会 and 产业(系统)工会.
	MemberUnitsBreakdown []Part `yaml:"member_units_breakdown" cn:"成员单位构成" zh:"成员单位数的构成,如 乡镇(街道)总工会 21、产业(系统)工会 8" roll:"own"`
	// UnitsSurveyed is the units visited or surveyed (调查摸底), which is
	// not the base of the 建会率: UnitsRequired is.
	UnitsSurveyed *int64 `yaml:"units_surveyed" cn:"摸底单位数" zh:"调查摸底(走访)的企业或单位数"`
	// UnitsRequired and UnitsCovered give the 建会率 (coverage).
	UnitsRequired *int64 `yaml:"units_required" cn:"应建会单位数" zh:"应建会单位数(建会率的分母)"`
	UnitsCovered  *int64 `yaml:"units_covered" cn:"已建会单位数" zh:"已建会单位数(含联合工会覆盖的)"`
	// MeetingsMissing counts new unions that have not yet held a members'
	// meeting and election.
	MeetingsMissing *int64 `yaml:"meetings_missing" cn:"未选举工会数" zh:"尚未召开会员(代表)大会、未选举产生委员会的工会数"`
	// MeetingsPending records, when the count is not known, that some new
	// unions have not yet held their members' meeting.
	MeetingsPending *bool `yaml:"meetings_pending" cn:"仍有未选举" zh:"是否仍有新建工会未召开会员(代表)大会(不知道具体个数时填写)"`
	AsOf            Date  `yaml:"as_of" cn:"截至" zh:"总数截至哪一天(不写为报告期末)"`
	Span            Span  `yaml:"span" cn:"统计时段" zh:"新建数的统计时段,与报告期不同时填写" roll:"agree=unions_planned,unions_built"`
}

// NewUnion is one union established in the period.
type NewUnion struct {
	Name string `yaml:"name" cn:"名称" zh:"工会名称" eg:"当阳市建筑行业工会联合会" required:"true"`
	// Kind is 独立, 联合, 行业 or 区域 (UnionKinds).
	Kind string `yaml:"kind" cn:"建会方式" zh:"独立、联合、行业或区域" eg:"行业"`
	Date Date   `yaml:"date" cn:"成立日期" zh:"成立日期"`
	// Count is for a line that stands for several unions ("4家企业建会").
	Count       *int64 `yaml:"count" cn:"个数" zh:"一行代表几个工会(不写为1个)"`
	Members     *int64 `yaml:"members" cn:"会员数" zh:"会员数"`
	Enterprises *int64 `yaml:"enterprises" cn:"覆盖企业数" zh:"覆盖的企业(单位)数"`
	Delegates   *int64 `yaml:"delegates" cn:"代表人数" zh:"成立大会的代表人数"`
	Note        string `yaml:"note" cn:"备注" zh:"补充说明"`
}

// Finance records union funds.
type Finance struct {
	Payroll  *num.Money `yaml:"payroll" cn:"工资总额" zh:"工资总额(元),工会经费按其2%计"`
	Received *num.Money `yaml:"received" cn:"经费收入" zh:"工会经费收入(元)"`
	// Spent is the spending recorded under the union item of the employer's
	// basic account; Transferred is what reached the union's own account.
	Spent       *num.Money `yaml:"spent" cn:"工会科目支出" zh:"单位基本账户工会科目累计支出(元)" eg:"767.13万"`
	Transferred *num.Money `yaml:"transferred" cn:"划拨经费" zh:"划拨(拨缴)到工会专用账户的经费(元);地方总工会填实收(含税务代收)的经费" eg:"689.97万"`
	Due         *num.Money `yaml:"due" cn:"应拨缴经费" zh:"应拨缴经费(元);地方总工会填全辖区应收的经费"`
	Remitted    *num.Money `yaml:"remitted" cn:"上解经费" zh:"上解上级工会经费(元)"`
	Dues        *num.Money `yaml:"dues" cn:"会费收入" zh:"会费收入(元),按会员工资0.5%交纳"`
	Expenditure *num.Money `yaml:"expenditure" cn:"经费支出" zh:"工会经费支出(元)"`
	Balance     *num.Money `yaml:"balance" cn:"结余" zh:"年末结余(元)"`
	// Bands are per-head spending bands as stated by the source, per kind of unit.
	BandThreshold *num.Money     `yaml:"band_threshold" cn:"分档线" zh:"人均工会支出分档线(元),不写按行业默认值(见 settings.band_threshold)" eg:"1000" exact:"true"`
	Bands         []SpendingBand `yaml:"bands" cn:"分档统计" zh:"人均工会支出分档统计(原始材料所报)" roll:"own"`
}

// SpendingBand is a stated count of unions by per-head spending, for one kind of unit.
type SpendingBand struct {
	Kind    string `yaml:"kind" cn:"单位类别" zh:"单位类别,与 units.kind 一致" eg:"学校" required:"true"`
	Total   *int64 `yaml:"total" cn:"总数" zh:"该类工会总数"`
	AtLeast *int64 `yaml:"at_least" cn:"达到分档线" zh:"人均支出达到分档线的个数"`
	Below   *int64 `yaml:"below" cn:"不足分档线" zh:"人均支出不足分档线(但大于0)的个数"`
	Zero    *int64 `yaml:"zero" cn:"支出为零" zh:"人均支出为0元的个数"`
	// Breakdown says what the total is made of, e.g. 机关 1、中心 3、学区 5.
	Breakdown     []Part `yaml:"breakdown" cn:"构成" zh:"该类工会的构成"`
	ZeroBreakdown []Part `yaml:"zero_breakdown" cn:"支出为零者构成" zh:"支出为0元者的构成"`
}

// Drive is one charity drive (慈善捐款活动).
type Drive struct {
	Name  string     `yaml:"name" cn:"活动名称" zh:"活动名称" eg:"慈善一日捐" required:"true"`
	Start Date       `yaml:"start" cn:"开始" zh:"开始(年-月或年-月-日)"`
	End   Date       `yaml:"end" cn:"结束" zh:"结束"`
	Total *num.Money `yaml:"total" cn:"善款总额" zh:"共募集善款(元)"`
	// Participation is eligible vs participating units, per category.
	Participation []Participation `yaml:"participation" cn:"参与情况" zh:"各类单位的参与情况"`
	// Threshold and DonorsAtLeast: "个人捐款500元及以上的有42人".
	Threshold     *num.Money `yaml:"threshold" cn:"统计线" zh:"个人大额捐款的统计线(元)" exact:"true"`
	DonorsAtLeast *int64     `yaml:"donors_at_least" cn:"大额捐款人数" zh:"个人捐款达到统计线的人数" roll:"with=threshold"`
	DonorsNote    string     `yaml:"donors_note" cn:"大额捐款说明" zh:"对大额捐款人的说明"`
	TopIndividual *TopGift   `yaml:"top_individual" cn:"个人榜首" zh:"个人捐款最多者" roll:"max=amount"`
	TopCollective *TopGift   `yaml:"top_collective" cn:"集体榜首" zh:"集体捐款最多的单位" roll:"max=amount"`
	Commended     *int64     `yaml:"commended" cn:"表彰单位数" zh:"受表彰的先进单位数"`
	// Donors is how many people gave, when the source says.
	Donors *int64 `yaml:"donors" cn:"捐款人数" zh:"捐款人数"`
	// Beneficiary is where the money went ("为德红村修路").
	Beneficiary string `yaml:"beneficiary" cn:"用途" zh:"善款用途或受助对象" eg:"养护段职工卢皓家属治病"`
	// PerCapitaExcludesCollective records that per-head rankings leave the
	// collective gifts out, as the source says.
	PerCapitaExcludesCollective bool   `yaml:"per_capita_excludes_collective" cn:"人均不含集体" zh:"人均捐款排名不含集体捐款"`
	Note                        string `yaml:"note" cn:"说明" zh:"补充说明(一句话)"`
}

// Participation is one category of units in a drive.
type Participation struct {
	Category     string `yaml:"category" cn:"单位类别" zh:"单位类别" eg:"公办中小学" required:"true"`
	Eligible     *int64 `yaml:"eligible" cn:"应参加" zh:"应参加的单位数" required:"true"`
	Participated *int64 `yaml:"participated" cn:"已参加" zh:"已参加的单位数" required:"true"`
}

// TopGift is the largest gift of a drive; several names share it when tied.
type TopGift struct {
	Names  []string   `yaml:"names" cn:"姓名" zh:"姓名或单位名称" required:"true"`
	Title  string     `yaml:"title" cn:"身份" zh:"身份,如 校长"`
	Amount *num.Money `yaml:"amount" cn:"金额" zh:"金额(元)" required:"true"`
}

// Relief holds the period's 慰问/帮扶 batches, the totals the source
// states, and the register of households in hardship.
type Relief struct {
	Batches []ReliefBatch `yaml:"batches" cn:"批次" zh:"慰问、补助、救助的批次(每次发放一项)"`
	// StatedPersons and StatedAmount are totals as written in the source; the
	// rule engine checks them against the batches.
	StatedPersons *int64     `yaml:"stated_persons" cn:"所报累计人数" zh:"原始材料所报累计慰问人数,用于核对"`
	StatedAmount  *num.Money `yaml:"stated_amount" cn:"所报累计金额" zh:"原始材料所报累计慰问金额,用于核对"`
	// Hardship is the register of staff in hardship (困难职工档案).
	Hardship Hardship `yaml:"hardship" cn:"困难职工档案" zh:"困难职工档案(建档户数)"`
	// Span is the period the relief figures cover, when not the report's.
	Span Span `yaml:"span" cn:"统计时段" zh:"这些数字的统计时段,与报告期不同时填写" roll:"agree"`
}

// Hardship is the register of households in hardship.
type Hardship struct {
	Households *int64 `yaml:"households" cn:"建档户数" zh:"建档的困难职工户数"`
	Persons    *int64 `yaml:"persons" cn:"人数" zh:"困难职工人数"`
	New        *int64 `yaml:"new" cn:"新增户数" zh:"本期新建档户数"`
	AsOf       Date   `yaml:"as_of" cn:"截至" zh:"截至日期"`
}

// ReliefBatch is one relief occasion: money of one or more kinds (Kind and
// Amount, or Payments), goods in kind, or both, handed to Persons
// recipients counted in Measure. A batch may state persons only, an amount
// only, or both.
type ReliefBatch struct {
	Occasion string `yaml:"occasion" cn:"事由" zh:"慰问事由" eg:"教师节慰问" required:"true"`
	// Kind names the money by what it is (ReliefKinds): 慰问金, 困难补助,
	// 助学金, 抚恤金 … A report words the batch by its kind, not all as 慰问金.
	Kind string `yaml:"kind" cn:"类别" zh:"发放的是什么:慰问金、困难补助、助学金、抚恤金、医疗救助、生活救助、医疗互助、保险、送清凉、慰问品、高温补贴、节日福利、其他(不写为慰问金)" eg:"慰问金" roll:"key=慰问金"`
	Date Date   `yaml:"date" cn:"日期" zh:"日期(可只写年-月)"`
	End  Date   `yaml:"end" cn:"结束日期" zh:"结束日期(持续一段时间时)"`
	Who  string `yaml:"who" cn:"对象" zh:"慰问对象" eg:"家庭困难教师及德高望重的退离休教师"`
	// Organiser is who handed it out when not the union itself (各分会, 市总工会).
	Organiser string `yaml:"organiser" cn:"发放者" zh:"由谁发放(不是本会时填写,如 各分会、市总工会)"`
	// Persons is the number of recipients; Recipients may break it down.
	Persons    *int64 `yaml:"persons" cn:"人数" zh:"慰问人数(按 measure 计)"`
	Recipients []Part `yaml:"recipients" cn:"对象构成" zh:"慰问对象的构成,如 在职困难教师 145、困难离退休教师 80"`
	// Measure is 人 (default), 人次, 户, 户次 or 份: persons and households
	// are never added to visits.
	Measure string     `yaml:"measure" cn:"计量" zh:"计量:人、人次、户、户次或份(保险),不写为人" roll:"key=人"`
	Amount  *num.Money `yaml:"amount" cn:"金额" zh:"金额(元)"`
	// Each is a per-recipient amount, when the source gives that instead of a total.
	Each   *num.Money `yaml:"each" cn:"每人金额" zh:"每人(户)金额(元)" roll:"per=amount/persons"`
	Source string     `yaml:"source" cn:"资金来源" zh:"资金来源" eg:"慈善一日捐善款"`
	// Payments are the kinds of money of a batch that hands out several
	// (慰问金 and 困难补助 in one visit); their amounts add up to Amount.
	Payments []Payment `yaml:"payments" cn:"分项" zh:"一批发放几种钱时,各项分别填写(金额之和应等于 amount)"`
	// Goods are what was handed out in kind: 慰问品, 学习用品, 购物卡.
	Goods []Goods `yaml:"goods" cn:"物品" zh:"发放的物品(慰问品、学习用品、购物卡、降温用品……)"`
	// Overlaps are recipients already counted in another batch, so a total
	// of people or households does not count them twice.
	Overlaps []Overlap `yaml:"overlaps" cn:"重复对象" zh:"与其他批次重复的对象(累计人数、户数时不重复计算)"`
	// Visits counts visits made (看望10余次) when no recipients are counted.
	Visits *int64 `yaml:"visits" cn:"走访次数" zh:"走访、看望的次数"`
	Span   Span   `yaml:"span" cn:"统计时段" zh:"统计时段,与报告期不同时填写"`
	Note   string `yaml:"note" cn:"备注" zh:"补充说明(一句话)"`
}

// Payment is one kind of money in a relief batch.
type Payment struct {
	Kind    string     `yaml:"kind" cn:"类别" zh:"类别,与 relief.batches.kind 的可选值相同" eg:"困难补助" required:"true"`
	Persons *int64     `yaml:"persons" cn:"人数" zh:"人数(按所在批次的 measure 计)"`
	Amount  *num.Money `yaml:"amount" cn:"金额" zh:"金额(元)"`
	Each    *num.Money `yaml:"each" cn:"每人金额" zh:"每人(户)金额(元)" roll:"per=amount/persons"`
}

// Goods are things handed out in kind.
type Goods struct {
	Item     string     `yaml:"item" cn:"物品" zh:"物品" eg:"慰问品" required:"true"`
	Quantity *int64     `yaml:"quantity" cn:"数量" zh:"数量"`
	Measure  string     `yaml:"measure" cn:"量词" zh:"数量的量词:份、件、箱、张……" eg:"份" roll:"key"`
	Value    *num.Money `yaml:"value" cn:"价值" zh:"折合金额(元)"`
}

// Overlap is a number of a batch's recipients already counted in another.
type Overlap struct {
	// With is the Occasion of the other batch.
	With  string `yaml:"with" cn:"重复批次" zh:"与哪一批次重复(写那一批次的 occasion)" required:"true"`
	Count *int64 `yaml:"count" cn:"重复数" zh:"重复的人数或户数(按本批次的 measure 计)" required:"true"`
}

// Activity is an event the union organised or took part in, with its
// numbers. Participants are persons; PersonTimes are visits (人次), never
// a divisor of a per-head figure.
type Activity struct {
	Date     Date   `yaml:"date" cn:"日期" zh:"日期(可只写年-月)"`
	End      Date   `yaml:"end" cn:"结束日期" zh:"结束日期"`
	Name     string `yaml:"name" cn:"活动名称" zh:"活动名称" required:"true"`
	Category string `yaml:"category" cn:"类别" zh:"类别:文体、技能、劳动竞赛、培训、疗休养、宣传教育、读书、文艺演出、讲座、志愿服务、安全生产、技术创新、评选、调研、慰问、会议、其他" eg:"文体"`
	// Section is the report section that tells the activity, when its
	// category would put it elsewhere (a 讲座 on mental health told with
	// welfare, a training course for team leaders with labour).
	Section string `yaml:"section" cn:"栏目" zh:"报告中讲这项活动的栏目(栏目名见 zongjie help sections,如 劳动竞赛与技术创新);不写时按类别"`
	Level   string `yaml:"level" cn:"级别" zh:"级别:全国、省、市、县、本系统、本单位" eg:"县"`
	// Role is 主办 (we held it), 承办 or 协办 (we ran or helped run someone
	// else's), or 参加 (we sent people or a team).
	Role string `yaml:"role" cn:"角色" zh:"主办、承办、协办或参加" eg:"参加" roll:"key"`
	// Organiser is who held it, when not the union (市总工会, 区教育局).
	Organiser string `yaml:"organiser" cn:"主办单位" zh:"主办单位(不是本会时填写)" eg:"市总工会"`
	// Edition is the 届 of a recurring event (第四届运动会).
	Edition      *int64 `yaml:"edition" cn:"届次" zh:"第几届" exact:"true"`
	Participants *int64 `yaml:"participants" cn:"参加人数" zh:"参加人数(人)"`
	// Breakdown says who the participants were (职工 51、劳务工 9).
	Breakdown []Part `yaml:"breakdown" cn:"人员构成" zh:"参加人员的构成,如 职工 51、劳务工 9"`
	// PersonTimes counts attendances (人次) when people came more than once.
	PersonTimes *int64 `yaml:"person_times" cn:"参加人次" zh:"参加人次"`
	// Units and Teams count the units taking part and the teams sent.
	Units *int64 `yaml:"units" cn:"参加单位数" zh:"参加的单位(班组)数"`
	Teams *int64 `yaml:"teams" cn:"队数" zh:"组队(代表队)数"`
	// Entries counts works or projects entered (作品, 论文, 参赛项目).
	Entries        *int64 `yaml:"entries" cn:"作品数" zh:"参赛作品、项目、论文数" roll:"with=entries_measure"`
	EntriesMeasure string `yaml:"entries_measure" cn:"作品量词" zh:"作品的量词:件、篇、幅、项,不写为件" eg:"篇"`
	// Sessions counts the events held under this activity (讲座2次, 演出5场).
	Sessions        *int64 `yaml:"sessions" cn:"场次" zh:"举办的场次、期数、次数" roll:"with=sessions_measure"`
	SessionsMeasure string `yaml:"sessions_measure" cn:"场次量词" zh:"场次的量词:次、场、期、讲、轮,不写为次" eg:"场"`
	Days            *int64 `yaml:"days" cn:"天数" zh:"持续天数"`
	// Span is the period the activity's figures cover, for one that runs
	// through part of the year (自费公助旅游 1—6月).
	Span Span `yaml:"span" cn:"统计时段" zh:"这些数字的统计时段(与报告期不同时填写),如 1—6月"`
	// Beneficiaries counts people reached who did not take part (受益2000余人).
	Beneficiaries *int64     `yaml:"beneficiaries" cn:"受益人数" zh:"受益(观看、服务)人数"`
	Cost          *num.Money `yaml:"cost" cn:"费用" zh:"费用、投入(元)"`
	// Prizes counts prizes by award (一等奖 1, 优秀选手 12); Results names them.
	Prizes  []Prize  `yaml:"prizes" cn:"获奖统计" zh:"按奖项统计的获奖数(只知道个数时填写)"`
	Results []Result `yaml:"results" cn:"成绩" zh:"成绩(具体获奖者)"`
	// Figures holds the activity's other figures (排查隐患16处).
	Figures []Figure `yaml:"figures" cn:"其他数字" zh:"这项活动的其他数字"`
	Note    string   `yaml:"note" cn:"说明" zh:"补充说明(一句话)"`
}

// Prize is how many prizes of one award an activity brought.
type Prize struct {
	Award   string `yaml:"award" cn:"奖项" zh:"奖项或等次,如 一等奖、优秀选手、团体第一名" required:"true"`
	Count   *int64 `yaml:"count" cn:"数量" zh:"获奖数" required:"true"`
	Measure string `yaml:"measure" cn:"量词" zh:"量词:名(个人)、项(成果)、个(集体)、件、幅,不写为名" eg:"名" roll:"key=名"`
}

// Result is one result at an activity.
type Result struct {
	Who   string       `yaml:"who" cn:"获奖者" zh:"获奖者(个人写 单位+姓名,团体写 团体)" required:"true"`
	Award string       `yaml:"award" cn:"奖项" zh:"奖项或名次,如 二等奖、团体第一名" roll:"key"`
	Rank  *int64       `yaml:"rank" cn:"名次" zh:"名次(数字)" exact:"true"`
	Score *num.Decimal `yaml:"score" cn:"得分" zh:"得分"`
}

// Honour is an honour the union, one of its units or one of its people
// received from someone else: a title (称号) or a medal (奖章), to a
// collective or to persons, counted with its measure word.
type Honour struct {
	Who string `yaml:"who" cn:"获得者" zh:"获得者(单位、个人;多人同获时写身份,如 职工)" required:"true"`
	// Count is the number of people or units who received the title together.
	Count *int64 `yaml:"count" cn:"人数" zh:"同获此荣誉的人数或单位数(一人时不填)"`
	Title string `yaml:"title" cn:"荣誉" zh:"荣誉称号、奖章或奖项的名称(不带“荣誉称号”几个字)" required:"true"`
	// Type is 称号 (a title: 荣获…称号), 奖章 (a medal: 获得…奖章), 奖项
	// (an award) or 命名 (a named post: 工人先锋号).
	Type string `yaml:"type" cn:"类型" zh:"称号、奖章、奖项或命名(工人先锋号等),不写为称号" eg:"称号"`
	// Recipient is 集体 or 个人; Measure the measure word of Count
	// (3个先进集体, 5名先进个人, 2家企业).
	Recipient string `yaml:"recipient" cn:"集体或个人" zh:"集体或个人" eg:"个人"`
	Measure   string `yaml:"measure" cn:"量词" zh:"人数或单位数的量词:名、个、家、所、项、支,不写时个人为名、集体为个"`
	Level     string `yaml:"level" cn:"级别" zh:"级别:全国、省、市、县、本系统、本单位" eg:"市"`
	By        string `yaml:"by" cn:"授予机关" zh:"授予机关"`
	Date      Date   `yaml:"date" cn:"日期" zh:"日期"`
	// Year and YearTo are the years the honour is for (2012—2013年度).
	Year   *int64 `yaml:"year" cn:"年度" zh:"荣誉所属年度(如 2013年度)" exact:"true"`
	YearTo *int64 `yaml:"year_to" cn:"至年度" zh:"跨年度荣誉的截止年度(2012—2013年度写 2013)" exact:"true"`
	Note   string `yaml:"note" cn:"说明" zh:"补充说明"`
}

// Commendation is an honour the union itself gave: "表彰了31个先进单位".
type Commendation struct {
	Title     string `yaml:"title" cn:"荣誉" zh:"表彰的名目" eg:"先进分会" required:"true"`
	Count     *int64 `yaml:"count" cn:"数量" zh:"受表彰的个数或人数"`
	Recipient string `yaml:"recipient" cn:"集体或个人" zh:"集体或个人" roll:"key"`
	Measure   string `yaml:"measure" cn:"量词" zh:"量词:个、名、家、户、所,不写时个人为名、集体为个" roll:"key"`
	// Who says who they are when not plain from Title (工会积极分子).
	Who  string `yaml:"who" cn:"对象" zh:"受表彰的是谁(名目说不清时填写)"`
	By   string `yaml:"by" cn:"表彰者" zh:"由谁表彰(不是本会时填写,如 公司工会)"`
	Date Date   `yaml:"date" cn:"日期" zh:"日期"`
	Note string `yaml:"note" cn:"说明" zh:"补充说明"`
}

// Democracy records democratic management: the congress (职代会/教代会),
// its proposals (提案), and rationalisation proposals (合理化建议), which
// are a separate thing.
type Democracy struct {
	Body     string `yaml:"body" cn:"会议名称" zh:"职代会、教代会或会员代表大会;总工会向全委会作报告时写 全委会 或 全委(扩大)会议" eg:"教代会"`
	Sessions *int64 `yaml:"sessions" cn:"召开次数" zh:"召开大会次数"`
	// Term and Meeting name the congress held: 一届十二次职代会 is term 1,
	// meeting 12.
	Term    *int64 `yaml:"term" cn:"届" zh:"本期召开的是第几届(职代会的届次)" exact:"true"`
	Meeting *int64 `yaml:"meeting" cn:"次" zh:"该届第几次会议" exact:"true"`
	// ReportTerm and ReportMeeting name the congress a work report on the
	// period is delivered at, when it is not the one held in the period:
	// the report on 2023 given at the meeting of January 2024 (see
	// ReportedAt).
	ReportTerm    *int64 `yaml:"report_term" cn:"报告大会届" zh:"工作报告提交的大会是第几届(不写同 term);与本期召开的不是同一次大会时填写" exact:"true"`
	ReportMeeting *int64 `yaml:"report_meeting" cn:"报告大会次" zh:"工作报告提交的是该届第几次会议;与本期召开的不是同一次大会时填写(如 2023年的报告在2024年初的六届五次职代会上作,写 5)" exact:"true"`
	// MeetingDate is the day the work report is delivered at the congress
	// (ReportedAt), which a congress report is dated by: often weeks after
	// the summary's report_date.
	MeetingDate     Date   `yaml:"meeting_date" cn:"大会日期" zh:"作这份工作报告的大会的日期(不是本期召开的大会的日期:2025年的报告在2026年初的大会上作,写2026年的日期);职代会工作报告按它署日期(不写用报告日期)"`
	Representatives *int64 `yaml:"representatives" cn:"代表人数" zh:"职工(教职工)代表人数"`
	// Proposals received; Accepted put on file (立案); Completed dealt with
	// (办结); Implemented carried out (落实); Excellent rated 优秀提案.
	Proposals   *int64 `yaml:"proposals" cn:"提案数" zh:"收到提案数"`
	Accepted    *int64 `yaml:"accepted" cn:"立案数" zh:"立案(采纳)提案数"`
	Completed   *int64 `yaml:"completed" cn:"办结数" zh:"已办结提案数"`
	Implemented *int64 `yaml:"implemented" cn:"落实数" zh:"已落实提案数"`
	Excellent   *int64 `yaml:"excellent" cn:"优秀提案数" zh:"评为优秀(最佳)提案的件数"`
	// ProposalExamples are proposals dealt with, one sentence each, that
	// a congress report cites ("食堂延长供餐时间的提案已落实").
	ProposalExamples []string `yaml:"proposal_examples" cn:"提案办理实例" zh:"提案办理的实例(每条一句),职代会工作报告引用"`
	OpenItems        *int64   `yaml:"open_items" cn:"公开事项数" zh:"公开事项数(厂务、校务、政务公开)"`
	// OpenTimes counts the times (期) things were made public.
	OpenTimes *int64 `yaml:"open_times" cn:"公开期数" zh:"公开的次数(期)"`
	// Suggestions are 合理化建议: submitted, adopted, carried out, and the
	// value they created.
	Suggestions            *int64     `yaml:"suggestions" cn:"合理化建议数" zh:"职工合理化建议数"`
	Adopted                *int64     `yaml:"adopted" cn:"建议采纳数" zh:"被采纳的合理化建议数"`
	SuggestionsImplemented *int64     `yaml:"suggestions_implemented" cn:"建议实施数" zh:"已实施的合理化建议数"`
	SuggestionsValue       *num.Money `yaml:"suggestions_value" cn:"建议创效" zh:"合理化建议创造的经济效益(元)"`
	// Feedback counts opinions on the union's own work (评论员、意见箱), and
	// how many it took up.
	Feedback        *int64 `yaml:"feedback" cn:"意见建议数" zh:"职工对工会工作提出的意见建议数(评议员、意见箱)"`
	FeedbackAdopted *int64 `yaml:"feedback_adopted" cn:"意见采纳数" zh:"其中被工会采纳的条数"`
	Span            Span   `yaml:"span" cn:"统计时段" zh:"统计时段,与报告期不同时填写" roll:"agree"`
}

// ReportedAt returns the term and meeting of the congress a work report on
// the period is delivered at: ReportTerm (else Term) and ReportMeeting when
// the records give the latter, else the congress held (Term, Meeting).
// held says it is the congress held in the period.
func (d Democracy) ReportedAt() (term, meeting *int64, held bool) {
	if d.ReportMeeting == nil {
		return d.Term, d.Meeting, true
	}
	term = d.Term
	if d.ReportTerm != nil {
		term = d.ReportTerm
	}
	held = term != nil && d.Term != nil && d.Meeting != nil && *term == *d.Term && *d.ReportMeeting == *d.Meeting
	return term, d.ReportMeeting, held
}

// ProposalsUnderWay reports whether the proposals on file are still being
// dealt with as the period is reported on: the congress that took them met
// in the first part of the year being reported on. Those not yet carried
// out are then work in hand, not a problem (an annual summary, or a
// half-year's of proposals from an earlier congress, counts them as one).
func (p *Period) ProposalsUnderWay() bool {
	d := p.Democracy
	return p.When.MidYear() && (d.Meeting != nil || d.Sessions != nil && *d.Sessions > 0)
}

// Labour records labour competitions, innovation, safety and training.
type Labour struct {
	Competitions      *int64 `yaml:"competitions" cn:"劳动竞赛项数" zh:"开展劳动竞赛(项)"`
	Competitors       *int64 `yaml:"competitors" cn:"参赛职工" zh:"参赛职工(人次)"`
	ProjectsStarted   *int64 `yaml:"projects_started" cn:"立项数" zh:"攻关、创新项目立项数"`
	ProjectsCompleted *int64 `yaml:"projects_completed" cn:"完成项目数" zh:"已完成项目数"`
	ProjectsAwarded   *int64 `yaml:"projects_awarded" cn:"获奖项目数" zh:"获奖项目数"`
	HazardsFound      *int64 `yaml:"hazards_found" cn:"查出隐患" zh:"查出安全隐患(处)"`
	HazardsFixed      *int64 `yaml:"hazards_fixed" cn:"已整改隐患" zh:"已(当场)整改隐患(处)"`
	// HazardsScheduled are hazards given a deadline to fix (限期整改).
	HazardsScheduled *int64 `yaml:"hazards_scheduled" cn:"限期整改隐患" zh:"限期整改的隐患(处)"`
	Trainings        *int64 `yaml:"trainings" cn:"培训期数" zh:"举办培训(期)"`
	Trained          *int64 `yaml:"trained" cn:"培训人次" zh:"参加培训(人次)"`
	Span             Span   `yaml:"span" cn:"统计时段" zh:"统计时段,与报告期不同时填写" roll:"agree"`
}

// Women records the women workers' committee's work.
type Women struct {
	Committee       *bool  `yaml:"committee" cn:"女工委员会" zh:"是否建立女职工委员会"`
	SpecialContract *bool  `yaml:"special_contract" cn:"女职工专项合同" zh:"是否签订女职工权益保护专项集体合同"`
	Insured         *int64 `yaml:"insured" cn:"安康保险份数" zh:"参加女职工安康保险(份)"`
	// Premium is what the 安康保险 cost.
	Premium    *num.Money `yaml:"premium" cn:"安康保险保费" zh:"女职工安康保险的保费(元)"`
	Checkups   *int64     `yaml:"checkups" cn:"体检人数" zh:"参加妇科体检(人),不能多于女职工人数"`
	Activities *int64     `yaml:"activities" cn:"女职工活动" zh:"开展女职工活动(项)"`
}

// Rights records the union's work for the workers' rights (维权): the
// labour disputes it mediated, the legal aid and advice it gave, the
// letters and visits it took up, and its labour-law supervision of the
// employers. Each pair of a whole and its part (disputes and those
// mediated, letters and visits and those closed) gives a rate.
type Rights struct {
	Disputes *int64 `yaml:"disputes" cn:"受理劳动争议" zh:"受理、参与调处的劳动争议(件)"`
	Mediated *int64 `yaml:"mediated" cn:"调解成功" zh:"其中调解成功的劳动争议(件),不能多于受理数"`
	// DisputeWorkers counts the workers the disputes concerned.
	DisputeWorkers *int64     `yaml:"dispute_workers" cn:"涉及职工" zh:"劳动争议涉及的职工(人)"`
	LegalAid       *int64     `yaml:"legal_aid" cn:"法律援助" zh:"为职工提供法律援助(件)"`
	Consultations  *int64     `yaml:"consultations" cn:"法律咨询" zh:"接待职工法律咨询(人次)"`
	Recovered      *num.Money `yaml:"recovered" cn:"挽回经济损失" zh:"为职工挽回的经济损失(元);追回的欠薪另写 arrears"`
	// Arrears is the unpaid wages the union got paid (追回欠薪), for
	// ArrearsWorkers workers: ArrearsWho names them (农民工) when they are
	// not the staff.
	Arrears        *num.Money `yaml:"arrears" cn:"追回欠薪" zh:"帮助追回的拖欠工资(元)"`
	ArrearsWorkers *int64     `yaml:"arrears_workers" cn:"欠薪涉及人数" zh:"追回欠薪涉及的人数(人)"`
	ArrearsWho     string     `yaml:"arrears_who" cn:"欠薪对象" zh:"被拖欠工资的是谁(如 农民工),不写为职工" eg:"农民工" roll:"agree=arrears,arrears_workers"`
	Petitions      *int64     `yaml:"petitions" cn:"来信来访" zh:"受理职工来信来访(件)"`
	Closed         *int64     `yaml:"closed" cn:"来信来访办结" zh:"其中已办结的来信来访(件),不能多于受理数"`
	// Inspections are the labour-law supervision checks (劳动法律监督检查).
	Inspections *int64 `yaml:"inspections" cn:"监督检查" zh:"开展劳动法律监督检查(次)"`
	Inspected   *int64 `yaml:"inspected" cn:"检查用人单位" zh:"监督检查的用人单位(家)"`
	Notices     *int64 `yaml:"notices" cn:"监督意见书" zh:"发出劳动法律监督意见书、建议书(份)"`
	Span        Span   `yaml:"span" cn:"统计时段" zh:"这些数字的统计时段,与报告期不同时填写" roll:"agree"`
}

// Bargaining records collective wage bargaining (工资集体协商) among the
// enterprises the union covers. Contracts lists the contracts themselves.
type Bargaining struct {
	Enterprises *int64 `yaml:"enterprises" cn:"已建会企业数" zh:"已建会企业数"`
	Signed      *int64 `yaml:"signed" cn:"签订企业数" zh:"签订工资专项集体合同的企业数"`
	Staff       *int64 `yaml:"staff" cn:"职工总数" zh:"职工总数"`
	Covered     *int64 `yaml:"covered" cn:"覆盖职工数" zh:"合同覆盖职工数"`
	// Instructors counts bargaining instructors trained (指导员).
	Instructors *int64 `yaml:"instructors" cn:"指导员" zh:"培训的工资集体协商指导员(人次)"`
	AsOf        Date   `yaml:"as_of" cn:"截至" zh:"截至日期"`
}

// Target is one target for the next period: a figure and how to word it.
type Target struct {
	// Metric names the figure the target is for, so the next period's actual
	// can be compared with it: see the metric list in `zongjie help targets`.
	Metric string     `yaml:"metric" cn:"指标" zh:"指标:代号或中文名,见 zongjie help targets(如 membership.rate 或 入会率、charity.total 或 慈善捐款)" eg:"charity.total"`
	Amount *num.Money `yaml:"amount" cn:"目标金额" zh:"目标金额(元)" exact:"true"`
	Count  *int64     `yaml:"count" cn:"目标数量" zh:"目标数量" exact:"true"`
	// Rate is a target rate in percent, e.g. 95 for 95%.
	Rate *num.Decimal `yaml:"rate" cn:"目标比率" zh:"目标比率(%),如 95" exact:"true" rate:"true"`
	// Year is the year the target is for: empty for the next period; a
	// later year sets a target for the new committee's term, which a term
	// review states among its suggestions ("到2028年，…").
	Year *int64 `yaml:"year" cn:"目标年度" zh:"目标针对的年度,不写为下一期;换届报告中给新一届委员会定的任期目标写任期末的年度" eg:"2028" exact:"true"`
	// Parts breaks the target down, e.g. 100万元 = 84万 + 10万 + 6万.
	Parts []TargetPart `yaml:"parts" cn:"构成" zh:"目标的构成"`
	// Text is the clerk's wording of the target; without it the composer words it.
	Text string `yaml:"text" cn:"表述" zh:"目标的文字表述(可不写,由程序生成)"`
}

// TargetPart is a labelled share of a target amount.
type TargetPart struct {
	Label  string     `yaml:"label" cn:"名称" zh:"名称" required:"true"`
	Amount *num.Money `yaml:"amount" cn:"金额" zh:"金额(元)" exact:"true"`
	Count  *int64     `yaml:"count" cn:"数量" zh:"数量" exact:"true"`
}

// MonthPlan is one month of a plan's schedule.
type MonthPlan struct {
	Month *int64   `yaml:"month" cn:"月份" zh:"月份(1-12)" required:"true" exact:"true"`
	Items []string `yaml:"items" cn:"工作" zh:"当月工作" required:"true"`
}

// Text is what the clerk writes in their own words.
type Text struct {
	Opening string `yaml:"opening" cn:"开头" zh:"开头段(可不写,由程序生成)"`
	// Sections maps a report section id (see SectionIDs) to paragraphs woven
	// into that section after the computed sentences.
	Sections map[string][]string `yaml:"sections" cn:"栏目" zh:"各栏目补充段落,栏目名见 zongjie help sections"`
	// Headings overrides a section's heading wording.
	Headings map[string]string `yaml:"headings" cn:"栏目标题" zh:"各栏目标题(可不写,用默认标题)"`
	Problems []string          `yaml:"problems" cn:"存在问题" zh:"存在的问题(每条一句或一段)"`
	// Experience is the 基本经验 of a term review, one point each; without
	// it the review draws its points from what the figures show.
	Experience []string `yaml:"experience" cn:"基本经验" zh:"换届报告的基本经验(每条一句或一段),不写由程序按各年数据归纳"`
	// Guidance is the 指导思想 of a plan or of next period's work.
	Guidance string `yaml:"guidance" cn:"指导思想" zh:"指导思想"`
	Theme    string `yaml:"theme" cn:"工作主题" zh:"工作主题" eg:"创意工会、温馨之家"`
	// Plan is next period's work, grouped under headings.
	Plan []PlanSection `yaml:"plan" cn:"下一期工作" zh:"下一期(只写计划的文件:计划期)的主要工作(分组);不写时,总结和工作报告按存在的问题和工会的经常性工作拟几条(并提醒);多年的数据(写了 from_year)在换届报告中写作对新一届委员会的建议"`
	// Measures are the 保障措施 of a plan (工作要点), one each; without them
	// the plan drafts the usual ones (prose.Writer.Measures).
	Measures []string `yaml:"measures" cn:"保障措施" zh:"工作要点的保障措施(每条一句或一段),不写由程序按常规拟写"`
	// Advice is what a term review suggests to the new committee, one point
	// each; without it the review drafts them (prose.Writer.Advice).
	Advice  []string `yaml:"advice" cn:"对新一届的建议" zh:"换届报告对新一届工会委员会的建议(每条一句或一段),不写由程序按存在的问题和各方面工作拟写"`
	Thanks  string   `yaml:"thanks" cn:"致谢" zh:"致谢段(工作报告、换届报告用)"`
	Closing string   `yaml:"closing" cn:"结尾" zh:"结尾段(可不写,由程序生成)"`
}

// PlanSection is a heading with its work items.
type PlanSection struct {
	Heading string   `yaml:"heading" cn:"标题" zh:"分组标题;连续几条标题相同的合为一组(工作簿里同一组也可只在第一行写标题)" required:"true"`
	Items   []string `yaml:"items" cn:"事项" zh:"工作事项" required:"true"`
}

// SectionID returns the id of a report section written by its id or its
// Chinese name (组织建设 → organisation); a name no section has is kept.
func SectionID(s string) string {
	for _, sec := range SectionIDs {
		if s == sec.Name {
			return sec.ID
		}
	}
	return s
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
	{"rights", "维权服务"},
	{"labour", "劳动竞赛与技术创新"},
	{"activities", "文体活动"},
	{"honours", "评先评优"},
	{"women", "女职工工作"},
	{"welfare", "职工福利与疗休养"},
	{"self", "自身建设"},
}
