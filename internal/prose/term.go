package prose

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"zongjie/internal/cnfmt"
	"zongjie/internal/record"
	"zongjie/internal/rules"
)

// Experience plans the 基本经验 of a term review: the clerk's points when
// written; otherwise three or four (../shared/WRITING.md §7), each a
// principle followed by what bears it out. The first, the Party's
// leadership, every such report states; the others each need ground in
// the records: the years' figures, or work of that part the report tells;
// the union's own building closes a list that would otherwise stop at two.
func (w *Writer) Experience() []string {
	if xs := nonEmpty(w.p.Text.Experience); len(xs) > 0 {
		return xs
	}
	lead := "上级党组织和上级工会"
	if len(w.p.Org.Leadership) > 0 {
		lead = cnfmt.Join(w.p.Org.Leadership)
	}
	out := []string{"坚持党的领导，是做好工会工作的根本保证。" + w.termSince() + "，" + w.short() +
		"自觉在" + lead + "的领导下开展工作，重大事项及时请示报告，确保了工会工作的正确方向。"}
	grew := func(id string) bool {
		s := w.res.Series(id)
		return len(s) > 1 && s[0].OK() && s[len(s)-1].OK() && s[len(s)-1].Num.Cmp(s[0].Num) > 0
	}
	had := func(ids ...string) bool {
		for _, id := range ids {
			if v := w.res.Cumulative(id); v.OK() && v.Num.Sign() > 0 {
				return true
			}
		}
		return false
	}
	staff := w.Staff()
	founded := had(rules.IDUnionsBuilt, rules.IDGroupUnionsBuilt)
	if founded || had(rules.IDNewMembers) || grew(rules.IDMembers) || w.workedIn("organisation") {
		s := "坚持夯实组织基础，是增强工会凝聚力的前提。本届工会始终把" + w.groundWork(founded) + "作为基础性工作"
		if grew(rules.IDMembers) {
			s += "，会员队伍不断壮大"
		}
		out = append(out, sentence(s))
	}
	if had(rules.IDReliefPersons, rules.IDReliefAmount, rules.IDCharityTotal) || w.workedIn("relief") {
		out = append(out, "坚持以"+staff+"为中心，是工会工作的出发点和落脚点。本届工会把困难"+staff+
			"的冷暖放在心上，年年开展帮扶慰问，让"+staff+"真切感受到组织的温暖。")
	}
	if len(out) < 4 && (had(rules.IDProposals) || w.heldCongress() || w.workedIn("democracy")) {
		out = append(out, "坚持依靠"+staff+"办工会，是工会工作充满活力的源泉。本届工会尊重"+staff+
			"的主体地位，认真落实"+w.words.Congress+"制度，"+staff+"参与民主管理的积极性不断提高。")
	}
	if len(out) < 4 {
		var did []string
		for _, x := range []struct{ id, what string }{
			{rules.IDDisputes, "调处劳动争议"}, {rules.IDLegalAid, "提供法律援助"}, {rules.IDPetitions, "办理" + staff + "来信来访"},
		} {
			if had(x.id) {
				did = append(did, x.what)
			}
		}
		if len(did) > 0 || w.workedIn("rights") {
			s := "坚持依法维权，是工会的基本职责。本届工会把维护" + staff + "合法权益作为工作的重点"
			if len(did) > 0 {
				s += "，" + strings.Join(did, "，")
			}
			out = append(out, s+"，"+staff+"的合法权益得到了有效维护。")
		}
	}
	centre := "坚持围绕中心、服务大局，是工会工作有为有位的关键。本届工会把活动开展与中心工作结合起来，" +
		"在服务大局中体现了工会组织的作用。"
	if len(out) < 4 && (had(rules.IDActivities, rules.IDHonours) || w.workedIn("labour")) {
		out = append(out, centre)
		centre = ""
	}
	if len(out) < 3 {
		out = append(out, "坚持加强自身建设，是提高工会工作水平的保障。工会委员分工负责，各项制度不断完善，服务"+staff+"的能力进一步增强。")
	}
	if len(out) < 3 && centre != "" {
		out = append(out, centre) // what every union's work serves, told or not
	}
	return out
}

// groundWork names the organising work a union does as its groundwork: a
// federation founds the unions of the employers and communities below it
// and draws their workers in; a single union takes in members and keeps
// its union groups. founded says the records count unions founded.
func (w *Writer) groundWork(founded bool) string {
	if founded || Regional(w.p.Org) {
		return "组建基层工会、发展会员"
	}
	return "发展会员、建好工会小组"
}

// heldCongress reports whether a period of the review records a 职代会
// (教代会) held: with its proposals, the ground of the lesson on
// democratic management.
func (w *Writer) heldCongress() bool {
	for _, p := range w.periods {
		if s := p.Democracy.Sessions; s != nil && *s > 0 {
			return true
		}
	}
	return false
}

// Advice plans the suggestions to the new committee of a term review:
// first, when the records are one file for the whole term, the clerk's
// plan for the period after it (text.plan, see clerkAdvice), which is the
// next term (the plan in the last file of a year-by-year review is next
// year's, and the suggestions look five years ahead: ../shared/WRITING.md
// §7); then, up to six in all, what the findings the problems section
// says call for (saidFindings), what the term's falling figures call for,
// and the targets set for the new term; then the standing duties (duties): political guidance
// first, the union's own building last, and between them one for each part
// of the work the report tells. At least four in all, at most six. A
// summary or work report whose records plan nothing takes them as its plan.
func (w *Writer) Advice() []string {
	items := w.advised(6)
	out := make([]string, len(items))
	for i, it := range items {
		out[i] = it.text
	}
	return out
}

// advice is one suggestion or plan item and the report section whose work
// it is about ("" for the clerk's own and for targets across sections).
type advice struct {
	section string
	text    string
	clerk   bool // the clerk wrote it (text.advice, or a term file's text.plan)
}

// advised plans the suggestions as Advice words them, each with its
// section, at most limit in all; the duties taken are those Advice takes
// for at most limit items (at least four).
func (w *Writer) advised(limit int) []advice {
	// the targets set for the new term are said whatever else is: the
	// clerk's suggestions seldom repeat their figures
	targets := sentence(strings.Join(w.TermTargets(), "，"))
	if xs := nonEmpty(w.p.Text.Advice); len(xs) > 0 && w.several() {
		out := make([]string, len(xs))
		for i, x := range xs {
			out[i] = sentence(x)
		}
		return unsectioned(withTargets(out, targets))
	}
	var out []advice
	if w.p.When.Years() > 1 {
		if xs := clerkAdvice(w.p.Text.Plan); len(xs) > 0 {
			out = unsectioned(withTargets(xs, targets))
		}
	}
	seen := map[string]bool{}
	for _, a := range out {
		seen[a.text] = true
	}
	clerk := out
	add := func(section, s string) {
		if s = sentence(s); s == "" || seen[s] || len(out) >= limit {
			return
		}
		for _, c := range clerk {
			if commonRun([]rune(s), []rune(c.text)) >= 8 {
				return // the clerk's own says it ("团结引导广大教职工听党话、跟党走")
			}
		}
		seen[s] = true
		out = append(out, advice{section: section, text: s})
	}
	var missed []string // the targets missed: one suggestion for all of them
	for _, f := range w.res.Findings {
		if f.ID == rules.TargetMissed {
			missed = append(missed, StaffName(f.Subject, w.Staff()))
		}
	}
	for _, f := range w.saidFindings() { // what the problems section says
		switch {
		case strings.HasPrefix(f.ID, "bargaining."):
			add("bargaining", w.adviceFor(f)) // its section is rights; its task, democracy's
		case f.ID != rules.TargetMissed:
			add(f.Section, w.adviceFor(f))
		case len(missed) == 1:
			add(f.Section, "对照"+missed[0]+"目标查找差距，采取有力措施，确保完成目标任务")
		default:
			add("", "对照"+list(missed)+"等目标查找差距，采取有力措施，确保完成目标任务")
		}
	}
	for _, id := range []string{rules.IDMembershipRate, rules.IDMembers, rules.IDCharityTotal, rules.IDTransferRate} {
		s := w.res.Series(id)
		if len(s) < 2 || !s[0].OK() || !s[len(s)-1].OK() || s[len(s)-1].Num.Cmp(s[0].Num) >= 0 {
			continue
		}
		add(fallSection[id], w.reverseFall(id, s[0].Subject, w.Value(s[0]), w.Value(s[len(s)-1])))
	}
	if ts := w.TermTargets(); len(ts) > 0 {
		add(w.termTargetsSection(), strings.Join(ts, "，"))
	}
	organised := false // a finding already asks for organising work
	for _, f := range w.res.Findings {
		organised = organised || strings.HasPrefix(f.ID, "membership.") || strings.HasPrefix(f.ID, "building.")
	}
	ds := w.duties()
	take := make([]bool, len(ds))
	n := len(out) + 2 // the first duty and the last are always given
	take[0], take[len(ds)-1] = true, true
	for i, d := range ds[1 : len(ds)-1] {
		if n < limit && !(d.sections[0] == "organisation" && organised) && w.workedIn(d.sections...) {
			take[i+1] = true
			n++
		}
	}
	// too few: the duties every union has, whatever its records tell (a
	// 机关 seldom holds a 职代会, so its democracy is not assumed)
	fill := []string{"relief", "democracy", "activities"}
	if record.SectorOf(w.p.Org) == record.SectorGovernment {
		fill = []string{"relief", "activities"}
	}
	if !organised {
		fill = append(fill, "organisation")
	}
	for _, id := range fill {
		for i, d := range ds {
			if n < 4 && !take[i] && d.sections[0] == id {
				take[i] = true
				n++
			}
		}
	}
	for i, d := range ds {
		if take[i] {
			add(d.sections[0], d.text)
		}
	}
	// political guidance, 放在首位, goes first, before the remedies of the
	// problems (after what the clerk wrote)
	if i := slices.IndexFunc(out, func(a advice) bool { return a.text == sentence(ds[0].text) }); i > len(clerk) {
		lead := out[i]
		copy(out[len(clerk)+1:i+1], out[len(clerk):i])
		out[len(clerk)] = lead
	}
	return out
}

// unsectioned makes suggestions of the clerk's, of no one section (the
// sentence of the new term's targets that withTargets puts first among
// them too).
func unsectioned(xs []string) []advice {
	out := make([]advice, len(xs))
	for i, x := range xs {
		out[i] = advice{text: x, clerk: true}
	}
	return out
}

// fallSection is the section of the work a falling figure's suggestion
// (reverseFall) is about.
var fallSection = map[string]string{
	rules.IDMembershipRate: "organisation",
	rules.IDMembers:        "organisation",
	rules.IDCharityTotal:   "charity",
	rules.IDTransferRate:   "finance",
}

// duty is a standing duty of the union, a suggestion or plan item for the
// sections of its work it belongs to.
type duty struct {
	sections []string
	text     string
}

// duties are the union's standing duties in the order a plan gives them:
// political guidance first, the union's own building last, and between
// them one for each part of its work.
func (w *Writer) duties() []duty {
	staff := w.Staff()
	return []duty{
		{[]string{"ideology"}, "坚持把思想政治引领放在首位，团结引导广大" + staff + "听党话、跟党走"},
		{[]string{"organisation"}, w.organisationDuty()},
		{[]string{"democracy"}, w.democracyDuty()},
		{[]string{"rights"}, "依法维护" + staff + "合法权益，做好劳动争议调解和法律援助工作，构建和谐劳动关系"},
		{[]string{"labour"}, w.labourDuty()},
		{[]string{"relief", "charity"}, "做实帮扶慰问和服务" + staff + "工作，让" + staff + "感受到组织的温暖"},
		{[]string{"activities", "welfare"}, "丰富" + staff + "文体活动，增强" + staff + "队伍的凝聚力"},
		{[]string{"women"}, "做好女职工工作，维护女职工的特殊权益"},
		{[]string{"self", "finance"}, "加强工会自身建设，提高工会干部的履职能力和服务水平"},
	}
}

// organisationDuty is the standing duty of organising: a 总工会 or a
// federation widens its unions' reach; a single employer's union, whose
// staff have mostly joined, enrols the newly hired.
func (w *Writer) organisationDuty() string {
	if Regional(w.p.Org) {
		return "巩固扩大工会组织覆盖面，做好会员发展和会籍管理工作"
	}
	return "做好新入职" + w.Staff() + "的入会工作，加强会员会籍管理"
}

// democracyDuty is the standing duty of democratic management: a single
// employer's union holds its own 职代会 (教代会) and opens affairs, and
// sees the delegates' proposals through where it has them; a 总工会 or a
// federation has its member employers hold theirs.
func (w *Writer) democracyDuty() string {
	base := "以" + w.words.Congress + "为基本形式的民主管理制度，深化" + w.words.Open
	bargaining := w.Bargaining()
	if Regional(w.p.Org) {
		employers := "各类企事业单位"
		switch record.SectorOf(w.p.Org) {
		case record.SectorSchool:
			employers = "各学校"
		case record.SectorHospital:
			employers = "各医疗卫生单位"
		}
		s := "推动" + employers + "建立健全" + base
		if bargaining != "" && !w.saysFinding("bargaining.unsigned") {
			s = "深入推进工资集体协商，" + s // (else its remedy says so)
		}
		return s
	}
	if w.saysFinding("bargaining.unsigned") {
		bargaining = "" // its remedy says it: 深入推进工资集体协商，扩大…
	}
	switch bargaining {
	case BargainingOnly:
		return "深入推进工资集体协商，推动集体合同的签订和履行"
	case BargainingFirst:
		return "推进工资集体协商，健全" + base
	}
	s := "健全" + base
	if n := w.p.Democracy.Proposals; n != nil && *n > 0 && !w.saysFinding("democracy.unimplemented") {
		// (a proposal still open has its own remedy: 加大…提案的督办力度)
		s += "，抓好" + w.Delegates() + "提案的办理落实"
	}
	return s
}

// saysFinding reports whether the problems the report states include a
// finding of the rule id.
func (w *Writer) saysFinding(id string) bool {
	return slices.ContainsFunc(w.saidFindings(), func(f rules.Finding) bool { return f.ID == id })
}

// labourDuty is the standing duty of the labour section: 劳动竞赛 where
// there is production to compete in, 岗位练兵 in a school, a hospital or
// a 机关 (as the section's heading in a summary).
func (w *Writer) labourDuty() string {
	staff := w.Staff()
	if w.TrainingOnly() {
		return "加强" + staff + "教育培训，提高" + staff + "的业务素质"
	}
	if w.SafetyWork() {
		if w.Trains() {
			return "抓好安全生产监督和" + staff + "培训，提高" + staff + "的安全意识和业务素质"
		}
		return "发挥工会劳动保护监督作用，抓好安全生产，保障" + staff + "的安全和健康"
	}
	switch record.SectorOf(w.p.Org) {
	case record.SectorSchool:
		return "深入开展岗位练兵和教学技能竞赛，为" + staff + "成长搭建平台"
	case record.SectorHospital:
		return "深入开展岗位练兵和技能竞赛，提高" + staff + "的业务技能"
	case record.SectorGovernment:
		return "深入开展岗位练兵和业务培训，营造比学赶超的良好氛围"
	}
	return "深入开展劳动竞赛和" + staff + "技能培训，激发" + staff + "的创新创造活力"
}

// SafetyWork reports whether the union's labour work is safety (and
// training), not contests: no competition in the records, safety work
// told, and production to keep safe (not a school, a hospital or a 机关,
// whose labour work is 岗位练兵).
func (w *Writer) SafetyWork() bool {
	switch record.SectorOf(w.p.Org) {
	case record.SectorSchool, record.SectorHospital, record.SectorGovernment:
		return false
	}
	return !w.competes() && w.checksSafety()
}

// workedIn reports whether the report tells work of any of the sections:
// what the records say of it, or a paragraph the clerk wrote for it. It
// plans the sections on a copy of the writer, whose wording (the span it
// names by turns, see termSince) the question must not move on.
func (w *Writer) workedIn(sections ...string) bool {
	probe := *w
	// the proposals a speech tells apart are still democracy work
	probe.proposalsApart, probe.pendingSaid = false, false
	for _, id := range sections {
		for _, p := range w.periods {
			if len(nonEmpty(p.Text.Sections[id])) > 0 {
				return true
			}
		}
		if len(probe.Narrate(id)) > 0 {
			return true
		}
	}
	return false
}

// clerkAdvice words the clerk's plan as suggestions: a plan of several
// groups gives one for each, its heading followed by its items ("坚持服务
// 职工，办好职工关心的实事。完善困难职工档案……。"); a plan of one group,
// whose heading only names the list ("今后五年的主要目标和任务"), gives
// one for each item.
func clerkAdvice(plan []record.PlanSection) []string {
	var out []string
	for _, s := range plan {
		items := nonEmpty(s.Items)
		if len(plan) == 1 {
			for _, item := range items {
				out = append(out, sentence(item))
			}
			continue
		}
		var b strings.Builder
		b.WriteString(sentence(strings.TrimSpace(s.Heading)))
		for _, item := range items {
			b.WriteString(sentence(item))
		}
		if b.Len() > 0 {
			out = append(out, b.String())
		}
	}
	return out
}

// adviceFor is the suggestion a finding calls for.
func (w *Writer) adviceFor(f rules.Finding) string {
	staff := w.Staff()
	switch f.ID {
	case "membership.low_rate":
		return "扩大工会组织覆盖面，把尚未入会的" + staff + "吸收到工会中来，提高入会率"
	case "building.meetings_pending", "building.task_incomplete", "building.units_without_union":
		return "抓好基层工会组建和规范化建设，做到应建尽建、建必规范"
	case "finance.untransferred":
		if w.local() {
			return "依法做好工会经费收缴工作，做到应收尽收，保障基层工会活动正常开展"
		}
		return "严格执行工会经费拨缴和使用制度，足额划拨工会经费，保障基层工会活动正常开展"
	case "finance.zero_spending":
		return "严格执行工会经费拨缴和使用制度，足额划拨工会经费，保障基层工会活动正常开展"
	case "charity.not_participated":
		return "加强慈善捐款活动的组织发动，做到应参加的单位全部参加"
	case "democracy.unimplemented":
		return "加大" + w.Delegates() + "提案的督办力度，推动已立案提案全部落实"
	case "bargaining.unsigned":
		return "深入推进工资集体协商，扩大工资专项集体合同的覆盖面"
	case "labour.hazards_open":
		return "发挥工会劳动保护监督作用，督促查出的安全隐患全部整改到位"
	case "women.no_committee":
		return "建立女职工委员会，做好女职工特殊权益保护工作"
	case rules.TermDue:
		return "按期召开会员（代表）大会，选举产生新一届工会委员会和经费审查委员会，做好换届选举工作"
	case "rights.petitions_open":
		return "畅通" + staff + "诉求表达渠道，做到" + staff + "来信来访件件有着落、事事有回音"
	}
	return ""
}

// reverseFall is the suggestion a figure that fell over the term calls
// for: "扭转入会率由2019年的97.8%下降到2023年的93.1%的势头……".
func (w *Writer) reverseFall(id, from, a, b string) string {
	switch id {
	case rules.IDMembershipRate:
		return "针对入会率由" + from + "的" + a + "下降到" + b + "的情况，做好新入职人员的入会工作"
	case rules.IDMembers:
		return "针对会员人数由" + from + "的" + a + "减少到" + b + "的情况，做好会员发展和会籍管理工作"
	case rules.IDCharityTotal:
		return "针对慈善捐款由" + from + "的" + a + "减少到" + b + "的情况，加强爱心捐款的宣传发动"
	case rules.IDTransferRate:
		if w.local() {
			return "针对工会经费收缴率由" + from + "的" + a + "下降到" + b + "的情况，做好工会经费收缴工作"
		}
		return "针对工会经费划拨率由" + from + "的" + a + "下降到" + b + "的情况，督促足额划拨工会经费"
	}
	return ""
}

// withTargets puts the sentence of the new term's targets first among the
// clerk's suggestions, unless one of them gives a target year already
// ("力争到2030年…"); "" adds nothing.
func withTargets(clerk []string, targets string) []string {
	if targets == "" {
		return clerk
	}
	for _, c := range clerk {
		if strings.Contains(c, "到20") && strings.Contains(c, "年") {
			return clerk
		}
	}
	return append([]string{targets}, clerk...)
}

// termTargetsSection is the one section the work of the targets set for
// the new term belongs to (入会率 and 会员人数: organisation), "" when
// they span several.
func (w *Writer) termTargetsSection() string {
	section := ""
	for _, t := range w.p.Targets {
		if t.Year == nil || int(*t.Year) <= w.year()+1 {
			continue
		}
		s := rules.TargetSection(t.Metric)
		if section != "" && s != section {
			return ""
		}
		section = s
	}
	return section
}

// TermTargets words the targets set for the new term: those of a year
// after the next ("到2028年，会员人数达到200人").
func (w *Writer) TermTargets() []string {
	var years []int64
	byYear := map[int64][]string{}
	for _, t := range w.p.Targets {
		if t.Year == nil || int(*t.Year) <= w.year()+1 {
			continue
		}
		if c := w.TargetClause(t); c != "" {
			if byYear[*t.Year] == nil {
				years = append(years, *t.Year)
			}
			byYear[*t.Year] = append(byYear[*t.Year], c)
		}
	}
	var out []string
	for _, y := range years {
		out = append(out, "力争到"+strconv.FormatInt(y, 10)+"年，"+strings.Join(byYear[y], "，"))
	}
	return out
}

// nonEmpty returns the texts that are not blank, trimmed.
func nonEmpty(xs []string) []string {
	var out []string
	for _, x := range xs {
		if x = strings.TrimSpace(x); x != "" {
			out = append(out, x)
		}
	}
	return out
}

// short is the union's name as a sentence repeats it: its short name, else
// its name.
func (w *Writer) short() string { return orDefault(w.p.Org.ShortName, w.p.Org.Name) }

// Problems plans the problems section (../shared/WRITING.md §6): the
// findings of the period reported on, those of one theme (organising,
// funds …) merged into one item, most serious first as the rule engine
// orders them, and the clerk's own; a clerk's problem on the theme of a
// finding joins its item. In a year-by-year review a finding that counts
// the last year's work is dated with it. A term review leaves out that the
// term is due (the meeting is its business), and so does a report that
// records the election held. Items with a serious finding (a target
// missed, no spending) come first, then the clerk's own, then minor
// findings (two letters of 140 not yet answered), which are left out when
// three items say more. At most six items, the clerk's all kept.
func (w *Writer) Problems() []string {
	type item struct {
		theme    string
		texts    []string
		severity rules.Severity
	}
	var items []*item
	byTheme := map[string]*item{}
	seen := map[string]bool{}
	for _, f := range w.saidFindings() {
		t := clause(w.Finding(f))
		if t == "" || seen[t] {
			continue
		}
		seen[t] = true
		if w.multi && yearsFlow[f.ID] && w.year() > 0 {
			// a year-by-year review's findings are the last year's: one
			// that counts that year's work says whose figures they are
			// (2023年，已立案的13件提案中尚有1件未落实)
			t = strconv.Itoa(w.year()) + "年，" + t
		}
		theme := findingTheme(f)
		if it, ok := byTheme[theme]; ok {
			it.texts = append(it.texts, t)
			it.severity = min(it.severity, f.Severity)
			continue
		}
		it := &item{theme: theme, texts: []string{t}, severity: f.Severity}
		byTheme[theme] = it
		items = append(items, it)
	}
	slices.SortStableFunc(items, func(a, b *item) int { return cmp.Compare(a.severity, b.severity) })
	var own []string
	for _, p := range w.p.Text.Problems {
		t := clause(strings.TrimSpace(p))
		if t == "" || seen[t] {
			continue
		}
		seen[t] = true
		if th := themeOf(t); th != "" && byTheme[th] != nil {
			if t = unsaid(t, byTheme[th].texts); t != "" {
				byTheme[th].texts = append(byTheme[th].texts, t)
			}
			continue
		}
		own = append(own, t)
	}
	room := 6 - len(own)
	if room < 1 {
		room = 1
	}
	if len(items) > room { // the least serious merge into the last kept
		last := items[room-1]
		for _, it := range items[room:] {
			last.texts = append(last.texts, it.texts...)
		}
		items = items[:room]
	}
	// minor findings come after what the clerk judged a problem
	var out, minor []string
	for _, it := range items {
		if it.severity >= rules.SeverityLow {
			minor = append(minor, strings.Join(it.texts, "；"))
		} else {
			out = append(out, strings.Join(it.texts, "；"))
		}
	}
	return append(append(out, own...), minor...)
}

// findingTheme is the theme a finding is merged under in the problems
// section: its report section; a rule file's finding stands alone.
func findingTheme(f rules.Finding) string {
	if f.Text != "" || f.Section == "" {
		return "rule:" + f.ID
	}
	return f.Section
}

// saidFindings are the findings the problems section says, in the rule
// engine's order, and the suggestions answer: not that the term is due
// where the report has the election in hand (a term review, or the
// election recorded held); a minor finding only when the others and the
// clerk's problems make fewer than three items.
func (w *Writer) saidFindings() []rules.Finding {
	said := func(f rules.Finding) bool {
		switch f.ID {
		case rules.TermDue:
			return !w.multi && !w.electionHeld()
		case "democracy.unimplemented":
			return !w.pendingSaid // a speech's proposals part has said them
		}
		return true
	}
	themes := map[string]bool{}
	for _, f := range w.res.Findings {
		if said(f) && f.Severity < rules.SeverityLow {
			themes[findingTheme(f)] = true
		}
	}
	minorToo := len(themes)+len(nonEmpty(w.p.Text.Problems)) < 3
	var out []rules.Finding
	for _, f := range w.res.Findings {
		if said(f) && (f.Severity < rules.SeverityLow || minorToo) {
			out = append(out, f)
		}
	}
	return out
}

// yearsFlow are the findings that count one year's work (proposals of the
// year, hazards found, the year's drive, spending and transfers, the
// year's building task), not a state at its end such as the 入会率.
var yearsFlow = map[string]bool{
	rules.TargetMissed:        true,
	"democracy.unimplemented": true, "labour.hazards_open": true, "charity.not_participated": true,
	"finance.zero_spending": true, "finance.untransferred": true, "building.task_incomplete": true,
	"rights.petitions_open": true, "women.unchecked": true,
}

// unsaid drops from a clerk's problem the clauses that say again, in
// vaguer words, what a finding of its theme states with figures ("部分社区
// 学校仍未参加慈善一日捐" beside "尚有4所社区学校未参加慈善一日捐"): a
// clause sharing a run of eight characters with a finding. It returns
// what is left, "" when nothing is.
func unsaid(clerk string, findings []string) string {
	var kept []string
	// a clerk typing Chinese with the English comma still writes clauses
	for _, clause := range strings.FieldsFunc(clerk, func(r rune) bool { return r == '，' || r == ',' }) {
		c := []rune(clause)
		restated := false
		for _, f := range findings {
			if commonRun(c, []rune(f)) >= 8 {
				restated = true
				break
			}
		}
		if !restated {
			kept = append(kept, clause)
		}
	}
	return strings.Join(kept, "，")
}

// commonRun is the length of the longest run of characters a and b share.
func commonRun(a, b []rune) int {
	best := 0
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			if a[i-1] == b[j-1] && !unicode.IsPunct(a[i-1]) {
				cur[j] = prev[j-1] + 1
				best = max(best, cur[j])
			} else {
				cur[j] = 0
			}
		}
		prev, cur = cur, prev
	}
	return best
}

// themeWords name each section's theme in a clerk's words.
var themeWords = []struct{ section, words string }{
	{"organisation", "入会|建会|组建|会员"},
	{"finance", "经费|支出|划拨"},
	{"charity", "捐款|慈善"},
	{"democracy", "提案|职代会|教代会"},
	{"rights", "集体合同|集体协商|劳动争议|法律援助|来信来访|信访|维权"},
	{"labour", "隐患|安全生产"},
	{"women", "女职工委员会"},
}

// themeOf is the section a clerk's problem speaks of, "" when none: its
// subject, the words before its first comma, names the theme ("经费管理方面
// 存在…", not "文体活动缺乏……经费的支持").
func themeOf(text string) string {
	subject := text
	if i := strings.IndexAny(text, "，,"); i >= 0 {
		subject = text[:i]
	}
	for _, t := range themeWords {
		for _, word := range strings.Split(t.words, "|") {
			if strings.Contains(subject, word) {
				return t.section
			}
		}
	}
	// a rate is one figure wherever it is named: "员工流动性大，会员流失多，
	// 入会率与镇总工会要求的90%还有差距" speaks of the 入会率
	for _, r := range themeRates {
		if strings.Contains(text, r.rate) {
			return r.section
		}
	}
	return ""
}

// themeRates are the rates whose name anywhere in a clerk's problem says
// its theme.
var themeRates = []struct{ rate, section string }{
	{"入会率", "organisation"}, {"建会率", "organisation"}, {"划拨率", "finance"}, {"签订率", "rights"},
}

// electionHeld reports whether the records of the period say the members'
// meeting that elects a committee was held: the committee elected this
// year, or a 会员（代表）大会 or 换届 meeting among the activities.
func (w *Writer) electionHeld() bool {
	if c := w.p.Org.Committee.Elected; c != nil && int(*c) == w.year() {
		return true
	}
	for _, a := range w.p.Activities {
		if strings.Contains(a.Name, "换届") || strings.Contains(a.Name, "会员代表大会") || strings.Contains(a.Name, "会员大会") {
			return true
		}
	}
	return false
}
