package record

import (
	"fmt"
	"reflect"
	"strings"

	"zongjie/internal/cnfmt"
	"zongjie/internal/num"
)

// The checks of the facts added for every sector (issue 15): each reports
// with the position of the value to fix.

func (v *validator) membershipMore() {
	m := v.p.Membership
	v.sumEquals("membership.staff", m.Staff, "membership.staff_breakdown", m.StaffBreakdown)
	v.asOf("membership.as_of", m.AsOf)
}

// asOf checks a 截至 date: not before the period starts, nor more than six
// months after it ends.
func (v *validator) asOf(path string, d Date) {
	if d.IsZero() || v.p.When.Year == nil {
		return
	}
	from, to := v.p.When.Range()
	limit := Date{to.Year, to.Month + 6, 0}
	if limit.Month > 12 {
		limit = Date{to.Year + 1, limit.Month - 12, 0}
	}
	if d.Before(from) || limit.Before(d) {
		v.errorf(path, "截至日期 %s 与报告期(%s 至 %s)对不上;请检查年份", d, from, to)
	}
}

func (v *validator) unitsMore() {
	if v.p.When.Year == nil {
		return
	}
	_, end := v.p.When.Range()
	for i := range v.p.Units {
		u := &v.p.Units[i]
		if !u.Founded.IsZero() && end.Before(u.Founded) {
			v.errorf(indexPath("units", i)+".founded", "建会日期 %s 晚于报告期末 %s", u.Founded, end)
		}
		if u.UnionKind == "独立" && u.Enterprises != nil && *u.Enterprises > 1 {
			v.errorf(indexPath("units", i)+".enterprises", "单独建会的工会只覆盖本单位,这里却写了 %d 家;联合工会请把 union_kind 写成“联合”", *u.Enterprises)
		}
	}
}

func (v *validator) buildingMore() {
	b := v.p.Building
	v.flowNotMore("building.unions_built", b.UnionsBuilt, "building.unions_total", b.UnionsTotal, "本期新建工会数")
	v.sumNotMore("building.unions_total", b.UnionsTotal, "期末工会总数",
		part("building.independent", b.Independent), part("building.joint", b.Joint))
	if exceeds(b.Joint, b.JointEnterprises) {
		v.errorf("building.joint_enterprises", "联合工会覆盖的企业数(%d)少于联合工会数(%d):每个联合工会至少覆盖一家企业", *b.JointEnterprises, *b.Joint)
	}
	v.notMore("building.units_required", b.UnitsRequired, "building.units_surveyed", b.UnitsSurveyed, "应建会单位数")
	v.asOf("building.as_of", b.AsOf)
	for i, n := range b.NewUnions {
		path := indexPath("building.new_unions", i)
		v.inPeriod(path+".date", n.Date)
		if n.Count != nil && *n.Count < 1 {
			v.errorf(path+".count", "个数至少为 1")
		}
		if n.Kind == "独立" && n.Enterprises != nil && *n.Enterprises > 1 {
			v.errorf(path+".enterprises", "单独建会的工会只覆盖本单位,这里却写了 %d 家;联合工会请把 kind 写成“联合”", *n.Enterprises)
		}
	}
}

func (v *validator) reliefMore() {
	r := v.p.Relief
	occasions := map[string]int{}
	for i, b := range r.Batches {
		if _, dup := occasions[b.Occasion]; !dup {
			occasions[b.Occasion] = i
		}
	}
	for i, b := range r.Batches {
		path := indexPath("relief.batches", i)
		if !b.End.IsZero() {
			v.inPeriod(path+".end", b.End)
			if b.End.Before(b.Date) {
				v.errorf(path+".end", "结束日期 %s 早于开始日期 %s", b.End, b.Date)
			}
		}
		if len(b.Payments) > 0 && b.Kind != "" {
			v.errorf(path+".kind", "分项(payments)已写明各项的类别,批次的 kind 请不填")
		}
		for j, pm := range b.Payments {
			pp := fmt.Sprintf("%s.payments[%d]", path, j)
			v.moneyNotMore(pp+".amount", pm.Amount, path+".amount", b.Amount, "分项金额")
			v.notMore(pp+".persons", pm.Persons, path+".persons", b.Persons, "分项人数")
			if pm.Amount != nil && pm.Each != nil && pm.Persons != nil && num.Money(*pm.Persons)*(*pm.Each) != *pm.Amount {
				v.errorf(pp+".amount", "金额 %s 与 每%s %s × %d = %s 不一致", cnfmt.Money(*pm.Amount), measure(b.Measure), cnfmt.Money(*pm.Each), *pm.Persons, cnfmt.Money(num.Money(*pm.Persons)*(*pm.Each)))
			}
		}
		for j, o := range b.Overlaps {
			op := fmt.Sprintf("%s.overlaps[%d]", path, j)
			k, ok := occasions[o.With]
			switch {
			case o.With == b.Occasion:
				v.errorf(op+".with", "不能与本批次自己重复")
				continue
			case !ok:
				names := make([]string, 0, len(r.Batches))
				for _, x := range r.Batches {
					names = append(names, x.Occasion)
				}
				v.errorf(op+".with", "没有事由为“%s”的批次%s", clip(o.With), suggestFrom(o.With, names, "批次", v.place("relief.batches")))
				continue
			}
			other := r.Batches[k]
			if measure(other.Measure) != measure(b.Measure) {
				v.errorf(op+".with", "本批次按“%s”计,“%s”按“%s”计:人、人次、户、户次各算各的,不能相互抵扣", measure(b.Measure), clip(o.With), measure(other.Measure))
			}
			v.notMore(op+".count", o.Count, path+".persons", b.Persons, "重复的人数")
			v.notMore(op+".count", o.Count, indexPath("relief.batches", k)+".persons", other.Persons, "重复的人数")
		}
	}
	h := r.Hardship
	v.flowNotMore("relief.hardship.new", h.New, "relief.hardship.households", h.Households, "新建档户数")
	v.asOf("relief.hardship.as_of", h.AsOf)
}

// activitiesMore checks the figures of activities: a person counted at
// least once (人次 not below 人), prizes not more than the people taking
// part, the measure words known.
func (v *validator) activitiesMore() {
	for i, a := range v.p.Activities {
		path := indexPath("activities", i)
		v.notMore(path+".participants", a.Participants, path+".person_times", a.PersonTimes, "参加人数")
		v.sumEquals(path+".participants", a.Participants, path+".breakdown", a.Breakdown)
		if a.Edition != nil && *a.Edition < 1 {
			v.errorf(path+".edition", "届次应从 1 开始")
		}
		v.measureWord(path+".entries_measure", a.EntriesMeasure, []string{"件", "篇", "幅", "项", "首", "部", "个", "份"})
		v.measureWord(path+".sessions_measure", a.SessionsMeasure, []string{"次", "场", "期", "讲", "轮", "届", "天", "批"})
		var persons []struct {
			path string
			n    *int64
		}
		for j, pz := range a.Prizes {
			pp := fmt.Sprintf("%s.prizes[%d]", path, j)
			v.measureWord(pp+".measure", pz.Measure, []string{"名", "人", "项", "个", "件", "幅", "篇", "支", "队"})
			if pz.Measure == "" || pz.Measure == "名" || pz.Measure == "人" {
				persons = append(persons, part(pp+".count", pz.Count))
			}
		}
		v.sumNotMore(path+".participants", a.Participants, "参加人数", persons...)
		if len(persons) == 1 {
			v.notMore(persons[0].path, persons[0].n, path+".participants", a.Participants, "获奖人数")
		}
		if a.Role == "参加" && a.Organiser == "" && (a.Level == "本单位" || a.Level == "本系统") {
			v.errorf(path+".role", "本单位(本系统)的活动写成了“参加”;本会举办的请写“主办”,别人举办的请填写主办单位 organiser")
		}
	}
}

// measureWord checks a measure word against the accepted ones.
func (v *validator) measureWord(path, w string, list []string) { v.choice(path, "量词", w, list) }

// honoursMore checks the honours received and given: a title is written
// without the words 荣誉称号 (the report adds them as the type needs), a
// medal is not a title, a person is counted in 名 and a collective in 个.
func (v *validator) honoursMore() {
	year := int64(0)
	if v.p.When.Year != nil {
		year = *v.p.When.Year
	}
	for i, h := range v.p.Honours {
		path := indexPath("honours", i)
		v.honourTitle(path+".title", h.Title, h.Type)
		v.honourMeasure(path+".measure", h.Measure, h.Recipient)
		if h.Year != nil && h.YearTo != nil && *h.YearTo < *h.Year {
			v.errorf(path+".year_to", "截止年度 %d 早于起始年度 %d", *h.YearTo, *h.Year)
			continue
		}
		for _, y := range []struct {
			key string
			n   *int64
		}{{"year", h.Year}, {"year_to", h.YearTo}} {
			switch {
			case y.n == nil || year == 0:
			case *y.n > year:
				v.errorf(path+"."+y.key, "荣誉年度 %d 晚于报告年度 %d;请检查", *y.n, year)
			case *y.n < year-10:
				v.errorf(path+"."+y.key, "荣誉年度 %d 比报告年度 %d 早十年以上;请检查", *y.n, year)
			}
		}
	}
	for i, c := range v.p.Commendations {
		path := indexPath("commendations", i)
		v.honourTitle(path+".title", c.Title, "")
		v.honourMeasure(path+".measure", c.Measure, c.Recipient)
		v.inPeriod(path+".date", c.Date)
		if c.Count != nil && *c.Count < 1 {
			v.errorf(path+".count", "受表彰的个数至少为 1")
		}
	}
}

func (v *validator) honourTitle(path, title, typ string) {
	switch {
	case strings.HasSuffix(title, "荣誉称号") || (strings.HasSuffix(title, "称号") && !strings.HasSuffix(title, "“称号")):
		v.errorf(path, "名称请不要带“称号”二字(“%s”),报告会按类型写成“荣获…称号”", clip(title))
	case strings.Contains(title, "奖章") && typ != "" && typ != "奖章":
		v.errorf(path, "“%s”是奖章,类型请写“奖章”(奖章是“获得…奖章”,不是称号)", clip(title))
	}
}

func (v *validator) honourMeasure(path, m, recipient string) {
	switch {
	case m == "":
	case recipient == "个人" && m != "名" && m != "人":
		v.errorf(path, "个人的量词是“名”,不是“%s”", m)
	case recipient == "集体" && (m == "名" || m == "人"):
		v.errorf(path, "集体的量词是“个”“家”“所”“支”等,不是“%s”", m)
	}
}

func (v *validator) democracyMore() {
	d := v.p.Democracy
	v.notMore("democracy.completed", d.Completed, "democracy.accepted", d.Accepted, "办结提案数")
	v.notMore("democracy.excellent", d.Excellent, "democracy.proposals", d.Proposals, "优秀提案数")
	v.notMore("democracy.suggestions_implemented", d.SuggestionsImplemented, "democracy.adopted", d.Adopted, "实施的合理化建议数")
	v.notMore("democracy.feedback_adopted", d.FeedbackAdopted, "democracy.feedback", d.Feedback, "采纳的意见数")
	if d.Meeting != nil && d.Term == nil {
		v.errorf("democracy.meeting", "写了第几次会议,请同时写第几届 term(如 一届十二次:term 1、meeting 12)")
	}
	for _, x := range []struct {
		key string
		n   *int64
	}{{"term", d.Term}, {"meeting", d.Meeting}, {"report_term", d.ReportTerm}, {"report_meeting", d.ReportMeeting}} {
		if x.n != nil && *x.n < 1 {
			v.errorf("democracy."+x.key, "应从 1 开始")
		}
	}
	switch term, _, _ := d.ReportedAt(); {
	case d.ReportMeeting == nil && d.ReportTerm != nil:
		v.errorf("democracy.report_term", "写了工作报告提交的大会是第几届,请同时写第几次会议 report_meeting")
	case d.ReportMeeting != nil && term == nil:
		v.errorf("democracy.report_meeting", "写了工作报告提交的是第几次会议,请同时写第几届 report_term(或本期召开的 term)")
	case d.ReportMeeting != nil && d.Term != nil && (*term < *d.Term || *term == *d.Term && d.Meeting != nil && *d.ReportMeeting < *d.Meeting):
		v.errorf("democracy.report_meeting", "工作报告提交的大会(%s届%s次)早于本期召开的大会;请核对 report_term、report_meeting", cnfmt.Hanzi(int(*term)), cnfmt.Hanzi(int(*d.ReportMeeting)))
	}
}

// labourWomen checks the hazards fixed against those found, and the women's
// checkups and insurance against the 女职工 there are.
func (v *validator) labourWomen() {
	l, w, m := v.p.Labour, v.p.Women, v.p.Membership
	v.sumNotMore("labour.hazards_found", l.HazardsFound, "查出的隐患数",
		part("labour.hazards_fixed", l.HazardsFixed), part("labour.hazards_scheduled", l.HazardsScheduled))
	v.notMore("labour.hazards_scheduled", l.HazardsScheduled, "labour.hazards_found", l.HazardsFound, "限期整改隐患数")
	v.flowNotMore("women.checkups", w.Checkups, "membership.women_staff", m.WomenStaff, "参加体检的女职工人数")
	v.flowNotMore("women.insured", w.Insured, "membership.women_staff", m.WomenStaff, "参加安康保险的女职工人数")
}

func (v *validator) contracts() {
	for i, c := range v.p.Contracts {
		path := indexPath("contracts", i)
		v.inPeriod(path+".date", c.Date)
		if c.Count != nil && *c.Count < 1 {
			v.errorf(path+".count", "份数至少为 1")
		}
		if c.Scope == "单独" && c.Enterprises != nil && c.Count != nil && *c.Enterprises > *c.Count {
			v.errorf(path+".enterprises", "单独签订的合同一份只覆盖一家企业:%d 份合同覆盖不了 %d 家", *c.Count, *c.Enterprises)
		}
	}
}

func (v *validator) facilities() {
	for i, f := range v.p.Facilities {
		path := indexPath("facilities", i)
		if v.p.When.Years() <= 1 { // built and upgraded add up over several years (see flowNotMore)
			v.sumNotMore(path+".total", f.Total, "期末总数", part(path+".built", f.Built), part(path+".upgraded", f.Upgraded))
		}
		v.flowNotMore(path+".built", f.Built, path+".total", f.Total, "新建数")
		v.flowNotMore(path+".upgraded", f.Upgraded, path+".total", f.Total, "改建数")
		v.notMore(path+".level_count", f.LevelCount, path+".total", f.Total, "获评数")
		v.flowNotMore(path+".books_added", f.BooksAdded, path+".books", f.Books, "新增图书")
		if f.LevelCount != nil && f.Level == "" {
			v.errorf(path+".level", "写了获评个数,请写获评的等级 level(如 市级、示范点)")
		}
		v.asOf(path+".as_of", f.AsOf)
	}
}

// hostAndFigures checks that each host indicator and other figure holds
// one figure.
func (v *validator) hostAndFigures() {
	for i, x := range v.p.Host.Indicators {
		path := indexPath("host.indicators", i)
		n := 0
		for _, k := range []string{"amount", "count", "value", "rate"} {
			if v.stated(path + "." + k) {
				n++
			}
		}
		if n != 1 {
			v.errorf(path, "指标“%s”应当在 amount、count、value、rate 中恰好填一项,这里填了 %d 项", clip(x.Label), n)
		}
	}
	for i, f := range v.p.Figures {
		path := indexPath("figures", i)
		n := 0
		for _, k := range []string{"count", "amount"} {
			if v.stated(path + "." + k) {
				n++
			}
		}
		if n != 1 {
			v.errorf(path, "“%s”应当在 count、amount 中恰好填一项,这里填了 %d 项", clip(f.Label), n)
		}
	}
}

// rates checks the stated rates: a share within 0–100% (a completion rate
// may pass 100%), a part not more than its whole.
func (v *validator) rates() {
	for i, r := range v.p.Rates {
		path := indexPath("rates", i)
		v.notMore(path+".part", r.Part, path+".whole", r.Whole, "分子")
		if (r.Part != nil || r.Whole != nil) && (r.PartAmount != nil || r.WholeAmount != nil) {
			v.errorf(path, "分子分母要么都是数量(part、whole),要么都是金额(part_amount、whole_amount)")
		}
		if r.WholeAmount != nil && *r.WholeAmount == 0 {
			v.errorf(path+".whole_amount", "分母为 0,比率无法计算")
		}
		if r.Whole != nil && *r.Whole == 0 {
			v.errorf(path+".whole", "分母为 0,比率无法计算")
		}
		if r.Rate != nil && r.Rate.Unscaled > 0 && r.Rate.Rat().Cmp(ratHundred) > 0 && !strings.Contains(r.Label, "完成") && !strings.Contains(r.Label, "增长") {
			v.errorf(path+".rate", "比率 %s%% 超过了 100%%;只有完成率、增长率等可以超过 100%%", r.Rate)
		}
	}
}

// settings checks that every threshold in percent is within 0–100%.
func (v *validator) settings() {
	rv := reflect.ValueOf(v.p.Settings)
	for _, f := range fieldsOf(typeSettings) {
		if !f.rate {
			continue
		}
		if d, ok := rv.Field(f.index).Interface().(*num.Decimal); ok && d != nil {
			if d.Unscaled < 0 || d.Rat().Cmp(ratHundred) > 0 {
				v.errorf("settings."+f.key, "标准线 %s%% 应在 0 到 100%% 之间", d)
			}
		}
	}
	if n := v.p.Settings.MaxNamed; n != nil && *n < 1 {
		v.errorf("settings.max_named", "至少列出 1 个")
	}
	if v.p.Settings.BandThreshold != nil && v.p.Finance.BandThreshold != nil {
		v.errorf("settings.band_threshold", "分档线在 finance.band_threshold 和 settings.band_threshold 各写了一次;请只写一处")
	}
}

// spans checks every statistics span against the report period: it must
// not lie wholly after the period's end.
func (v *validator) spans(rv reflect.Value, path []byte) {
	if v.p.When.Year == nil {
		return
	}
	switch rv.Kind() {
	case reflect.Pointer:
		if !rv.IsNil() {
			v.spans(rv.Elem(), path)
		}
	case reflect.Slice:
		if !holdsSpan(rv.Type().Elem()) {
			return
		}
		for i := 0; i < rv.Len(); i++ {
			v.spans(rv.Index(i), appendIndex(path, i))
		}
	case reflect.Struct:
		if rv.Type() == typeSpan {
			sp := rv.Interface().(Span)
			from, _, ok := sp.Range(int(*v.p.When.Year))
			_, end := v.p.When.Range()
			if ok && !from.IsZero() && end.Before(from) {
				v.errorf(string(path), "统计时段“%s”在报告期结束(%s)之后;请检查年份", clip(sp.Text()), end)
			}
			return
		}
		if !isRecord(rv.Type()) {
			return
		}
		ti := infoOf(rv.Type())
		for _, i := range ti.spans {
			f := ti.fields[i]
			v.spans(rv.Field(f.index), appendKey(path, f.key))
		}
	}
}
