package rollup

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"zongjie/internal/metrics"
	"zongjie/internal/num"
	"zongjie/internal/record"
	"zongjie/internal/recordjson"
)

// trickyParent and trickyUnions are a federation whose unions give what a
// merge must take care with: approximate figures of each kind (约, 余,
// 近), figures some give and some leave out, texts and dates that differ,
// per-head amounts that differ, a count that goes with a threshold that
// differs, rates with and without their base, largest gifts that tie,
// lists of names, lists within lists.
const trickyParent = `organisation: {name: 测试市总工会, kind: 工会联合会, sector: 企业}
period: {year: 2023}
text: {problems: [个别基层工会台账不全。]}
`

var trickyUnions = map[string]string{
	"甲.yaml": `organisation: {name: 甲公司工会, kind: 企业, parent: 测试市总工会}
period: {year: 2023}
membership: {staff: 120, members: 110, new_members: 8}
finance: {expenditure: 约5万}
charity:
  - name: 慈善一日捐
    total: 12000
    threshold: 500
    donors_at_least: 4
    top_individual: {names: [张三], amount: 2000}
    participation: [{category: 车间, eligible: 5, participated: 5}]
relief:
  batches:
    - {occasion: 春节慰问, persons: 10, each: 500}
    - {occasion: 金秋助学, persons: 2, amount: 4000, measure: 人}
    - {occasion: 夏季送清凉, amount: 3000, goods: [{item: 饮料, quantity: 50, measure: 箱}]}
activities:
  - {name: 职工运动会, category: 文体, level: 本单位, role: 主办, date: 2023-05, participants: 近100, prizes: [{award: 一等奖, count: 2}]}
building: {built: [甲公司一车间分工会]}
rates: [{label: 持卡率, rate: 90, part: 99, whole: 110, section: welfare}]
facilities: [{kind: 职工书屋, built: 1, books: 2000, level: 市级, level_count: 1}]
honours: [{who: 甲公司工会, title: 模范职工之家, level: 市}]
rights: {arrears: 5000, arrears_workers: 3, arrears_who: 农民工}
`,
	"乙.yaml": `organisation: {name: 乙公司工会, kind: 企业, parent: 测试市总工会}
period: {year: 2023}
membership: {staff: 80, members: 80}
finance: {expenditure: 30000}
charity:
  - name: 慈善一日捐
    total: 6000
    threshold: 1000
    donors_at_least: 1
    top_individual: {names: [李四], amount: 2000}
    participation: [{category: 车间, eligible: 3, participated: 2}, {category: 科室, eligible: 2, participated: 2}]
relief:
  batches:
    - {occasion: 春节慰问, persons: 6, each: 800}
    - {occasion: 春节慰问, measure: 户, persons: 2, each: 1000}
activities:
  - {name: 职工运动会, category: 文体, level: 县, role: 主办, date: 2023-06, participants: 70}
  - {name: 技能比武, category: 技能, level: 本单位, role: 主办, participants: 30余}
building: {built: [乙公司维修班组工会, 甲公司一车间分工会]}
rates: [{label: 持卡率, rate: 85, section: welfare}]
facilities: [{kind: 职工书屋, built: 2, books: 3000余, level: 省级, level_count: 1}]
rights: {arrears: 3000, arrears_workers: 2, arrears_who: 农民工}
`,
	"丙.yaml": `organisation: {name: 丙医院工会, kind: 医院, parent: 测试市总工会}
period: {year: 2023}
membership: {staff: 300, members: 290, new_members: 20, women_staff: 200, span: 1—11月}
finance: {expenditure: 150000}
charity:
  - {name: 慈善一日捐, total: 9000, threshold: 500, donors_at_least: 3, top_individual: {names: [王五], amount: 1500}}
relief:
  batches:
    - {occasion: 春节慰问, persons: 15, amount: 7500}
    - {occasion: 金秋助学, persons: 1, each: 2000}
activities:
  - {name: 职工运动会, category: 文体, level: 本单位, role: 主办, date: 2023-05, participants: 260}
democracy: {body: 职代会, sessions: 1, proposals: 12, accepted: 10}
rates: [{label: 持卡率, rate: 80, part: 240, whole: 300, section: welfare}]
`,
	"丁.yaml": `organisation: {name: 丁街道工会, kind: 街道总工会, parent: 测试市总工会}
period: {year: 2023}
membership: {staff: 1500余, members: 1200}
labour: {hazards_found: 6, hazards_fixed: 6, span: 1—11月}
relief:
  batches:
    - {occasion: 春节慰问, persons: 40, each: 500}
activities:
  - {name: 技能比武, category: 技能, level: 本单位, role: 主办, participants: 40}
democracy: {body: 职代会, sessions: 2, proposals: 5}
honours: [{who: 丁街道工会, title: 先进基层工会, level: 县}]
`,
	"戊.yaml": `organisation: {name: 戊学校工会, kind: 学校, parent: 测试市总工会}
period: {year: 2023}
membership: {staff: 60, members: 60, new_members: 3}
finance: {expenditure: 9000}
women: {checkups: 30}
`,
}

// writeTricky writes the tricky federation into a new directory.
func writeTricky(t *testing.T) (parent string, files []string) {
	t.Helper()
	dir := t.TempDir()
	parent = filepath.Join(dir, "测试市总工会.yaml")
	if err := os.WriteFile(parent, []byte(trickyParent), 0o644); err != nil {
		t.Fatal(err)
	}
	kids := filepath.Join(dir, "kids")
	os.MkdirAll(kids, 0o755)
	for _, name := range []string{"甲.yaml", "乙.yaml", "丙.yaml", "丁.yaml", "戊.yaml"} {
		path := filepath.Join(kids, name)
		if err := os.WriteFile(path, []byte(trickyUnions[name]), 0o644); err != nil {
			t.Fatal(err)
		}
		files = append(files, path)
	}
	return parent, files
}

// TestMergeNatures checks what the tricky unions roll up to, figure by
// figure, each by its nature.
func TestMergeNatures(t *testing.T) {
	parent, files := writeTricky(t)
	res := roll(t, parent, files, Options{})
	p := res.Period
	figure := func(path string) string {
		if a, ok := p.Approx(path); ok {
			return a.String()
		}
		for _, f := range recordedOf(p) {
			if f[0] == path {
				return f[1]
			}
		}
		return ""
	}
	for _, c := range []struct{ path, want, why string }{
		{"membership.staff", "2060以上", "1500余 (more than 1500) added to exact figures"},
		{"membership.members", "1740", "every union gives it exactly"},
		{"membership.new_members", "31以上", "乙 and 丁 give members but not new members"},
		{"membership.women_staff", "200以上", "only 丙 gives it, the others give other membership figures"},
		{"finance.expenditure", "约23.9万元", "约5万 added to exact amounts; 丁 gives no finance figures"},
		{"charity[0].total", "27000", ""},
		{"charity[0].donors_at_least", "", "the thresholds differ (500, 1000): the count goes with the threshold"},
		{"charity[0].threshold", "", "the thresholds differ"},
		{"charity[0].top_individual.amount", "2000", "the largest gift"},
		{"charity[0].participation[0].eligible", "8", "车间 of 甲 and 乙"},
		{"charity[0].participation[0].participated", "7", "车间 of 甲 and 乙"},
		{"charity[0].participation[1].participated", "2", "科室 of 乙"},
		{"relief.batches[0].persons", "71", "春节慰问 in 人: 10+6+15+40"},
		{"relief.batches[0].amount", "37300", "5000+4800+7500+20000, each amount from its per-head figure"},
		{"relief.batches[0].each", "", "the per-head amounts differ (500, 800)"},
		{"relief.batches[1].persons", "3", "金秋助学"},
		{"relief.batches[1].each", "2000", "4000 for 2 and 2000 each: the same per head"},
		{"relief.batches[1].amount", "6000", ""},
		{"relief.batches[2].persons", "2", "春节慰问 in 户 is a row of its own"},
		{"relief.batches[2].amount", "2000", ""},
		{"relief.batches[3].amount", "3000", "夏季送清凉, 甲's only"},
		{"relief.batches[3].goods[0].quantity", "50", ""},
		{"activities[0].participants", "70以上", "技能比武: 30余 + 40"},
		{"activities[1].participants", "近430", "职工运动会: 近100 + 70 + 260"},
		{"activities[1].prizes[0].count", "2", ""},
		{"democracy.sessions", "3", ""},
		{"democracy.proposals", "17", ""},
		{"democracy.accepted", "10以上", "丁 gives proposals but not accepted"},
		{"labour.hazards_found", "6", "only 丁 gives labour figures"},
		{"women.checkups", "30", ""},
		{"facilities[0].built", "3", ""},
		{"facilities[0].books", "5000以上", "2000 + 3000余"},
		{"facilities[0].level_count", "", "the levels differ (市级, 省级)"},
	} {
		if got := figure(c.path); got != c.want {
			t.Errorf("%s = %q, want %q (%s)", c.path, got, c.want, c.why)
		}
	}
	if len(p.Rates) != 0 {
		t.Errorf("持卡率 was given with its base by 甲 and 丙 and without by 乙: it cannot be stated, got %+v", p.Rates)
	}
	if g := p.Charity[0].TopIndividual; g == nil || strings.Join(g.Names, "、") != "李四、张三" {
		t.Errorf("the tied largest gifts: %+v, want 张三 and 李四", g)
	}
	if b := strings.Join(p.Building.Built, "、"); b != "乙公司维修班组工会、甲公司一车间分工会" {
		t.Errorf("building.built = %s", b)
	}
	if a := p.Activities[1]; a.Level != "" || !a.Date.IsZero() || a.Category != "文体" {
		t.Errorf("职工运动会: level %q date %v category %q; the level and date differ, the category agrees", a.Level, a.Date, a.Category)
	}
	// What a section's summed figures count is the unions' where they
	// agree: whose wages (甲 and 乙), when the hazards were counted (丁
	// alone); 甲's new members were counted over the year, 丙's over
	// eleven months.
	if r := p.Rights; r.ArrearsWho != "农民工" || r.Arrears == nil || *r.Arrears != num.FromYuan(8000) {
		t.Errorf("rights: %v for %q, want 8000元 recovered for 农民工", r.Arrears, r.ArrearsWho)
	}
	if s := p.Labour.Span.String(); s != "1—11月" {
		t.Errorf("labour.span = %q, want 丁's 1—11月", s)
	}
	if !p.Membership.Span.IsZero() {
		t.Errorf("membership.span = %q, want none: the unions' differ", p.Membership.Span.String())
	}
	if len(p.Honours) != 2 || len(p.Units) != 5 {
		t.Errorf("%d honours, %d rows", len(p.Honours), len(p.Units))
	}
}

// TestMergeAssociative rolls the tricky unions up directly and through
// partial roll-ups of every split into two, of random splits into three,
// and of partial roll-ups of partial roll-ups: the records are the same.
func TestMergeAssociative(t *testing.T) {
	parent, files := writeTricky(t)
	want := recordjson.Marshal(roll(t, parent, files, Options{}).Period)
	dir := t.TempDir()
	n := 0
	partial := func(children []string) string {
		n++
		return writeMetrics(t, dir, fmt.Sprintf("p%d.json", n), roll(t, parent, children, Options{Partial: true}))
	}
	check := func(name string, children []string) {
		t.Helper()
		got := recordjson.Marshal(roll(t, parent, children, Options{}).Period)
		if !bytes.Equal(got, want) {
			t.Errorf("%s: the records differ:\n%s\nwant\n%s", name, firstDiff(got, want), firstDiff(want, got))
		}
	}
	for mask := 1; mask < 1<<len(files)-1; mask++ {
		var a, b []string
		for i, f := range files {
			if mask&(1<<i) != 0 {
				a = append(a, f)
			} else {
				b = append(b, f)
			}
		}
		check(fmt.Sprintf("split %b", mask), []string{partial(a), partial(b)})
		check(fmt.Sprintf("split %b, one side as files", mask), append([]string{partial(a)}, b...))
	}
	r := rand.New(rand.NewPCG(3, 4))
	for range 20 {
		parts := make([][]string, 3)
		for _, f := range files {
			k := r.IntN(3)
			parts[k] = append(parts[k], f)
		}
		var ps []string
		for _, part := range parts {
			if len(part) > 0 {
				ps = append(ps, partial(part))
			}
		}
		check(fmt.Sprintf("three parts %v", parts), ps)
		if len(ps) >= 2 {
			check("partial of partials", append([]string{partial(ps[:2])}, ps[2:]...))
		}
	}
}

// recordedOf lists a period's exact figures as path and value.
func recordedOf(p *record.Period) [][2]string {
	var out [][2]string
	for _, f := range metrics.RecordedFigures(p) {
		out = append(out, [2]string{f.Path, f.Value})
	}
	return out
}
