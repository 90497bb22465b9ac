package prose

import (
	"strings"
	"testing"

	"zongjie/internal/record"
)

// county is a 地方总工会's year: its make-up, the funds it collects, an
// honour of its own, a mutual-aid scheme's benefits and a 送温暖 to
// recipients of three kinds.
const county = `organisation: {name: 云溪县总工会, short_name: 县总工会, kind: 地方总工会}
period: {year: 2025}
membership:
  scope: 全县已建会单位职工
  units: 3480
  units_breakdown: [{label: 企业, count: 3100}, {label: 机关事业单位, count: 380}]
  staff: 201500
  members: 186000
building:
  unions_total: 1460
  member_units: 29
  member_units_breakdown: [{label: 乡镇(街道)总工会, count: 21}, {label: 产业(系统)工会, count: 8}]
  unions_planned: 50
  unions_built: 46
finance: {due: 22600万, transferred: 21200万}
honours:
  - {who: 云溪县总工会, title: 全市工会工作综合考核优秀单位, recipient: 集体, level: 市}
relief:
  batches:
    - {occasion: 春节送温暖, kind: 慰问金, date: 2025-01, amount: 489万, persons: 3260,
       recipients: [{label: 建档困难职工, count: 412}, {label: 劳动模范, count: 186}, {label: 一线职工和新就业形态劳动者, count: 2662}]}
    - {occasion: 职工医疗互助, kind: 医疗互助, date: 2025-11, who: 患病住院职工, persons: 2860, measure: 人次, amount: 312万}
`

// TestLocalFederation: a county's 总工会 is worded as one: the funds it
// collects (应收, 实收, 收缴率, and what is still owed as the problem), its
// 乡镇(街道) and 产业(系统) unions with the 基层工会, the units its scope
// names, itself by its short name, the benefits its mutual-aid scheme
// paid out as relief.
func TestLocalFederation(t *testing.T) {
	p := parse(t, county)
	if got := record.SectorOf(p.Org); got != record.SectorLocal {
		t.Fatalf("sector %q, want %q", got, record.SectorLocal)
	}
	if v := p.Vocabulary(); v.Host != "县" || v.Party != "县委" {
		t.Errorf("host %q, party %q: want 县, 县委", v.Host, v.Party)
	}
	w := New(run(t, nil, p), false)
	got := paras(w.Narrate("organisation")) + paras(w.Narrate("finance")) + paras(w.Narrate("honours")) + paras(w.Narrate("relief")) +
		strings.Join(w.Problems(), "\n")
	for _, want := range []string{
		"全县已建会单位3480个，其中企业3100家、机关事业单位380个，共有职工201,500人",
		"全县有乡镇（街道）总工会21个、产业（系统）工会8个，基层工会1460个",
		"全年计划组建工会50个，实际组建46个，组建任务完成率为92%",
		"全年应收工会经费2.26亿元，实收2.12亿元，工会经费收缴率为93.81%",
		"工会经费收缴率为93.81%，尚有1400万元工会经费应收未收",
		"县总工会荣获“全市工会工作综合考核优秀单位”称号",
		"为建档困难职工412名、劳动模范186名、一线职工和新就业形态劳动者2662名发放慰问金489万元",
		"为患病住院职工2860人次发放医疗互助金312万元",
		"医疗互助金312万元）",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %q in:\n%s", want, got)
		}
	}
	for _, bad := range []string{"划拨", "专用账户", "成员单位", "云溪县总工会被", "缴纳互助金", "企业3100个"} {
		if strings.Contains(got, bad) {
			t.Errorf("%q in:\n%s", bad, got)
		}
	}
}

// TestLocalName: the 总工会 of a county, city, district or banner is a
// 地方总工会 by its name; a town's, a 街道's or a system's is not.
func TestLocalName(t *testing.T) {
	for name, want := range map[string]string{
		"云溪县总工会": record.SectorLocal, "丽川市总工会": record.SectorLocal, "西湖区总工会": record.SectorLocal, "区总工会": record.SectorLocal,
		"溪口镇总工会": record.SectorTownship, "城关街道总工会": record.SectorTownship, "市教育系统总工会": record.SectorSchool,
	} {
		if got := record.SectorOf(record.Organisation{Name: name}); got != want {
			t.Errorf("%s: sector %q, want %q", name, got, want)
		}
	}
}

// TestMutualAid: a mutual-aid batch counted by the visit, or for the sick,
// is benefits paid out; one for members is premiums paid in.
func TestMutualAid(t *testing.T) {
	for _, c := range []struct {
		batch string
		paid  bool
	}{
		{"{occasion: 医疗互助, kind: 医疗互助, who: 患病住院职工, persons: 28, amount: 3万}", true},
		{"{occasion: 医疗互助, kind: 医疗互助, who: 职工, persons: 28, measure: 人次, amount: 3万}", true},
		{"{occasion: 职工医疗互助, kind: 医疗互助, who: 会员, persons: 1163, amount: 5.82万}", false},
		{"{occasion: 女职工安康保险, kind: 保险, who: 女职工, persons: 80, amount: 4000}", false},
	} {
		p := parse(t, "organisation: {name: 甲公司工会}\nperiod: {year: 2025}\nrelief: {batches: ["+c.batch+"]}\n")
		b := p.Relief.Batches[0]
		if b.MutualAidPaid() != c.paid || b.Cover() == c.paid {
			t.Errorf("%s: paid %v, cover %v; want paid %v", c.batch, b.MutualAidPaid(), b.Cover(), c.paid)
		}
		got := paras(New(run(t, nil, p), false).Narrate("relief"))
		if want := map[bool]string{true: "发放医疗互助金", false: "缴纳"}[c.paid]; !strings.Contains(got, want) {
			t.Errorf("%s: %q, want %q", c.batch, got, want)
		}
	}
}

// TestNewUnionsInOneSentence: unions founded each with its figures are one
// sentence of clauses, not "…成立，该联合会…" again and again; a count of
// other unions after those named is 此外; one union alone keeps its form.
func TestNewUnionsInOneSentence(t *testing.T) {
	const head = "organisation: {name: 云溪县总工会, kind: 地方总工会}\nperiod: {year: 2025}\nbuilding:\n  unions_built: %s\n  new_unions:\n"
	for _, c := range []struct{ built, unions, want string }{
		{"45", "    - {name: 快递物流行业工会联合会, date: 2025-03-28, enterprises: 46, members: 1380}\n" +
			"    - {name: 网约车行业工会联合会, date: 2025-05-16, enterprises: 12, members: 860}\n" +
			"    - {name: 企业和联合工会, count: 43}\n",
			"3月28日，成立快递物流行业工会联合会，覆盖企业46家、会员1380人；5月16日，成立网约车行业工会联合会，覆盖企业12家、会员860人。此外，新成立43个企业和联合工会。"},
		{"1", "    - {name: 快递物流行业工会联合会, date: 2025-03-28, enterprises: 46, members: 1380}\n",
			"3月28日，快递物流行业工会联合会成立，该联合会覆盖企业46家，有会员1380人。"},
	} {
		p := parse(t, strings.Replace(head, "%s", c.built, 1)+c.unions)
		if got := paras(New(run(t, nil, p), false).Narrate("organisation")); !strings.Contains(got, c.want) {
			t.Errorf("got %q, want %q", got, c.want)
		}
	}
}

// TestHonourYearWithItsTitle: the year an honour is for goes with its
// title, so that in a list it governs its own honour only.
func TestHonourYearWithItsTitle(t *testing.T) {
	p := parse(t, `organisation: {name: 甲公司工会, short_name: 公司工会, sector: 企业}
period: {year: 2025}
honours:
  - {who: 公司工会, title: 长安镇先进基层工会, by: 长安镇总工会, year: 2024, recipient: 集体}
  - {who: 公司, title: 东莞市安康杯竞赛优胜单位, by: 东莞市总工会, recipient: 集体}
`)
	got := paras(New(run(t, nil, p), false).Narrate("honours"))
	want := "公司工会被长安镇总工会授予2024年度“长安镇先进基层工会”称号；公司被东莞市总工会授予“东莞市安康杯竞赛优胜单位”称号。"
	if !strings.Contains(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestWomenCommitteeByShape: a workplace union has set up its 女职工委员会;
// a union over others has one that guides the unions under it.
func TestWomenCommitteeByShape(t *testing.T) {
	for _, c := range []struct{ org, want string }{
		{"{name: 甲医院工会, sector: 医院}", "建立健全了女职工委员会"},
		{"{name: 甲县总工会, short_name: 县总工会, kind: 地方总工会}", "县总工会女职工委员会认真履行职责，指导基层工会做好女职工工作。"},
	} {
		w := New(run(t, nil, parse(t, "organisation: "+c.org+"\nperiod: {year: 2025}\nwomen: {committee: 是}\n")), false)
		if got := paras(w.Narrate("women")); !strings.Contains(got, c.want) {
			t.Errorf("%s: got %q, want %q", c.org, got, c.want)
		}
	}
}
