package prose

import (
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"

	"zongjie/internal/cnfmt"
	"zongjie/internal/record"
)

// sectionCategories maps report sections to the activity categories told
// in them.
var sectionCategories = map[string][]string{
	"ideology":   {"宣传教育", "读书", "讲座", "志愿服务"},
	"democracy":  {"会议"},
	"relief":     {"慰问"},
	"labour":     {"劳动竞赛", "技能", "安全生产", "技术创新"},
	"activities": {"文体", "文艺演出", "其他", ""},
	"honours":    {"评选"},
	"welfare":    {"疗休养"},
	"self":       {"培训", "调研"},
}

// SectionOfCategory returns the report section an activity category is
// told in, or "".
func SectionOfCategory(category string) string {
	for s, cats := range sectionCategories {
		for _, c := range cats {
			if c == category {
				return s
			}
		}
	}
	return ""
}

// placedActivity is an activity with the period it belongs to and its index
// there (for data paths).
type placedActivity struct {
	p *record.Period
	i int
	a record.Activity
}

// forWomen reports whether an activity is the women's own, which the
// women's work tells whatever its kind: one whose name opens with them
// (女职工健康知识讲座, “三八”妇女节…, 巾帼建功…).
func forWomen(a record.Activity) bool {
	name := strings.TrimLeft(a.Name, "“\"")
	for _, w := range []string{"女职工", "女教职工", "女教师", "女医务人员", "女干部", "女会员", "巾帼", "三八"} {
		if strings.HasPrefix(name, w) {
			return true
		}
	}
	return false
}

// ActivitySection is the report section that tells an activity: the one
// its records name; the women's work for the women's own, whatever their
// kind; a training course with labour and training unless it trains the
// union's own people (工会干部业务培训班, 职工代表履职能力培训), which the
// union's own building tells, as it tells a meeting on the unions' own
// work (unionBusiness); otherwise its category's.
func ActivitySection(a record.Activity) string {
	switch {
	case a.Section != "":
		return a.Section
	case forWomen(a):
		return "women"
	case a.Category == "培训" && !trainsUnionPeople(a.Name+a.Note):
		return "labour"
	case a.Category == "会议" && strings.Contains(a.Name, "表彰"):
		return "honours" // a 表彰会 goes with the honours, not the congresses
	case a.Category == "会议" && unionBusiness(a.Name):
		return "self" // 工会工作交流会, 工会工作推进会: the union's own building
	}
	return SectionOfCategory(a.Category)
}

// unionBusiness reports whether a meeting's name says it is about the
// unions' own work (工会工作交流会, 工会工作推进会, 经验交流会) rather than
// democratic management (职代会, 职工座谈会).
func unionBusiness(name string) bool {
	for _, w := range []string{"工会工作", "经验交流", "工作交流", "工作推进"} {
		if strings.Contains(name, w) {
			return true
		}
	}
	return false
}

// trainsUnionPeople reports whether a training course's name says it
// trains the union's own people: its officers or the delegates.
func trainsUnionPeople(name string) bool {
	for _, w := range []string{"工会干部", "工会主席", "工会委员", "工会会计", "工会财务", "工会工作", "工会业务", "工会知识",
		"基层工会", "经审", "职工代表", "会员代表", "女职工委员"} {
		if strings.Contains(name, w) {
			return true
		}
	}
	return false
}

// activitiesOf lists the activities told in a section, across the periods
// the report narrates, in date order (undated ones after, as written).
func (w *Writer) activitiesOf(section string) []placedActivity {
	var out []placedActivity
	for _, p := range w.periods {
		for i, a := range p.Activities {
			if !w.isOccasion(a) && ActivitySection(a) == section {
				out = append(out, placedActivity{p, i, a})
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i].a.Date, out[j].a.Date
		switch {
		case a.IsZero() || b.IsZero():
			return !a.IsZero() && b.IsZero()
		case a.Year != b.Year:
			return a.Year < b.Year
		case a.Month != b.Month:
			return a.Month < b.Month
		}
		return a.Day < b.Day
	})
	return out
}

// isOccasion reports whether a is the congress a speech is delivered at:
// a 职代会, 教代会 or 会员代表大会 held on the day of the report. The
// speaker stands at it; it is not among the work the speech reports.
func (w *Writer) isOccasion(a record.Activity) bool {
	rd := w.p.When.ReportDate
	if !w.speech || rd.Day == 0 || a.Date != rd || !(a.End.IsZero() || a.End == rd) {
		return false
	}
	for _, k := range []string{"代表大会", "职代会", "教代会", "会代会"} {
		if strings.Contains(a.Name, k) {
			return true
		}
	}
	return false
}

// summaryAfter is how many activities a section tells one by one; more
// are summarised with counts and the most notable named. A review of
// several years tells up to termListAfter one by one, each with its year.
const (
	summaryAfter  = 4
	termListAfter = 6
)

// activitiesIn plans the activities of a section: each a sentence, a series
// (第一讲, 第二讲) one sentence, and a long list, or a review of several
// years, a summary naming the most notable.
func (w *Writer) activitiesIn(section string) []Para {
	recurring, acts := w.recurring(w.activitiesOf(section))
	var out []Para
	if len(recurring) > 0 {
		// held year after year: once each, with its trend, first
		var p Para
		for _, g := range recurring {
			p = append(p, w.recurringSentence(g))
		}
		out = append(out, p)
	}
	if len(acts) == 0 {
		return out
	}
	groups := seriesOf(acts)
	if w.multi && len(groups) > termListAfter || !w.multi && len(groups) > summaryAfter {
		return append(out, w.activitySummary(section, acts, groups))
	}
	var bare []string // a run of activities told by name alone, one verb
	bareVerb := ""
	flush := func() {
		if len(bare) > 0 {
			names := bare[0]
			if len(bare) > 1 {
				names = listNames(bare)
			}
			out = append(out, Para{sentence(bareVerb + "了" + names)})
			bare = nil
		}
	}
	for _, g := range groups {
		if len(g) > 1 {
			flush()
			out = append(out, Para{w.series(g)})
			continue
		}
		s := w.activity(g[0])
		if verb, name, ok := bareActivity(s); ok {
			// 举办了教职工篮球比赛、教职工书画比赛和女教职工文艺展示。
			if verb != bareVerb {
				flush()
			}
			bareVerb, bare = verb, append(bare, name)
			continue
		}
		flush()
		out = append(out, Para{s})
	}
	flush()
	return likeJoined(out)
}

// likeJoined joins a run of one-sentence paragraphs that open the same way
// ("选派选手参加了…，荣获第一名。选派选手参加了…，荣获第二名。") into one
// sentence, its clauses joined by ；, as long as it stays under joinedPara
// runes: three sentences of one frame in a row read as a form filled in.
func likeJoined(ps []Para) []Para {
	var out []Para
	for _, p := range ps {
		if n := len(out); n > 0 && len(p) == 1 && len(out[n-1]) == 1 && runes(out[n-1])+runes(p) <= joinedPara {
			if s, ok := likeJoin(out[n-1][0], p[0]); ok {
				out[n-1] = Para{s}
				continue
			}
		}
		out = append(out, p)
	}
	return out
}

// bareActivity splits the sentence of an activity told by its name alone
// ("举办了教职工篮球比赛。": no date, no figure, no note) into its verb and
// what it names.
func bareActivity(s string) (verb, name string, ok bool) {
	for _, v := range []string{"举办", "开展", "召开", "组织", "参加"} {
		if rest, found := strings.CutPrefix(s, v+"了"); found {
			name, ok = strings.CutSuffix(rest, "。")
			if ok && !strings.ContainsAny(name, "，；。：") {
				return v, name, true
			}
		}
	}
	return "", "", false
}

// ordinal matches the ordinal of a part of a series at the end of a name:
// 第一讲, 第2期, （一）, 之三.
var ordinal = regexp.MustCompile(`(第[一二三四五六七八九十百\d]+(讲|期|场|站|轮|次|批)|（[一二三四五六七八九十\d]+）|\([一二三四五六七八九十\d]+\)|之[一二三四五六七八九十])$`)

// seriesOf groups activities that are parts of one series: the same name
// once the ordinal is taken off, the same category and role.
func seriesOf(acts []placedActivity) [][]placedActivity {
	var groups [][]placedActivity
	index := map[string]int{}
	for _, pa := range acts {
		base := ordinal.ReplaceAllString(pa.a.Name, "")
		key := ""
		if base != pa.a.Name {
			key = base + "\x00" + pa.a.Category + "\x00" + roleOf(pa.a)
		}
		if i, ok := index[key]; ok && key != "" {
			groups[i] = append(groups[i], pa)
			continue
		}
		if key != "" {
			index[key] = len(groups)
		}
		groups = append(groups, []placedActivity{pa})
	}
	return groups
}

// series words the parts of one series in one sentence: "6月7日、13日，先后
// 举办了职工法律知识讲座第一讲、第二讲，共有120人次参加。"
func (w *Writer) series(g []placedActivity) string {
	var dates, parts []string
	total, counted := int64(0), true
	for _, pa := range g {
		if d := w.when(pa.a.Date, pa.a.End); d != "" {
			dates = append(dates, d)
		}
		parts = append(parts, ordinal.FindString(pa.a.Name))
		if pa.a.Participants != nil {
			total += *pa.a.Participants
		} else {
			counted = false
		}
	}
	first := g[0].a
	base := ordinal.ReplaceAllString(first.Name, "")
	verb := hostVerb(kindOf(base, first.Category))
	if roleOf(first) == "参加" {
		verb = "参加"
	}
	s := joinDates(dates)
	main := "先后" + verb + "了" + base + list(parts)
	tail := ""
	if counted && total > 0 {
		tail = "共有" + countText(total, "人次") + "参加"
	}
	return sentence(joinClauses(s, main, tail))
}

// joinDates joins dates of one year and month compactly: 6月7日、13日.
func joinDates(ds []string) string {
	if len(ds) == 0 {
		return ""
	}
	out := []string{ds[0]}
	for i := 1; i < len(ds); i++ {
		prev, cur := ds[i-1], ds[i]
		if p := strings.Index(prev, "月"); p > 0 && strings.HasPrefix(cur, prev[:p+len("月")]) && strings.HasSuffix(cur, "日") {
			cur = cur[p+len("月"):]
		}
		out = append(out, cur)
	}
	return list(out)
}

// editionName is an activity's name with its 届 when the records give it
// apart (edition 11: 第十一届青年教师教学竞赛); a name that says its 届
// already is kept.
func editionName(a record.Activity) string {
	if a.Edition == nil || *a.Edition < 1 || editionWritten.MatchString(a.Name) {
		return a.Name
	}
	return cnfmt.Ordinal(int(*a.Edition)) + "届" + a.Name
}

// editionWritten matches a name that says its 届: 第十二届…, 第12届….
var editionWritten = regexp.MustCompile(`第[一二三四五六七八九十百\d]+届`)

// activity words one activity: its date, what the union did (by the kind
// of thing and the union's role), its figures, its results and its note.
func (w *Writer) activity(pa placedActivity) string {
	a, p := pa.a, pa.p
	a.Name = editionName(a)
	path := "activities[" + strconv.Itoa(pa.i) + "]."
	k := kindOf(a.Name, a.Category)
	role := roleOf(a)
	_, hasPeople := fig(p, path+"participants", a.Participants, "")
	// participants words the number of people with its measure word, a
	// qualifier after it where written so (200人以上, 近200名)
	participants := func(measure string) string {
		s, _ := fig(p, path+"participants", a.Participants, measure)
		return s
	}
	staff := w.Staff()
	note := a.Note
	name := a.Name
	if role == "参加" && a.Organiser != "" && !strings.HasPrefix(a.Name, a.Organiser) {
		// a name that opens with its organiser names it already
		// (市总工会劳动法律监督员培训班, not 市总工会举办的市总工会…)
		name = a.Organiser + "举办的" + a.Name
	}
	team := a.Teams != nil && *a.Teams > 0 || teamResult(a.Results)
	if who, ok := attendees(note); ok && hasPeople && (role == "参加" || k == eventTrip) &&
		!team && len(a.Results) == 0 && len(a.Prizes) == 0 && k != eventContest {
		// the note says whom the union sent: they are the people counted
		// (选派3名分工会干部参加了…), not 参加 said twice
		staff, note = who, ""
	}
	var main string
	var clauses []string
	switch {
	case role == "承办":
		main = "承办了" + name
		if a.Organiser != "" && !strings.HasPrefix(a.Name, a.Organiser) {
			main = "承办了" + a.Organiser + "主办的" + a.Name
		}
	case role == "协办":
		main = "协助" + orDefault(a.Organiser, "上级工会") + "举办了" + a.Name
	case k == eventTrip && (strings.Contains(a.Name, "赴") || !hasPeople && namesPeople(a.Name, staff)):
		// a name that says who went where (女干部职工赴双龙考察), or who
		// took part (女教师体检), is what the union organised:
		// 组织女干部职工赴双龙考察, not 组织职工参加女教师体检
		main = "组织" + a.Name
		if hasPeople {
			clauses = append(clauses, tookPart(participants("人")))
		}
		hasPeople = false
	case k == eventTrip:
		switch {
		case hasPeople && role != "参加" && (staff != "" && strings.Contains(a.Name, staff) || namesGroup(a.Name)):
			// the name says who went: 组织46名一线干部职工疗休养, not
			// 组织46名干部职工参加一线干部职工疗休养; 组织120名劳模疗休养
			main = "组织" + participants("名") + a.Name
		case hasPeople:
			main = "组织" + participants("名") + staff + "参加" + name
		default:
			main = "组织" + staff + "参加" + name
		}
		if n, ok := fig(p, path+"sessions", a.Sessions, orDefault(a.SessionsMeasure, "期")); ok && a.Sessions != nil && *a.Sessions > 1 {
			main = "分" + n + main // 分2期组织…
		}
		hasPeople = false
	case role == "参加":
		switch {
		case team:
			main = "组队参加了" + name
			if hasPeople {
				clauses = append(clauses, "派出"+participants("人"))
			}
		case len(a.Results) > 0 || len(a.Prizes) > 0 || k == eventContest:
			if hasPeople {
				main = "选派" + participants("名") + "选手参加了" + name
			} else {
				main = "选派选手参加了" + name
			}
		case k == eventTraining:
			if hasPeople {
				main = "选派" + participants("名") + staff + "参加了" + name
			} else {
				main = "选派" + staff + "参加了" + name
			}
		case hasPeople:
			main = "组织" + participants("名") + staff + "参加了" + name
		default:
			main = "参加了" + name
		}
		hasPeople = false
	default: // 主办
		verb := hostVerb(k)
		main = verb + "了" + campaignName(a.Name, k)
		if n, ok := fig(p, path+"sessions", a.Sessions, orDefault(a.SessionsMeasure, "次")); ok && positive(p, path+"sessions", a.Sessions) {
			main = verb + "了" + campaignName(a.Name, k) + n
		}
	}
	if role != "参加" && k != eventTrip {
		units, hasUnits := fig(p, path+"units", a.Units, "个单位")
		hasUnits = hasUnits && positive(p, path+"units", a.Units)
		if team && a.Teams != nil {
			// who sent the teams, in the same clause: 16个单位组成12支代表队、
			// 144名选手参赛; 8个单位各派出1支代表队，共48名选手参赛
			teams := strconv.FormatInt(*a.Teams, 10) + "支代表队"
			switch {
			case hasUnits && *a.Units == *a.Teams && hasPeople:
				clauses = append(clauses, units+"各派出1支代表队", "共"+participants("名")+"选手参赛")
			case hasUnits && *a.Units == *a.Teams:
				clauses = append(clauses, units+"各派出1支代表队参赛")
			case hasUnits && hasPeople:
				clauses = append(clauses, units+"组成"+teams+"、"+participants("名")+"选手参赛")
			case hasUnits:
				clauses = append(clauses, units+"组成"+teams+"参赛")
			case hasPeople:
				clauses = append(clauses, teams+participants("名")+"选手参赛")
			default:
				clauses = append(clauses, teams+"参赛")
			}
			hasPeople, hasUnits = false, false
		}
		if n := units; hasUnits {
			if _, named := attendees(note); hasPeople && !named && len(a.Breakdown) == 0 {
				// one clause, one 参加: 18个单位1460人参加
				clauses = append(clauses, n+participants("人")+"参加")
				hasPeople = false
			} else {
				clauses = append(clauses, n+"参加")
			}
		}
		if hasPeople {
			c := tookPart(participants("人"))
			if who, ok := attendees(note); ok {
				// the note says who attended: they and their number are one
				// clause (全区医疗机构负责人共310余人参加), not 参加 twice
				c, note = who+"共"+participants("人")+"参加", ""
			}
			if b := breakdown(a.Breakdown, "人"); b != "" {
				c += "（其中" + b + "）"
			}
			clauses = append(clauses, c)
		}
	}
	if n, ok := fig(p, path+"person_times", a.PersonTimes, "人次"); ok && positive(p, path+"person_times", a.PersonTimes) {
		clauses = append(clauses, "参加"+n)
	}
	if n, ok := fig(p, path+"entries", a.Entries, orDefault(a.EntriesMeasure, "件")); ok && positive(p, path+"entries", a.Entries) {
		clauses = append(clauses, "收到参赛作品"+n)
	}
	if a.Days != nil && *a.Days > 1 {
		if k == eventTrip && a.Sessions != nil && *a.Sessions > 1 {
			clauses = append(clauses, "每期"+strconv.FormatInt(*a.Days, 10)+"天") // the days of one of them
		} else {
			clauses = append(clauses, "历时"+strconv.FormatInt(*a.Days, 10)+"天")
		}
	}
	if n, ok := fig(p, path+"beneficiaries", a.Beneficiaries, "人"); ok && positive(p, path+"beneficiaries", a.Beneficiaries) {
		if k == eventShow {
			clauses = append(clauses, n+"观看") // a show or an exhibition is watched
		} else {
			clauses = append(clauses, "受益"+n)
		}
	}
	r, pr := results(a.Results), prizes(a.Prizes, role != "参加")
	if (r != "" || pr != "") && takingPart(note) {
		// what the team took part in comes before what it won; the events
		// of a games it was sent to name what it took part in
		// (组队参加了市第十届职工运动会拔河、乒乓球等项目的比赛)
		n := clause(note)
		if ev, ok := strings.CutPrefix(n, "参加"); ok && strings.HasSuffix(main, "参加了"+name) && len(clauses) == 0 &&
			(strings.HasSuffix(ev, "比赛") || strings.HasSuffix(ev, "项目")) {
			main += ev
		} else {
			clauses = append(clauses, n)
		}
		note = ""
	}
	if r != "" {
		clauses = append(clauses, r)
	}
	if pr != "" {
		clauses = append(clauses, pr)
	}
	if m, ok := money(p, path+"cost", a.Cost); ok && positiveMoney(p, path+"cost", a.Cost) {
		clauses = append(clauses, "投入经费"+m)
	}
	for i, f := range a.Figures {
		if s := figureText(p, path+"figures["+strconv.Itoa(i)+"].", f); s != "" {
			clauses = append(clauses, s)
		}
	}
	when := w.when(a.Date, a.End)
	if when == "" && !a.Span.IsZero() {
		when = spanWords(a.Span)
	}
	s := joinClauses(when, main, joinClauses(clauses...))
	return withNote(s, note)
}

// takingPart reports whether a note goes on telling how the union took
// part ("参加拔河、乒乓球等项目的比赛", "派出12名队员"): a clause without a
// subject of its own that names no award. It is told before the results,
// as a clerk writes what the team took part in, then what it won.
func takingPart(note string) bool {
	note = strings.TrimSpace(note)
	if note == "" || hasSubject(note) || strings.ContainsAny(clause(note), "。！？") || strings.ContainsAny(note, "获奖") {
		return false
	}
	for _, p := range []string{"参加", "参与", "参赛", "派出", "选派", "组队", "报名", "共派"} {
		if strings.HasPrefix(note, p) {
			return true
		}
	}
	return false
}

// namesPeople reports whether an activity's name opens with the people
// who took part in it: 女教师体检, 退休职工疗休养, 劳模疗休养.
func namesPeople(name, staff string) bool {
	for _, p := range []string{staff, "女教师", "女职工", "女教职工", "教职工", "职工", "员工", "干部", "会员", "劳模", "退休", "离退休", "一线", "新入职"} {
		if p != "" && strings.HasPrefix(name, p) {
			return true
		}
	}
	return false
}

// namesGroup reports whether an activity's name opens with a group of
// the staff, not the staff at large: 劳模疗休养, 一线职工疗休养, not
// 职工疗休养.
func namesGroup(name string) bool {
	for _, p := range []string{"女教师", "女职工", "女教职工", "劳模", "劳动模范", "退休", "离退休", "一线", "新入职", "青年", "困难职工"} {
		if strings.HasPrefix(name, p) {
			return true
		}
	}
	return false
}

// attendees returns who a note says attended ("全区厂矿、个体医疗机构负责人"
// from "全区厂矿、个体医疗机构负责人参加", "分工会干部" from "选派分工会干部
// 参加"): a note of one clause that ends with 参加 and gives no number of
// its own.
func attendees(note string) (string, bool) {
	n := strings.TrimSuffix(clause(note), "了")
	for _, v := range []string{"选派", "组织", "安排"} {
		n = strings.TrimPrefix(n, v)
	}
	who, ok := strings.CutSuffix(n, "参加")
	who = strings.TrimSuffix(who, "都")
	who = strings.TrimSuffix(who, "均")
	if !ok || who == "" || strings.ContainsAny(who, "，；：。！？0123456789") {
		return "", false
	}
	return who, true
}

// withNote ends sentence s with a note: a note that continues the sentence
// (邀请…授课, 随…到…) is a clause of it; a note with a subject of its own is
// a sentence after it.
func withNote(s, note string) string {
	note = strings.TrimSpace(note)
	if note == "" {
		return sentence(s)
	}
	if isClause(note) || !strings.ContainsAny(clause(note), "。！？") && len([]rune(note)) <= 40 && !hasSubject(note) {
		return sentence(joinClauses(s, note))
	}
	return sentence(s) + sentence(note)
}

// hasSubject reports whether a note names its actor at its start (本会,
// 全县, 各学校 …), which makes it a sentence of its own.
func hasSubject(note string) bool {
	for _, p := range []string{"本", "全", "各", "我", "该", "此", "这", "此次", "活动", "比赛", "大会", "会议"} {
		if strings.HasPrefix(note, p) {
			return true
		}
	}
	return false
}

// campaignName words a campaign by its name: "职工健步走活动", "“送清凉”
// 活动", a name ending in 活动 as it is; other kinds keep their name.
func campaignName(name string, k eventKind) string {
	if k != eventCampaign || strings.HasSuffix(name, "活动") || strings.HasSuffix(name, "月") ||
		strings.HasSuffix(name, "评选") || strings.HasSuffix(name, "周") || strings.HasSuffix(name, "竞赛") {
		return name // 开展“开门红”劳动竞赛, not …劳动竞赛活动
	}
	if r := []rune(name); len(r) <= 4 && !strings.ContainsAny(name, "“”") {
		return "“" + name + "”活动"
	}
	return name + "活动"
}

// orDefault returns s, or def when s is empty.
func orDefault(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

// breakdown words labelled counts: "职工51人、劳务工9人".
func breakdown(parts []record.Part, measure string) string {
	var out []string
	for _, p := range parts {
		if p.Count == nil {
			return ""
		}
		out = append(out, p.Label+countText(*p.Count, measure))
	}
	return list(out)
}

// isTeam reports whether a result's winner is the union's own team.
func isTeam(who string) bool {
	for _, t := range []string{"代表队", "团体", "我队", "队伍", "全队", "本队"} {
		if who == t || strings.HasSuffix(who, "代表队") {
			return true
		}
	}
	return false
}

// teamResult reports whether results include a team result.
func teamResult(rs []record.Result) bool {
	for _, r := range rs {
		if isTeam(r.Who) {
			return true
		}
	}
	return false
}

// awardPhrase words an award with its verb: "荣获二等奖", and a result that
// is no prize as it is ("团体成绩未进入前八名").
func awardPhrase(award string, rank *int64) string {
	if award == "" {
		if rank == nil {
			return ""
		}
		return "荣获第" + cnfmt.Hanzi(int(*rank)) + "名"
	}
	if strings.ContainsAny(award, "未没无") || strings.HasPrefix(award, "获") || strings.HasPrefix(award, "荣获") {
		return award
	}
	return "荣获" + award
}

// roleOf is the union's part in an activity: as written, or, when not,
// 参加 for one another body organised or one with results (the union's
// people won them at another's event), 主办 for the rest.
func roleOf(a record.Activity) string {
	switch {
	case a.Role != "":
		return a.Role
	case a.Organiser != "" || len(a.Results) > 0:
		return "参加"
	}
	return "主办"
}

// shown returns the results worth showing off: not a place missed
// (团体成绩未进入前八名, 未获奖).
func shown(rs []record.Result) []record.Result {
	var out []record.Result
	for _, r := range rs {
		if !missed(r.Award) {
			out = append(out, r)
		}
	}
	return out
}

// missed reports whether an award says a place was not won.
func missed(award string) bool {
	return containsAny(award, []string{"未进入", "未能", "未获", "未入围", "没有进入", "没有获", "落选"})
}

// results words an activity's results, winners of the same award together
// and the awards of the same winners together: "以462分的总成绩荣获第一名"
// ("以462分荣获总成绩第一名" when the award says 总成绩), "周跃荣获二等奖，
// 刘慧珍、季显莹荣获三等奖", "本公司职工摄影作品荣获二等奖和优秀作品奖".
func results(rs []record.Result) string {
	type group struct {
		award string
		names []string
		team  bool
		squad string // a team's own name (一队代表队), "" for 团体
		score string
		rank  *int64
	}
	var groups []*group
	index := map[string]*group{}
	for _, r := range rs {
		team := isTeam(r.Who)
		key := r.Award + "\x00" + strconv.FormatBool(team)
		if r.Award == "" && r.Rank != nil {
			key += strconv.FormatInt(*r.Rank, 10)
		}
		g, ok := index[key]
		if !ok || team {
			g = &group{award: r.Award, team: team, rank: r.Rank}
			groups = append(groups, g)
			index[key] = g
		}
		if team {
			if r.Score != nil {
				g.score = r.Score.String()
			}
			if strings.HasSuffix(r.Who, "代表队") {
				g.squad = r.Who
			}
			continue
		}
		g.names = append(g.names, r.Who)
	}
	var segs []string
	var who string      // the winners of the run of awards in awards
	var awards []string // awards won by who, in order, without 荣获
	flush := func() {
		if len(awards) > 0 {
			segs = append(segs, who+"荣获"+cnfmt.JoinAnd(awards))
			awards = nil
		}
	}
	for _, g := range groups {
		phrase := awardPhrase(g.award, g.rank)
		if award, ok := strings.CutPrefix(phrase, "荣获"); ok && !g.team {
			if names := cnfmt.Join(g.names); names != who || len(awards) == 0 {
				flush()
				who = names
			}
			awards = append(awards, award)
			continue
		}
		flush()
		// a team named by the records is said (体育学院分工会代表队荣获冠军:
		// at the union's own event the winner is another's), and after a
		// person's award the team is said again (代表队荣获团体二等奖)
		team := ""
		if g.team && (len(segs) > 0 || g.squad != "" && g.squad != "代表队") {
			team = orDefault(g.squad, "代表队")
		}
		switch {
		case phrase == "":
		case g.team && g.score != "" && strings.Contains(phrase, "总成绩"):
			segs = append(segs, team+"以"+g.score+"分"+phrase) // not 总成绩 twice
		case g.team && g.score != "":
			segs = append(segs, team+"以"+g.score+"分的总成绩"+phrase)
		case g.team:
			segs = append(segs, team+phrase)
		default:
			segs = append(segs, cnfmt.Join(g.names)+phrase)
		}
	}
	flush()
	return strings.Join(segs, "，")
}

// prizes words prize counts: "评出一等奖2名、二等奖4名" for an event the union
// held, "获得一等奖2名" for one it took part in.
func prizes(ps []record.Prize, held bool) string {
	var out []string
	for _, pr := range ps {
		if pr.Count == nil || *pr.Count <= 0 {
			continue
		}
		out = append(out, pr.Award+countText(*pr.Count, orDefault(pr.Measure, "名")))
	}
	if len(out) == 0 {
		return ""
	}
	if held {
		return "评出" + list(out)
	}
	return "获得" + list(out)
}

// figureText words another figure: "排查隐患16处". A count of bodies or
// people under a label that is only their name is how many there are:
// "共有教职工文体协会19个", not the fragment "教职工文体协会19个". path is
// the figure's data path and a dot ("figures[2]."): an amount written in
// 万 keeps the precision it was written with.
func figureText(p *record.Period, path string, f record.Figure) string {
	if f.Count != nil {
		if *f.Count == 0 {
			return ""
		}
		label := f.Label
		if headCount(f.Measure) && namesOnly(label) {
			label = "共有" + label
		}
		return span(f.Span) + label + countText(*f.Count, f.Measure)
	}
	if f.Amount != nil {
		if *f.Amount == 0 {
			return ""
		}
		m, _ := money(p, path+"amount", f.Amount)
		return span(f.Span) + f.Label + m
	}
	return ""
}

// figureVerbs are verbs a figure's label may hold: it then says what was
// done (组织教职工健康体检, 各学院召开二级教代会), and needs no 共有.
var figureVerbs = []string{"组织", "开展", "举办", "召开", "新建", "建成", "建立", "成立", "培训", "发放", "追回",
	"挽回", "收到", "参加", "完成", "实现", "走访", "慰问", "排查", "查出", "调解", "受理", "签订", "帮助", "帮扶",
	"结对", "资助", "救助", "接待", "提供", "设立", "发展", "吸纳", "表彰", "评选", "选派", "推荐", "办理", "解决",
	"落实", "产生", "实行", "实施", "推行", "达到", "就业", "共有", "现有"}

// namesOnly reports whether a figure's label only names what is counted
// (教职工文体协会): no verb of figureVerbs, no clause before a 的, no 为 or
// 对 saying for whom.
func namesOnly(label string) bool {
	if strings.ContainsAny(label, "的为对") {
		return false
	}
	for _, v := range figureVerbs {
		if strings.Contains(label, v) {
			return false
		}
	}
	return true
}

// tookPart words how many took part: "共有130人参加", "共有近200人参加"; a
// count given as 约 takes no 共有 ("约130人参加": 共有 states a count).
func tookPart(n string) string {
	for _, q := range []string{"约", "大约"} {
		if strings.HasPrefix(n, q) {
			return n + "参加"
		}
	}
	return "共有" + n + "参加"
}

// activitySummary words many activities, or those of several years: how
// many of each role there were, how many people took part, and the most
// notable few by name (with their year in a review of several years).
func (w *Writer) activitySummary(section string, acts []placedActivity, groups [][]placedActivity) Para {
	held, joined := 0, 0
	for _, g := range groups {
		if roleOf(g[0].a) == "参加" {
			joined++
		} else {
			held++
		}
	}
	what := sectionActivityNoun[section]
	period := w.whole()
	var counts []string
	if held > 0 {
		counts = append(counts, "举办"+what+countText(int64(held), "项"))
	}
	if joined > 0 {
		counts = append(counts, "组织参加上级和外单位举办的"+what+countText(int64(joined), "项"))
	}
	s := period + "，共" + strings.Join(counts, "，")
	// the notable: those with results or prizes to show, then the largest
	// the union hosted; in a review of several years, the two most notable of
	// every year. Hosted ones 影响较大; where it only took part, its people
	// 取得了好成绩 (a team that did not place is no result to show).
	notable := append([][]placedActivity(nil), groups...)
	sort.SliceStable(notable, func(i, j int) bool { return weight(notable[i]) > weight(notable[j]) })
	name := func(g []placedActivity) string {
		n := g[0].a.Name
		if len(g) > 1 {
			n = ordinal.ReplaceAllString(n, "")
		}
		n = listName(n)
		if r := results(shown(g[0].a.Results)); r != "" {
			n += "（" + r + "）"
		}
		return n
	}
	// noted: an activity worth naming, by its results or, hosted by the
	// union, by its size
	noted := func(g []placedActivity) bool {
		return weight(g) >= 1<<40 || roleOf(g[0].a) != "参加" && weight(g) > 0
	}
	var hosted, won []string // the notable hosted, and those only taken part in
	add := func(g []placedActivity, names *[]string) {
		if n := name(g); !slices.Contains(*names, n) {
			*names = append(*names, n)
		}
	}
	if w.multi {
		for _, p := range w.periods {
			var names []string
			for _, g := range notable {
				if g[0].p == p && len(names) < 2 && noted(g) {
					names = append(names, name(g))
				}
			}
			if len(names) > 0 {
				hosted = append(hosted, p.When.Label()+"的"+list(names))
			}
		}
	} else {
		// a file of several years holds one yearly activity once a year:
		// it is named once
		for _, g := range notable {
			if len(hosted)+len(won) == 3 {
				break
			}
			if !noted(g) {
				continue // a large event the union only took part in
			}
			if roleOf(g[0].a) == "参加" {
				add(g, &won)
			} else {
				add(g, &hosted)
			}
		}
	}
	out := Para{sentence(s)}
	switch {
	case w.multi && len(hosted) > 0:
		out = append(out, sentence("其中，"+strings.Join(hosted, "，")+"等活动影响较大"))
	case len(hosted) > 0 && len(won) > 0:
		out = append(out, sentence("其中，"+list(hosted)+"等活动影响较大，在"+list(won)+"中取得了好成绩"))
	case len(hosted) > 0:
		out = append(out, sentence("其中，"+list(hosted)+"等活动影响较大"))
	case len(won) > 0:
		out = append(out, sentence("其中，在"+list(won)+"中取得了好成绩"))
	}
	return out
}

// sectionActivityNoun names a section's activities in a summary.
var sectionActivityNoun = map[string]string{
	"ideology": "宣传教育活动", "democracy": "会议", "relief": "慰问活动", "labour": "劳动竞赛和技能比赛",
	"activities": "文体活动", "honours": "评选活动", "welfare": "疗休养和福利活动", "self": "培训和调研活动",
}

// weight ranks activities for a summary: results and prizes first, then
// the number of people.
func weight(g []placedActivity) int64 {
	a := g[0].a
	var n int64
	if len(shown(a.Results)) > 0 || len(a.Prizes) > 0 {
		n += 1 << 40
	}
	if a.Participants != nil {
		n += *a.Participants
	}
	return n
}

// activitiesBrief plans a speech's telling of a section's activities:
// one or two in one paragraph; more as Narrate tells them, a paragraph
// each (three sentences of one frame in one paragraph read as a list) or,
// when many, a summary with counts. nil when the section has none.
func (w *Writer) activitiesBrief(section string) []Para {
	ps := dated(w.activitiesIn(section))
	if len(ps) == 0 || len(seriesOf(w.activitiesOf(section))) > 2 {
		return ps
	}
	var out Para
	for _, p := range ps {
		out = append(out, p...)
	}
	return []Para{oneDate(out)}
}

// Rests reports whether the welfare section tells a 疗休养 (a rest cure,
// a 休养 or 疗养 trip), in the records or the clerk's paragraphs for it:
// its heading promises one only then (做好疗休养工作), and otherwise
// names the welfare alone.
func (w *Writer) Rests() bool {
	rest := func(s string) bool { return strings.Contains(s, "休养") || strings.Contains(s, "疗养") }
	for _, p := range w.periods {
		for _, t := range p.Text.Sections["welfare"] {
			if rest(t) {
				return true
			}
		}
	}
	for _, a := range w.activitiesOf("welfare") {
		if a.a.Category == "疗休养" || rest(a.a.Name) {
			return true
		}
	}
	return false
}
