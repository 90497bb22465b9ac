package split

import (
	"bytes"
	"strings"
	"testing"

	"zongjie/bench/synth"
	"zongjie/internal/num"
	"zongjie/internal/pipeline"
	"zongjie/internal/record"
	"zongjie/internal/render/md"
	"zongjie/internal/report"
)

func load(t *testing.T, data []byte) *record.Period {
	t.Helper()
	p, err := record.Parse("test.yaml", data, record.DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	if errs := record.Validate(p); len(errs) > 0 {
		t.Fatal(errs)
	}
	return p
}

func TestPartsValidateAndAddUp(t *testing.T) {
	p := load(t, synth.YAML(synth.Options{Units: 400, Seed: 3}))
	groups, ungrouped := Groups(p)
	if len(ungrouped) != 0 {
		t.Errorf("ungrouped units in synthetic data: %v", ungrouped)
	}
	units := Units(p)
	if len(units) != len(p.Units) {
		t.Fatalf("%d unit parts for %d units", len(units), len(p.Units))
	}
	for _, tc := range []struct {
		name  string
		parts []Part
	}{{"groups", groups}, {"units", units}} {
		t.Run(tc.name, func(t *testing.T) {
			var staff, units int64
			var gifts num.Money
			for _, pt := range tc.parts {
				sub := pt.Period()
				if errs := record.Validate(sub); len(errs) > 0 {
					t.Fatalf("%s: %v", pt.Name, errs)
				}
				if sub.Org.Parent != p.Org.Name || sub.Org.Name != pt.Name+"工会" {
					t.Errorf("%s: organisation %q under %q", pt.Name, sub.Org.Name, sub.Org.Parent)
				}
				staff += *sub.Membership.Staff
				units += int64(len(sub.Units))
				var spent num.Money
				complete := true
				for _, u := range sub.Units {
					if u.Spending == nil {
						complete = false
						break
					}
					spent += *u.Spending
				}
				if got := sub.Finance.Expenditure; complete != (got != nil) || got != nil && *got != spent {
					t.Errorf("%s: spending %v, want the units' sum %v (all recorded: %v)", pt.Name, got, spent, complete)
				}
				if len(sub.Org.Leadership) != 1 || sub.Org.Leadership[0] != p.Org.Name {
					t.Errorf("%s: leadership %q, want the file's organisation", pt.Name, sub.Org.Leadership)
				}
				if len(sub.Charity) == 1 {
					gifts += *sub.Charity[0].Total
				}
				if sub.Relief.Batches != nil || sub.Targets != nil || sub.Finance.Spent != nil {
					t.Errorf("%s: whole-organisation figures kept", pt.Name)
				}
			}
			if staff != *p.Membership.Staff || units != int64(len(p.Units)) || gifts != *p.Charity[0].Total {
				t.Errorf("parts add up to %d staff, %d units, %v donated; the file has %d, %d, %v",
					staff, units, gifts, *p.Membership.Staff, len(p.Units), *p.Charity[0].Total)
			}
		})
	}
}

func TestPartContents(t *testing.T) {
	p := load(t, []byte(`
organisation: {name: 测试县教育工会, kind: 教育系统, centre: 教育中心工作}
period: {year: 2023}
groups:
  - {name: 甲学区, kind: 学区, unions_planned: 2, unions_built: 1}
  - {name: 乙学区, kind: 学区}
  - {name: 空学区, kind: 学区}
units:
  columns: [name, group, kind, type, staff, members, has_union, donation]
  rows:
    - [甲镇中心小学, 甲学区, 学校, 中小学, 50, 48, 是, 5000]
    - [甲镇幼儿园, 甲学区, 学校, 幼儿园, 20, ~, 否, 1000]
    - [乙镇中学, 乙学区, 学校, 中小学, 80, ~, ~, ~]
    - [教育局机关, ~, 单位, 机关, 30, 30, 是, 3000]
charity:
  - {name: 慈善一日捐, total: 9000}
activities:
  - name: 书法比赛
    date: 2023-05
    participants: 12
    results:
      - {who: 甲镇中心小学张三, award: 一等奖}
      - {who: 乙镇中学李四, award: 二等奖}
honours:
  - {who: 甲学区, title: 先进学区}
  - {who: 乙镇中学工会, title: 先进基层工会}
`))
	groups, ungrouped := Groups(p)
	if len(groups) != 2 || groups[0].Name != "甲学区" || groups[1].Name != "乙学区" {
		t.Fatalf("groups: %+v", groups)
	}
	if len(ungrouped) != 1 || ungrouped[0] != "教育局机关" {
		t.Errorf("ungrouped: %v", ungrouped)
	}
	units := Units(p)
	for _, tc := range []struct {
		part                   Part
		org, short, kind       string
		staff                  int64
		members                *int64
		planned, gifts         *int64
		activities, honours    int
		resultsOfFirstActivity int
	}{
		{part: groups[0], org: "甲学区工会", short: "学区工会", kind: "教育系统", staff: 70, members: ptr(48), planned: ptr(2), gifts: ptr(600000), activities: 1, honours: 1, resultsOfFirstActivity: 1},
		{part: groups[1], org: "乙学区工会", short: "学区工会", kind: "教育系统", staff: 80, activities: 1, honours: 1, resultsOfFirstActivity: 1},
		{part: units[1], org: "甲镇幼儿园工会", short: "园工会", kind: "学校", staff: 20, members: ptr(0), gifts: ptr(100000)},
		{part: units[3], org: "教育局机关工会", short: "机关工会", kind: "机关", staff: 30, members: ptr(30), gifts: ptr(300000)},
	} {
		t.Run(tc.part.Name, func(t *testing.T) {
			sub := tc.part.Period()
			if errs := record.Validate(sub); len(errs) > 0 {
				t.Fatal(errs)
			}
			o := sub.Org
			if o.Name != tc.org || o.ShortName != tc.short || o.Kind != tc.kind || o.Parent != "测试县教育工会" || o.Centre != "教育中心工作" {
				t.Errorf("organisation %+v", o)
			}
			if *sub.Membership.Staff != tc.staff || !same(sub.Membership.Members, tc.members) {
				t.Errorf("staff %d members %v", *sub.Membership.Staff, sub.Membership.Members)
			}
			if !same(sub.Building.UnionsPlanned, tc.planned) {
				t.Errorf("planned %v", sub.Building.UnionsPlanned)
			}
			var gifts *int64
			if len(sub.Charity) == 1 {
				g := int64(*sub.Charity[0].Total)
				gifts = &g
			}
			if !same(gifts, tc.gifts) {
				t.Errorf("charity total %v, want %v", gifts, tc.gifts)
			}
			if tc.part.kind == "unit" && (len(sub.Groups) != 0 || sub.Units[0].Group != "") {
				t.Errorf("unit part keeps its group")
			}
			if len(sub.Activities) != tc.activities || len(sub.Honours) != tc.honours {
				t.Errorf("%d activities, %d honours", len(sub.Activities), len(sub.Honours))
			}
			if tc.activities > 0 && len(sub.Activities[0].Results) != tc.resultsOfFirstActivity {
				t.Errorf("results %+v", sub.Activities[0].Results)
			}
		})
	}
}

func ptr(n int64) *int64 { return &n }

func same(a, b *int64) bool {
	if a == nil || b == nil {
		return a == b
	}
	return *a == *b
}

// TestUnitReportWording composes the annual report of every unit of a
// synthetic county and checks that one union's report does not speak as a
// federation: no 基层工会 to thank, no spending bands over one unit, and
// the whole it speaks for is the school or the unit, not the county.
func TestUnitReportWording(t *testing.T) {
	p := load(t, synth.YAML(synth.Options{Units: 60, Seed: 5}))
	r := pipeline.New(pipeline.Options{})
	for _, pt := range Units(p) {
		rep, err := r.Compose([]*record.Period{pt.Period()}, report.Annual)
		if err != nil {
			t.Fatalf("%s: %v", pt.Name, err)
		}
		var out bytes.Buffer
		if err := md.Write(&out, rep); err != nil {
			t.Fatal(err)
		}
		text := out.String()
		for _, bad := range []string{"各基层工会", "个单位工会中", "个学校工会中", "全县", "全系统"} {
			if strings.Contains(text, bad) {
				t.Errorf("%s: report says %q:\n%s", pt.Name, bad, text)
			}
		}
		if !strings.Contains(text, "在"+p.Org.Name+"的正确领导下") {
			t.Errorf("%s: report does not name %s as its leadership", pt.Name, p.Org.Name)
		}
		if !strings.Contains(text, "教职工") {
			t.Errorf("%s: staff of an education system are 教职工", pt.Name)
		}
	}
}

// TestIndexMatchesPrefixRule checks the index against the rule it stands
// for: a part gets the results and honours whose winner begins with one of
// its units' names (or, for a group, the group's name), in file order.
func TestIndexMatchesPrefixRule(t *testing.T) {
	p := load(t, []byte(`organisation: {name: 县教育工会}
period: {year: 2023}
groups: [{name: 枫林学区}, {name: 岩头学区}]
units:
  - {name: 枫林小学, group: 枫林学区, staff: 10, members: 9}
  - {name: 枫林小学分校, group: 枫林学区, staff: 10, members: 9}
  - {name: 岩头中学, group: 岩头学区, staff: 10, members: 9}
activities:
  - name: 书法比赛
    results:
      - {who: 枫林小学分校 王五, award: 一等奖}
      - {who: 岩头中学 李四, award: 二等奖}
      - {who: 枫林小学 张三, award: 三等奖}
  - name: 篮球赛
    results:
      - {who: 枫林学区代表队, award: 冠军}
  - name: 演讲比赛
    results:
      - {who: 县教育局, award: 优秀奖}
honours:
  - {who: 枫林小学分校, title: 模范职工之家}
  - {who: 岩头中学 赵六, title: 优秀工会干部}
  - {who: 枫林学区, title: 先进集体}
`))
	groups, _ := Groups(p)
	for _, parts := range [][]Part{Units(p), groups} {
		for _, pt := range parts {
			sub := pt.Period()
			var keys []string
			for _, u := range sub.Units {
				keys = append(keys, u.Name)
			}
			if pt.kind == "group" {
				keys = append(keys, pt.Name)
			}
			begins := func(who string) bool {
				for _, k := range keys {
					if strings.HasPrefix(who, k) {
						return true
					}
				}
				return false
			}
			var want, got []string
			for _, a := range p.Activities {
				for _, r := range a.Results {
					if begins(r.Who) {
						want = append(want, a.Name+":"+r.Who)
					}
				}
			}
			for _, h := range p.Honours {
				if begins(h.Who) {
					want = append(want, h.Title+":"+h.Who)
				}
			}
			for _, a := range sub.Activities {
				for _, r := range a.Results {
					got = append(got, a.Name+":"+r.Who)
				}
			}
			for _, h := range sub.Honours {
				got = append(got, h.Title+":"+h.Who)
			}
			if strings.Join(got, " ") != strings.Join(want, " ") {
				t.Errorf("%s: got %v, want %v", pt.Name, got, want)
			}
		}
	}
}
