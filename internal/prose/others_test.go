package prose

import (
	"fmt"
	"strconv"
	"strings"
	"testing"
	"zongjie/internal/record"
)

// TestFacilityTotalTellsSomething: a facility's total is told only when it
// says more than the count built or upgraded this period.
func TestFacilityTotalTellsSomething(t *testing.T) {
	for _, c := range []struct {
		facility, want string
	}{
		{"{kind: 职工之家, upgraded: 1, total: 1}", "改建提升职工之家1个。"},
		{"{kind: 母婴室, built: 2, total: 2}", "新建母婴室2个。"},
		{"{kind: 母婴室, built: 2, total: 3}", "新建母婴室2个，共有母婴室3个。"},
		{"{kind: 职工活动室, built: 1, upgraded: 1, total: 2}", "新建职工活动室1个，改建提升职工活动室1个，共有职工活动室2个。"},
		{"{kind: 职工书屋, total: 1, books: 5200}", "共有职工书屋1个，藏书5200册。"},
	} {
		p := parse(t, "organisation: {name: 东塔机械有限公司工会, sector: 企业}\nperiod: {year: 2023}\nfacilities:\n  - "+c.facility+"\n")
		got := paras(New(run(t, nil, p), false).facilities(record.FacilitySection(p.Facilities[0])))
		if !strings.Contains(got, c.want) {
			t.Errorf("%s: got %q, want %q", c.facility, got, c.want)
		}
	}
}

// TestHostContextVerb: the host's workloads and amounts take 完成; a head
// count, a number of bodies, a rate and a label with its own verb are
// stated without it, each run of like figures listed together.
func TestHostContextVerb(t *testing.T) {
	for _, c := range []struct {
		indicators, want string
	}{
		{"[{label: 营业收入, amount: 6.8亿}, {label: 工业总产值, amount: 7.1亿}]",
			"这一年，东塔机械有限公司完成营业收入6.8亿元、工业总产值7.1亿元。"},
		{"[{label: 门急诊人次, count: 86万余, measure: 人次}, {label: 出院人次, count: 4.1万, measure: 人次}]",
			"这一年，东塔机械有限公司完成门急诊86万余人次、出院4.1万人次。"},
		{"[{label: 公开招考录取的专业技术人才, count: 24, measure: 名}, {label: 录取人才的单位, count: 7, measure: 个}]",
			"这一年，东塔机械有限公司公开招考录取的专业技术人才24名、录取人才的单位7个。"},
		{"[{label: 工业总产值, amount: 7.1亿}, {label: 在岗职工, count: 1200, measure: 名}, {label: 产品合格率, rate: 99.5%}]",
			"这一年，东塔机械有限公司完成工业总产值7.1亿元，在岗职工1200名、产品合格率99.5%。"},
		{"[{label: 实现利税, amount: 5000万}]",
			"这一年，东塔机械有限公司实现利税5000万元。"},
		// a balance is reached, not completed
		{"[{label: 营业收入, amount: 6.8亿}, {label: 资产总额, amount: 1286亿}, {label: 各项存款余额, amount: 986亿}]",
			"这一年，东塔机械有限公司完成营业收入6.8亿元，资产总额达到1286亿元、各项存款余额达到986亿元。"},
	} {
		p := parse(t, "organisation: {name: 东塔机械有限公司工会, sector: 企业}\nperiod: {year: 2023}\nhost:\n  name: 东塔机械有限公司\n  indicators: "+c.indicators+"\n")
		if got := New(run(t, nil, p), false).HostContext(); got != c.want {
			t.Errorf("%s:\n got %q\nwant %q", c.indicators, got, c.want)
		}
	}
}

// TestStatedRateSaidOnce: a rate the records state beside the figures it is
// computed from (yongjia's 工会活动经费划拨率 89.94) is the rate the finance
// paragraph has said already, and is not said again; a stated rate with a
// note of its own (the 入会率 of 民办学校) is a different figure and stays.
func TestStatedRateSaidOnce(t *testing.T) {
	w := New(run(t, nil, load(t, "../../examples/yongjia-edu-2013.yaml")...), false)
	fin := paras(w.Narrate("finance"))
	if n := strings.Count(fin, "89.94%"); n != 1 {
		t.Errorf("finance says 89.94%% %d times, want once:\n%s", n, fin)
	}
	if org := paras(w.Narrate("organisation")); !strings.Contains(org, "入会率为64.5%") {
		t.Errorf("organisation lost the stated 入会率 of 民办学校:\n%s", org)
	}
}

// TestRecipientsScopeFirst: a group of people named within a scope keeps
// the scope before the count: 为全镇10多名病疾和困难教职工, not 为10多名全镇….
func TestRecipientsScopeFirst(t *testing.T) {
	for _, c := range []struct{ batch, want string }{
		{"{occasion: 春节慰问, kind: 慰问金, who: 全镇病疾和困难教职工, persons: 10多, goods: [{item: 慰问品}]}", "为全镇10多名病疾和困难教职工送去慰问品"},
		{"{occasion: 春节慰问, kind: 慰问金, who: 困难教职工, persons: 12, amount: 6000}", "为12名困难教职工发放慰问金6000元"},
		{"{occasion: 春节慰问, kind: 慰问金, who: 全县困难家庭, persons: 30, measure: 户, amount: 9000}", "为全县30户困难家庭发放慰问金9000元"},
	} {
		p := parse(t, "organisation: {name: 镇教育工会, sector: 学校}\nperiod: {year: 2015}\nrelief: {batches: ["+c.batch+"]}\n")
		if got := paras(New(run(t, nil, p), false).Narrate("relief")); !strings.Contains(got, c.want) {
			t.Errorf("%s:\n got %q\nwant %q", c.batch, got, c.want)
		}
	}
}

// TestApproxCountGrouped: an approximate count keeps its qualifier and takes
// the style of every count: grouped by three from 10000 (近3,268,950人),
// plain below (近200人), in 万 as written (4.1万余人).
func TestApproxCountGrouped(t *testing.T) {
	for _, c := range []struct{ participants, want string }{
		{"近3268950", "共有近3,268,950人参加"},
		{"190098以上", "共有190,098人以上参加"},
		{"近200", "共有近200人参加"},
		{"4.1万余", "共有4.1万余人参加"},
		{"约130", "，约130人参加"}, // 约 states no count: no 共有
	} {
		p := parse(t, "organisation: {name: 县教育工会, sector: 学校}\nperiod: {year: 2023}\nactivities: [{name: 教职工趣味运动会, category: 文体, role: 主办, participants: "+c.participants+"}]\n")
		if got := paras(New(run(t, nil, p), false).Narrate("activities")); !strings.Contains(got, c.want) {
			t.Errorf("%s: got %q, want %q", c.participants, got, c.want)
		}
	}
}

// TestRepeatedOccasionOwnAmount: batches of one occasion (春节送温暖 in each
// year of a term's file) each tell their own amount, never the first one's.
func TestRepeatedOccasionOwnAmount(t *testing.T) {
	const org = "organisation: {name: 甲学院工会, sector: 学校}\n"
	batch := func(date string, persons, each int) string {
		return "{occasion: 春节送温暖, kind: 慰问金, date: " + date + ", who: 困难教职工, persons: " + strconv.Itoa(persons) + ", each: " + strconv.Itoa(each) + "}"
	}
	one := parse(t, org+"period: {year: 2022, from_year: 2021}\nrelief: {batches: ["+batch("2021-02", 32, 1000)+", "+batch("2022-01", 35, 1000)+"]}\n")
	if got := paras(New(run(t, nil, one), false).Narrate("relief")); !strings.Contains(got, "3.2万元") || !strings.Contains(got, "3.5万元") {
		t.Errorf("one file for two years: want 3.2万元 and 3.5万元:\n%s", got)
	}
}

// TestInsurancePolicies: cover counted in policies (份) counts the policies
// after the cover, not the people: 为全体会员办理职工医疗互助保障1498份.
func TestInsurancePolicies(t *testing.T) {
	p := parse(t, "organisation: {name: 甲医院工会, sector: 医院}\nperiod: {year: 2025}\nrelief: {batches: [{occasion: 职工医疗互助保障, kind: 医疗互助, date: 2025-03, who: 全体会员, persons: 1498, measure: 份, amount: 8.99万}]}\n")
	got := paras(New(run(t, nil, p), false).Narrate("relief"))
	if want := "为全体会员办理职工医疗互助保障1498份，缴纳互助金8.99万元"; !strings.Contains(got, want) {
		t.Errorf("got %q\nwant %q", got, want)
	}
}

// TestFacilityNames: places of several given a name are counted by it (a
// kind the list lacks, 其他, or the union's own word for a kind), the name
// said once; a place named on its own is that one place.
func TestFacilityNames(t *testing.T) {
	for _, c := range []struct{ facility, want, not string }{
		{"{kind: 其他, name: 户外劳动者服务站点, built: 3, total: 11}", "新建户外劳动者服务站点3个，总数达到11个", "其他"},
		{"{kind: 职工之家, name: 支行“职工小家”, built: 6, total: 22}", "新建支行“职工小家”6个，总数达到22个", "职工之家"},
		{"{kind: 其他, name: 户外劳动者服务站点, total: 11}", "共有户外劳动者服务站点11个", ""},
		{"{kind: 职工书屋, name: 院职工书屋, total: 1, books: 5200}", "院职工书屋藏书5200册", "共有职工书屋1个"},
		{"{kind: 职工之家, built: 4, total: 36}", "新建职工之家4个，共有职工之家36个", ""},
		{"{kind: 其他, name: 新时代文明实践站, total: 1, level: 市级}", "新时代文明实践站获评市级", "其他"},
		{"{kind: 其他, name: 万阳湖户外劳动者驿站, built: 1}", "建成万阳湖户外劳动者驿站", "其他"},
	} {
		p := parse(t, "organisation: {name: 甲街道总工会, sector: 街道乡镇}\nperiod: {year: 2025}\nfacilities: ["+c.facility+"]\n")
		got := paras(New(run(t, nil, p), false).Narrate("self"))
		if !strings.Contains(got, c.want) || c.not != "" && strings.Contains(got, c.not) {
			t.Errorf("%s:\n got %q\nwant %q", c.facility, got, c.want)
		}
	}
}

// TestFundsDue: the funds due are said to be 2% of the payroll only when
// they were worked out from it; the 划拨率 divides by them either way.
func TestFundsDue(t *testing.T) {
	for _, c := range []struct{ finance, want, not string }{
		{"{due: 12万, transferred: 12万}", "应拨缴工会经费12万元，实际划拨12万元，工会经费划拨率为100%", "按工资总额"},
		{"{payroll: 600万, transferred: 11.4万}", "按工资总额的2%计，应拨缴工会经费12万元，实际划拨11.4万元，工会经费划拨率为95%", ""},
	} {
		p := parse(t, "organisation: {name: 甲局机关工会, sector: 机关}\nperiod: {year: 2025}\nfinance: "+c.finance+"\n")
		got := paras(New(run(t, nil, p), false).Narrate("finance"))
		if !strings.Contains(got, c.want) || c.not != "" && strings.Contains(got, c.not) {
			t.Errorf("%s:\n got %q\nwant %q", c.finance, got, c.want)
		}
	}
}

// TestOwnEmployerNamedOnce: the union's own employer is named in full in
// the first contract sentence and as its 行政 after.
func TestOwnEmployerNamedOnce(t *testing.T) {
	p := parse(t, "organisation: {name: 恒锐电子有限公司工会, sector: 企业}\nperiod: {year: 2025}\ncontracts:\n"+
		"  - {kind: 集体合同, scope: 单独, with: 恒锐电子有限公司, staff: 1216, date: 2025-03-20, renewed: 是}\n"+
		"  - {kind: 女职工专项集体合同, scope: 单独, with: 恒锐电子有限公司, staff: 538, date: 2025-06-10}\n")
	got := paras(New(run(t, nil, p), false).Narrate("democracy"))
	if strings.Count(got, "恒锐电子有限公司") != 1 || !strings.Contains(got, "与公司行政签订女职工专项集体合同") {
		t.Errorf("got %q", got)
	}
}

// TestReliefWelfareApart: holiday benefits for every member are welfare,
// not relief of those in need: they stay out of the totals; goods handed
// out are named once, with what they were worth; a batch of the whole
// year says 全年; 全体 goes before the count; persons and person-times are
// not totalled side by side.
func TestReliefWelfareApart(t *testing.T) {
	p := parse(t, `organisation: {name: 甲局机关工会, sector: 机关}
period: {year: 2025}
relief:
  batches:
    - {occasion: 春节送温暖, who: 困难干部职工, persons: 8, amount: 1.6万}
    - {occasion: 生病住院慰问, date: 2025-01, end: 2025-12, measure: 人次, persons: 23, amount: 1.84万}
    - {occasion: 中秋节慰问, kind: 节日福利, who: 全体会员, persons: 229, amount: 9.16万, goods: [{item: 节日慰问品}]}
    - {occasion: 夏季送清凉, kind: 送清凉, date: 2025-07, who: 一线干部职工, persons: 68, amount: 1.36万, goods: [{item: 防暑降温用品}]}
    - {occasion: 返乡爱心车票, kind: 其他, who: 返乡农民工, persons: 21, amount: 1.2万}
`)
	got := paras(New(run(t, nil, p), false).Narrate("relief"))
	for _, want := range []string{
		"全年，开展生病住院慰问活动",
		"为全体229名会员送去节日慰问品折合9.16万元",
		"为68名一线干部职工送去防暑降温用品折合1.36万元",
		"为返乡农民工21人发放1.2万元",
		"全年发放慰问帮扶资金6万元（其中慰问金3.44万元、送清凉1.36万元、返乡爱心车票1.2万元），切实帮助困难干部职工",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %q in:\n%s", want, got)
		}
	}
	if strings.Contains(got, "共慰问") {
		t.Errorf("persons and person-times totalled together:\n%s", got)
	}
	for _, not := range []string{"发放其他", "1—12月", "229名全体", "，送去节日慰问品"} {
		if strings.Contains(got, not) {
			t.Errorf("%q in:\n%s", not, got)
		}
	}
}

// TestUnitsBreakdownNamed: the units are named by their breakdown when it
// adds up to them (局机关科室12个、直属事业单位3个), not all by one word.
func TestUnitsBreakdownNamed(t *testing.T) {
	p := parse(t, "organisation: {name: 甲局机关工会, sector: 机关}\nperiod: {year: 2025}\n"+
		"membership: {scope: 局机关和直属事业单位干部职工, units: 15, units_breakdown: [{label: 局机关科室, count: 12}, {label: 直属事业单位, count: 3}], staff: 231, members: 229}\n")
	got := paras(New(run(t, nil, p), false).Narrate("organisation"))
	if want := "共有局机关科室12个、直属事业单位3个"; !strings.Contains(got, want) {
		t.Errorf("got %q\nwant %q", got, want)
	}
}

// TestFacilitySchoolMeasure: a school counts in 所 (新建农民工夜校4所).
func TestFacilitySchoolMeasure(t *testing.T) {
	p := parse(t, "organisation: {name: 甲建设公司工会, sector: 企业}\nperiod: {year: 2025}\nfacilities: [{kind: 其他, name: 农民工夜校, built: 4, total: 12}]\n")
	if got, want := paras(New(run(t, nil, p), false).Narrate("self")), "新建农民工夜校4所，总数达到12所"; !strings.Contains(got, want) {
		t.Errorf("got %q\nwant %q", got, want)
	}
}

// TestYearlyDrivesOfATerm: in one file for a whole term, a drive held every
// year is one sentence with the term's total and each year's.
func TestYearlyDrivesOfATerm(t *testing.T) {
	drive := func(y int, total string) string {
		return fmt.Sprintf("  - {name: %d年慈善一日捐, start: %d-05, total: %s}\n", y, y, total)
	}
	p := parse(t, "organisation: {name: 甲镇总工会, sector: 街道乡镇}\nperiod: {year: 2023, from_year: 2021}\ncharity:\n"+
		drive(2021, "8.6万")+drive(2022, "9.2万")+drive(2023, "10.5万"))
	got := paras(New(run(t, nil, p), false).Narrate("charity"))
	if want := "每年积极参加慈善一日捐活动，累计募集善款28.3万元，其中2021年8.6万元、2022年9.2万元、2023年10.5万元。"; !strings.Contains(got, want) || strings.Count(got, "\n") != 1 {
		t.Errorf("got %q\nwant one paragraph with %q", got, want)
	}
}

// TestGoodsTotalNamed: the period's total of goods names the goods when
// they are two kinds at most, not 慰问品 for cooling drinks.
func TestGoodsTotalNamed(t *testing.T) {
	p := parse(t, "organisation: {name: 甲公司工会, sector: 企业}\nperiod: {year: 2025}\nrelief:\n  batches:\n"+
		"    - {occasion: 春节送温暖, persons: 10, amount: 1万}\n"+
		"    - {occasion: 夏季送清凉, kind: 送清凉, persons: 520, goods: [{item: 降温饮品, value: 2万}, {item: 防暑药品, value: 1.12万}]}\n")
	got := paras(New(run(t, nil, p), false).Narrate("relief"))
	if want := "送去降温饮品和防暑药品折合3.12万元"; !strings.Contains(got, want) {
		t.Errorf("got %q\nwant %q", got, want)
	}
}

// TestProposalsUnderWayWorded: a half-year summary of the congress held in
// it says the proposals left are being carried out; a year's does not.
func TestProposalsUnderWayWorded(t *testing.T) {
	src := "organisation: {name: 某公司工会, sector: 企业}\nperiod: {year: 2023%s}\ndemocracy: {term: 6, meeting: 4, proposals: 52, accepted: 40, implemented: 16}\n"
	for part, want := range map[string]bool{", part: 上半年": true, "": false} {
		got := paras(New(run(t, nil, parse(t, fmt.Sprintf(src, part))), false).Narrate("democracy"))
		if strings.Contains(got, "其余24件正在抓紧落实") != want {
			t.Errorf("period%q: under way = %v, want %v:\n%s", part, !want, want, got)
		}
	}
}

// TestHostWords: the whole of a host named 总行 is 全行, and the union's own
// employer, once named, is 行方 (a host of one character), 院方, or its 行政.
func TestHostWords(t *testing.T) {
	for _, c := range []struct{ host, whole, admin string }{
		{"总行", "全行", "行方"},
		{"行", "全行", "行方"},
		{"公司", "全公司", "公司行政"},
		{"总公司", "全公司", "公司行政"},
		{"医院", "全院", "院方"},
		{"学校", "全校", "校方"},
		{"总部", "全总部", "总部行政"},
	} {
		p := parse(t, "organisation: {name: 某工会, sector: 企业, words: {host: "+c.host+"}}\nperiod: {year: 2025}\n")
		w := New(run(t, nil, p), false)
		if got := w.Whole(); got != c.whole {
			t.Errorf("host %s: Whole = %s, want %s", c.host, got, c.whole)
		}
		if got := w.admin(); got != c.admin {
			t.Errorf("host %s: admin = %s, want %s", c.host, got, c.admin)
		}
	}
}

// TestMembersBreakdownInBrackets: the migrant workers among the members are
// said in brackets after them, so the 入会率 after is not read as theirs;
// a union breakdown that is the whole is not said.
func TestMembersBreakdownInBrackets(t *testing.T) {
	p := parse(t, `organisation: {name: 某开发区总工会, kind: 工会联合会}
period: {year: 2025}
membership: {staff: 38000, members: 35100, new_members: 2100, migrant_members: 21600}
building: {unions_total: 29, independent: 29}
`)
	got := paras(New(run(t, nil, p), false).Narrate("organisation"))
	if !strings.Contains(got, "会员总数达到35,100人（其中农民工会员21,600人），入会率为92.4%") {
		t.Errorf("members:\n%s", got)
	}
	if strings.Contains(got, "其中单独建会") {
		t.Errorf("a breakdown that is the whole:\n%s", got)
	}
}

// TestReliefBreakdownBeforeChange: the kinds of the relief money follow the
// total they break down, before its change on last year.
func TestReliefBreakdownBeforeChange(t *testing.T) {
	last := parse(t, "organisation: {name: 某工会, sector: 企业}\nperiod: {year: 2024}\nrelief: {batches: [{occasion: 春节送温暖, persons: 10, amount: 2万}]}\n")
	this := parse(t, "organisation: {name: 某工会, sector: 企业}\nperiod: {year: 2025}\nrelief: {batches: [{occasion: 春节送温暖, persons: 10, amount: 2万}, {occasion: 金秋助学, kind: 助学金, persons: 5, amount: 1万}]}\n")
	got := paras(New(run(t, nil, last, this), false).Narrate("relief"))
	if !strings.Contains(got, "发放帮扶资金3万元（其中慰问金2万元、助学金1万元），比上年增长50%") {
		t.Errorf("relief total:\n%s", got)
	}
}

// TestCongressesOfSeveralYears: a file for several years names the
// meetings of its years, not only the last.
func TestCongressesOfSeveralYears(t *testing.T) {
	for _, c := range []struct{ period, meeting, want string }{
		{"{year: 2025, from_year: 2021}", "term: 5, meeting: 5", "先后召开五届一次至五次教代会"},
		{"{year: 2025}", "term: 5, meeting: 5", "召开五届五次教代会"},
		// the years began under the congress before
		{"{year: 2025, from_year: 2021}", "term: 6, meeting: 4", "先后召开教代会5次，包括六届一次至四次教代会"},
		{"{year: 2025, from_year: 2021}", "term: 6, meeting: 1", "先后召开教代会5次，包括六届一次教代会"},
	} {
		p := parse(t, "organisation: {name: 某大学工会, sector: 学校}\nperiod: "+c.period+"\ndemocracy: {body: 教代会, sessions: 5, "+c.meeting+"}\n")
		if got := paras(New(run(t, nil, p), false).Narrate("democracy")); !strings.Contains(got, c.want) {
			t.Errorf("%s: got %q, want %q", c.period, got, c.want)
		}
	}
}

// TestTermFinanceBalance: a review of several years closes its funds with
// the last year's balance.
func TestTermFinanceBalance(t *testing.T) {
	y := func(year int, balance string) *record.Period {
		return parse(t, fmt.Sprintf("organisation: {name: 某工会, sector: 学校}\nperiod: {year: %d}\nfinance: {received: 500万, expenditure: 600万, balance: %s}\n", year, balance))
	}
	got := paras(New(run(t, nil, y(2024, "300万"), y(2025, "251.6万")), true).Narrate("finance"))
	if !strings.Contains(got, "2025年末，工会经费结余251.6万元") {
		t.Errorf("finance:\n%s", got)
	}
}

// TestAdviceNotSaidTwice: a standing duty the clerk's own suggestion says
// already, in other words, is not added after it.
func TestAdviceNotSaidTwice(t *testing.T) {
	p := parse(t, `organisation: {name: 某大学工会, sector: 学校}
period: {year: 2025, from_year: 2021}
activities: [{name: 师德师风主题教育月, category: 宣传教育, role: 主办, participants: 2000}]
text:
  plan:
    - heading: 今后五年的建议
      items: [坚持把政治建设摆在首位，团结引导广大教职工听党话、跟党走。]
`)
	got := strings.Join(New(run(t, nil, p), true).Advice(), "\n")
	if n := strings.Count(got, "听党话、跟党走"); n != 1 {
		t.Errorf("said %d times:\n%s", n, got)
	}
}

// TestReliefSourceNotOwn: a union does not 争取 its own support; money of a
// fund is 使用'd.
func TestReliefSourceNotOwn(t *testing.T) {
	for _, c := range []struct{ source, want, not string }{
		{"市总工会和开发区总工会", "争取市总工会支持", "开发区总工会支持"},
		{"开发区总工会", "开展春节送温暖活动，为", "争取"},
		{"教职工医疗互助金", "使用教职工医疗互助金", "争取"},
		{"市总工会", "争取市总工会支持", ""},
		{"市总工会和和平区慈善基金", "市总工会和和平区慈善基金", "使用平区"}, // 和 inside a name
	} {
		p := parse(t, "organisation: {name: 某经济开发区总工会, kind: 工会联合会}\nperiod: {year: 2025}\nrelief: {batches: [{occasion: 春节送温暖, who: 困难职工, persons: 20, amount: 3万, source: "+c.source+"}]}\n")
		got := paras(New(run(t, nil, p), false).Narrate("relief"))
		if !strings.Contains(got, c.want) || c.not != "" && strings.Contains(got, c.not) {
			t.Errorf("source %s:\n%s\nwant %q, not %q", c.source, got, c.want, c.not)
		}
	}
}

// TestSubUnions: the unions under one organisation's union are its 分工会,
// not 基层工会; a federation's are its 基层工会.
func TestSubUnions(t *testing.T) {
	for _, c := range []struct{ org, want string }{
		{"{name: 国网某县供电公司工会, short_name: 公司工会, sector: 企业}", "公司工会下设分工会16个"},
		{"{name: 某街道总工会, kind: 街道总工会}", "全街道共有基层工会16个"},
		{"{name: 某工业园区工会联合会}", "共有基层工会16个"},
	} {
		p := parse(t, "organisation: "+c.org+"\nperiod: {year: 2025}\nbuilding: {unions_total: 16}\n")
		if got := paras(New(run(t, nil, p), false).Narrate("organisation")); !strings.Contains(got, c.want) {
			t.Errorf("%s: got %q, want %q", c.org, got, c.want)
		}
	}
}

// TestFigureNamedOnly: a figure whose label only names what is counted says
// how many there are; one whose label says what was done is kept.
func TestFigureNamedOnly(t *testing.T) {
	for _, c := range []struct{ figure, want string }{
		{"{section: activities, label: 教职工文体协会, count: 19, measure: 个}", "共有教职工文体协会19个"},
		{"{section: activities, label: 各学院召开二级教代会, count: 119, measure: 次}", "各学院召开二级教代会119次"},
		{"{section: activities, label: 新建职工健身点, count: 3, measure: 个}", "新建职工健身点3个"},
	} {
		p := parse(t, "organisation: {name: 某大学工会, sector: 学校}\nperiod: {year: 2025}\nfigures: ["+c.figure+"]\n")
		if got := paras(New(run(t, nil, p), false).Narrate("activities")); !strings.Contains(got, c.want) || strings.Contains(got, "共有共有") {
			t.Errorf("%s: got %q, want %q", c.figure, got, c.want)
		}
	}
}

// TestArrearsRecovered: unpaid wages recovered are said for whom they were
// owed, apart from other losses.
func TestArrearsRecovered(t *testing.T) {
	for _, c := range []struct{ rights, want string }{
		{"{legal_aid: 32, arrears: 312.6万, arrears_workers: 356, arrears_who: 农民工}", "为职工提供法律援助32件，为356名农民工追回欠薪312.6万元"},
		{"{arrears: 20万}", "为职工追回欠薪20万元"},
		{"{recovered: 5万, arrears: 20万, arrears_workers: 30}", "为职工挽回经济损失5万元，为30名职工追回欠薪20万元"},
	} {
		p := parse(t, "organisation: {name: 某开发区总工会, kind: 工会联合会}\nperiod: {year: 2025}\nrights: "+c.rights+"\n")
		if got := paras(New(run(t, nil, p), false).Narrate("rights")); !strings.Contains(got, c.want) {
			t.Errorf("%s: got %q, want %q", c.rights, got, c.want)
		}
	}
}

// TestFigureWrittenInWan: an amount written in 万 keeps the precision it
// was written with, in 万元 where 亿元 would need more than two decimals;
// one written in 元 is shortened.
func TestFigureWrittenInWan(t *testing.T) {
	for _, c := range []struct{ amount, want string }{
		{"12720万", "返还基层工会经费12720万元"},
		{"134.1911万", "返还基层工会经费134.1911万元"},
		{"2.26亿", "返还基层工会经费2.26亿元"},
		{"1341911", "返还基层工会经费134.19万元"},
	} {
		p := parse(t, "organisation: {name: 云溪县总工会}\nperiod: {year: 2025}\nfigures: [{section: finance, label: 返还基层工会经费, amount: "+c.amount+"}]\n")
		if got := paras(New(run(t, nil, p), false).others("finance", "")); !strings.Contains(got, c.want+"。") {
			t.Errorf("%s: got %q, want %q", c.amount, got, c.want)
		}
	}
}

// TestReliefCareIsNotHelp: money every worker may get (birthday coupons,
// summer drinks) is 慰问资金, not 帮扶资金, and its total does not claim to
// have helped the needy; help for the needy beside it makes 慰问帮扶资金,
// and the claim is made unless most of the people counted got a gift
// every worker gets.
func TestReliefCareIsNotHelp(t *testing.T) {
	care := `    - {occasion: 教职工生日慰问, kind: 慰问品, persons: 206, amount: 2.06万}
    - {occasion: 夏季送清凉, kind: 送清凉, persons: 210, amount: 1.05万}
`
	for _, c := range []struct{ batches, want, not string }{
		{care, "全年共慰问416人，发放慰问资金3.11万元（其中慰问品2.06万元、送清凉1.05万元）。", "切实帮助"},
		{care + "    - {occasion: 困难教职工帮扶, kind: 困难补助, measure: 户, persons: 3, amount: 9000}\n",
			"发放慰问帮扶资金4.01万元（其中慰问品2.06万元、送清凉1.05万元、困难补助9000元），切实帮助困难教职工解决了生活中的实际问题。", ""},
		{"    - {occasion: 春节送温暖, persons: 10, amount: 2万}\n    - {occasion: 金秋助学, kind: 助学金, persons: 5, amount: 1万}\n",
			"发放帮扶资金3万元", ""},
		{"    - {occasion: 春节送温暖, who: 困难教职工, persons: 46, amount: 4.6万}\n    - {occasion: 教师节慰问, kind: 慰问品, who: 全体教职工, persons: 346, amount: 2.42万}\n",
			"全年共慰问392人，发放慰问帮扶资金7.02万元", "切实帮助"},
	} {
		p := parse(t, "organisation: {name: 某中学工会, sector: 学校}\nperiod: {year: 2025}\nrelief:\n  batches:\n"+c.batches)
		got := paras(New(run(t, nil, p), false).Narrate("relief"))
		if !strings.Contains(got, c.want) || c.not != "" && strings.Contains(got, c.not) {
			t.Errorf("got:\n%s\nwant %q, not %q", got, c.want, c.not)
		}
	}
}

// TestFacilitySections: each place is told in the section of the work it
// serves: a 母婴室 with the women's work (in the paragraph a speech's
// brief keeps), an 爱心驿站 with the services to staff, a 创新工作室 with
// the labour contests and innovation, the union's own
// places with its own building; a section the records name wins.
func TestFacilitySections(t *testing.T) {
	p := parse(t, `organisation: {name: 云溪县总工会, sector: 地方总工会}
period: {year: 2025}
women: {checkups: 500}
facilities:
  - {kind: 母婴室, name: 爱心妈咪小屋, built: 38, total: 312}
  - {kind: 爱心驿站, built: 28, total: 236}
  - {kind: 职工之家, built: 52, total: 1210}
  - {kind: 职工书屋, built: 15, section: 文体活动}
  - {kind: 创新工作室, name: 劳模创新工作室, built: 6, total: 40}
`)
	w := New(run(t, nil, p), false)
	for _, c := range []struct{ section, want, not string }{
		{"labour", "新建劳模创新工作室6个，总数达到40个。", "之家"},
		{"women", "组织500名女职工参加妇科健康检查。新建爱心妈咪小屋38个，总数达到312个。", "驿站"},
		{"welfare", "新建爱心驿站28个，共有爱心驿站236个。", "妈咪"},
		{"self", "新建职工之家52个，共有职工之家1210个。", "书屋"},
		{"activities", "新建职工书屋15个。", "之家"},
	} {
		got := paras(w.Narrate(c.section))
		if !strings.Contains(got, c.want) || strings.Contains(got, c.not) {
			t.Errorf("%s: got %q, want %q and no %q", c.section, got, c.want, c.not)
		}
	}
	if got := paras(w.Brief("women")); !strings.Contains(got, "爱心妈咪小屋") {
		t.Errorf("a speech's brief of the women's work lost the 母婴室: %q", got)
	}
}

// TestTermFacilityFlows: a review of several years sums each year's flows
// of a facility (built, upgraded, books added, money put in) and takes its
// count at the term's end from the last year.
func TestTermFacilityFlows(t *testing.T) {
	var ps []*record.Period
	for i, inv := range []string{"96万", "42万", "85万", "64万", "51万"} {
		ps = append(ps, parse(t, fmt.Sprintf("organisation: {name: 甲公交集团工会, sector: 企业}\nperiod: {year: %d}\nfacilities: [{kind: 爱心驿站, built: %d, total: %d, investment: %s}]\n", 2021+i, 8+i, 20+i*8, inv)))
	}
	got := paras(New(run(t, nil, ps...), true).facilities("welfare"))
	if want := "新建爱心驿站50个，共有爱心驿站52个，累计投入资金338万元。"; got != want+"\n" && !strings.Contains(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestCheckupsOfSeveralYears: a file for several years counts the women's
// check-ups in 人次 (the same women every year), not as a head count.
func TestCheckupsOfSeveralYears(t *testing.T) {
	for _, c := range []struct{ period, want string }{
		{"{year: 2025, from_year: 2021}", "五年来，累计组织女职工参加妇科健康检查5257人次。"},
		{"{year: 2025}", "组织1100名女职工参加妇科健康检查。"},
	} {
		n := "5257"
		if !strings.Contains(c.period, "from_year") {
			n = "1100"
		}
		p := parse(t, "organisation: {name: 甲公交集团工会, sector: 企业}\nperiod: "+c.period+"\nmembership: {women_staff: 1158}\nwomen: {checkups: "+n+"}\n")
		if got := paras(New(run(t, nil, p), false).Narrate("women")); !strings.Contains(got, c.want) {
			t.Errorf("%s: got %q, want %q", c.period, got, c.want)
		}
	}
}

func TestGrade(t *testing.T) {
	for _, c := range []struct{ level, noun, want string }{
		{"省级", "职工创新工作室", "省级职工创新工作室"},
		{"省级示范", "爱心驿站", "省级示范爱心驿站"},
		{"省级模范职工之家", "职工之家", "省级模范职工之家"},
		{"示范点", "爱心驿站", "示范点"},
	} {
		if got := grade(c.level, c.noun); got != c.want {
			t.Errorf("grade(%q, %q) = %q, want %q", c.level, c.noun, got, c.want)
		}
	}
}

// TestReliefOccasionOfItsRecipients: an occasion that only describes the
// work for the batch's recipients (患病住院教职工慰问) is not told before
// them again.
func TestReliefOccasionOfItsRecipients(t *testing.T) {
	for _, c := range []struct{ occasion, want, not string }{
		{"患病住院教职工慰问", "为患病住院教职工94人次发放慰问金9.4万元", "开展患病住院教职工慰问活动"},
		{"年终慰问", "开展年终慰问活动，为患病住院教职工94人次", ""},
	} {
		p := parse(t, "organisation: {name: 甲大学工会, sector: 学校}\nperiod: {year: 2025}\nrelief: {batches: [{occasion: "+c.occasion+
			", kind: 慰问金, who: 患病住院教职工, persons: 94, measure: 人次, amount: 9.4万}]}\n")
		got := paras(New(run(t, nil, p), false).Narrate("relief"))
		if !strings.Contains(got, c.want) || c.not != "" && strings.Contains(got, c.not) {
			t.Errorf("%s:\n%s\nwant %q, not %q", c.occasion, got, c.want, c.not)
		}
	}
}

// TestReliefTotalOfSome: a total of one measure (10户) is not stated when
// people counted in another (11名职工) cannot be added, for it would pass
// for all of them; batches that count no one (a visit, summer drinks) do
// not stop it.
func TestReliefTotalOfSome(t *testing.T) {
	const households = "    - {occasion: 走访慰问, who: 困难群众, persons: 10, measure: 户, each: 500}\n"
	const uncounted = "    - {occasion: 看望生病住院职工, who: 生病住院职工}\n"
	for _, c := range []struct {
		batches string
		total   bool
	}{
		{households + uncounted, true},
		{households + uncounted + "    - {occasion: 春节慰问, who: 困难职工, persons: 11, each: 500}\n    - {occasion: 看望退休职工, who: 退休职工}\n", false},
	} {
		p := parse(t, "organisation: {name: 某局工会}\nperiod: {year: 2014, part: 上半年}\nrelief:\n  batches:\n"+c.batches)
		got := paras(New(run(t, nil, p), false).Narrate("relief"))
		if strings.Contains(got, "共慰问10户") != c.total {
			t.Errorf("total stated %v, want %v:\n%s", !c.total, c.total, got)
		}
	}
}
