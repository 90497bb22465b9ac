package record

import (
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"zongjie/internal/cnfmt"
	"zongjie/internal/editdist"
	"zongjie/internal/num"
)

// Validate runs the semantic checks on one period's records and returns every
// problem, sorted by position. Loading has already checked types and keys.
func Validate(p *Period) Errors {
	v := &validator{p: p, errs: &errorList{max: 1000}}
	v.nonNegative(reflect.ValueOf(p).Elem(), make([]byte, 0, 64))
	v.vocabulary(reflect.ValueOf(p).Elem(), make([]byte, 0, 64))
	v.organisation()
	v.period()
	v.membership()
	v.groupsAndUnits()
	v.building()
	v.finance()
	v.charity()
	v.relief()
	v.events()
	v.ratios()
	v.targets()
	v.text()
	v.membershipMore()
	v.unitsMore()
	v.buildingMore()
	v.reliefMore()
	v.activitiesMore()
	v.honoursMore()
	v.democracyMore()
	v.labourWomen()
	v.contracts()
	v.facilities()
	v.hostAndFigures()
	v.rates()
	v.settings()
	v.document()
	v.spans(reflect.ValueOf(p).Elem(), make([]byte, 0, 64))
	v.p.labelRows(v.errs.errs)
	v.errs.errs.Sort()
	return v.errs.errs
}

// LoadAndValidate loads one file and validates it.
// Every problem of a file that parses is reported together (see
// ParseAndValidate).
func LoadAndValidate(path string, lim Limits) (*Period, error) {
	return LoadAndValidateTables(path, nil, lim)
}

// LoadAndValidateTables is LoadAndValidate with list sections read from
// files of their own (see Tables).
func LoadAndValidateTables(path string, tables Tables, lim Limits) (*Period, error) {
	data, err := readData(path, lim)
	if err != nil {
		return nil, err
	}
	return ParseAndValidateTables(path, data, tables, lim)
}

type validator struct {
	p    *Period
	errs *errorList
}

func (v *validator) errorf(path, format string, args ...any) {
	v.errs.add(v.p.Pos(path), path, format, args...)
}

// nonNegative reports negative counts and amounts anywhere in the records.
// path is rv's data path, spelt out in a reused buffer and made a string
// only for a message.
func (v *validator) nonNegative(rv reflect.Value, path []byte) {
	switch rv.Kind() {
	case reflect.Pointer:
		if !rv.IsNil() {
			v.nonNegative(rv.Elem(), path)
		}
	case reflect.Struct:
		ti := infoOf(rv.Type())
		for _, i := range ti.unsigned {
			f := ti.fields[i]
			v.nonNegative(rv.Field(f.index), appendKey(path, f.key))
		}
	case reflect.Slice:
		for i := 0; i < rv.Len(); i++ {
			v.nonNegative(rv.Index(i), appendIndex(path, i))
		}
	case reflect.Int64:
		if rv.Int() < 0 {
			if rv.Type() == typeMoney {
				v.errorf(string(path), "金额不能是负数(%s)", cnfmt.Money(num.Money(rv.Int())))
			} else {
				v.errorf(string(path), "数量不能是负数(%d)", rv.Int())
			}
		}
	}
}

// appendKey appends the data path element key to path: "a" + "b" -> "a.b".
func appendKey(path []byte, key string) []byte {
	if len(path) > 0 {
		path = append(path, '.')
	}
	return append(path, key...)
}

// appendIndex appends a list index to path: "a" + 3 -> "a[3]".
func appendIndex(path []byte, i int) []byte {
	path = append(path, '[')
	path = strconv.AppendInt(path, int64(i), 10)
	return append(path, ']')
}

// indexPath is the path of item i of the list at path: "units[3]".
func indexPath(path string, i int) string {
	return path + "[" + strconv.Itoa(i) + "]"
}

// oneOf reports a value outside its closed list, with the nearest one.
func (v *validator) oneOf(path, value string, list []string) { v.choice(path, "", value, list) }

// choice reports value at path outside list, what naming it (量词) or
// nothing, with the nearest of the list when one is near.
func (v *validator) choice(path, what, value string, list []string) {
	if value == "" || contains(list, value) {
		return
	}
	if hint := vocabGuess(value, list); hint != "" {
		v.errorf(path, "%s“%s”不在可选范围内,你是不是想写“%s”?可以写的有:%s", what, clip(value), hint, strings.Join(list, "、"))
		return
	}
	v.errorf(path, "%s“%s”不在可选范围内,请从这些中选一个:%s", what, clip(value), strings.Join(list, "、"))
}

// notMore reports a part that exceeds its total. Either may be
// approximate: 近200 is at most 200, 10余 at least 10, 约 bounds nothing.
func (v *validator) notMore(partPath string, part *int64, totalPath string, total *int64, what string) {
	if total != nil && *total < 0 {
		return // reported as negative
	}
	if exceeds(part, total) {
		v.errorf(partPath, "%s(%d)不能多于 %s", what, *part, v.otherValue(partPath, totalPath, strconv.FormatInt(*total, 10)))
		return
	}
	if part != nil && total != nil {
		return // both exact, compared above
	}
	lo, loText := v.lowerBound(partPath, part)
	if lo == nil {
		return
	}
	hi, hiText := v.upperBound(totalPath, total)
	if hi != nil && lo.Cmp(hi) > 0 {
		v.errorf(partPath, "%s(%s)不能多于 %s", what, loText, v.otherValue(partPath, totalPath, hiText))
	}
}

// flowNotMore is notMore for a flow (what happened in the period: new
// members, check-ups, unions built) against a stock (what there is at its
// end: members, women workers, unions). In a period of several years the
// flow adds up year by year, a person or union counted in each (person-
// times), and may pass the stock: it is then not compared.
func (v *validator) flowNotMore(partPath string, part *int64, totalPath string, total *int64, what string) {
	if v.p.When.Years() > 1 {
		return
	}
	v.notMore(partPath, part, totalPath, total, what)
}

// exceeds reports whether part and total are both given and part is more.
func exceeds(part, total *int64) bool {
	return part != nil && total != nil && *part > *total
}

// sumEquals reports a stated total that disagrees with the sum of its parts.
func (v *validator) sumEquals(totalPath string, total *int64, partsPath string, parts []Part) {
	if total == nil || len(parts) == 0 {
		return
	}
	var sum int64
	terms := make([]string, 0, len(parts))
	for _, pt := range parts {
		if pt.Count != nil {
			sum += *pt.Count
			terms = append(terms, strconv.FormatInt(*pt.Count, 10))
		}
	}
	if sum != *total {
		v.errorf(totalPath, "所填合计 %d 与%s各项之和 %d(%s,见 %s)不一致", *total, v.place(partsPath), sum, strings.Join(terms, "+"), v.p.Pos(partsPath))
	}
}

func (v *validator) inPeriod(path string, d Date) {
	if d.IsZero() || v.p.When.Year == nil {
		return
	}
	if !v.p.When.Contains(d) {
		from, to := v.p.When.Range()
		v.errorf(path, "日期 %s 不在报告期(%s 至 %s)之内;请检查年份,或把它放到对应时期的数据文件里", d, from, to)
	}
}

func (v *validator) organisation() {
	o := v.p.Org
	c := o.Committee
	if c.TermYears != nil && (*c.TermYears < 3 || *c.TermYears > 5) {
		v.errorf("organisation.committee.term_years", "工会委员会每届任期为三年至五年(《中国工会章程》),这里写的是 %d 年", *c.TermYears)
	}
	if c.Number != nil && *c.Number < 1 {
		v.errorf("organisation.committee.number", "届次应从 1 开始")
	}
	if c.Elected != nil && v.p.When.Year != nil && *c.Elected > *v.p.When.Year {
		v.errorf("organisation.committee.elected", "本届委员会的选举年份 %d 晚于报告年度 %d", *c.Elected, *v.p.When.Year)
	}
}

func (v *validator) period() {
	w := v.p.When
	if w.Year != nil && (*w.Year < 1949 || *w.Year > 2100) {
		v.errorf("period.year", "年度 %d 不对,应在 1949 到 2100 之间", *w.Year)
		return
	}
	if w.FromYear != nil && w.Year != nil {
		switch {
		case *w.FromYear > *w.Year:
			v.errorf("period.from_year", "起始年度 %d 晚于年度 %d;多年的报告 year 写最后一年", *w.FromYear, *w.Year)
			return
		case *w.FromYear < *w.Year-10:
			v.errorf("period.from_year", "从 %d 年到 %d 年超过十年;一份报告最多回顾一届(五年)或十年", *w.FromYear, *w.Year)
			return
		case w.Part != "" && w.Part != PartYear:
			v.errorf("period.part", "多年的报告(写了 from_year)只能是全年,不能是%s", w.Part)
			return
		}
	}
	if !w.ReportDate.IsZero() && w.Year != nil {
		from, to := w.Range()
		months, within := reportWithin(w)
		if v.p.PlansOnly() {
			// a plan is written before its period begins, or as it does;
			// or, as zongjie init --kind plan says, it is dated as its
			// period ends or after it and plans the next
			if w.ReportDate.Before(monthsBefore(from, planAhead)) || monthsAfter(to, months).Before(w.ReportDate) {
				v.errorf("period.report_date", "报告日期 %s 与计划期(%s,%s 至 %s)对不上;计划的日期应在计划期开始前三个月内、计划期内或结束后%s内", w.ReportDate, w.Label(), from, to, within)
			}
		} else if w.ReportDate.Before(from) || monthsAfter(to, months).Before(w.ReportDate) {
			v.errorf("period.report_date", "报告日期 %s 与报告期(%s,%s 至 %s)对不上;报告日期应在报告期内或结束后%s内", w.ReportDate, w.Label(), from, to, within)
		}
	}
	if d := v.p.Democracy.MeetingDate; !d.IsZero() && w.Year != nil {
		// the congress hears the report on the period during it or after
		from, to := w.Range()
		if d.Before(from) || monthsAfter(to, 12).Before(d) {
			v.errorf("democracy.meeting_date", "大会日期 %s 与报告期(%s,%s 至 %s)对不上;工作报告在报告期内或结束后一年内的大会上作,请检查年份", d, w.Label(), from, to)
		} else if name, at, ok := v.latestEvent(); ok && d.Before(at) {
			v.errorf("democracy.meeting_date", "大会日期 %s 早于本期记下的“%s”(%s);工作报告回顾的是本期的工作,要在这些事之后的大会上作。"+
				"这里写作报告的那次大会的日期(如 2025年的报告在2026年初的大会上作,写 2026年的日期,并写 report_meeting);本期召开的大会的日期不写在这里", d, name, at)
		}
	}
}

// latestEvent is the latest dated activity or relief batch of the period,
// by its name and date.
func (v *validator) latestEvent() (name string, at Date, ok bool) {
	note := func(n string, d Date) {
		if !d.IsZero() && (!ok || at.Before(d)) {
			name, at, ok = n, d, true
		}
	}
	for _, a := range v.p.Activities {
		note(a.Name, a.Date)
	}
	for _, b := range v.p.Relief.Batches {
		note(b.Occasion, b.Date)
	}
	return name, at, ok
}

// reportWithin is how many months after its period a report may be dated,
// and how that is said: before the next period is half over, when its
// plans (下半年工作打算) are still ahead. A year's report may come half a
// year later; that of a half-year or a semester, three months.
func reportWithin(w PeriodSpec) (months int, said string) {
	if w.Years() == 1 && w.Part != "" && w.Part != PartYear {
		return 3, "三个月"
	}
	return 6, "半年"
}

// monthsAfter is the month n months after the month of d (month precision).
func monthsAfter(d Date, n int) Date {
	m := d.Month - 1 + n
	return Date{d.Year + m/12, m%12 + 1, 0}
}

// monthsBefore is the month n months before the month of d (month
// precision).
func monthsBefore(d Date, n int) Date {
	m := d.Year*12 + d.Month - 1 - n
	return Date{m / 12, m%12 + 1, 0}
}

// planAhead is how many months before its period a plan may be dated.
const planAhead = 3

func (v *validator) membership() {
	m := v.p.Membership
	v.notMore("membership.members", m.Members, "membership.staff", m.Staff, "会员数")
	v.flowNotMore("membership.new_members", m.NewMembers, "membership.members", m.Members, "新发展会员数")
	v.notMore("membership.women_members", m.WomenMembers, "membership.members", m.Members, "女会员数")
	v.notMore("membership.women_staff", m.WomenStaff, "membership.staff", m.Staff, "女职工人数")
	v.notMore("membership.women_members", m.WomenMembers, "membership.women_staff", m.WomenStaff, "女会员数")
	v.notMore("membership.migrant_members", m.MigrantMembers, "membership.members", m.Members, "农民工会员数")
	v.notMore("membership.new_form_members", m.NewFormMembers, "membership.new_members", m.NewMembers, "新就业形态劳动者入会人数")
	v.sumEquals("membership.units", m.Units, "membership.units_breakdown", m.UnitsBreakdown)
}

func (v *validator) groupsAndUnits() {
	groups := map[string]int{}
	for i, g := range v.p.Groups {
		path := fmt.Sprintf("groups[%d]", i)
		if j, dup := groups[g.Name]; dup && g.Name != "" {
			v.errorf(path+".name", "分组“%s”重复,第一次出现在 %s", clip(g.Name), v.p.Pos(fmt.Sprintf("groups[%d].name", j)))
			continue
		}
		groups[g.Name] = i
	}
	units := make(map[string]int, len(v.p.Units))
	for i, u := range v.p.Units {
		// The unit's path is spelt out only for a message: most units have none.
		if j, dup := units[u.Name]; dup && u.Name != "" {
			v.errorf(indexPath("units", i)+".name", "单位“%s”重复,第一次出现在 %s;同名单位请加上区分(如所在乡镇)", clip(u.Name), v.p.Pos(indexPath("units", j)+".name"))
		} else {
			units[u.Name] = i
		}
		if u.Group != "" && !v.errs.full() {
			if _, ok := groups[u.Group]; !ok {
				v.errorf(indexPath("units", i)+".group", "分组“%s”没有在%s中列出%s", clip(u.Group), v.place("groups"), suggestFrom(u.Group, v.groupNames(), "分组", v.place("groups")))
			}
		}
		if exceeds(u.Members, u.Staff) {
			path := indexPath("units", i)
			v.notMore(path+".members", u.Members, path+".staff", u.Staff, "会员人数")
		}
		if u.Spending != nil && u.SpendingPerCapita != nil {
			v.errorf(indexPath("units", i)+".spending_per_capita", "spending 与 spending_per_capita 只填一个:有支出总额和会员人数时人均由程序计算")
		}
		if u.Donation != nil && u.DonationPerCapita != nil {
			v.errorf(indexPath("units", i)+".donation_per_capita", "donation 与 donation_per_capita 只填一个:有捐款额和职工人数时人均由程序计算")
		}
	}
}

func (v *validator) groupNames() []string {
	names := make([]string, len(v.p.Groups))
	for i, g := range v.p.Groups {
		names[i] = g.Name
	}
	return names
}

// suggestMetric proposes the target metric nearest an unknown one: by its
// Chinese name when the clerk wrote Chinese (a workbook's 新会员 →
// 新发展会员, with its id), by its id otherwise; or lists them all, each
// with its name.
func suggestMetric(s string) string {
	chinese := !isASCII(s)
	names := make([]string, len(TargetMetrics))
	for i, m := range TargetMetrics {
		names[i] = m.ID
		if chinese {
			names[i] = m.Name
		}
	}
	i := slices.Index(names, nearest(s, names))
	if i < 0 && chinese {
		// a name short of a word or two (新会员): the one name holding it
		for j, n := range names {
			if containsRunes(n, s) {
				if i >= 0 {
					i = -1
					break
				}
				i = j
			}
		}
	}
	switch {
	case i >= 0 && chinese:
		return fmt.Sprintf(",你是不是想写“%s”(%s)?", TargetMetrics[i].Name, TargetMetrics[i].ID)
	case i >= 0:
		return fmt.Sprintf(",你是不是想写“%s”?", TargetMetrics[i].ID)
	}
	all := make([]string, len(TargetMetrics))
	for i, m := range TargetMetrics {
		all[i] = m.Name + "(" + m.ID + ")"
	}
	return ";可用的指标有:" + strings.Join(all, "、")
}

// nearest is the name closest to s by edit distance, within half its
// length (a third for Chinese, whose every character says more: 劳动合同
// is not a mistyped 集体合同); "" when none is that close, when two are
// equally close (no guess), or when the closest shares nothing with s (a
// one-character value is not "near" every other one-character value).
//
// A Chinese s that is the start of a long name, mistyped (职工福力 for
// 职工福利与疗休养), is near that name too: when no name is near s as a
// whole, s is compared with the start of each name, as long as s.
func nearest(s string, names []string) string {
	l := utf8.RuneCountInString(s)
	if l > maxSuggestRunes {
		return ""
	}
	limit := max(1, l/2)
	if !isASCII(s) {
		limit = max(1, l/3)
	}
	if best := closest(s, names, limit, func(n string) string { return n }); best != "" || isASCII(s) || l < 3 {
		return best
	}
	return closest(s, names, limit, func(n string) string {
		if rs := []rune(n); len(rs) > l {
			return string(rs[:l])
		}
		return n
	})
}

// closest is the one name whose form (the name itself, or its start) is
// nearest s, within limit edits; "" for none, or for a tie.
func closest(s string, names []string, limit int, form func(string) string) string {
	best, bestDist, tie := "", limit+1, false
	l := utf8.RuneCountInString(s)
	for _, n := range names {
		f := form(n)
		fl := utf8.RuneCountInString(f)
		if absDiff(l, fl) > limit {
			continue
		}
		d := editdist.Distance(s, f)
		if d >= fl {
			continue // nothing in common
		}
		switch {
		case d < bestDist:
			best, bestDist, tie = n, d, false
		case d == bestDist && n != best:
			tie = true
		}
	}
	if tie {
		return ""
	}
	return best
}

// containsRunes reports whether every rune of s is in n, in order
// (新会员 in 新发展会员).
func containsRunes(n, s string) bool {
	rs := []rune(n)
	i := 0
	for _, r := range s {
		for i < len(rs) && rs[i] != r {
			i++
		}
		if i == len(rs) {
			return false
		}
		i++
	}
	return true
}

// suggestFrom proposes the listed name nearest an unknown one (a unit's
// 分组), or lists the names, or says to list it first: what names them
// ("分组") and where they are listed (" groups ", as validator.place words
// it, or “分组”). Like suggest, it compares only names of similar length,
// and none for a name longer than maxSuggestRunes.
func suggestFrom(s string, names []string, what, where string) string {
	if best := nearest(s, names); best != "" {
		return fmt.Sprintf(",你是不是想写“%s”?", clip(best))
	}
	if len(names) > 0 && len(names) <= 20 {
		quoted := make([]string, len(names))
		for i, n := range names {
			quoted[i] = clip(n)
		}
		return ";已列出的" + what + "有:" + strings.Join(quoted, "、")
	}
	return ";请先在" + where + "中列出它"
}

func (v *validator) building() {
	v.sumEquals("building.member_units", v.p.Building.MemberUnits, "building.member_units_breakdown", v.p.Building.MemberUnitsBreakdown)
	b := v.p.Building
	v.sumEquals("building.unions_planned", b.UnionsPlanned, "building.plan", b.Plan)
	v.notMore("building.units_covered", b.UnitsCovered, "building.units_required", b.UnitsRequired, "已建会单位数")
	v.notMore("building.meetings_missing", b.MeetingsMissing, "building.unions_built", b.UnionsBuilt, "未召开大会的工会数")
	if len(v.p.Groups) == 0 {
		return
	}
	var planned, built int64
	var anyPlanned, anyBuilt bool
	for _, g := range v.p.Groups {
		if g.UnionsPlanned != nil {
			planned += *g.UnionsPlanned
			anyPlanned = true
		}
		if g.UnionsBuilt != nil {
			built += *g.UnionsBuilt
			anyBuilt = true
		}
	}
	if anyPlanned && b.UnionsPlanned != nil && planned > *b.UnionsPlanned {
		v.errorf("building.unions_planned", "各分组计划组建数之和 %d 多于合计 %d", planned, *b.UnionsPlanned)
	}
	if anyBuilt && b.UnionsBuilt != nil && built > *b.UnionsBuilt {
		v.errorf("building.unions_built", "各分组实际组建数之和 %d 多于合计 %d", built, *b.UnionsBuilt)
	}
}

func (v *validator) finance() {
	f := v.p.Finance
	if f.Transferred != nil && f.Spent != nil && *f.Transferred > *f.Spent {
		v.errorf("finance.transferred", "划拨到工会账户的经费 %s 多于工会科目支出 %s;请核对两项是否填反", cnfmt.Money(*f.Transferred), cnfmt.Money(*f.Spent))
	}
	kinds := map[string]bool{}
	for i, b := range f.Bands {
		path := fmt.Sprintf("finance.bands[%d]", i)
		if kinds[b.Kind] {
			v.errorf(path+".kind", "“%s”的分档统计重复", clip(b.Kind))
		}
		kinds[b.Kind] = true
		if b.Total != nil {
			parts := []Part{{"at_least", b.AtLeast}, {"below", b.Below}, {"zero", b.Zero}}
			v.sumEquals(path+".total", b.Total, path, parts)
		}
		v.sumEquals(path+".zero", b.Zero, path+".zero_breakdown", b.ZeroBreakdown)
		v.sumEquals(path+".total", b.Total, path+".breakdown", b.Breakdown)
	}
}

func (v *validator) charity() {
	for i, d := range v.p.Charity {
		path := fmt.Sprintf("charity[%d]", i)
		v.inPeriod(path+".start", d.Start)
		v.inPeriod(path+".end", d.End)
		if !d.Start.IsZero() && !d.End.IsZero() && d.End.Before(d.Start) {
			v.errorf(path+".end", "结束日期 %s 早于开始日期 %s", d.End, d.Start)
		}
		for j, pt := range d.Participation {
			pp := fmt.Sprintf("%s.participation[%d]", path, j)
			v.notMore(pp+".participated", pt.Participated, pp+".eligible", pt.Eligible, "已参加的单位数")
		}
		for _, g := range []struct {
			key string
			t   *TopGift
		}{{"top_individual", d.TopIndividual}, {"top_collective", d.TopCollective}} {
			if g.t != nil && g.t.Amount != nil && d.Total != nil && *g.t.Amount > *d.Total {
				v.errorf(path+"."+g.key+".amount", "单笔捐款 %s 多于善款总额 %s", cnfmt.Money(*g.t.Amount), cnfmt.Money(*d.Total))
			}
		}
		if d.DonorsAtLeast != nil && d.Threshold == nil {
			v.errorf(path+".donors_at_least", "填了大额捐款人数,请同时填写统计线 threshold(如 500)")
		}
	}
}

func (v *validator) relief() {
	for i, b := range v.p.Relief.Batches {
		path := fmt.Sprintf("relief.batches[%d]", i)
		v.inPeriod(path+".date", b.Date)
		v.sumEquals(path+".persons", b.Persons, path+".recipients", b.Recipients)
		if b.Amount != nil && b.Each != nil {
			n := b.Persons
			if n == nil {
				n = sumParts(b.Recipients)
			}
			if n != nil && num.Money(*n)*(*b.Each) != *b.Amount {
				v.errorf(path+".amount", "金额 %s 与 每%s %s × %d%s = %s 不一致", cnfmt.Money(*b.Amount), measure(b.Measure), cnfmt.Money(*b.Each), *n, measure(b.Measure), cnfmt.Money(num.Money(*n)*(*b.Each)))
			}
		}
		if g, ok := goodsValue(b.Goods); ok && b.Amount != nil && *b.Amount == g && len(b.Payments) == 0 {
			v.errorf(path+".amount", "金额 %s 与所发物品的折合金额相同,同一笔钱会算两次(发放的钱和物品各算一次);"+
				"只发了这些物品的,金额请留空(物品的“价值”已经记下);另外还发了钱的,金额只写发的钱", cnfmt.Money(*b.Amount))
		}
	}
}

// goodsValue is the value of the goods of a batch, when every item gives
// one.
func goodsValue(goods []Goods) (num.Money, bool) {
	var sum num.Money
	for _, g := range goods {
		if g.Value == nil {
			return 0, false
		}
		sum += *g.Value
	}
	return sum, len(goods) > 0 && sum > 0
}

func measure(m string) string {
	if m == "" {
		return "人"
	}
	return m
}

// sumParts adds the counts of parts, or returns nil when there are none.
func sumParts(parts []Part) *int64 {
	if len(parts) == 0 {
		return nil
	}
	var s int64
	for _, p := range parts {
		if p.Count != nil {
			s += *p.Count
		}
	}
	return &s
}

func (v *validator) events() {
	for i, a := range v.p.Activities {
		path := fmt.Sprintf("activities[%d]", i)
		v.inPeriod(path+".date", a.Date)
		v.inPeriod(path+".end", a.End)
		if !a.End.IsZero() && a.End.Before(a.Date) {
			v.errorf(path+".end", "结束日期 %s 早于开始日期 %s", a.End, a.Date)
		}
	}
	for i, h := range v.p.Honours {
		v.inPeriod(fmt.Sprintf("honours[%d].date", i), h.Date)
	}
	months := map[int64]int{}
	for i, m := range v.p.Schedule {
		path := fmt.Sprintf("schedule[%d].month", i)
		if m.Month == nil {
			continue
		}
		if *m.Month < 1 || *m.Month > 12 {
			v.errorf(path, "月份应在 1 到 12 之间,这里是 %d", *m.Month)
		}
		if j, dup := months[*m.Month]; dup {
			v.errorf(path, "%d月份重复,第一次在 %s;请把两处的工作合并", *m.Month, v.p.Pos(fmt.Sprintf("schedule[%d].month", j)))
		}
		months[*m.Month] = i
	}
}

// ratios checks every "part of a whole" pair outside membership.
func (v *validator) ratios() {
	d, l, b := v.p.Democracy, v.p.Labour, v.p.Bargaining
	v.notMore("democracy.accepted", d.Accepted, "democracy.proposals", d.Proposals, "立案提案数")
	v.notMore("democracy.implemented", d.Implemented, "democracy.accepted", d.Accepted, "已落实提案数")
	v.notMore("democracy.adopted", d.Adopted, "democracy.suggestions", d.Suggestions, "采纳建议数")
	v.notMore("labour.projects_completed", l.ProjectsCompleted, "labour.projects_started", l.ProjectsStarted, "完成项目数")
	v.notMore("labour.projects_awarded", l.ProjectsAwarded, "labour.projects_started", l.ProjectsStarted, "获奖项目数")
	v.notMore("labour.hazards_fixed", l.HazardsFixed, "labour.hazards_found", l.HazardsFound, "已整改隐患数")
	v.notMore("bargaining.signed", b.Signed, "bargaining.enterprises", b.Enterprises, "签订合同的企业数")
	v.notMore("bargaining.covered", b.Covered, "bargaining.staff", b.Staff, "覆盖职工数")
	r := v.p.Rights
	v.notMore("rights.mediated", r.Mediated, "rights.disputes", r.Disputes, "调解成功的劳动争议数")
	v.notMore("rights.closed", r.Closed, "rights.petitions", r.Petitions, "办结的来信来访数")
}

func (v *validator) targets() {
	seen := map[string]int{}
	for i, t := range v.p.Targets {
		path := fmt.Sprintf("targets[%d]", i)
		if t.Metric == "" && t.Text == "" {
			if at, name, ok := v.p.cellFor(path + ".metric"); ok {
				_, text, ok := v.p.cellFor(path + ".text")
				if !ok {
					text = cnName(path + ".text")
				}
				v.errs.add(at, path+".metric", "“%s”没有填;请从下拉列表选一项,或在“%s”列写文字", name, text)
				continue
			}
			v.errorf(path, "目标至少要有 metric(指标)或 text(文字表述)")
			continue
		}
		if t.Metric == "" {
			continue
		}
		m, ok := LookupMetric(t.Metric)
		if !ok {
			v.errorf(path+".metric", "不认识的指标“%s”%s", clip(t.Metric), suggestMetric(t.Metric))
			continue
		}
		// one target a metric for each year: the next period's, and the
		// new committee's for the end of its term (year)
		key := m.ID
		if w := v.p.When.Year; t.Year != nil && (w == nil || *t.Year != *w+1) {
			key += "@" + strconv.FormatInt(*t.Year, 10)
		}
		if j, dup := seen[key]; dup {
			v.errorf(path+".metric", "指标“%s”的目标重复,第一次在 %s;给不同年度定的目标请写 year(目标年度)", clip(t.Metric), v.p.Pos(fmt.Sprintf("targets[%d].metric", j)))
		}
		seen[key] = i
		switch {
		case m.Kind == MetricAmount && t.Amount == nil:
			v.targetFigure(path, "amount", m, "金额", "")
		case m.Kind == MetricCount && t.Count == nil:
			v.targetFigure(path, "count", m, "数量", "")
		case m.Kind == MetricRate && t.Rate == nil:
			v.targetFigure(path, "rate", m, "比率", "(百分数,如 95)")
		}
		if t.Amount != nil && len(t.Parts) > 0 {
			var sum num.Money
			for _, pt := range t.Parts {
				if pt.Amount != nil {
					sum += *pt.Amount
				}
			}
			if sum != *t.Amount {
				v.errorf(path+".amount", "目标金额 %s 与各组成部分之和 %s 不一致(见 %s)", cnfmt.Money(*t.Amount), cnfmt.Money(sum), v.p.Pos(path+".parts"))
			}
		}
	}
}

// targetFigure reports the target at path without the figure its metric
// m takes (key, a kind of figure): in a worksheet at the cell left blank,
// by its column's name; in a text file by the key.
func (v *validator) targetFigure(path, key string, m TargetMetric, kind, hint string) {
	if at, name, ok := v.p.cellFor(path + "." + key); ok {
		v.errs.add(at, path+"."+key, "指标“%s”是%s,请填写“%s”%s", m.Name, kind, name, hint)
		return
	}
	v.errorf(path, "指标“%s”(%s)是%s,请填写 %s%s", m.ID, m.Name, kind, key, hint)
}

func (v *validator) text() {
	known := map[string]bool{}
	ids := make([]string, len(SectionIDs))
	cns := make([]string, len(SectionIDs))
	names := make([]string, len(SectionIDs))
	for i, s := range SectionIDs {
		known[s.ID] = true
		ids[i], cns[i] = s.ID, s.Name
		names[i] = s.ID + "(" + s.Name + ")"
	}
	for _, m := range []struct {
		path string
		keys []string
	}{{"text.sections", keysOf(v.p.Text.Sections)}, {"text.headings", keysOf(v.p.Text.Headings)}} {
		for _, k := range m.keys {
			if known[k] {
				continue
			}
			hint := ";"
			if id := nearest(k, ids); id != "" {
				hint = fmt.Sprintf(",你是不是想写“%s”(%s)?", id, cns[slices.Index(ids, id)])
			} else if cn := nearest(k, cns); cn != "" {
				hint = fmt.Sprintf(",你是不是想写“%s”(%s)?", cn, ids[slices.Index(cns, cn)])
			}
			v.errorf(m.path+"."+k, "不认识的栏目“%s”%s可用的栏目有:%s", clip(k), hint, strings.Join(names, "、"))
		}
	}
}

func keysOf[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	return keys
}

// place names the data at path for a message about this file, to stand
// between two Chinese words: its path in a YAML or JSON file, with a space
// either side (" groups "); in a workbook, the sheet that holds it
// (“分组”表) or its Chinese name there (“职工人数构成”).
func (v *validator) place(path string) string {
	fromSheet := false
	for _, o := range v.p.origins {
		fromSheet = fromSheet || o.Sheet != ""
	}
	if !fromSheet {
		return " " + path + " "
	}
	if at := v.p.Pos(path); at.Sheet != "" && v.p.Has(path+"[0]") {
		return "“" + at.Sheet + "”表"
	}
	if cn, ok := keyName(path); ok {
		return "“" + cn + "”"
	}
	return " " + path + " "
}
