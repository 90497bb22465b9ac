package prose

import (
	"strings"
	"testing"
)

// TestOneDate: what happened on one day is told under the date once.
func TestOneDate(t *testing.T) {
	for _, c := range []struct {
		in   Para
		want string
	}{
		{Para{"6月28日，签订行业性集体合同。", "6月28日，召开第一次会员代表大会，共有49人参加。"},
			"6月28日，签订行业性集体合同；召开第一次会员代表大会，共有49人参加。"},
		{Para{"3月8日，举办女职工插花比赛。", "3月8日，开展“三八”维权宣传活动。", "3月8日，组织女职工健康体检。"},
			"3月8日，举办女职工插花比赛；开展“三八”维权宣传活动；组织女职工健康体检。"},
		{Para{"1月，向困难职工发放慰问金2万元；1月，向退休职工发放慰问品。"},
			"1月，向困难职工发放慰问金2万元；向退休职工发放慰问品。"},
		{Para{"2023年12月20日，召开会员代表大会。", "2023年12月20日，表彰先进。"},
			"2023年12月20日，召开会员代表大会；表彰先进。"},
		// different dates, a sentence between, or a note after the
		// sentence: each keeps its date
		{Para{"3月8日，举办插花比赛。", "3月9日，开展维权宣传。"}, "3月8日，举办插花比赛。3月9日，开展维权宣传。"},
		{Para{"3月，举办插花比赛。", "全年共开展活动12项。", "3月，开展维权宣传。"},
			"3月，举办插花比赛。全年共开展活动12项。3月，开展维权宣传。"},
		{Para{"5月，举办培训班。共培训60人。", "5月，开展竞赛。"}, "5月，举办培训班。共培训60人。5月，开展竞赛。"},
		// a figure before a comma is not a date
		{Para{"2023，数字。", "2023，数字。"}, "2023，数字。2023，数字。"},
	} {
		if got := strings.Join(oneDate(c.in), ""); got != c.want {
			t.Errorf("oneDate(%q)\n got %s\nwant %s", c.in, got, c.want)
		}
	}
}

// TestContractsSignedTogether: contracts signed with one party on one day
// are one clause with the date once, whether one enterprise's or an
// industry's; a note that is only the contract's title names it.
func TestContractsSignedTogether(t *testing.T) {
	for _, c := range []struct{ name, contracts, want string }{
		{"industry", `
  - {kind: 集体合同, scope: 行业性, with: 建筑行业相关企业, date: 2014-06-28, note: 《当阳市建筑行业集体合同》}
  - {kind: 工资专项集体合同, scope: 行业性, with: 建筑行业相关企业, date: 2014-06-28}`,
			"6月28日，签订行业性集体合同《当阳市建筑行业集体合同》和工资专项集体合同。"},
		{"enterprise", `
  - {kind: 集体合同, scope: 单独, with: 平阳县人民医院, staff: 1186, date: 2023-03, renewed: 是}
  - {kind: 女职工专项集体合同, scope: 单独, with: 平阳县人民医院, staff: 853, date: 2023-03}`,
			"3月，与平阳县人民医院续签集体合同，签订女职工专项集体合同，覆盖1186名职工、853名女职工。"},
		{"region and enterprise apart", `
  - {kind: 工资专项集体合同, scope: 区域性, with: 东城街道非公企业, enterprises: 32, date: 2023-05}
  - {kind: 集体合同, scope: 单独, with: 东塔机械有限公司, date: 2023-05}`,
			"5月，签订区域性工资专项集体合同，覆盖企业32家；与东塔机械有限公司签订集体合同。"},
		{"three renewed", `
  - {kind: 集体合同, scope: 单独, with: 甲建设有限公司, date: 2023-03, renewed: 是}
  - {kind: 工资专项集体合同, scope: 单独, with: 甲建设有限公司, date: 2023-03, renewed: 是}
  - {kind: 女职工专项集体合同, scope: 单独, with: 甲建设有限公司, date: 2023-03, renewed: 是}`,
			"3月，与甲建设有限公司续签集体合同、工资专项集体合同和女职工专项集体合同。"},
	} {
		src := "organisation: {name: 测试工会, sector: 企业}\nperiod: {year: " + map[bool]string{true: "2014", false: "2023"}[c.name == "industry"] + "}\ncontracts:" + c.contracts + "\n"
		w := New(run(t, nil, parse(t, src)), false)
		if got := paras(w.Narrate("democracy")); !strings.Contains(got, c.want) {
			t.Errorf("%s: got\n%s\nwant %s", c.name, got, c.want)
		}
	}
}

// TestNewUnionFiguresOnce: a union founded in the period is told with
// each figure once: the clerk's note that words a figure, and the
// membership sentence that tells the same union's members, are not
// repeated by the founding sentence.
func TestNewUnionFiguresOnce(t *testing.T) {
	src := `
organisation: {name: 当阳市住房和城乡建设局工会, sector: 机关}
period: {year: 2014, part: 上半年}
membership: {scope: 当阳市建筑行业工会联合会, members: 1118}
building:
  new_unions:
    - {name: 当阳市建筑行业工会联合会, date: 2014-06-28, members: 1118, enterprises: 10余, delegates: 49,
       note: 涵盖华欣建筑等10余家建筑企业；选举产生工会联合会委员会}
`
	got := paras(New(run(t, nil, parse(t, src)), false).Narrate("organisation"))
	want := "6月28日，当阳市建筑行业工会联合会成立，49名代表参加成立大会，涵盖华欣建筑等10余家建筑企业；选举产生工会联合会委员会。该联合会现有会员1118人。"
	if !strings.Contains(got, want) {
		t.Errorf("got\n%s\nwant %s", got, want)
	}
	for _, twice := range []string{"1118人", "10余家"} {
		if strings.Count(got, twice) != 1 {
			t.Errorf("%s told %d times:\n%s", twice, strings.Count(got, twice), got)
		}
	}
}

// TestOccasionClause: a batch's occasion is named as a campaign, a time or
// a deed, never "开展" before a verb.
func TestOccasionClause(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"教师节慰问", "开展教师节慰问活动"},
		{"金秋助学", "开展“金秋助学”活动"},
		{"春节", "春节期间"},
		{"补助困难职工", "补助困难职工"},
		{"走访职工和慰问生病住院职工", "走访职工和慰问生病住院职工"},
		{"慰问困难党员", "慰问困难党员"},
		{"职工大病救助", "开展职工大病救助活动"},
		{"爱心捐助", "开展爱心捐助"},
		{"“送清凉、送健康”", "开展“送清凉、送健康”活动"},
	} {
		if got := occasionClause(c.in); got != c.want {
			t.Errorf("occasionClause(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestNewUnionsNamedTogether: unions founded with nothing more said of them
// are named in one sentence; one with a date or figures keeps its own; a
// row counting several unions tells their figures together (共有会员).
func TestNewUnionsNamedTogether(t *testing.T) {
	p := parse(t, "organisation: {name: 思礼镇工会联合会, sector: 乡镇}\nperiod: {year: 2020}\nbuilding:\n  unions_built: 3\n  new_unions:\n"+
		"    - {name: 万洋绿色能源有限公司工会, kind: 独立}\n    - {name: 金惠铅业有限公司工会, kind: 独立}\n"+
		"    - {name: 路华电子厂工会, kind: 独立, date: 2020-06, members: 420}\n"+
		"    - {name: 非公企业工会, kind: 独立, count: 6, members: 298}\n")
	got := paras(New(run(t, nil, p), false).Narrate("organisation"))
	for _, want := range []string{"万洋绿色能源有限公司工会、金惠铅业有限公司工会相继成立。", "6月，路华电子厂工会成立，该工会有会员420人。",
		"新成立6个非公企业工会，共有会员298人。"} {
		if !strings.Contains(got, want) {
			t.Errorf("got %q, want %q in it", got, want)
		}
	}
}

// TestHonourNamedReceivers: receivers named one by one are not counted as
// well (甲工会、乙工会被授予…, not 2个甲工会、乙工会); a count of receivers
// described together keeps it (3名职工荣获…).
func TestHonourNamedReceivers(t *testing.T) {
	p := parse(t, "organisation: {name: 青园街道总工会, sector: 街道乡镇}\nperiod: {year: 2025}\nhonours:\n"+
		"  - {who: 康乐养老服务中心工会、星河社区工会, count: 2, title: 滨湖区模范职工之家, recipient: 集体, measure: 个, level: 县, by: 滨湖区总工会}\n"+
		"  - {who: 一线职工, count: 3, title: 优秀工会积极分子, recipient: 个人, level: 县}\n")
	got := paras(New(run(t, nil, p), false).Narrate("honours"))
	for _, want := range []string{"康乐养老服务中心工会、星河社区工会被滨湖区总工会授予", "3名一线职工"} {
		if !strings.Contains(got, want) {
			t.Errorf("got %q, want %q in it", got, want)
		}
	}
	if strings.Contains(got, "2个康乐") {
		t.Errorf("named receivers counted as well: %q", got)
	}
}

// TestCoverageOfOneOrganisation: the 建会率 of a federation is told; that of
// one company drawn from its own 车间 (each with its 分工会) at 100% is not,
// and below 100% it is (a 车间 without a union is worth saying).
func TestCoverageOfOneOrganisation(t *testing.T) {
	units := func(second string) string {
		return "units:\n  - {name: 一车间, staff: 100, members: 98, has_union: 是}\n  - {name: 二车间, staff: 80, members: 70, has_union: " + second + "}\n"
	}
	for _, tt := range []struct {
		name, org, second string
		want              bool
	}{
		{"a company, all covered", "{name: 甲公司工会, sector: 企业}", "是", false},
		{"a company, one not", "{name: 甲公司工会, sector: 企业}", "否", true},
		{"a federation", "{name: 乙街道总工会, sector: 街道乡镇}", "是", true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			p := parse(t, "organisation: "+tt.org+"\nperiod: {year: 2025}\n"+units(tt.second))
			got := paras(New(run(t, nil, p), false).Narrate("organisation"))
			if strings.Contains(got, "建会率") != tt.want {
				t.Errorf("建会率 told: %v, want %v:\n%s", !tt.want, tt.want, got)
			}
		})
	}
}

// TestNewUnionsInDateOrder: unions founded are told in the order they were
// founded, whatever the order of the rows; the undated come last.
func TestNewUnionsInDateOrder(t *testing.T) {
	p := parse(t, "organisation: {name: 青园街道总工会, sector: 街道乡镇}\nperiod: {year: 2025}\nbuilding:\n  new_unions:\n"+
		"    - {name: 快递物流行业工会联合会, kind: 行业, date: 2025-04-18, members: 236}\n"+
		"    - {name: 美团站点工会, kind: 独立, date: 2025-03-26, members: 186}\n"+
		"    - {name: 非公企业工会, kind: 独立, count: 6, members: 298}\n"+
		"    - {name: 饿了么站点工会, kind: 独立, date: 2025-05-20, members: 132}\n")
	got := paras(New(run(t, nil, p), false).Narrate("organisation"))
	last := -1
	for _, name := range []string{"美团站点工会", "快递物流行业工会联合会", "饿了么站点工会", "非公企业工会"} {
		i := strings.Index(got, name)
		if i < last {
			t.Errorf("%s told out of date order:\n%s", name, got)
		}
		last = i
	}
}

// TestCommendationsByDate: commendations given on different dates are told
// each on its date, not all on the first one's.
func TestCommendationsByDate(t *testing.T) {
	p := parse(t, "organisation: {name: 甲医院工会, sector: 医院}\nperiod: {year: 2025}\ncommendations:\n"+
		"  - {title: 优秀医师, count: 20, recipient: 个人, date: 2025-08}\n"+
		"  - {title: 先进分工会, count: 3, recipient: 集体, measure: 个, date: 2025-12}\n"+
		"  - {title: 优秀工会积极分子, count: 25, recipient: 个人, date: 2025-12}\n")
	got := paras(New(run(t, nil, p), false).Narrate("honours"))
	for _, want := range []string{"8月，对20名优秀医师进行了表彰。", "12月，对3个先进分工会、25名优秀工会积极分子进行了表彰。"} {
		if !strings.Contains(got, want) {
			t.Errorf("got %q, want %q in it", got, want)
		}
	}
	// out of order in the records, and one given by another body
	p = parse(t, "organisation: {name: 甲公司工会, sector: 企业}\nperiod: {year: 2025}\ncommendations:\n"+
		"  - {title: 优秀工会积极分子, count: 24, recipient: 个人, date: 2025-12}\n"+
		"  - {title: 先进分会, count: 2, recipient: 集体, measure: 个, date: 2025-12, by: 公司党委}\n"+
		"  - {title: 最美职工, count: 10, recipient: 个人, date: 2025-05}\n")
	got = paras(New(run(t, nil, p), false).Narrate("honours"))
	want := "5月，对10名最美职工进行了表彰。12月，对24名优秀工会积极分子进行了表彰；公司党委对2个先进分会进行了表彰。"
	if !strings.Contains(got, want) {
		t.Errorf("got %q, want %q in it", got, want)
	}
	// a medal or a 奖状 is not who holds it
	p = parse(t, "organisation: {name: 云溪县总工会}\nperiod: {year: 2025}\ncommendations:\n"+
		"  - {title: 县五一劳动奖章, count: 30, recipient: 个人, date: 2025-04}\n"+
		"  - {title: 县五一劳动奖状, count: 10, recipient: 集体, date: 2025-04}\n"+
		"  - {title: 县工人先锋号, count: 15, recipient: 集体, date: 2025-04}\n")
	got = paras(New(run(t, nil, p), false).Narrate("honours"))
	want = "4月，对30名县五一劳动奖章获得者、10个县五一劳动奖状获得单位、15个县工人先锋号进行了表彰。"
	if !strings.Contains(got, want) {
		t.Errorf("got %q, want %q in it", got, want)
	}
	// a title that ends in its measure word is counted with 个
	p = parse(t, "organisation: {name: 区交通局机关工会}\nperiod: {year: 2021}\ncommendations:\n"+
		"  - {title: 遵纪守法户, count: 23, recipient: 集体, measure: 户}\n")
	got = paras(New(run(t, nil, p), false).Narrate("honours"))
	if want = "对23个遵纪守法户进行了表彰。"; !strings.Contains(got, want) {
		t.Errorf("got %q, want %q in it", got, want)
	}
}
