package rules

import (
	"fmt"
	"testing"
)

// TestFloorsFromSettings checks that the findings use the thresholds of the
// data file's settings, and the sector's defaults without them.
func TestFloorsFromSettings(t *testing.T) {
	base := `
organisation: {name: 测试工会, sector: %s}
period: {year: 2023}
membership: {staff: 100, members: 92}
democracy: {proposals: 20, accepted: 10, implemented: 9}
%s
`
	tests := []struct {
		name, sector, settings string
		want                   map[string]bool
	}{
		// 92% is above the enterprise floor (90%) and below the 机关 one (95%).
		{"enterprise", "企业", "", map[string]bool{"membership.low_rate": false, "democracy.unimplemented": true}},
		{"government", "机关", "", map[string]bool{"membership.low_rate": true, "democracy.unimplemented": true}},
		{"settings", "企业", "settings: {membership_floor: 95, implementation_floor: 90}",
			map[string]bool{"membership.low_rate": true, "democracy.unimplemented": false}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := runOne(t, fmt.Sprintf(base, tt.sector, tt.settings))
			got := map[string]bool{}
			for _, f := range r.Findings {
				got[f.ID] = true
			}
			for id, want := range tt.want {
				if got[id] != want {
					t.Errorf("finding %s = %v, want %v", id, got[id], want)
				}
			}
		})
	}
}

// TestMoreFloorsFromSettings: the 建会率, 捐款参与率 and 女职工体检率 floors
// decide their findings, from the settings or the sector's defaults.
func TestMoreFloorsFromSettings(t *testing.T) {
	base := `
organisation: {name: 测试街道总工会, sector: 街道乡镇}
period: {year: 2023}
membership: {women_staff: 100}
women: {checkups: %d}
building: {units_required: 100, units_covered: %d}
charity:
  - {name: 一日捐, total: 5万, participation: [{category: 企业, eligible: 100, participated: %d}]}
%s
`
	for _, tt := range []struct {
		name                          string
		checkups, covered, took       int
		settings                      string
		unchecked, uncovered, stayout bool
	}{
		// the 街道 defaults: 体检率 80%, 建会率 85%, 参与率 100%
		{"above the defaults", 90, 90, 100, "", false, false, false},
		{"below the defaults", 70, 80, 95, "", true, true, true},
		{"settings", 70, 80, 95, "settings: {checkup_floor: 60, coverage_floor: 75, participation_floor: 90}", false, false, false},
		// the floor is each category's: 40 of 100 is below 90% whatever the others
		{"a category below", 90, 90, 40, "settings: {participation_floor: 90}", false, false, true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r := runOne(t, fmt.Sprintf(base, tt.checkups, tt.covered, tt.took, tt.settings))
			got := map[string]bool{}
			for _, f := range r.Findings {
				got[f.ID] = true
			}
			for id, want := range map[string]bool{"women.unchecked": tt.unchecked, "building.units_without_union": tt.uncovered, "charity.not_participated": tt.stayout} {
				if got[id] != want {
					t.Errorf("finding %s = %v, want %v", id, got[id], want)
				}
			}
		})
	}
}

// TestActivityRates checks 获奖率 and 人均费用 of activities: over persons,
// never 人次; team results are no winners.
func TestActivityRates(t *testing.T) {
	r := runOne(t, `
organisation: {name: 测试工会}
period: {year: 2023}
activities:
  - {name: 技能比赛, participants: 128, prizes: [{award: 一等奖, count: 2}, {award: 二等奖, count: 4}, {award: 优秀组织奖, count: 1, measure: 个}], results: [{who: 一车间张三, award: 特等奖}, {who: 代表队, award: 团体第一名}]}
  - {name: 疗休养, participants: 86, cost: 17.2万}
  - {name: 讲座, person_times: 300, cost: 6000}
`)
	wantShown(t, r, IDActivityAwardRate, "技能比赛", "5.5") // 7 of 128
	wantShown(t, r, IDActivityCostPerHead, "疗休养", "2000")
	if v, ok := r.ValueFor(IDActivityCostPerHead, "讲座"); ok && v.OK() {
		t.Errorf("a per-head cost over 人次: %v", v.Shown())
	}
}

// TestProposalsUnderWay: the proposals of a congress held in the first half
// of the year are still being carried out when its half-year summary is
// written, so those left are not a problem; a year's, or a half-year's of
// an earlier congress, are.
func TestProposalsUnderWay(t *testing.T) {
	base := `
organisation: {name: 测试工会, sector: 企业}
period: {year: 2023%s}
democracy: {%saccepted: 40, implemented: 16}
`
	for _, tt := range []struct {
		name, part, meeting string
		want                bool
	}{
		{"a year", "", "term: 6, meeting: 4, ", true},
		{"first half, congress held", ", part: 上半年", "term: 6, meeting: 4, ", false},
		{"spring term, congress held", ", part: 春季学期", "sessions: 1, ", false},
		{"first half, no congress in it", ", part: 上半年", "", true},
		{"second half, congress held", ", part: 下半年", "term: 6, meeting: 4, ", true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r := runOne(t, fmt.Sprintf(base, tt.part, tt.meeting))
			got := false
			for _, f := range r.Findings {
				got = got || f.ID == "democracy.unimplemented"
			}
			if got != tt.want {
				t.Errorf("finding democracy.unimplemented = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestCoverageCountsJointUnions: a joint or trade union's row in the units
// table stands for the enterprises it covers, in the group's 建会率 as in
// the whole's.
func TestCoverageCountsJointUnions(t *testing.T) {
	r := runOne(t, `
organisation: {name: 某开发区总工会, kind: 工会联合会}
period: {year: 2025}
groups: [{name: 电子信息片区}]
units:
  columns: [name, group, has_union, union_kind, enterprises]
  rows:
    - [甲公司, 电子信息片区, 是, 独立, ~]
    - [乙公司, 电子信息片区, 否, ~, ~]
    - [电子配套企业联合工会, 电子信息片区, 是, 联合, 20]
`)
	for _, c := range []struct{ id, subject, want string }{
		{IDGroupCoverage, "电子信息片区", "21个 ÷ 22个"},
		{IDCoverage, "", "21个 ÷ 22个"},
	} {
		v, ok := r.ValueFor(c.id, c.subject)
		if !ok || v.Calc != c.want {
			t.Errorf("%s %s = %q (%v), want %q", c.id, c.subject, v.Calc, ok, c.want)
		}
	}
}
