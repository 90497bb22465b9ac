package prose

import (
	"math/big"
	"regexp"
	"slices"
	"strings"

	"zongjie/internal/cnfmt"
	"zongjie/internal/record"
	"zongjie/internal/rules"
)

// Task is one of the tasks for the next period that a work report to a
// congress sets out: a heading and its items, one sentence each.
type Task struct {
	Heading string
	Items   []string
}

// maxAdvised is how many suggestions Tasks plans at most: one for each of
// the union's standing duties the records show work in, and the remedies
// of the problems the report names.
const maxAdvised = 12

// Tasks plans the 工作任务 of a work report to a congress when the clerk
// wrote no plan (text.plan): the suggestions Advice makes, more of them,
// grouped by the part of the work each is about and headed, in the order
// of the duties (political guidance first, the union's own building
// last); the targets missed, which span several parts, and those set for
// years ahead come right after political guidance. Each group tells, after its standing duty, what the
// union's records show it does year after year and will go on doing
// (continuing), then the remedies of the problems of that part. In a
// speech the tasks are the longest and most forward-looking part
// (../shared/WRITING.md §7), not a list of slogans. It returns nil when
// the clerk wrote the suggestions (text.advice): those are given as
// written.
func (w *Writer) Tasks() []Task {
	items := w.advised(maxAdvised)
	if slices.ContainsFunc(items, func(a advice) bool { return a.clerk }) {
		return nil // the clerk's own, given as written
	}
	ds := w.duties()
	order := make([]string, 0, len(ds)+1) // group keys: a duty's first section, "" for targets
	order = append(order, ds[0].sections[0], "")
	for _, d := range ds[1:] {
		order = append(order, d.sections[0])
	}
	groupOf := func(section string) string {
		if section == "bargaining" {
			section = "democracy" // told with the democratic management
		}
		for _, d := range ds {
			if slices.Contains(d.sections, section) {
				return d.sections[0]
			}
		}
		return ""
	}
	duty := map[string]string{}
	for _, d := range ds {
		duty[sentence(d.text)] = d.sections[0]
	}
	var out []Task
	for _, g := range order {
		var lead string
		var remedies []string
		for _, it := range items {
			switch {
			case groupOf(it.section) != g:
			case isDuty(duty, it.text, g):
				lead = strings.TrimSuffix(it.text, "。")
			default:
				remedies = append(remedies, it.text)
			}
		}
		if lead == "" && len(remedies) == 0 {
			continue
		}
		t := Task{Heading: w.taskHeading(g, remedies)}
		// the duty goes on from its heading ("加强工会自身建设，提高…"):
		// the item says the rest, after what the union does every year
		rest, headed := strings.CutPrefix(lead, t.Heading+"，")
		if headed && overlaps(rest, remedies) {
			// a remedy says it better (建立女职工委员会，做好女职工特殊权益保护工作)
			lead, rest, headed = "", "", false
		}
		var sections []string // the group's sections, for its places
		for _, d := range ds {
			if d.sections[0] == g {
				sections = d.sections
			}
		}
		services, places := w.continuing(g, sections)
		switch {
		case headed && services != "":
			t.Items = append(t.Items, sentence(services+"，"+rest))
		case headed && strings.HasPrefix(rest, "让"):
			// a purpose alone is no task: whom the work is for first
			whom := w.Staff() + "的工作和生活"
			if w.helpsTheNeedy() {
				whom = "困难" + w.Staff()
			}
			t.Items = append(t.Items, sentence("关心关爱"+whom+"，"+rest))
		case headed && g == "women":
			t.Items = append(t.Items, sentence("关心女职工的成长和身心健康，"+rest))
		case headed:
			t.Items = append(t.Items, sentence(rest))
		default:
			for _, s := range []string{lead, services} {
				if s != "" {
					t.Items = append(t.Items, sentence(s))
				}
			}
		}
		for _, ps := range places {
			t.Items = append(t.Items, sentence("管好用好"+cnfmt.JoinAnd(ps.kinds)+"，"+ps.serve))
		}
		t.Items = append(t.Items, remedies...)
		out = append(out, t)
	}
	return out
}

// isDuty reports whether text is the standing duty of group g.
func isDuty(duty map[string]string, text, g string) bool {
	d, ok := duty[text]
	return ok && d == g
}

// overlaps reports whether any of the remedies shares a run of four
// characters or more with s.
func overlaps(s string, remedies []string) bool {
	for _, r := range remedies {
		if commonRun([]rune(s), []rune(r)) >= 4 {
			return true
		}
	}
	return false
}

// taskHeading heads the group of tasks of a part of the work (its duty's
// first section; "" for targets across parts, whose items tell whether
// some were missed or all are set for years ahead). Where the duty's
// first clause names the part (依法维护职工合法权益，做好…), it is the
// heading and the item goes on from it.
func (w *Writer) taskHeading(group string, items []string) string {
	staff := w.Staff()
	switch group {
	case "ideology":
		return "凝聚思想共识"
	case "":
		if slices.ContainsFunc(items, func(r string) bool { return strings.HasPrefix(r, "对照") }) {
			return "抓好目标任务落实" // targets missed
		}
		return "明确今后几年的奋斗目标"
	case "organisation":
		if Regional(w.p.Org) {
			return "夯实工会组织基础"
		}
		return "加强工会组织建设"
	case "democracy":
		switch w.Bargaining() {
		case BargainingOnly:
			return "深入推进集体协商"
		case BargainingFirst:
			return "推进集体协商和民主管理"
		}
		return "深化民主管理"
	case "rights":
		return "依法维护" + staff + "合法权益"
	case "labour":
		if w.TrainingOnly() {
			return "加强" + staff + "教育培训"
		}
		if w.SafetyWork() {
			return "筑牢安全生产防线"
		}
		switch record.SectorOf(w.p.Org) {
		case record.SectorSchool:
			return "促进" + staff + "专业发展"
		case record.SectorHospital, record.SectorGovernment:
			return "组织" + staff + "岗位建功"
		}
		return "组织" + staff + "建功立业"
	case "relief":
		return "做实帮扶慰问和服务" + staff + "工作"
	case "activities":
		return "活跃" + staff + "文化生活"
	case "women":
		return "做好女职工工作"
	}
	return "加强工会自身建设"
}

// continuing says what the period's records show the union does every
// year in a part of the work (a group of tasks, told in sections) and will
// go on doing: the services (the staff groups it reaches out to; the
// nationwide relief campaigns it ran, 送温暖, 送清凉, 金秋助学, and its
// 医疗互助; the events it holds with a 届; the women's 安康保险, checkups
// and activities), and the places it runs (职工书屋, 母婴室) told in those
// sections, by kind. "" and none where they show none.
func (w *Writer) continuing(group string, sections []string) (services string, places []placeGroup) {
	switch group {
	case "relief":
		campaigns, mutual := w.reliefCampaigns()
		var parts []string
		if len(campaigns) > 0 {
			parts = append(parts, "继续开展"+cnfmt.JoinAnd(campaigns)+"活动")
		}
		if mutual != "" {
			verb := "做好"
			if len(parts) == 0 {
				verb = "继续做好"
			}
			parts = append(parts, verb+mutual+"工作")
		}
		services = strings.Join(parts, "，")
	case "organisation":
		if groups := w.groupsToEnrol(); len(groups) > 0 {
			services = "把" + cnfmt.JoinAnd(groups) + "更多地组织到工会中来，做好对他们的服务工作"
			if w.mostJoined() && !slices.Contains(groups, "新就业形态劳动者") {
				// they have joined: what is left is reaching them
				services = "针对" + cnfmt.JoinAnd(groups) + "的特点开展工作，吸引他们参加工会活动"
			}
		}
	case "labour", "activities":
		services = w.recurringEvents(group)
	case "women":
		var parts []string
		if n := w.p.Women.Insured; n != nil && *n > 0 {
			parts = append(parts, "办理安康保险")
		}
		if n := w.p.Women.Checkups; n != nil && *n > 0 {
			parts = append(parts, "组织健康检查")
		}
		if len(parts) > 0 {
			services = "继续为女职工" + list(parts)
		}
		if n := w.p.Women.Activities; n != nil && *n > 0 {
			services = strings.TrimPrefix(services+"，开展丰富多彩的女职工活动", "，")
		}
	}
	return services, w.placesIn(sections)
}

// placeGroup is places of kinds that serve alike, and what they serve.
type placeGroup struct {
	kinds []string
	serve string
}

// placeServes says what a kind of place is for: the union's own are its
// 阵地, a 创新工作室 leads the staff's innovation, a 母婴室 serves the
// women, an 爱心驿站 the outdoor workers, a 健身室 the staff's fitness.
func (w *Writer) placeServes(kind string) string {
	switch kind {
	case "创新工作室":
		return "发挥好示范引领作用"
	case "母婴室":
		return "为女职工提供贴心服务"
	case "爱心驿站":
		return "为户外劳动者提供贴心服务"
	case "健身室":
		return "为" + w.Staff() + "健身提供便利"
	case "职工食堂":
		return "让" + w.Staff() + "吃得放心"
	}
	return "发挥好工会阵地的作用"
}

// enrolWords mark the staff a union has to reach out to before they join
// (劳务派遣职工, 合同制职工, 农民工): a breakdown of the staff naming them
// makes their enrolment a task.
var enrolWords = []string{"派遣", "劳务", "外包", "临时", "合同制", "编外", "农民工"}

// groupsToEnrol returns the groups of staff the records count that a
// union enrols with particular effort: those of the staff's breakdown
// named by enrolWords, 农民工 where members are counted among them, and
// 新就业形态劳动者 where some joined.
func (w *Writer) groupsToEnrol() []string {
	var out []string
	add := func(s string) {
		if !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	m := w.p.Membership
	if m.Staff != nil && m.Members != nil && *m.Members >= *m.Staff {
		return nil // all have joined
	}
	for _, part := range m.StaffBreakdown {
		label := strings.TrimSpace(part.Label)
		if strings.ContainsAny(label, "（(") {
			continue // 在岗职工（含劳务派遣）: not a group to name
		}
		for _, k := range enrolWords {
			if strings.Contains(label, k) && part.Count != nil && *part.Count > 0 {
				add(label)
				break
			}
		}
	}
	if n := m.MigrantMembers; n != nil && *n > 0 && !slices.ContainsFunc(out, func(s string) bool { return strings.Contains(s, "农民工") }) {
		add("农民工")
	}
	if n := m.NewFormMembers; n != nil && *n > 0 {
		add("新就业形态劳动者")
	}
	return out
}

// mostJoined reports whether the union's 入会率 is at or above its
// membership floor: the staff have joined, and a group of them is to be
// reached rather than enrolled.
func (w *Writer) mostJoined() bool {
	v, ok := w.value(rules.IDMembershipRate, "")
	if !ok || v.Num == nil {
		return false
	}
	s, err := w.p.Setting("membership_floor")
	if err != nil || s.Rate == nil {
		return false
	}
	return v.Num.Cmp(new(big.Rat).Quo(s.Rate.Rat(), big.NewRat(100, 1))) >= 0
}

// recurringEvents says which of the period's events of a group of tasks
// the union holds again and again: those it held itself with a 届 (in the
// records or the name), named without the 届 and the year ("继续办好职工
// 职业技能大赛和教职工运动会"); "" when there are none. Meetings are left to
// the democracy tasks.
func (w *Writer) recurringEvents(group string) string {
	var contests, campaigns []string
	for _, a := range w.p.Activities {
		if w.isOccasion(a) || ActivitySection(a) != group || a.Organiser != "" || (a.Role != "" && a.Role != "主办") {
			continue
		}
		if (a.Edition == nil || *a.Edition < 2) && !editionWritten.MatchString(a.Name) {
			continue
		}
		name := programmeName(a.Name)
		if name == "" {
			continue
		}
		switch hostVerb(kindOf(a.Name, a.Category)) {
		case "召开":
		case "开展":
			if !slices.Contains(campaigns, name) {
				campaigns = append(campaigns, name)
			}
		default:
			if !slices.Contains(contests, name) {
				contests = append(contests, name)
			}
		}
	}
	var parts []string
	if len(contests) > 0 {
		parts = append(parts, "继续办好"+cnfmt.JoinAnd(contests))
	}
	if len(campaigns) > 0 {
		parts = append(parts, "继续开展"+cnfmt.JoinAnd(campaigns))
	}
	return strings.Join(parts, "，")
}

// campaignRe finds a nationwide relief campaign in an occasion's name:
// the 送温暖 of the New Year and Spring Festival, the 送清凉 of summer,
// the 金秋助学 for staff's children entering college.
var campaignRe = regexp.MustCompile(`送温暖|送清凉|金秋助学`)

// yearRe is a year in a name (2025年春节送温暖).
var yearRe = regexp.MustCompile(`\d{4}年度?`)

// asideRe is a note in brackets in a name (元旦春节送温暖（一线职工）).
var asideRe = regexp.MustCompile(`[（(][^（()）]*[）)]`)

// programmeName is the name of a campaign or an event as a plan names
// what goes on every year: without its year, its 届, its notes in
// brackets, its quotation marks (a list of names is not quoted) and a
// trailing 活动 ("2023年夏季“送清凉”活动" is 夏季送清凉).
func programmeName(name string) string {
	name = asideRe.ReplaceAllString(name, "")
	name = editionWritten.ReplaceAllString(yearRe.ReplaceAllString(name, ""), "")
	name = strings.NewReplacer("“", "", "”", "", "‘", "", "’", "", "\"", "").Replace(name)
	return strings.TrimSuffix(strings.TrimSpace(name), "活动")
}

// reliefCampaigns returns the relief campaigns of the period, each once,
// in the order of the year (undated ones last, as written), unquoted as a
// list of them is; and the union's 医疗互助 by the name of its batch, ""
// when it ran none.
func (w *Writer) reliefCampaigns() (campaigns []string, mutual string) {
	batches := slices.Clone(w.p.Relief.Batches)
	slices.SortStableFunc(batches, func(a, b record.ReliefBatch) int { return record.CompareDates(a.Date, b.Date) })
	for _, b := range batches {
		name := programmeName(b.Occasion)
		switch {
		case strings.Contains(name, "医疗互助"):
			if mutual == "" {
				mutual = name
			}
		case campaignRe.MatchString(name) && !slices.Contains(campaigns, name):
			campaigns = append(campaigns, name)
		}
	}
	return campaigns, mutual
}

// placesIn returns the places the union runs (职工书屋, 职工活动室,
// 母婴室) that the report tells in sections, by kind in the order of
// record.FacilityKinds, kinds that serve alike together.
func (w *Writer) placesIn(sections []string) []placeGroup {
	var out []placeGroup
	for _, kind := range record.FacilityKinds {
		if kind == "其他" {
			continue // named by the clerk, not a kind to plan by
		}
		if !slices.ContainsFunc(w.p.Facilities, func(f record.Facility) bool {
			return f.Kind == kind && slices.Contains(sections, record.FacilitySection(f)) && runs(f)
		}) {
			continue
		}
		serve := w.placeServes(kind)
		if i := slices.IndexFunc(out, func(g placeGroup) bool { return g.serve == serve }); i >= 0 {
			out[i].kinds = append(out[i].kinds, kind)
		} else {
			out = append(out, placeGroup{[]string{kind}, serve})
		}
	}
	return out
}

// runs reports whether the union has a facility at the end of the
// period: some in all, or built or upgraded in it.
func runs(f record.Facility) bool {
	for _, n := range []*int64{f.Total, f.Built, f.Upgraded} {
		if n != nil && *n > 0 {
			return true
		}
	}
	return f.Total == nil && f.Built == nil && f.Upgraded == nil && f.Name != ""
}
