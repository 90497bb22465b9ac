package rules

import (
	"strings"
	"testing"
)

func TestMembershipIndicators(t *testing.T) {
	r := runOne(t, header+`
membership: {scope: 民办学校, staff: 2729, members: 1761, women_staff: 1500, women_members: 1000}
`)
	wantShown(t, r, IDMembershipRate, "", "64.5") // 1761 ÷ 2729 = 64.53%
	wantShown(t, r, IDWomenShare, "", "56.8")     // 1000 ÷ 1761 = 56.79%
	wantShown(t, r, IDWomenRate, "", "66.7")      // 1000 ÷ 1500
	if v := value(t, r, IDMembershipRate, ""); v.Note != "统计范围:民办学校" || len(v.Inputs) != 2 || v.Inputs[0].Pos.Line != 4 {
		t.Errorf("入会率 note %q inputs %+v", v.Note, v.Inputs)
	}

	r = runOne(t, header+`
membership: {staff: 0, members: 0}
`)
	wantErr(t, r, IDMembershipRate, "", "职工人数为0")

	r = runOne(t, header+`
membership: {members: 1761}
`)
	wantErr(t, r, IDMembershipRate, "", "缺少职工人数(membership.staff)")
	wantAbsent(t, r, IDWomenShare, "")

	r = runOne(t, header+`
membership: {staff: 100}
`)
	wantAbsent(t, r, IDMembershipRate, "")

	r = runOne(t, header+`
units:
  - {name: 甲校, staff: 40, members: 38}
  - {name: 乙校, staff: 0, members: 0}
  - {name: 丙校, staff: 10}
`)
	wantShown(t, r, IDUnitMembershipRate, "甲校", "95")
	wantErr(t, r, IDUnitMembershipRate, "乙校", "为0")
	wantAbsent(t, r, IDUnitMembershipRate, "丙校")
}

func TestBuildingIndicators(t *testing.T) {
	r := runOne(t, header+`
building: {unions_planned: 20, unions_built: 81, units_required: 8, units_covered: 6}
groups:
  - {name: 甲学区, unions_planned: 5, unions_built: 4}
  - {name: 乙学区, unions_planned: 0, unions_built: 2}
  - {name: 丙学区, unions_planned: 3}
  - {name: 丁学区, unions_built: 1}
`)
	wantShown(t, r, IDBuildingCompletion, "", "405") // seed 002: 405%
	wantShown(t, r, IDCoverage, "", "75")
	wantShown(t, r, IDGroupCompletion, "甲学区", "80")
	wantErr(t, r, IDGroupCompletion, "乙学区", "为0")
	wantErr(t, r, IDGroupCompletion, "丙学区", "缺少丙学区实际组建工会数")
	wantAbsent(t, r, IDGroupCompletion, "丁学区")
	wantShown(t, r, IDGroupUnionsBuilt, "丁学区", "1")

	// 建会率 from the units' has_union, per group; an empty group cannot have one.
	r = runOne(t, header+`
groups: [{name: 甲学区}, {name: 乙学区}, {name: 空学区}]
units:
  - {name: 一校, group: 甲学区, has_union: 是}
  - {name: 二校, group: 甲学区, has_union: 否}
  - {name: 三校, group: 甲学区, has_union: 是}
  - {name: 四校, group: 乙学区}
`)
	wantShown(t, r, IDGroupCoverage, "甲学区", "66.67")
	wantErr(t, r, IDGroupCoverage, "乙学区", "缺少四校是否已建会")
	wantErr(t, r, IDGroupCoverage, "空学区", "该分组没有单位")
	wantErr(t, r, IDCoverage, "", "缺少四校")
}

func TestFinanceIndicators(t *testing.T) {
	r := runOne(t, header+`
finance: {spent: 767.13万, transferred: 689.97万, payroll: 100万, received: 1.8万}
`)
	wantShown(t, r, IDTransferRate, "", "89.94")
	if got := value(t, r, IDUntransferred, "").trace(); got != "77.16万元" {
		t.Errorf("未划拨 = %s", got)
	}
	if got := value(t, r, IDDue, "").trace(); got != "2万元" {
		t.Errorf("应拨缴 = %s, want 2%% of 100万元", got)
	}
	if _, ok := r.Value("finance.collection_rate"); ok {
		t.Errorf("a rate drawn from the union's income (finance.received), which is not what was paid of the funds due")
	}

	r = runOne(t, header+`
finance: {transferred: 1.8万, payroll: 100万}
`)
	wantShown(t, r, IDTransferRate, "", "90")
	if got := value(t, r, IDUntransferred, "").trace(); got != "2000元" {
		t.Errorf("未划拨 = %s, want 2%% of 100万元 less 1.8万元", got)
	}

	r = runOne(t, header+`
finance: {transferred: 50万, due: 40万}
`)
	wantShown(t, r, IDTransferRate, "", "125")
	if v := value(t, r, IDTransferRate, ""); !strings.Contains(v.Formula, "应拨缴") {
		t.Errorf("formula %q should name the funds due", v.Formula)
	}

	r = runOne(t, header+`
finance: {spent: 0, transferred: 0}
`)
	wantErr(t, r, IDTransferRate, "", "为0")

	r = runOne(t, header+`
units:
  - {name: 甲, spending: 9240, members: 10}
  - {name: 乙, spending: 500, members: 0}
  - {name: 丙, spending_per_capita: 924}
  - {name: 丁, spending: 300}
`)
	wantShown(t, r, IDUnitSpendingPerHead, "甲", "924")
	wantErr(t, r, IDUnitSpendingPerHead, "乙", "为0")
	wantShown(t, r, IDUnitSpendingPerHead, "丙", "924")
	wantErr(t, r, IDUnitSpendingPerHead, "丁", "缺少丁会员人数")
}

// TestBandLine: the band line is settings.band_threshold, or the older
// finance.band_threshold, or the sector's default (500元 in an enterprise,
// 1000元 in a school), and the value says which.
func TestBandLine(t *testing.T) {
	units := "units:\n  - {name: 一车间, kind: 车间, spending_per_capita: 600}\n"
	for _, tt := range []struct{ name, data, want, formula string }{
		{"an enterprise's default", "organisation: {name: 甲公司工会, sector: 企业}\n", "500", "默认值(企业)"},
		{"a school's default", "organisation: {name: 乙校工会, sector: 学校}\n", "1000", "默认值(学校)"},
		{"settings", "organisation: {name: 甲公司工会, sector: 企业}\nsettings: {band_threshold: 800}\n", "800", "所报分档线"},
		{"finance", "organisation: {name: 甲公司工会, sector: 企业}\nfinance: {band_threshold: 700}\n", "700", "所报分档线"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r := runOne(t, tt.data+"period: {year: 2020}\n"+units)
			v := value(t, r, IDBandThreshold, "")
			if v.Shown() != tt.want || v.Formula != tt.formula {
				t.Errorf("band line %s (%s), want %s (%s)", v.Shown(), v.Formula, tt.want, tt.formula)
			}
		})
	}
}

func TestBandsFromUnits(t *testing.T) {
	// Every 学校 has a per-head figure and the stated total matches the
	// table: bands are counted from the units and audited against the
	// stated counts, which here disagree for the zero band.
	r := runOne(t, header+`
units:
  - {name: 一校, kind: 学校, spending: 12000, members: 10}
  - {name: 二校, kind: 学校, spending_per_capita: 999.99}
  - {name: 三校, kind: 学校, spending_per_capita: 0}
  - {name: 四校, kind: 学校, spending_per_capita: 1000}
  - {name: 机关, kind: 单位, spending_per_capita: 0}
finance:
  bands:
    - {kind: 学校, total: 4, at_least: 2, below: 2, zero: 0}
settings: {band_threshold: 1000}
`)
	b, ok := r.Band("学校")
	if !ok || !b.Computed {
		t.Fatalf("学校 bands not computed from the units: %+v", b)
	}
	got := [4]string{b.AtLeast.Shown(), b.Below.Shown(), b.Zero.Shown(), b.Total.Shown()}
	if got != [4]string{"2", "1", "1", "4"} {
		t.Errorf("bands = %v, want 2 1 1 4 (1000元 is at the line, 999.99元 below)", got)
	}
	u, ok := r.Band("单位")
	if !ok || !u.Computed || u.Zero.Shown() != "1" || u.Stated != -1 {
		t.Errorf("单位 bands = %+v", u)
	}
	failed := map[string]Audit{}
	for _, a := range r.FailedAudits() {
		failed[a.ID] = a
	}
	for _, id := range []string{"finance.bands.below", "finance.bands.zero"} {
		a, ok := failed[id]
		if !ok {
			t.Errorf("audit %s did not fail", id)
			continue
		}
		if a.StatedPos.Line != 12 || a.ComputedPos.Line != 5 || !strings.Contains(a.Message, "t.yaml:12:") {
			t.Errorf("audit %s positions: %s / %s: %s", id, a.StatedPos, a.ComputedPos, a.Message)
		}
	}
	for _, f := range r.Findings {
		if f.ID == "finance.zero_spending" && (len(f.Parts) != 2 || f.Parts[0].Label != "学校" || f.Parts[0].Count != 1 ||
			strings.Join(f.Parts[0].Names, "") != "三校" || f.Parts[1].Measure != "个" || strings.Join(f.Parts[1].Names, "") != "机关") {
			t.Errorf("finding %+v", f)
		}
	}
}

func TestBandsCoverage(t *testing.T) {
	// The table lists more 学校 than the stated total: the bands cannot
	// cover every unit.
	r := runOne(t, header+`
units:
  - {name: 一校, kind: 学校}
  - {name: 二校, kind: 学校}
  - {name: 三校, kind: 学校}
finance:
  bands:
    - {kind: 学校, total: 2, at_least: 1, below: 1, zero: 0}
`)
	var cover *Audit
	for i, a := range r.Audits {
		if a.ID == "finance.bands.cover" {
			cover = &r.Audits[i]
		}
	}
	if cover == nil || cover.OK || !strings.Contains(cover.Message, "相差1所") {
		t.Fatalf("cover audit = %+v", cover)
	}
}

func TestCharityIndicators(t *testing.T) {
	r := runOne(t, header+`
groups: [{name: 甲学区}, {name: 乙学区, donation_per_capita: 136}, {name: 空学区}]
units:
  - {name: 一校, group: 甲学区, staff: 52, donation: 13260}
  - {name: 二校, group: 甲学区, staff: 48, donation: 8740}
  - {name: 三校, group: 乙学区, staff: 0, donation: 100}
  - {name: 四校, donation_per_capita: 186}
charity:
  - name: 慈善一日捐
    total: 134.1911万
    participation:
      - {category: 公办中小学, eligible: 122, participated: 121}
      - {category: 社区学校, eligible: 0, participated: 0}
`)
	if got := value(t, r, IDCharityTotal, "").trace(); got != "134.1911万元" {
		t.Errorf("total = %s", got)
	}
	wantShown(t, r, IDCategoryParticipation, "公办中小学", "99.18")
	wantErr(t, r, IDCategoryParticipation, "社区学校", "为0")
	wantShown(t, r, IDParticipationRate, "", "99.18") // 121 ÷ 122
	wantShown(t, r, IDUnitDonationPerHead, "一校", "255")
	wantErr(t, r, IDUnitDonationPerHead, "三校", "为0")
	wantShown(t, r, IDUnitDonationPerHead, "四校", "186")
	wantShown(t, r, IDGroupDonationPerHead, "甲学区", "220") // 22000 ÷ 100
	wantShown(t, r, IDGroupDonationPerHead, "乙学区", "136") // as stated
	wantErr(t, r, IDGroupDonationPerHead, "空学区", "该分组没有单位")

	rk, ok := r.Ranking(RankGroupDonation)
	if !ok || len(rk.Entries) != 2 || len(rk.Skipped) != 1 || rk.Skipped[0].Name != "空学区" {
		t.Errorf("group ranking = %+v", rk)
	}
}

func TestReliefIndicators(t *testing.T) {
	r := runOne(t, header+`
relief:
  batches:
    - {occasion: 教师节, persons: 228, amount: 22.8万}
    - {occasion: 年终, recipients: [{label: 在职, count: 145}, {label: 退休, count: 80}], amount: 56.1万}
    - {occasion: 帮扶, persons: 10, each: 9000}
  stated_persons: 460
  stated_amount: 87.9万
`)
	wantShown(t, r, IDReliefPersons, "", "463")
	if got := value(t, r, IDReliefAmount, "").trace(); got != "87.9万元" {
		t.Errorf("amount = %s", got)
	}
	wantShown(t, r, IDReliefPerHead, "", "1898") // 879000 ÷ 463 = 1898.49
	wantShown(t, r, IDBatchPerHead, "年终", "2493")
	if got := value(t, r, IDBatchAmount, "帮扶").Calc; got != "9000元 × 10人" {
		t.Errorf("each × persons calc = %q", got)
	}
	var persons Audit
	for _, a := range r.Audits {
		if a.ID == "relief.persons" {
			persons = a
		}
	}
	if persons.OK || !strings.Contains(persons.Message, "460人") || !strings.Contains(persons.Message, "463人") ||
		!strings.Contains(persons.Message, "t.yaml:9:") || !strings.Contains(persons.Message, "t.yaml:6:") ||
		!strings.Contains(persons.Message, "相差3人") {
		t.Errorf("persons audit: %s", persons.Message)
	}

	r = runOne(t, header+`
relief:
  batches:
    - {occasion: 慰问, persons: 10, amount: 1万}
    - {occasion: 走访, persons: 3, measure: 户, amount: 3000}
    - {occasion: 无人, persons: 0, amount: 0}
`)
	// persons and households are kept apart, never added together, and
	// no per-head figure is made over households or a mix of measures
	wantShown(t, r, IDReliefPersons, "", "10")
	wantShown(t, r, IDReliefHouseholds, "", "3")
	wantAbsent(t, r, IDReliefPerHead, "")
	wantErr(t, r, IDBatchPerHead, "无人", "为0")
	wantAbsent(t, r, IDBatchPerHead, "走访")

	// overlaps are taken off the total; kinds of money are kept apart; a
	// batch of goods adds its value, not money
	r = runOne(t, header+`
relief:
  batches:
    - {occasion: 春节, kind: 慰问金, persons: 40, amount: 4万}
    - {occasion: 助学, kind: 助学金, persons: 6, each: 2000, overlaps: [{with: 春节, count: 4}]}
    - {occasion: 送清凉, kind: 慰问品, persons: 100, goods: [{item: 防暑用品, quantity: 100, measure: 份, value: 5000}]}
    - {occasion: 走访, persons: 12, measure: 人次}
`)
	wantShown(t, r, IDReliefPersons, "", "142") // 40 + 6 − 4 + 100
	wantShown(t, r, IDReliefPersonTimes, "", "12")
	wantShown(t, r, IDReliefAmount, "", "52000")
	wantShown(t, r, IDReliefCategoryAmount, "慰问金", "40000")
	wantShown(t, r, IDReliefCategoryAmount, "助学金", "12000")
	wantShown(t, r, IDReliefGoodsValue, "", "5000")
	wantAbsent(t, r, IDReliefPerHead, "")
}

func TestOtherIndicators(t *testing.T) {
	r := runOne(t, header+`
democracy: {proposals: 28, accepted: 15, implemented: 12, suggestions: 0, adopted: 0}
labour: {projects_started: 77, projects_completed: 49, trained: 300, hazards_found: 10, hazards_fixed: 7}
bargaining: {enterprises: 40, signed: 35, staff: 4382, covered: 4382}
activities:
  - {date: 2020-05, name: 足球赛, role: 参加}
  - {date: 2020-06, name: 合唱赛, role: 主办}
honours:
  - {who: 本会, title: 模范职工之家}
`)
	wantShown(t, r, IDAdoptionRate, "", "53.6")      // seed 001: 15 of 28
	wantShown(t, r, IDImplementationRate, "", "80")  // 12 of 15
	wantErr(t, r, IDSuggestionRate, "", "为0")        // 0 of 0
	wantShown(t, r, IDProjectCompletion, "", "63.6") // seed 001: 49 of 77
	wantShown(t, r, IDHazardFixRate, "", "70")
	wantShown(t, r, IDSigningRate, "", "87.5")       // below the 90% signing_floor
	wantShown(t, r, IDBargainingCoverage, "", "100") // seed 003: 4382 staff, 100%
	wantShown(t, r, IDActivities, "", "2")
	wantShown(t, r, IDActivitiesHosted, "", "1")
	wantShown(t, r, IDHonours, "", "1")
	wantShown(t, r, IDTrained, "", "300")

	shown := map[string]string{}
	for _, f := range r.Findings {
		var vs []string
		for _, v := range f.Values {
			vs = append(vs, v.Shown())
		}
		shown[f.ID] = strings.Join(vs, " ")
	}
	for id, want := range map[string]string{
		"democracy.unimplemented": "15 3",
		"labour.hazards_open":     "10 3",
		"bargaining.unsigned":     "40 5",
	} {
		if shown[id] != want {
			t.Errorf("finding %s values = %q, want %q", id, shown[id], want)
		}
	}
	if r.Findings[0].Section != "democracy" || r.Findings[len(r.Findings)-1].Section != "labour" {
		t.Errorf("findings not in section order: %+v", r.Findings)
	}
}

// findingsFixture is a period that shows the organisation findings, the
// women's committee finding and a term that ends in the report's year.
const findingsFixture = `
organisation:
  name: 测试工会
  committee: {number: 3, elected: 2015, term_years: 5}
period: {year: 2020}
building: {meetings_missing: 2}
units:
  - {name: 一校, has_union: 否}
  - {name: 二校, has_union: 是, held_meeting: 否}
women: {committee: 否}
`

func TestFindings(t *testing.T) {
	r := runOne(t, findingsFixture)
	ids := map[string]Finding{}
	for _, f := range r.Findings {
		ids[f.ID] = f
		if len(f.Inputs) == 0 {
			t.Errorf("finding %s has no inputs", f.ID)
		}
	}
	for _, id := range []string{"building.meetings_pending", "building.units_without_union", "women.no_committee", TermDue} {
		if _, ok := ids[id]; !ok {
			t.Errorf("no finding %s", id)
		}
	}
	if f := ids["building.units_without_union"]; len(f.Subjects) != 1 || f.Subjects[0] != "一校" || f.Values[0].Shown() != "1" {
		t.Errorf("units without union: %+v", f)
	}
	if got := len(r.FindingsIn("organisation")); got != 2 {
		t.Errorf("organisation findings = %d, want 2", got)
	}
}

func TestCatalogue(t *testing.T) {
	seen := map[string]bool{}
	for _, d := range Catalogue() {
		if seen[d.ID] {
			t.Errorf("duplicate id %s", d.ID)
		}
		seen[d.ID] = true
		if d.Label == "" || d.Unit == "" || d.Formula == "" {
			t.Errorf("%s lacks label, unit or formula", d.ID)
		}
		if d.Kind == KindRate && d.Unit != "%" {
			t.Errorf("%s: rate with unit %s", d.ID, d.Unit)
		}
	}
	for _, m := range targetMetrics() {
		d, ok := Lookup(m)
		if !ok || d.Per != PerWhole {
			t.Errorf("target metric %s has no whole-organisation indicator", m)
		}
	}
	if _, ok := Lookup("no.such"); ok {
		t.Error("Lookup found an unknown id")
	}
}
