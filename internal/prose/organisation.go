package prose

import (
	"math/big"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"zongjie/internal/num"
	"zongjie/internal/record"
	"zongjie/internal/rules"
)

// Whole names the whole the report speaks for. A union over an area or a
// system (a county's education union, a town's federation) speaks for its
// place (全县, 全镇, 全区, 全社区) or its system (全系统); the union of one
// organisation for its host (全院, 全校, 全公司, 全局).
func (w *Writer) Whole() string {
	o := w.p.Org
	if Regional(o) {
		if strings.Contains(o.Name, "系统") {
			return "全系统"
		}
		for _, place := range []string{"街道", "社区"} {
			if strings.Contains(o.Name, place) {
				return "全" + place
			}
		}
		for _, r := range o.Name {
			if strings.ContainsRune("县市区镇乡", r) {
				return "全" + string(r)
			}
		}
		return "全系统"
	}
	switch host := w.words.Host; host {
	case "医院":
		return "全院"
	case "学校":
		return "全校"
	case "机关", "局机关":
		if strings.Contains(o.Name, "局") {
			return "全局"
		}
		return "全机关"
	case "":
		return "全单位"
	default:
		return "全" + HostBase(host) // 总行: 全行
	}
}

// local reports whether the union is a 地方总工会 (a county's, city's or
// district's), which collects the funds of its area's employers and
// speaks of its area's Party committee and government.
func (w *Writer) local() bool { return record.SectorOf(w.p.Org) == record.SectorLocal }

// HostBase is the host's word without the 总 of a head office (总行 → 行,
// 总公司 → 公司, 总院 → 院, 总厂 → 厂), as its whole (全行) and its
// management (行方) are named; any other word as it is (总部).
func HostBase(host string) string {
	switch host {
	case "总行", "总公司", "总院", "总厂", "总店":
		return strings.TrimPrefix(host, "总")
	}
	return host
}

// admin names the union's own employer as the other side of what the two
// sign or agree, once its name has been said: 行方, 院方, 校方 for a host of
// one character or a 医院, 学校; else 公司行政, 局机关行政.
func (w *Writer) admin() string {
	host := w.words.Host
	switch host {
	case "医院":
		return "院方"
	case "学校":
		return "校方"
	}
	host = HostBase(host)
	if utf8.RuneCountInString(host) == 1 {
		return host + "方"
	}
	return host + "行政"
}

// Regional reports whether a union stands over an area or a system, with
// unions under it (record.Regional).
func Regional(o record.Organisation) bool { return record.Regional(o) }

// peopleScope reports whether a membership scope names people
// ("全院在编及合同制职工") rather than the units they work in ("民办学校
// (幼儿园)").
func peopleScope(scope string) bool {
	if i := strings.LastIndex(scope, "（"); i > 0 && strings.HasSuffix(scope, "）") {
		scope = scope[:i] // "公司在岗职工（含劳务派遣职工）" names people too
	}
	for _, s := range []string{"职工", "员工", "人员", "教职工", "教师", "会员", "干部", "工人", "护士", "医生"} {
		if strings.HasSuffix(scope, s) {
			return true
		}
	}
	return false
}

// scopeUnits returns the units a scope naming people names them by
// ("全县已建会单位" of "全县已建会单位职工", "辖区建会企业" of "辖区建会
// 企业职工"), or "" when the people are not named by their units
// ("全院在编及合同制职工").
func scopeUnits(scope string) string {
	if !peopleScope(scope) {
		return ""
	}
	if i := strings.LastIndex(scope, "（"); i > 0 && strings.HasSuffix(scope, "）") {
		scope = scope[:i]
	}
	for _, s := range []string{"教职工", "职工", "员工", "人员", "教师", "会员", "干部", "工人"} {
		if rest, ok := strings.CutSuffix(scope, s); ok {
			for _, u := range []string{"单位", "企业", "学校", "公司"} {
				if strings.HasSuffix(rest, u) {
					return rest
				}
			}
			return ""
		}
	}
	return ""
}

// unitBreakdown words the parts of a count of units, each with its own
// measure word (企业3100家、机关事业单位380个、学校6所), def for a
// label the lexicon does not know.
func unitBreakdown(parts []record.Part, def string) string {
	var out []string
	for _, p := range parts {
		if p.Count == nil {
			return ""
		}
		out = append(out, p.Label+countText(*p.Count, measureFor(p.Label, def)))
	}
	return list(out)
}

// unitsWord is what the units counted in membership.units are called:
// the clerk's words.unit, else 基层单位 (the sector's word, 车间 or 科室,
// may not be what was counted).
func (w *Writer) unitsWord() string {
	return orDefault(w.p.Org.Words.Unit, "基层单位")
}

// within puts the whole before a phrase: "全县民办学校", and "全公司在岗
// 职工" for "公司在岗职工" (not 全公司公司…); a phrase that names its own
// whole (全体职工, 全院…) stands alone.
func (w *Writer) within(phrase string) string {
	whole := w.Whole()
	switch noun := strings.TrimPrefix(whole, "全"); {
	case strings.HasPrefix(phrase, "全"):
		return phrase
	case noun != whole && noun != "" && strings.HasPrefix(phrase, noun):
		return "全" + phrase
	}
	return whole + phrase
}

// membership plans the membership sentences: how many staff (and units) the
// figures cover, how many are members (stock, as of its date), how many
// joined in the period (flow), and the 入会率.
func (w *Writer) membership() []Para {
	if w.multi {
		return w.membershipTerm()
	}
	p := w.p
	m := p.Membership
	scope := zhParens(m.Scope)
	if w.scopeIsNewUnion() {
		scope = referTo(m.Scope) // named in full by building, just before
	}
	staff := w.Staff()
	var first string
	units, hasUnits := fig(p, "membership.units", m.Units, w.words.UnitMeasure)
	if t := p.Building.UnionsTotal; hasUnits && t != nil && m.Units != nil && *t == *m.Units && strings.HasSuffix(w.unitsWord(), "工会") {
		hasUnits = false // the units are the unions, whose number building tells
	}
	staffN, hasStaff := fig(p, "membership.staff", m.Staff, "人")
	hasStaff = hasStaff && positive(p, "membership.staff", m.Staff)
	switch owner := scopeUnits(scope); {
	case owner != "" && hasStaff && hasUnits && positive(p, "membership.units", m.Units):
		// 全县已建会单位职工: the units counted are the scope's, 已建会单位
		units, _ = fig(p, "membership.units", m.Units, measureFor(owner, w.words.UnitMeasure))
		first = w.within(owner) + units
		if b := unitBreakdown(m.UnitsBreakdown, w.words.UnitMeasure); b != "" {
			first += "，其中" + b
		}
		first += "，共有" + staff + staffN
		if b := breakdown(m.StaffBreakdown, "人"); b != "" {
			first += "（其中" + b + "）"
		}
	case scope != "" && peopleScope(scope) && hasStaff:
		first = scope + "共" + staffN
		if b := breakdown(m.StaffBreakdown, "人"); b != "" {
			first += "（其中" + b + "）"
		}
		if hasUnits && positive(p, "membership.units", m.Units) {
			what := w.unitsWord() + units
			if b := unitBreakdown(m.UnitsBreakdown, w.words.UnitMeasure); b != "" && partsSum(m.UnitsBreakdown) == *m.Units {
				what = b // 局机关科室12个、直属事业单位3个: not all 科室
			} else if b != "" {
				what += "（其中" + b + "）"
			}
			first = joinClauses(w.Whole()+"共有"+what, first)
		}
	case hasUnits && positive(p, "membership.units", m.Units):
		what := scope
		if what == "" {
			what = w.unitsWord()
		}
		first = w.within(what) + "共" + units
		if b := unitBreakdown(m.UnitsBreakdown, w.words.UnitMeasure); b != "" {
			first += "，其中" + b
		}
		if hasStaff {
			first += "，" + staff + staffN
		}
	case hasStaff:
		first = w.within(orDefault(scope, "共有"+staff))
		if scope != "" {
			first += "共"
		}
		first += staffN
		if b := breakdown(m.StaffBreakdown, "人"); b != "" {
			first += "（其中" + b + "）"
		}
	}
	when := "本年度"
	switch part := p.When.Part; {
	case p.When.Years() > 1: // the figures of a file for several years stand at its end
		when = "截至" + strconv.FormatInt(*p.When.Year, 10) + "年底"
	case part != "" && part != record.PartYear:
		when = part
	}
	if !m.AsOf.IsZero() {
		when = "截至" + w.when(m.AsOf, record.Date{})
	}
	var out Para
	if first != "" {
		out = append(out, sentence(when+"，"+first))
	}
	var second []string
	if n, ok := fig(p, "membership.new_members", m.NewMembers, "人"); ok && positive(p, "membership.new_members", m.NewMembers) {
		second = append(second, span(m.Span)+"新发展会员"+n)
	}
	if n, ok := fig(p, "membership.new_form_members", m.NewFormMembers, "人"); ok && positive(p, "membership.new_form_members", m.NewFormMembers) {
		if len(second) > 0 {
			second = append(second, "其中新就业形态劳动者"+n)
		} else {
			second = append(second, span(m.Span)+"吸纳新就业形态劳动者入会"+n)
		}
	}
	members, hasMembers := fig(p, "membership.members", m.Members, "人")
	hasMembers = hasMembers && positive(p, "membership.members", m.Members)
	newIsAll := m.NewMembers != nil && m.Members != nil && *m.NewMembers == *m.Members
	// the migrant workers among the members, in brackets after them: said
	// after the change, "其中…" would seem to own the 入会率 that follows
	migrants := ""
	if n, ok := fig(p, "membership.migrant_members", m.MigrantMembers, "人"); ok && positive(p, "membership.migrant_members", m.MigrantMembers) {
		migrants = "其中农民工会员" + n
	}
	if hasMembers && !(len(second) > 0 && newIsAll) && migrants != "" {
		members += "（" + migrants + "）"
		migrants = ""
	}
	switch {
	case hasMembers && len(second) > 0 && !newIsAll:
		second = append(second, "会员总数达到"+members+w.versus(rules.IDMembers))
	case hasMembers && len(second) == 0 && first == "" && scope != "":
		second = append(second, scope+"现有会员"+members+w.versus(rules.IDMembers))
	case hasMembers && len(second) == 0:
		second = append(second, "现有会员"+members+w.versus(rules.IDMembers))
	}
	if migrants != "" && len(second) > 0 {
		second = append(second, migrants)
	}
	if rate := w.valueText(rules.IDMembershipRate, ""); rate != "" && len(second) > 0 {
		second = append(second, "入会率为"+rate+w.versus(rules.IDMembershipRate))
	}
	if len(second) > 0 {
		lead := ""
		if len(out) > 0 && (m.NewMembers != nil || m.Members != nil) {
			lead = "经过共同努力，"
			if m.NewMembers == nil || *m.NewMembers == 0 {
				lead = ""
			}
		}
		out = append(out, sentence(lead+joinClauses(second...)))
	}
	if len(out) == 0 {
		return nil
	}
	return []Para{out}
}

// partsSum adds up the counts of parts (-1 when one has none).
func partsSum(parts []record.Part) int64 {
	var n int64
	for _, p := range parts {
		if p.Count == nil {
			return -1
		}
		n += *p.Count
	}
	return n
}

// membershipTerm words membership over a review of several years: from the
// first year's figure to the last's.
func (w *Writer) membershipTerm() []Para {
	var out Para
	if s := w.growthSentence(rules.IDMembers, "会员人数"); s != "" {
		out = append(out, s)
	}
	if v := w.res.Cumulative(rules.IDNewMembers); v.OK() && v.Num.Sign() > 0 {
		s := w.termSince() + "累计发展新会员" + w.Value(v)
		if nf := w.res.Cumulative(rules.IDNewFormMembers); nf.OK() && nf.Num.Sign() > 0 {
			s += "，其中新就业形态劳动者" + w.Value(nf)
		}
		out = append(out, sentence(s))
	} else if nf := w.res.Cumulative(rules.IDNewFormMembers); nf.OK() && nf.Num.Sign() > 0 {
		out = append(out, sentence(w.termSince()+"累计吸纳新就业形态劳动者入会"+w.Value(nf)))
	}
	if s := w.growthSentence(rules.IDMigrantMembers, "农民工会员"); s != "" {
		out = append(out, s)
	}
	if s := w.growthSentence(rules.IDMembershipRate, "入会率"); s != "" {
		out = append(out, s)
	}
	if len(out) == 0 {
		return nil
	}
	return []Para{out}
}

// growthSentence words a figure's change over a review: "会员人数由2019年的
// 160人增加到2023年的178人。"
func (w *Writer) growthSentence(id, label string) string {
	s := w.res.Series(id)
	if len(s) < 2 || !s[0].OK() || !s[len(s)-1].OK() {
		return ""
	}
	a, b := s[0], s[len(s)-1]
	up, down, same := "增加到", "减少到", "保持在"
	if a.Kind == rules.KindRate {
		up, down = "提高到", "下降到"
	}
	// compared as printed: 98.0% and 98.04% are both 98%
	shown := func(v rules.Value) *big.Rat {
		x := v.Num
		if v.Kind == rules.KindRate {
			x = new(big.Rat).Mul(x, big.NewRat(100, 1)) // printed as a percent
		}
		r, _ := new(big.Rat).SetString(num.FormatRat(x, v.Precision, false))
		return r
	}
	first := shown(a)
	verb := same
	switch first.Cmp(shown(b)) {
	case -1:
		verb = up
	case 1:
		verb = down
	}
	if verb != same {
		return sentence(label + "由" + a.Subject + "的" + w.Value(a) + verb + b.Subject + "的" + w.Value(b))
	}
	// the same at both ends: steady throughout, or away and back, told by
	// the year furthest from it
	far, farOff := a, new(big.Rat)
	for _, v := range s[1 : len(s)-1] {
		if !v.OK() {
			continue
		}
		if off := new(big.Rat).Abs(new(big.Rat).Sub(shown(v), first)); off.Cmp(farOff) > 0 {
			far, farOff = v, off
		}
	}
	if farOff.Sign() == 0 {
		return sentence(label + "始终" + same + w.Value(a))
	}
	verb = up
	if shown(far).Cmp(first) < 0 {
		verb = down
	}
	return sentence(label + "由" + a.Subject + "的" + w.Value(a) + verb + far.Subject + "的" + w.Value(far) + "，" + b.Subject + "回到" + w.Value(b))
}

// buildingTerm words union building over a review of several years: the
// unions founded in the term, and the 建会率 from the first year to the
// last.
func (w *Writer) buildingTerm() []Para {
	var out Para
	if v := w.res.Cumulative(rules.IDUnionsBuilt); v.OK() && v.Num.Sign() > 0 {
		out = append(out, sentence(w.termSince()+"，累计新建工会"+w.Value(v)))
	}
	if s := w.growthSentence(rules.IDCoverage, "建会率"); s != "" {
		out = append(out, s)
	}
	if len(out) == 0 {
		return nil
	}
	return []Para{out}
}

// building plans the union-building sentences: the period's task and what
// was built (flow), the unions founded with their figures, the unions at the
// end (stock) and the 建会率 on its base.
func (w *Writer) building() []Para {
	if w.multi {
		return w.buildingTerm()
	}
	p := w.p
	b := p.Building
	all := w.whole()
	var task Para
	named := false // the unions built are named in task
	planned := ""  // the task, when the sentence of what was built goes on from it
	if n, ok := fig(p, "building.unions_planned", b.UnionsPlanned, "个"); ok && positive(p, "building.unions_planned", b.UnionsPlanned) {
		s := "根据组建计划，" + all + "计划组建工会" + n
		if parts := breakdown(b.Plan, "个"); parts != "" {
			task = append(task, sentence(s+"，其中"+parts))
		} else {
			planned = all + "计划组建工会" + n
		}
	}
	if c, ok := w.value(rules.IDBuildingCompletion, ""); ok {
		built := w.valueText(rules.IDUnionsBuilt, "")
		if planned != "" { // 全年计划组建工会50个，实际组建46个，…
			task = append(task, sentence(planned+"，"+span(b.Span)+"实际组建"+built+"，"+completion(w.Value(c), c)))
			planned = ""
		} else {
			task = append(task, sentence(spanOr(b.Span, all)+"实际组建工会"+built+"，"+completion(w.Value(c), c)))
		}
	} else if len(b.Built) > 0 && len(b.NewUnions) == 0 && b.UnionsBuilt != nil && *b.UnionsBuilt == int64(len(b.Built)) {
		// the unions built, named: "上半年新组建了当阳市建筑行业工会联合会"
		task = append(task, sentence(spanOr(b.Span, all)+"新组建了"+listNames(b.Built)))
		named = true
	} else if n, ok := fig(p, "building.unions_built", b.UnionsBuilt, "个"); ok && positive(p, "building.unions_built", b.UnionsBuilt) {
		task = append(task, sentence(spanOr(b.Span, all)+"新建工会"+n))
	}
	var out []Para
	if len(task) > 0 {
		out = append(out, task)
	}
	if g := w.groupTasks(); len(g) > 0 {
		out = append(out, g)
	}
	if nu := w.newUnions(); len(nu) > 0 {
		out = append(out, nu)
	}
	var stock Para
	// a 地方总工会's own make-up (乡镇(街道)总工会, 产业(系统)工会) is said
	// with the 基层工会 below them; a 联合会's member units on their own
	members := ""
	if n, ok := fig(p, "building.member_units", b.MemberUnits, "个"); ok && positive(p, "building.member_units", b.MemberUnits) {
		bd := unitBreakdown(b.MemberUnitsBreakdown, "个")
		switch {
		case bd != "" && partsSum(b.MemberUnitsBreakdown) == *b.MemberUnits:
			members = zhParens(bd)
		case w.local():
			members = "乡镇（街道）总工会和产业（系统）工会" + n
		default:
			members = "成员单位" + n
			if bd != "" {
				members += "（其中" + zhParens(bd) + "）"
			}
		}
	}
	if n, ok := fig(p, "building.unions_total", b.UnionsTotal, "个"); ok && positive(p, "building.unions_total", b.UnionsTotal) {
		s := w.Whole() + "共有基层工会" + n
		if members != "" && w.local() {
			s = w.Whole() + "有" + members + "，基层工会" + n
			members = ""
		}
		if !Regional(w.p.Org) {
			// one organisation's union: the unions under it are its own
			// 分工会 (or 工会小组), not 基层工会, which it is itself
			sub := "分工会"
			if u := w.words.Unit; strings.HasSuffix(u, "工会") || strings.HasSuffix(u, "小组") {
				sub = u
			}
			s = w.short() + "下设" + sub + n
		}
		var parts []string
		// every union its own: a breakdown that is the whole says nothing
		whole := b.Independent != nil && b.UnionsTotal != nil && *b.Independent == *b.UnionsTotal
		if i, ok := fig(p, "building.independent", b.Independent, "个"); ok && positive(p, "building.independent", b.Independent) && !whole {
			parts = append(parts, "单独建会"+i)
		}
		if j, ok := fig(p, "building.joint", b.Joint, "个"); ok && positive(p, "building.joint", b.Joint) {
			jp := "联合工会" + j
			if e, ok := fig(p, "building.joint_enterprises", b.JointEnterprises, "家"); ok && positive(p, "building.joint_enterprises", b.JointEnterprises) {
				jp += "（覆盖企业" + e + "）"
			}
			parts = append(parts, jp)
		}
		if len(parts) > 0 {
			s += "，其中" + list(parts)
		}
		if !b.AsOf.IsZero() {
			s = "截至" + w.when(b.AsOf, record.Date{}) + "，" + s
		}
		stock = append(stock, sentence(s))
	}
	if members != "" {
		stock = append(stock, sentence("现有"+members))
	}
	if n, ok := fig(p, "building.units_surveyed", b.UnitsSurveyed, "家"); ok && positive(p, "building.units_surveyed", b.UnitsSurveyed) {
		stock = append(stock, sentence("深入走访摸底企业（单位）"+n))
	}
	// 建会率 is a federation's measure of the employers below it; drawn
	// from the units table of one organisation (a company's 车间, a
	// hospital's 科室, each with its 分工会) at 100% it says nothing
	fromTable := b.UnitsRequired == nil && b.UnitsCovered == nil
	if c, ok := w.value(rules.IDCoverage, ""); ok && !(fromTable && !Regional(p.Org) && c.Num.Cmp(big.NewRat(1, 1)) >= 0) {
		s := "建会率为" + w.Value(c) + w.versus(rules.IDCoverage)
		if b.UnitsRequired != nil && b.UnitsCovered != nil {
			s = "应建会单位" + countText(*b.UnitsRequired, "个") + "，已建会" + countText(*b.UnitsCovered, "个") + "，" + s
		}
		stock = append(stock, sentence(s))
	}
	if len(stock) > 0 {
		out = append(out, stock)
	}
	if len(b.Built) > 0 && len(b.NewUnions) == 0 && !named {
		lead := "新组建了"
		if len(task) > 0 || len(out) > 0 {
			lead = "此外，还新组建了"
		}
		out = append(out, Para{sentence(lead + listNames(b.Built))})
	}
	return out
}

// completion words a task's completion: "全额完成任务", "超额完成任务，完成率为
// 120%", "任务完成率为80%".
func completion(rate string, v rules.Value) string {
	bigOne := big.NewRat(1, 1)
	switch v.Num.Cmp(bigOne) {
	case 0:
		return "全额完成任务"
	case 1:
		return "超额完成任务，完成率为" + rate
	}
	return "组建任务完成率为" + rate
}

// groupTasks words each group's union-building task.
func (w *Writer) groupTasks() Para {
	var segs []string
	for i, g := range w.p.Groups {
		c, ok := w.value(rules.IDGroupCompletion, g.Name)
		if !ok {
			continue
		}
		what := ""
		if g.Note != "" {
			what = clause(g.Note)
		} else if n, ok := fig(w.p, "groups["+strconv.Itoa(i)+"].unions_built", g.UnionsBuilt, "个"); ok {
			what = "组建工会" + n
		}
		segs = append(segs, g.Name+what+"，"+strings.TrimPrefix(completion(w.Value(c), c), "组建"))
	}
	if len(segs) == 0 {
		return nil
	}
	return Para{sentence(strings.Join(segs, "；"))}
}

// newUnions words the unions founded, in the order they were founded: the
// full name once, with its date and figures, then 该联合会 for what follows
// about it.
func (w *Writer) newUnions() Para {
	var out Para
	var bare []string // a run of unions named with nothing else said of them
	// a run of unions each founded with its figures: one sentence, a
	// clause each ("3月28日，成立…联合会，覆盖企业46家、有会员1380人；5月16日，…"),
	// not "…成立，该联合会…" over and over; one alone keeps its own
	type founding struct{ alone, clause string }
	var run []founding
	named := false // a union has been named: a count of others after is 此外
	flush := func() {
		switch len(bare) {
		case 0:
		case 1:
			out = append(out, sentence(bare[0]+"成立"))
		default:
			// 万洋绿色能源有限公司工会、…、金惠铅业有限公司工会相继成立。
			out = append(out, sentence(listNames(bare)+"相继成立"))
		}
		bare = nil
		switch len(run) {
		case 0:
		case 1:
			out = append(out, sentence(run[0].alone))
		default:
			cs := make([]string, len(run))
			for i, f := range run {
				cs[i] = f.clause
			}
			out = append(out, sentence(strings.Join(cs, "；")))
		}
		run = nil
	}
	nu := w.p.Building.NewUnions
	order := make([]int, len(nu)) // in the order they were founded, the undated last
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return record.CompareDates(nu[a].Date, nu[b].Date) })
	for _, i := range order {
		u := nu[i]
		path := "building.new_unions[" + strconv.Itoa(i) + "]."
		founded := u.Name + "成立"
		if u.Count != nil && *u.Count > 1 {
			founded = "新成立" + countText(*u.Count, "个") + u.Name
			if named {
				founded = "此外，" + founded // the others, after those named
			}
		} else {
			named = true
		}
		s := joinClauses(w.when(u.Date, record.Date{}), founded)
		// a figure the clerk's note words ("涵盖…等10余家建筑企业") is
		// not said twice, nor the members the membership sentence after
		// tells of the same union
		said := func(n string) bool { return u.Note != "" && strings.Contains(u.Note, n) }
		if n, ok := fig(w.p, path+"delegates", u.Delegates, "名"); ok && positive(w.p, path+"delegates", u.Delegates) && !said(n) {
			s = joinClauses(s, n+"代表参加成立大会")
		}
		var facts []string
		if n, ok := fig(w.p, path+"enterprises", u.Enterprises, "家"); ok && positive(w.p, path+"enterprises", u.Enterprises) && !said(n) {
			facts = append(facts, "覆盖企业"+n)
		}
		told := w.scopeIsNewUnion() && u.Name == w.p.Membership.Scope && u.Members != nil && w.p.Membership.Members != nil && *u.Members == *w.p.Membership.Members
		if n, ok := fig(w.p, path+"members", u.Members, "人"); ok && positive(w.p, path+"members", u.Members) && !said(n) && !told {
			facts = append(facts, "有会员"+n)
		}
		single := u.Count == nil || *u.Count <= 1
		if len(facts) > 0 {
			if single && s == joinClauses(w.when(u.Date, record.Date{}), founded) && strings.TrimSpace(u.Note) == "" {
				run = append(run, founding{
					alone: joinClauses(s, referTo(u.Name)+strings.Join(facts, "，")),
					// 覆盖企业46家、会员1380人: one verb for both
					clause: joinClauses(w.when(u.Date, record.Date{}), "成立"+u.Name, strings.ReplaceAll(strings.Join(facts, "、"), "、有会员", "、会员")),
				})
				continue
			}
			who := referTo(u.Name)
			if !single {
				who = "共" // several unions: "新成立6个非公企业工会，共有会员298人"
			}
			s = joinClauses(s, who+strings.Join(facts, "，"))
		}
		if s == u.Name+"成立" && strings.TrimSpace(u.Note) == "" {
			if len(run) > 0 {
				flush()
			}
			bare = append(bare, u.Name)
			continue
		}
		flush()
		if note := clause(u.Note); note != "" && !hasSubject(note) && !strings.ContainsAny(note, "。！？") {
			// what the union covers and elected goes on from its founding
			out = append(out, sentence(joinClauses(s, note)))
			continue
		}
		out = append(out, withNote(s, u.Note))
	}
	flush()
	return out
}

// referTo is how a body named in full is referred to after: 该联合会, 该
// 工会, 该协会.
func referTo(name string) string {
	for _, s := range []string{"联合会", "工会", "协会", "委员会", "分会", "中心"} {
		if strings.HasSuffix(name, s) {
			return "该" + s
		}
	}
	return "该组织"
}

// scopeIsNewUnion reports whether the membership figures are those of a
// union founded in the period (the scope names it): the report then tells
// the founding first and refers to it after.
func (w *Writer) scopeIsNewUnion() bool {
	scope := w.p.Membership.Scope
	if scope == "" || w.multi {
		return false
	}
	for _, n := range w.p.Building.Built {
		if n == scope {
			return true
		}
	}
	for _, u := range w.p.Building.NewUnions {
		if u.Name == scope {
			return true
		}
	}
	return false
}
