package report

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"zongjie/internal/doc"
	"zongjie/internal/record"
	"zongjie/internal/rules"
)

// TestFit checks the warnings about records that do not suit the kind of
// report, and their messages.
func TestFit(t *testing.T) {
	root := filepath.Join("..", "..", "examples")
	yj := filepath.Join(root, "yongjia-edu-2013.yaml")
	hexi := filepath.Join(root, "corpus", "003-8-hexi-congress-2011.yaml") // 2007—2011 in one file
	term := func(years ...string) []string {
		var out []string
		for _, y := range years {
			out = append(out, filepath.Join(root, "term", "pingchuan-jiaotong-"+y+".yaml"))
		}
		return out
	}
	tests := []struct {
		name     string
		files    []string
		kind     Kind
		mismatch bool
		want     string // a warning holding this
	}{
		{"term of one year", []string{yj}, Term, true, "只给了2013年一期的数据"},
		{"half-year of a whole year", []string{yj}, HalfYear, true, "半年工作总结要用半年的数据"},
		{"term with years missing", term("2019", "2021", "2023"), Term, true, "缺少2020年、2022年的数据"},
		{"congress without its meeting", []string{yj}, Congress, false, "没有写明是第几届第几次"},
		{"no report date", []string{yj}, Annual, false, "没有写报告日期"},
		{"a paragraph about five years in one year's report", term("2023"), Annual, false, "以“五年来”开头"},
		{"a whole term", term("2019", "2020", "2021", "2022", "2023"), Term, false, ""},
		{"a term whose last year plans the next", term("2019", "2020", "2021", "2022", "2023"), Term, false, "的 text.plan 是2024年的工作打算,换届报告没有把它当作"},
		{"an annual summary of a file for a whole term", []string{hexi}, Annual, true, "年度工作总结写一年的工作"},
		{"a term review of a file for a whole term", []string{hexi}, Term, false, ""},
		{"a summary of a file holding only next year's plan", []string{filepath.Join(root, "corpus", "003-1-township-plan-2020.yaml")}, Annual, false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var ps []*record.Period
			for _, f := range tt.files {
				p, err := record.LoadAndValidate(f, record.DefaultLimits)
				if err != nil {
					t.Fatal(err)
				}
				ps = append(ps, p)
			}
			d := composePeriods(t, tt.kind, ps)
			found, mismatch := false, false
			var all []string
			for _, w := range d.Warnings {
				all = append(all, w.Text)
				mismatch = mismatch || w.Mismatch
				if tt.want != "" && strings.Contains(w.Text, tt.want) {
					found = true
				}
			}
			if tt.want == "" && mismatch || tt.want != "" && !found {
				t.Errorf("warnings %q, want one holding %q", all, tt.want)
			}
			if mismatch != tt.mismatch {
				t.Errorf("mismatch = %v, want %v (%q)", mismatch, tt.mismatch, all)
			}
		})
	}
}

// TestEmptyReport: records with no work, problem or plan give no body to
// any kind of report, and every kind refuses them naming the data it
// needs.
func TestEmptyReport(t *testing.T) {
	p, err := record.Parse("t.yaml", []byte("organisation: {name: 城关街道总工会, kind: 街道总工会}\nperiod: {year: 2023, report_date: 2023-12-30}\n"), record.DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	res, err := rules.Run([]*record.Period{p}, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range []Kind{Annual, Congress, Plan} {
		d, err := Compose(res, k, nil)
		if err != nil {
			t.Fatal(err)
		}
		want := "做了哪些工作"
		if k == Plan {
			want = "的工作计划"
		}
		found := false
		for _, w := range d.Warnings {
			found = found || w.Mismatch && strings.Contains(w.Text, want)
		}
		if !found {
			t.Errorf("%s: no refusal holding %q in %v", k, want, d.Warnings)
		}
	}
}

// TestThinSections checks that a section of one short sentence is named.
func TestThinSections(t *testing.T) {
	d := composeSource(t, "organisation: {name: 测试工会, kind: 企业}\nperiod: {year: 2023, report_date: 2023-12-30}\nwomen: {committee: 是}\nmembership: {staff: 100, members: 95, new_members: 5}\ntext: {plan: [{heading: 2024年工作打算, items: [继续做好女职工工作]}], problems: [活动覆盖面不够广]}\n", Annual)
	var got []string
	for _, w := range d.Warnings {
		got = append(got, w.Text)
	}
	if len(got) != 1 || !strings.Contains(got[0], "text.sections.women") {
		t.Errorf("warnings %q, want one about the women's section", got)
	}
}

// TestNoPlan: a summary or work report of records that plan nothing still
// has its 工作打算 (工作任务), drawn from the problems found and the standing
// duties, and says so in a note; with text.plan it takes the clerk's plan
// and notes nothing. A term review suggests and a 工作要点 plans, so neither
// gets the note.
func TestNoPlan(t *testing.T) {
	const base = "organisation: {name: 测试工会, kind: 企业}\nperiod: {year: 2023, report_date: 2023-12-30}\nmembership: {staff: 100, members: 80, new_members: 5}\n"
	for _, c := range []struct {
		kind    Kind
		plan    bool
		heading string // the part the report must have
		note    bool
		items   string // how the planned items begin, without a plan
	}{
		{Annual, false, "## 三、2024年工作打算", true, "一是"},
		{Annual, true, "## 三、2024年工作打算", false, ""},
		{Congress, false, "2024年工作任务", true, "### （一）凝聚思想共识"}, // grouped and headed
		{Term, false, "", false, ""},
	} {
		src := base
		if c.plan {
			src += "text: {plan: [{heading: 2024年工作打算, items: [扩大工会组织覆盖面]}]}\n"
		}
		d := composeSource(t, src, c.kind)
		noted := false
		for _, w := range d.Warnings {
			noted = noted || strings.Contains(w.Text, "text.plan 中写明2024年的具体打算")
		}
		if noted != c.note {
			t.Errorf("%s, plan %v: noted %v, want %v (%v)", c.kind.Name(), c.plan, noted, c.note, d.Warnings)
		}
		md := string(markdownOf(t, d).Markdown)
		if c.heading != "" && !strings.Contains(md, c.heading) {
			t.Errorf("%s, plan %v: no %q in\n%s", c.kind.Name(), c.plan, c.heading, md)
		}
		if c.note && !strings.Contains(md, c.items) {
			t.Errorf("%s: no planned items in\n%s", c.kind.Name(), md)
		}
	}
}

// TestThinPlanAndNoProblems: a congress report whose clerk planned fewer
// than three tasks, and a report with no problems to state, each get a
// note saying what to add; a half-year summary may state no problems.
func TestThinPlanAndNoProblems(t *testing.T) {
	const base = "organisation: {name: 测试工会, kind: 企业}\nperiod: {year: 2023, report_date: 2023-12-30}\nmembership: {staff: 100, members: 99, new_members: 5}\n"
	for _, c := range []struct {
		name  string
		kind  Kind
		extra string
		want  []string // notes that must be given
		not   []string // notes that must not
	}{
		{"congress, two tasks, no problems", Congress, "text: {plan: [{heading: 任务, items: [开好职代会, 办好运动会]}]}\n",
			[]string{"text.plan 只写了2条2024年的工作任务", "没有“存在的问题和不足”一节"}, nil},
		{"congress, three tasks and a problem", Congress, "text: {plan: [{heading: 任务, items: [开好职代会, 办好运动会, 建好职工书屋]}], problems: [活动覆盖面不够广]}\n",
			nil, []string{"只写了", "没有“存在的问题和不足”一节"}},
		{"annual, no problems", Annual, "text: {plan: [{heading: 任务, items: [开好职代会]}]}\n",
			[]string{"年度工作总结通常要实事求是地写出几条问题"}, []string{"只写了"}},
		{"congress whose only problem its proposals part tells", Congress, "democracy: {proposals: 40, accepted: 36, implemented: 32}\ntext: {plan: [{heading: 任务, items: [开好职代会, 办好运动会, 建好职工书屋]}]}\n",
			[]string{"没有“存在的问题和不足”一节"}, nil},
		{"half-year, no problems", HalfYear, "period: {year: 2023, part: 上半年, report_date: 2023-06-30}\ntext: {plan: [{heading: 任务, items: [开好职代会]}]}\n",
			nil, []string{"没有“存在的问题和不足”一节"}},
	} {
		src := base + c.extra
		if c.kind == HalfYear {
			src = strings.Replace(base, "period: {year: 2023, report_date: 2023-12-30}\n", "", 1) + c.extra
		}
		d := composeSource(t, src, c.kind)
		var notes []string
		for _, w := range d.Warnings {
			notes = append(notes, w.Text)
		}
		all := strings.Join(notes, "\n")
		for _, w := range c.want {
			if !strings.Contains(all, w) {
				t.Errorf("%s: no note holding %q in\n%s", c.name, w, all)
			}
		}
		for _, w := range c.not {
			if strings.Contains(all, w) {
				t.Errorf("%s: a note holding %q in\n%s", c.name, w, all)
			}
		}
	}
}

// TestTotalsAfterReportDate: a total stated as of a day after the
// report's date is named, with where the date was written; one as of the
// report's day or before is not.
func TestTotalsAfterReportDate(t *testing.T) {
	const base = "organisation: {name: 测试工会, kind: 企业}\nperiod: {year: 2023, report_date: 2023-12-28}\ntext: {plan: [{heading: 任务, items: [开好职代会]}], problems: [活动覆盖面不够广]}\n"
	for _, c := range []struct {
		data string
		want string // "" for no note
	}{
		{"membership: {staff: 100, members: 95, as_of: 2023-12-31}\n", "t.yaml:4:46: membership.as_of 是2023-12-31,在报告日期2023-12-28之后"},
		{"membership: {staff: 100, members: 95, as_of: 2023-12-28}\n", ""},
		{"facilities: [{kind: 职工书屋, total: 3, as_of: 2024-01}]\n", "facilities[0].as_of 是2024-01"},
		{"relief: {hardship: {households: 9, as_of: 2023-12}}\n", ""}, // the month of the report: not certainly later
	} {
		d := composeSource(t, base+c.data, Annual)
		var got string
		for _, w := range d.Warnings {
			if strings.Contains(w.Text, "在报告日期") {
				got = w.Text
			}
		}
		if c.want == "" && got != "" || !strings.Contains(got, c.want) {
			t.Errorf("%s: note %q, want one holding %q", strings.TrimSpace(c.data), got, c.want)
		}
	}
	// a speech is made on the day of its meeting
	d := composeSource(t, base+"democracy: {meeting_date: 2023-12-20}\nmembership: {staff: 100, members: 95, as_of: 2023-12-25}\n", Congress)
	noted := false
	for _, w := range d.Warnings {
		noted = noted || strings.Contains(w.Text, "在报告日期2023-12-20之后")
	}
	if !noted {
		t.Errorf("a total after the meeting's day is not noted: %v", d.Warnings)
	}
}

// TestWorkJoinsAtSeam: where what the records say of a section meets the
// clerk's paragraphs, a paragraph of one short sentence joins its
// neighbour, short or long (the clerk's punctuation widened like any record
// text).
func TestWorkJoinsAtSeam(t *testing.T) {
	const base = "organisation: {name: 测试工会, kind: 企业}\nperiod: {year: 2023, report_date: 2023-12-30}\n" +
		"activities: [{name: “安全生产月”活动, category: 安全生产, role: 主办}]\n"
	for _, c := range []struct {
		clerk, want string
	}{
		{"逐级签订《安全责任目标书》,层层落实。", "开展了“安全生产月”活动。逐级签订《安全责任目标书》，层层落实。\n"},
		{"各车间结合生产实际,逐级签订《安全责任目标书》,把安全责任落实到班组和岗位,全年未发生一起安全生产责任事故,安全生产形势持续稳定向好,职工的安全意识明显增强。",
			"开展了“安全生产月”活动。各车间结合生产实际，逐级签订"},
	} {
		d := composeSource(t, base+"text: {sections: {labour: [\""+c.clerk+"\"]}}\n", Annual)
		if md := string(markdownOf(t, d).Markdown); !strings.Contains(md, c.want) {
			t.Errorf("clerk %q: no %q in\n%s", c.clerk, c.want, md)
		}
	}
}

// composeSource composes a report of kind from one data file's source.
func composeSource(t *testing.T, src string, kind Kind) *doc.Document {
	t.Helper()
	return composeSources(t, kind, src)
}

// composeSources composes a report of kind from the periods of srcs, the
// latest last.
func composeSources(t *testing.T, kind Kind, srcs ...string) *doc.Document {
	t.Helper()
	var ps []*record.Period
	for _, src := range srcs {
		p, err := record.Parse("t.yaml", []byte(src), record.DefaultLimits)
		if err != nil {
			t.Fatal(err)
		}
		ps = append(ps, p)
	}
	return composePeriods(t, kind, ps)
}

// composePeriods runs the rules over ps, the latest last, and composes a
// report of kind.
func composePeriods(t *testing.T, kind Kind, ps []*record.Period) *doc.Document {
	t.Helper()
	res, err := rules.Run(ps, nil)
	if err != nil {
		t.Fatal(err)
	}
	d, err := Compose(res, kind, nil)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// TestFieldPlace: a warning names where the clerk writes a value: the data
// path in a text file, the sheet and row in a workbook.
func TestFieldPlace(t *testing.T) {
	for _, c := range []struct{ file, path, want string }{
		{"a.yaml", "text.plan", "text.plan"},
		{"a.xlsx", "text.plan", "工作簿“下一期工作”表"},
		{"a.XLSX", "text.sections.activities", "工作簿“文字材料”表的“栏目/文体活动”"},
		{"a.xlsx", "period.report_date", "工作簿“基本情况”表的“报告日期”"},
		{"a.json", "text.sections.activities", "text.sections.activities"},
	} {
		if got := fieldPlace(c.file, c.path); got != c.want {
			t.Errorf("fieldPlace(%q, %q) = %q, want %q", c.file, c.path, got, c.want)
		}
	}
}

// TestCongressTellsClerkSections: a 职代会 work report reviews the year
// briefly, but what the clerk wrote of a section it has is said in it, as
// in the summary: the clerk's paragraph usually says the section's main work.
func TestCongressTellsClerkSections(t *testing.T) {
	const src = `organisation: {name: 某银行工会, sector: 企业}
period: {year: 2025, report_date: 2026-01-16}
democracy: {term: 3, meeting: 2, proposals: 30, accepted: 20, implemented: 18}
activities:
  - {date: 2025-05, name: 青年员工演讲比赛, category: 演讲, participants: 120}
text:
  sections:
    ideology: [组织各分会开展学习贯彻党的二十届四中全会精神专题学习。]
    women: [开展“巾帼心向党”主题活动。]
    self: [修订《行工会经费使用管理办法》。]
`
	got := docText(composeSource(t, src, Congress))
	for _, want := range []string{"二十届四中全会精神专题学习", "巾帼心向党", "修订《行工会经费使用管理办法》"} {
		if !strings.Contains(got, want) {
			t.Errorf("the congress report left out the clerk's %q:\n%s", want, got)
		}
	}
}

// TestHostNamedWords: a union named as its committee (…工会委员会) is not
// given a second 委员会, and a host of one character is supported by its
// 领导班子, not 行行政.
func TestHostNamedWords(t *testing.T) {
	const src = `organisation:
  name: 澄江银行股份有限公司工会委员会
  sector: 企业
  words: {host: 总行}
  committee: {number: 5}
period: {year: 2025, report_date: 2026-01-16}
democracy: {term: 3, meeting: 2}
`
	got := docText(composeSource(t, src, Congress))
	if !strings.Contains(got, "受澄江银行股份有限公司工会第五届委员会的委托") || strings.Contains(got, "委员会第五届委员会") {
		t.Errorf("the committee is named wrong:\n%s", got)
	}
	if adminOf("总行", "") != "行领导班子" || adminOf("公司", "") != "公司行政" {
		t.Errorf("adminOf(总行) = %s, adminOf(公司) = %s", adminOf("总行", ""), adminOf("公司", ""))
	}
}

// TestGuidanceAsWritten: a 指导思想 that states the aims is said as
// written, with the theme; a short one gets the stock aims after it.
func TestGuidanceAsWritten(t *testing.T) {
	const src = `organisation: {name: 某供电公司工会, sector: 企业}
period: {year: 2026, report_date: 2026-01-20}
text:
  guidance: %s
  theme: 建功新电网、服务暖职工
  plan: [{heading: 主要工作, items: [开展劳动竞赛。]}]
`
	for _, c := range []struct {
		guidance string
		times    int
	}{
		{"以习近平新时代中国特色社会主义思想为指导，围绕公司中心工作，团结动员广大职工建功新时代", 1},
		{"以习近平新时代中国特色社会主义思想为指导", 1},
	} {
		got := docText(composeSource(t, fmt.Sprintf(src, c.guidance), Plan))
		if n := strings.Count(got, "团结动员广大职工"); n != c.times || !strings.Contains(got, "以“建功新电网、服务暖职工”为主题") {
			t.Errorf("%s: 团结动员广大职工 said %d times:\n%s", c.guidance, n, got)
		}
	}
}

// TestBandsOfSubUnions: units that are unions already (分工会) are not
// called 分工会工会 in the per-head spending bands.
func TestBandsOfSubUnions(t *testing.T) {
	const src = `organisation: {name: 某供电公司工会, sector: 企业}
period: {year: 2025}
units:
  - {name: 城关供电所, kind: 分工会, staff: 40, members: 40, spending: 30000}
  - {name: 城南供电所, kind: 分工会, staff: 40, members: 40, spending: 10000}
  - {name: 营销中心, kind: 分工会, staff: 40, members: 40, spending: 40000}
`
	got := docText(composeSource(t, src, Annual))
	if strings.Contains(got, "分工会工会") || !strings.Contains(got, "3个分工会中") {
		t.Errorf("bands:\n%s", got)
	}
}

// TestCongressDatedByItsMeeting: a 职代会 work report is dated by the day it
// is delivered, when the records give it, not by the summary's date.
func TestCongressDatedByItsMeeting(t *testing.T) {
	src := "organisation: {name: 某银行工会, sector: 企业}\nperiod: {year: 2025, report_date: 2026-01-16}\ndemocracy: {term: 3, meeting: 2, meeting_date: 2026-02-26}\n"
	if got := docText(composeSource(t, src, Congress)); !strings.Contains(got, "（2026年2月26日）") || strings.Contains(got, "2026年1月16日") {
		t.Errorf("congress date:\n%s", got)
	}
}

// TestReviewedWords: a union named as a committee in the standard form
// (中国教育工会…委员会) is not given a second 委员会; a labour section the
// clerk wrote for keeps its competition heading.
func TestReviewedWords(t *testing.T) {
	src := "organisation: {name: 中国教育工会永嘉县委员会, sector: 学校, committee: {number: 4}}\nperiod: {year: 2025}\ndemocracy: {term: 3, meeting: 2}\n"
	if got := docText(composeSource(t, src, Congress)); !strings.Contains(got, "受中国教育工会永嘉县第四届委员会的委托") {
		t.Errorf("committee:\n%s", got)
	}
	training := "organisation: {name: 某中学工会, sector: 学校}\nperiod: {year: 2025}\nactivities: [{name: 班主任培训, category: 培训, role: 主办, participants: 40}]\n"
	if got := docText(composeSource(t, training, Annual)); !strings.Contains(got, "加强教职工教育培训") {
		t.Errorf("training alone:\n%s", got)
	}
	clerk := training + "text: {sections: {labour: [组织教职工岗位练兵技能竞赛。]}}\n"
	if got := docText(composeSource(t, clerk, Annual)); strings.Contains(got, "加强教职工教育培训") {
		t.Errorf("the clerk's competition under a training heading:\n%s", got)
	}
}

// TestKindForOwnPlan: records that plan and tell nothing done are the plan
// of their own period and are written as a 工作要点 when no kind is asked
// for; records of work done are a summary, and their 工作要点 plans the
// period after them.
func TestKindForOwnPlan(t *testing.T) {
	const org = "organisation: {name: 新芝学校工会, sector: 学校}\n"
	for _, tt := range []struct {
		name, src string
		kind      Kind
		title     string // of the 工作要点
	}{
		{"a term's plan with its months", "period: {year: 2013, part: 秋季学期}\ntargets: [{text: 建设教职工信赖的教工之家}]\nschedule: [{month: 9, items: [庆祝教师节]}, {month: 1, items: [慰问退休教师]}]\n",
			Plan, "新芝学校工会2013年秋季学期工作要点"},
		{"a year's plan", "period: {year: 2020}\ntext: {plan: [{heading: 加强组织建设, items: [继续推进工会组建。]}]}\n",
			Plan, "新芝学校工会2020年工作要点"},
		{"a year's work and its plan", "period: {year: 2023}\nmembership: {staff: 120, members: 118}\ntext: {plan: [{heading: 加强组织建设, items: [继续推进工会组建。]}]}\n",
			Annual, "新芝学校工会2024年工作要点"},
		{"a plan with the problems met", "period: {year: 2023}\ntext: {problems: [活动经费不足。], plan: [{heading: 加强组织建设, items: [继续推进工会组建。]}]}\n",
			Annual, "新芝学校工会2024年工作要点"},
		{"a plan dated as the year before ends (zongjie init --kind plan)", "period: {year: 2025, report_date: 2025-12-26}\ntext: {plan: [{heading: 加强组织建设, items: [继续推进工会组建。]}]}\n",
			Plan, "新芝学校工会2026年工作要点"},
		{"a plan of its guidance, dated before its year", "period: {year: 2014, report_date: 2013-12-20}\ntext: {guidance: 以构建和谐校园为主线}\n",
			Plan, "新芝学校工会2014年工作要点"},
		{"a plan with an empty list", "period: {year: 2014}\ntargets: [{text: 建设教职工信赖的教工之家}]\nrates: []\n",
			Plan, "新芝学校工会2014年工作要点"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			p, err := record.ParseAndValidate("t.yaml", []byte(org+tt.src), record.DefaultLimits)
			if err != nil {
				t.Fatal(err) // a plan's date too
			}
			res, err := rules.Run([]*record.Period{p}, nil)
			if err != nil {
				t.Fatal(err)
			}
			if got := KindFor(res); got != tt.kind {
				t.Errorf("KindFor = %s, want %s", got, tt.kind)
			}
			d, err := Compose(res, Plan, nil)
			if err != nil {
				t.Fatal(err)
			}
			if d.Meta.Title != tt.title {
				t.Errorf("工作要点 titled %q, want %q", d.Meta.Title, tt.title)
			}
			auto, err := Compose(res, Auto, nil)
			if err != nil {
				t.Fatal(err)
			}
			if isPlan := strings.HasSuffix(auto.Meta.Title, "工作要点"); isPlan != (tt.kind == Plan) {
				t.Errorf("composed with no kind asked for: %q", auto.Meta.Title)
			}
		})
	}
}
