package prose

import (
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"zongjie/internal/record"
)

// TestSpeechDoesNotReportItsOwnMeeting: a work report delivered at the
// congress the records name does not list holding that congress among the
// period's work; an annual summary of the same records does. For 职代会,
// 教代会 and 会员代表大会 alike, in every sector.
func TestSpeechDoesNotReportItsOwnMeeting(t *testing.T) {
	for _, c := range []struct {
		name, org, democracy string
		held                 string // the sentence of the annual summary
	}{
		{"hospital 职代会", "{name: 平阳县人民医院工会, sector: 医院}",
			"{body: 职代会, term: 4, meeting: 3, representatives: 96, suggestions: 112}", "召开四届三次职代会，96名职工代表依法行使民主权利。"},
		{"school 教代会", "{name: 城关小学工会, sector: 学校}",
			"{term: 2, meeting: 5, representatives: 41, suggestions: 12}", "召开二届五次教代会，41名教职工代表依法行使民主权利。"},
		{"街道 会员代表大会", "{name: 东城街道总工会, kind: 街道总工会, sector: 街道乡镇}",
			"{body: 会员代表大会, term: 1, meeting: 2, representatives: 60, suggestions: 30}", "召开一届二次会员代表大会，60名会员代表依法行使民主权利。"},
	} {
		src := "organisation: " + c.org + "\nperiod: {year: 2023}\ndemocracy: " + c.democracy + "\n"
		annual := New(run(t, nil, parse(t, src)), false)
		if got := paras(annual.Narrate("democracy")); !strings.Contains(got, c.held) {
			t.Errorf("%s: annual summary lacks %q:\n%s", c.name, c.held, got)
		}
		speech := New(run(t, nil, parse(t, src)), false)
		speech.Speech(true)
		if speech.Meeting() == "" {
			t.Fatalf("%s: no meeting named", c.name)
		}
		got := paras(speech.Narrate("democracy"))
		if strings.Contains(got, "召开") {
			t.Errorf("%s: the speech reports its own meeting as held:\n%s", c.name, got)
		}
		if !strings.Contains(got, "合理化建议") {
			t.Errorf("%s: the speech lost the rest of the section:\n%s", c.name, got)
		}
	}
	// Without the term and meeting the report cannot tell which meeting it
	// is delivered at; the meetings counted stay.
	src := "organisation: {name: 东塔机械有限公司工会, sector: 企业}\nperiod: {year: 2023}\ndemocracy: {sessions: 2}\n"
	w := New(run(t, nil, parse(t, src)), false)
	w.Speech(true)
	if got := paras(w.Narrate("democracy")); !strings.Contains(got, "召开职代会2次") {
		t.Errorf("meetings counted lost:\n%s", got)
	}
}

// paras joins planned paragraphs, one a line.
func paras(ps []Para) string {
	var b strings.Builder
	for _, p := range ps {
		b.WriteString(strings.Join(p, "") + "\n")
	}
	return b.String()
}

// TestSpeechLeavesOutItsOccasion: a congress held on the day of the report
// is the meeting a speech is delivered at; the speech does not tell it as
// an activity, the annual summary does, and a congress on another day is
// told by both.
func TestSpeechLeavesOutItsOccasion(t *testing.T) {
	src := `
organisation: {name: 平川县交通运输局机关工会, sector: 机关}
period: {year: 2023, report_date: 2023-12-20}
activities:
  - {date: 2023-03-15, name: 二届四次会员代表大会, category: 会议, role: 主办, participants: 58}
  - {date: 2023-12-20, name: 第三次会员代表大会, category: 会议, role: 主办, participants: 60}
  - {date: 2023-12-20, name: 职工书法比赛, category: 文体, role: 主办, participants: 30}
`
	for _, c := range []struct {
		name    string
		speech  bool
		told    []string
		leftOut []string
	}{
		{"annual summary", false, []string{"二届四次会员代表大会", "第三次会员代表大会", "职工书法比赛"}, nil},
		{"speech", true, []string{"二届四次会员代表大会", "职工书法比赛"}, []string{"第三次会员代表大会"}},
	} {
		w := New(run(t, nil, parse(t, src)), false)
		if c.speech {
			w.Speech(false)
		}
		var got string
		for _, s := range []string{"democracy", "self", "activities"} {
			got += paras(w.Narrate(s))
		}
		for _, want := range c.told {
			if !strings.Contains(got, want) {
				t.Errorf("%s: %s not told:\n%s", c.name, want, got)
			}
		}
		for _, no := range c.leftOut {
			if strings.Contains(got, no) {
				t.Errorf("%s: %s told:\n%s", c.name, no, got)
			}
		}
	}
}

// TestBriefCharityIsTheWholeTotal: a speech whose opening gives the
// period's charity total reviews several drives with that same total and
// each drive's share, never the first drive's figure as if it were all;
// one drive is told as the summary tells it.
func TestBriefCharityIsTheWholeTotal(t *testing.T) {
	for _, c := range []struct {
		name, org, period, charity string
		want                       string
	}{
		{"post office, half year", "{name: 无锡市邮政局工会, sector: 企业}", "{year: 2009, part: 上半年}",
			"[{name: 关爱社会、人道万人捐, total: 5万}, {name: 向灾区捐赠爱心包裹, total: 49900}]",
			"上半年，全局职工积极参加慈善捐款活动2次，共募集善款9.99万元，其中“关爱社会、人道万人捐”活动5万元，向灾区捐赠爱心包裹活动4.99万元。"},
		{"街道, one share missing", "{name: 东城街道总工会, kind: 街道总工会, sector: 街道乡镇}", "{year: 2023}",
			"[{name: 慈善一日捐, total: 12.5万}, {name: 爱心助学, total: 3万}, {name: 送温暖, total: 近1万}]",
			"全年，全街道职工积极参加慈善捐款活动3次，慈善一日捐活动募集12.5万元，爱心助学活动募集3万元，送温暖活动募集近1万元。"},
		{"hospital, one drive", "{name: 平阳县人民医院工会, sector: 医院}", "{year: 2023}",
			"[{name: 慈善一日捐, total: 4.98万}]",
			"全院医务人员积极参加慈善一日捐活动，共募集善款4.98万元。"},
	} {
		p := parse(t, "organisation: "+c.org+"\nperiod: "+c.period+"\ncharity: "+c.charity+"\n")
		w := New(run(t, nil, p), false)
		w.Speech(true)
		if got := paras(w.Brief("charity")); got != c.want+"\n" {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
		if h := w.Highlights(); h != "" && !strings.Contains(h, "募集慈善捐款"+strings.SplitN(strings.SplitN(c.want, "共募集善款", 2)[1], "，", 2)[0]) {
			t.Errorf("%s: the opening %q and the review disagree", c.name, h)
		}
	}
}

// TestSpeechCountsLeaveOutItsOccasion: the congress a speech is delivered
// at is neither among the activities its opening counts nor among the
// sessions of that body it reports; sessions of another body stay.
func TestSpeechCountsLeaveOutItsOccasion(t *testing.T) {
	for _, c := range []struct {
		name, org, body, occasion string
		sessions                  int
		count, held               string // "" when not told
	}{
		{"factory 职代会, its only session", "{name: 东塔机械有限公司工会, sector: 企业}", "职代会", "二届三次职工代表大会", 1,
			"组织和参加各类活动2项", ""},
		{"school 教代会, three sessions", "{name: 城关小学工会, sector: 学校}", "教代会", "五届二次教代会", 3,
			"组织和参加各类活动2项", "本次大会前，召开教代会2次"},
		{"机关, the 会员代表大会 is another body", "{name: 平川县交通运输局机关工会, sector: 机关}", "职代会", "第三次会员代表大会", 1,
			"组织和参加各类活动2项", "召开职代会1次"},
	} {
		src := "organisation: " + c.org + "\nperiod: {year: 2023, report_date: 2023-12-20}\n" +
			"democracy: {body: " + c.body + ", sessions: " + strconv.Itoa(c.sessions) + ", proposals: 12}\n" +
			"membership: {staff: 200, members: 190}\n" +
			"activities:\n" +
			"  - {date: 2023-04, name: 职工健步走, category: 文体, role: 主办}\n" +
			"  - {date: 2023-09, name: 技能比武, category: 技能, role: 主办}\n" +
			"  - {date: 2023-12-20, name: " + c.occasion + ", category: 会议, role: 主办}\n"
		annual := New(run(t, nil, parse(t, src)), false)
		if got := paras(annual.Narrate("democracy")); !strings.Contains(got, "召开"+c.body+strconv.Itoa(c.sessions)+"次") {
			t.Errorf("%s: the annual summary lost the sessions:\n%s", c.name, got)
		}
		w := New(run(t, nil, parse(t, src)), false)
		w.Speech(false)
		if h := w.Highlights(); !strings.Contains(h, c.count) {
			t.Errorf("%s: opening %q, want %q", c.name, h, c.count)
		}
		got := paras(w.Narrate("democracy"))
		switch {
		case c.held == "" && strings.Contains(got, "召开"):
			t.Errorf("%s: the speech reports its own meeting as a session:\n%s", c.name, got)
		case c.held != "" && !strings.Contains(got, c.held):
			t.Errorf("%s: want %q in\n%s", c.name, c.held, got)
		}
	}
}

// TestBriefTellsEveryActivity: a speech's short review of a section tells
// every activity of that section the opening counts among 各类活动 (those
// the union held and those it took part in), or a summary counting them
// when there are many, for every example of every sector.
func TestBriefTellsEveryActivity(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("..", "..", "examples", "*.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	for _, dir := range []string{"corpus", "sector", "term", "term-hospital"} {
		more, _ := filepath.Glob(filepath.Join("..", "..", "examples", dir, "*.yaml"))
		files = append(files, more...)
	}
	checked := 0
	for _, f := range files {
		w := New(run(t, nil, load(t, f)...), false)
		w.Speech(true)
		for _, id := range record.SectionIDs {
			acts := w.activitiesOf(id.ID)
			if len(acts) == 0 {
				continue
			}
			got := paras(w.Brief(id.ID))
			if len(seriesOf(acts)) > summaryAfter {
				if !strings.Contains(got, "共举办") && !strings.Contains(got, "共组织参加") {
					t.Errorf("%s %s: many activities and no summary:\n%s", filepath.Base(f), id.ID, got)
				}
				continue
			}
			for _, pa := range acts {
				checked++
				if name := ordinal.ReplaceAllString(pa.a.Name, ""); !strings.Contains(got, name) {
					t.Errorf("%s %s: the brief leaves out %q:\n%s", filepath.Base(f), id.ID, name, got)
				}
			}
		}
	}
	if checked < 20 {
		t.Errorf("only %d activities checked", checked)
	}
}

// TestBriefReliefIsTheWholeTotal: a speech's review of several relief
// batches ends with the money total its opening gives, the goods' value
// apart; one batch is its own total.
func TestBriefReliefIsTheWholeTotal(t *testing.T) {
	for _, c := range []struct {
		name, org, period, batches string
		want, not                  string
	}{
		{"factory, money and goods", "{name: 东塔机械有限公司工会, sector: 企业}", "{year: 2023}",
			"[{occasion: 春节送温暖, kind: 慰问金, date: 2023-01, who: 困难职工, persons: 168, amount: 8.4万}, " +
				"{occasion: 夏季送清凉, kind: 送清凉, date: 2023-07, who: 高温岗位职工, persons: 520, goods: [{item: 降温饮品, quantity: 520, measure: 份, value: 3.12万}]}, " +
				"{occasion: 金秋助学, kind: 助学金, date: 2023-08, who: 困难职工子女, persons: 5, amount: 1.5万}]",
			"全年共发放帮扶资金9.9万元，另送去降温饮品折合3.12万元。", ""},
		{"school, half year", "{name: 城关小学工会, sector: 学校}", "{year: 2023, part: 上半年}",
			"[{occasion: 春节慰问, kind: 慰问金, date: 2023-01, persons: 10, amount: 5000}, {occasion: 看望生病住院教职工, kind: 慰问金, persons: 4, amount: 2000}]",
			"上半年共发放慰问金7000元。", ""},
		{"hospital, one batch", "{name: 平阳县人民医院工会, sector: 医院}", "{year: 2023}",
			"[{occasion: 春节慰问, kind: 慰问金, date: 2023-01, persons: 10, amount: 5000}]",
			"发放慰问金5000元。", "共发放"},
	} {
		p := parse(t, "organisation: "+c.org+"\nperiod: "+c.period+"\nrelief: {batches: "+c.batches+"}\n")
		w := New(run(t, nil, p), false)
		w.Speech(true)
		got := paras(w.Brief("relief"))
		if !strings.Contains(got, c.want) || c.not != "" && strings.Contains(got, c.not) {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
	}
}

// TestMeetingNamesItsBody: the congress a speech is delivered at is named
// with the body that holds it: the organisation for its 职代会, the union
// itself for its 会员代表大会, the area for a 街道's 职代会.
func TestMeetingNamesItsBody(t *testing.T) {
	for _, c := range []struct{ org, democracy, want string }{
		{"{name: 平阳县人民医院工会, sector: 医院}", "{body: 职代会, term: 4, meeting: 3}", "平阳县人民医院第四届第三次职工代表大会"},
		{"{name: 青园街道总工会, sector: 街道乡镇}", "{body: 会员代表大会, term: 3, meeting: 4}", "青园街道总工会第三届第四次会员代表大会"},
		{"{name: 青园街道总工会, sector: 街道乡镇}", "{body: 职代会, term: 2, meeting: 1}", "青园街道第二届第一次职工代表大会"},
		{"{name: 永嘉县教育工会, kind: 教育系统, sector: 学校}", "{term: 5, meeting: 3}", "第五届第三次教职工代表大会"},
		{"{name: 青园镇工会联合会, sector: 街道乡镇}", "{body: 职代会, term: 3, meeting: 4}", "第三届第四次职工代表大会"},
	} {
		w := New(run(t, nil, parse(t, "organisation: "+c.org+"\nperiod: {year: 2023}\ndemocracy: "+c.democracy+"\n")), false)
		if got := w.Meeting(); got != c.want {
			t.Errorf("%s %s: Meeting() = %q, want %q", c.org, c.democracy, got, c.want)
		}
	}
}

// TestReportedAtAnotherMeeting: one file serves the annual summary and the
// work report given at the next meeting (report_meeting): the report is
// titled with that meeting, and tells the one held in the period as the
// summary does.
func TestReportedAtAnotherMeeting(t *testing.T) {
	for _, c := range []struct{ democracy, title, held string }{
		{"{body: 职代会, term: 6, meeting: 4, report_meeting: 5, representatives: 138}", "东塔机械有限公司第六届第五次职工代表大会", "召开六届四次职代会，138名职工代表依法行使民主权利。"},
		{"{body: 职代会, term: 6, meeting: 4, report_term: 7, report_meeting: 1}", "东塔机械有限公司第七届第一次职工代表大会", "召开六届四次职代会。"},
		{"{body: 职代会, term: 6, meeting: 4, report_meeting: 4}", "东塔机械有限公司第六届第四次职工代表大会", ""},
	} {
		w := New(run(t, nil, parse(t, "organisation: {name: 东塔机械有限公司工会, sector: 企业}\nperiod: {year: 2023}\ndemocracy: "+c.democracy+"\n")), false)
		w.Speech(true)
		if got := w.Meeting(); got != c.title {
			t.Errorf("%s: Meeting() = %q, want %q", c.democracy, got, c.title)
		}
		got := paras(w.Narrate("democracy"))
		if c.held != "" && !strings.Contains(got, c.held) || c.held == "" && strings.Contains(got, "召开") {
			t.Errorf("%s: got %q, want the meeting held told: %q", c.democracy, got, c.held)
		}
	}
}

// TestGeneralMeetingHasNoDelegates: at a 职工大会 or 会员大会 every member of
// staff (or member) attends, so none are called delegates.
func TestGeneralMeetingHasNoDelegates(t *testing.T) {
	for _, c := range []struct{ org, body, want string }{
		{"{name: 甲局机关工会, sector: 机关}", "职工大会", "召开职工大会1次，干部职工依法行使民主权利。共收到干部职工提案12件"},
		{"{name: 甲小学工会, sector: 学校}", "教职工大会", "召开教职工大会1次，教职工依法行使民主权利。共收到教职工提案12件"},
		{"{name: 甲社区工会, sector: 街道乡镇}", "会员大会", "召开会员大会1次，会员依法行使民主权利。共收到会员提案12件"},
	} {
		p := parse(t, "organisation: "+c.org+"\nperiod: {year: 2025}\ndemocracy: {body: "+c.body+", sessions: 1, proposals: 12}\n")
		if got := paras(New(run(t, nil, p), false).Narrate("democracy")); !strings.Contains(got, c.want) {
			t.Errorf("%s:\n got %q\nwant %q", c.body, got, c.want)
		}
	}
}

// TestOneEnterpriseBargaining: a company's own union signs its wage
// contract; it does not report a 签订率 of 1 enterprise in 1, nor call
// itself 1家已建会企业 when it has not signed.
func TestOneEnterpriseBargaining(t *testing.T) {
	for _, c := range []struct{ bargaining, want, not string }{
		{"{enterprises: 1, signed: 1, staff: 1850, covered: 1850}", "开展工资集体协商，签订工资专项集体合同。", "签订率"},
		{"{enterprises: 12, signed: 11}", "已建会企业12家，其中11家签订工资专项集体合同，签订率为91.67%", ""},
	} {
		p := parse(t, "organisation: {name: 甲公司工会, sector: 企业}\nperiod: {year: 2025}\nbargaining: "+c.bargaining+"\n")
		w := New(run(t, nil, p), false)
		got := paras(w.contracts())
		if !strings.Contains(got, c.want) || c.not != "" && strings.Contains(got, c.not) {
			t.Errorf("%s: %s\nwant %q, not %q", c.bargaining, got, c.want, c.not)
		}
	}
	p := parse(t, "organisation: {name: 甲公司工会, sector: 企业}\nperiod: {year: 2025}\nbargaining: {enterprises: 1, signed: 0}\n")
	found := false
	for _, f := range run(t, nil, p).Findings {
		if f.ID == "bargaining.unsigned" {
			found = true
			if got := Finding(f); got != "尚未签订工资专项集体合同" {
				t.Errorf("unsigned, one enterprise: %q", got)
			}
		}
	}
	if !found {
		t.Error("no bargaining.unsigned finding for an enterprise that has not signed")
	}
}

// TestHighlightsOfAUnionOverOthers: a federation's speech opens with the
// members and unions it gained, not with the activities of its office; a
// workplace union's with its activities, as is a federation's with one gain
// only; a new-members figure that is all the members is not told as a gain.
func TestHighlightsOfAUnionOverOthers(t *testing.T) {
	const acts = "activities:\n  - {date: 2025-04, name: 职工健步走, category: 文体, role: 主办}\n  - {date: 2025-09, name: 技能比武, category: 技能, role: 主办}\n"
	for _, c := range []struct {
		name, org, membership, want, not string
	}{
		{"county federation", "{name: 甲县总工会, kind: 地方总工会}", "{staff: 20000, members: 18000, new_members: 900}\nbuilding: {unions_built: 12}",
			"会员人数达到18,000人，新发展会员900人，新建工会12个", "各类活动"},
		{"a gain alone leaves the activities told", "{name: 甲街道总工会, kind: 街道总工会}", "{staff: 2000, members: 1800, new_members: 90}",
			"新发展会员90人，组织和参加各类活动2项", ""},
		{"workplace union", "{name: 甲公司工会, sector: 企业}", "{staff: 200, members: 190, new_members: 12}",
			"组织和参加各类活动2项", "新发展会员"},
		{"new members are all the members", "{name: 甲街道总工会, kind: 街道总工会}", "{staff: 2000, members: 1761, new_members: 1761}",
			"组织和参加各类活动2项", "新发展会员"},
	} {
		src := "organisation: " + c.org + "\nperiod: {year: 2025}\nmembership: " + c.membership + "\n" + acts
		w := New(run(t, nil, parse(t, src)), false)
		w.Speech(false)
		if h := w.Highlights(); !strings.Contains(h, c.want) || c.not != "" && strings.Contains(h, c.not) {
			t.Errorf("%s: opening %q, want %q and not %q", c.name, h, c.want, c.not)
		}
	}
}
