package prose

import (
	"math/big"
	"strconv"
	"strings"

	"zongjie/internal/cnfmt"
	"zongjie/internal/record"
	"zongjie/internal/rules"
)

// congressNames are the full names of the bodies of democratic
// management, by the short names records use.
var congressNames = map[string]string{
	"职代会": "职工代表大会", "教代会": "教职工代表大会", "会代会": "会员代表大会",
}

// Meeting names the congress held in the period, as a title names it:
// "平阳县人民医院第四届第三次职工代表大会", "青园街道总工会第三届第四次会员
// 代表大会"; "" when the records do not say which term and meeting it was.
func (w *Writer) Meeting() string {
	d := w.p.Democracy
	term, meeting, _ := d.ReportedAt()
	if term == nil || meeting == nil || *term <= 0 || *meeting <= 0 {
		return ""
	}
	body := orDefault(d.Body, w.words.Congress)
	if record.Council(body) {
		// the union's own committee in full session: 云溪县总工会第十六届
		// 委员会第三次全体（扩大）会议
		session := "全体会议"
		if strings.Contains(body, "扩大") {
			session = "全体（扩大）会议"
		}
		return strings.TrimSuffix(w.p.Org.Name, "委员会") + cnfmt.Ordinal(int(*term)) + "届委员会第" + cnfmt.Hanzi(int(*meeting)) + "次" + session
	}
	if full, ok := congressNames[body]; ok {
		body = full
	}
	host := w.p.Host.Name
	switch {
	case body == "会员代表大会":
		host = w.p.Org.Name // the union's own congress: 青园街道总工会第三届第四次会员代表大会
	case host != "":
	case Regional(w.p.Org):
		// an area's 职代会 is named by the area (青园街道…职工代表大会); a
		// system's or a federation's has no one host to name
		if area := strings.TrimSuffix(w.p.Org.Name, "总工会"); area != w.p.Org.Name && (strings.HasSuffix(area, "街道") || strings.HasSuffix(area, "镇") || strings.HasSuffix(area, "乡")) {
			host = area
		}
	default:
		host = strings.TrimSuffix(w.p.Org.Name, "工会")
	}
	return host + cnfmt.Ordinal(int(*term)) + "届第" + cnfmt.Hanzi(int(*meeting)) + "次" + body
}

// Delegates is what the congress's representatives are called: 委员 at a
// 全委会; 会员代表 at a 会员代表大会, whose delegates members elect; 教职工代表 at a 教代会;
// the members or the staff themselves at a 会员大会 or 职工大会, which all
// attend;
// 职工代表 at a 职代会, whatever the staff are called elsewhere (a
// hospital's are 职工代表, not 医务人员代表).
func (w *Writer) Delegates() string {
	body := orDefault(w.p.Democracy.Body, w.words.Congress)
	switch {
	case record.Council(body):
		return "委员" // the committee's members hear the report
	case body == "会员大会":
		return "会员" // every member attends: there are no delegates
	case strings.HasSuffix(body, "职工大会"):
		return w.Staff() // 职工大会, 教职工大会: every member of staff attends
	case body == "会员代表大会" || body == "会代会":
		return "会员代表"
	case strings.Contains(body, "教代会") || strings.Contains(body, "教职工代表"):
		return "教职工代表"
	}
	return "职工代表"
}

// Highlights words the period's headline figures in one sentence for the
// opening of a speech: members, relief, charity, proposals, activities
// and honours, those the records give; for a union over others, the
// members and unions it gained in place of the activities it held, when
// both are told (new members all of its members are the members it
// counted, not a gain). A figure the records count over a span of its own
// (1—11月, 截至5月底) is a clause of its own after the period's, so that
// 全年 is not claimed for it.
func (w *Writer) Highlights() string {
	var cs []string
	var own []string // figures of a span of their own, each a clause
	spanned := func(s record.Span, figure string) {
		if s.IsZero() || s.Term() {
			cs = append(cs, figure)
		} else {
			own = append(own, spanWords(s)+"，"+figure)
		}
	}
	if v, ok := w.value(rules.IDMembers, ""); ok && v.Num.Sign() > 0 {
		cs = append(cs, "会员人数达到"+w.Value(v))
	}
	gained := 0 // a union over others counts the members and unions it gained
	if Regional(w.p.Org) {
		members, _ := w.value(rules.IDMembers, "")
		if v, ok := w.value(rules.IDNewMembers, ""); ok && v.Num.Sign() > 0 && (members.Num == nil || v.Num.Cmp(members.Num) != 0) {
			spanned(w.p.Membership.Span, "新发展会员"+w.Value(v))
			gained++
		}
		if v, ok := w.value(rules.IDUnionsBuilt, ""); ok && v.Num.Sign() > 0 {
			spanned(w.p.Building.Span, "新建工会"+w.Value(v))
			gained++
		}
	}
	if v, ok := w.value(rules.IDReliefAmount, ""); ok && v.Num.Sign() > 0 {
		spanned(w.p.Relief.Span, "发放"+w.moneyWord()+w.Value(v))
	}
	if v, ok := w.value(rules.IDCharityTotal, ""); ok && v.Num.Sign() > 0 {
		cs = append(cs, "募集慈善捐款"+w.Value(v))
	}
	if v, ok := w.value(rules.IDProposals, ""); ok && v.Num.Sign() > 0 {
		cs = append(cs, "收到"+w.Delegates()+"提案"+w.Value(v))
	}
	// "各类" and "各级" need several: one activity or one honour is told
	// in its own section, not counted here.
	// the congress the speech is delivered at is its occasion, not one of
	// the activities it reports (isOccasion): it is not counted either
	if v, ok := w.value(rules.IDActivities, ""); ok && v.Num.IsInt() && gained < 2 && !w.moreHeld(v.Num.Num().Int64()) {
		if n := v.Num.Num().Int64() - int64(w.occasions()); n > 1 {
			cs = append(cs, "组织和参加各类活动"+countText(n, v.Unit))
		}
	}
	if v, ok := w.value(rules.IDHonours, ""); ok && v.Num.Cmp(big.NewRat(1, 1)) > 0 && !w.honoursOfSeveral() {
		cs = append(cs, "获得各级荣誉"+w.Value(v))
	}
	if len(cs)+len(own) < 2 {
		return ""
	}
	if len(cs) > 0 {
		own = append([]string{w.whole() + "，" + strings.Join(cs, "，")}, own...)
	}
	return sentence(strings.Join(own, "；"))
}

// moreHeld reports whether the records count more activities of a kind
// than the n listed (开展劳动竞赛28项, 开展女职工活动85次): the list is a
// sample, and "组织和参加各类活动n项" would sell the year short.
func (w *Writer) moreHeld(n int64) bool {
	for _, c := range []*int64{w.p.Labour.Competitions, w.p.Women.Activities} {
		if c != nil && *c > n {
			return true
		}
	}
	return false
}

// honoursOfSeveral reports whether an honour line stands for several
// people or collectives (4名职工获得五一劳动奖章): the lines are then not
// the honours, and "获得各级荣誉n项" would miscount them.
func (w *Writer) honoursOfSeveral() bool {
	for _, h := range w.p.Honours {
		if h.Count != nil && *h.Count > 1 {
			return true
		}
	}
	return false
}

// Brief plans the shorter review a speech gives of section id: the first
// paragraph of what the section's own records say, then every activity of
// the section (activitiesBrief: one or two in one paragraph, more as
// Narrate tells them),
// so that no work the speech's opening counts among 各类活动 goes untold.
// The rates and other figures a section states are left to the annual
// summary unless they are all the section has. Where the first paragraph
// would tell part of a figure the opening gives whole, the brief gives the
// whole: charity raised in several drives is one paragraph with the
// period's total and each drive's share, never the first drive alone
// ("共募集善款5万元" after an opening of "募集慈善捐款9.99万元"); relief
// handed out in several batches ends with the period's total of money (and
// of goods apart).
func (w *Writer) Brief(section string) []Para {
	var out []Para
	switch section {
	case "charity":
		if s := w.charityBrief(); s != "" {
			out = append(out, Para{s})
		}
	case "relief":
		if p := w.reliefBrief(); len(p) > 0 {
			out = append(out, oneDate(p))
		}
	}
	if len(out) == 0 {
		if fs := w.facts(section); len(fs) > 0 {
			out = append(out, fs[0])
		}
	}
	out = append(out, w.activitiesBrief(section)...)
	if len(out) == 0 {
		if os := dated(w.others(section, "")); len(os) > 0 {
			out = append(out, os[0])
		}
	}
	return out
}

// charityBrief words several drives of one period as one sentence:
// "上半年，全公司职工积极参加慈善捐款活动2次，共募集善款9.99万元，其中关爱社会、
// 人道万人捐活动5万元，向四川灾区人民捐赠爱心包裹活动4.99万元。" Without a
// total (a drive's figure is approximate) each drive's figure is told:
// "…活动3次，慈善一日捐活动募集12.5万元，送温暖活动募集近1万元。" "" for one
// drive or a review of several years.
func (w *Writer) charityBrief() string {
	p := w.p
	if w.multi || len(p.Charity) < 2 {
		return ""
	}
	var names, amounts []string
	for i, d := range p.Charity {
		path := "charity[" + strconv.Itoa(i) + "].total"
		if t, ok := money(p, path, d.Total); ok && positiveMoney(p, path, d.Total) {
			names, amounts = append(names, listedDrive(d.Name)), append(amounts, t)
		}
	}
	parts := func(verb string) string {
		out := make([]string, len(names))
		for i := range names {
			out[i] = names[i] + verb + amounts[i]
		}
		return strings.Join(out, "，")
	}
	s := w.whole() + "，" + w.Whole() + w.Staff() + "积极参加慈善捐款活动" + countText(int64(len(p.Charity)), "次")
	if v, ok := w.value(rules.IDCharityTotal, ""); ok && v.Num.Sign() > 0 {
		// the total the opening gives, with each drive's share when every
		// share is known
		s += "，共募集善款" + w.Value(v) + w.versus(rules.IDCharityTotal)
		if len(names) == len(p.Charity) {
			s += "，其中" + parts("")
		}
		return sentence(s)
	}
	if len(names) == 0 {
		return ""
	}
	return sentence(s + "，" + parts("募集"))
}

// occasions counts the activities of the period that are the congress the
// speech is delivered at (isOccasion): none outside a speech.
func (w *Writer) occasions() int {
	n := 0
	for _, a := range w.p.Activities {
		if w.isOccasion(a) {
			n++
		}
	}
	return n
}

// occasionOf reports whether the speech is delivered at a meeting of the
// congress body (职代会, 教代会, 会员代表大会) the activities record as held
// on the day of the report: a count of that body's sessions includes it.
func (w *Writer) occasionOf(body string) bool {
	names := []string{body}
	if full, ok := congressNames[body]; ok {
		names = append(names, full)
	}
	for _, a := range w.p.Activities {
		if !w.isOccasion(a) {
			continue
		}
		for _, n := range names {
			if strings.Contains(a.Name, n) {
				return true
			}
		}
	}
	return false
}

// Proposals plans the speech's part on the proposals of the last
// congress: how many were received, put on file, dealt with and carried
// out, with the examples the clerk gives. The democracy section narrated
// after it leaves the proposals out.
func (w *Writer) Proposals() []Para {
	w.proposalsApart = true
	p := w.p
	d := p.Democracy
	n, ok := fig(p, "democracy.proposals", d.Proposals, "件")
	if !ok || !positive(p, "democracy.proposals", d.Proposals) {
		return nil
	}
	s := "上次大会以来，共收到" + w.Delegates() + "提案" + n
	if a, ok := fig(p, "democracy.accepted", d.Accepted, "件"); ok {
		s += "，立案" + a
	}
	if done := w.proposalsDone(); done != "" {
		s += "。立案提案" + done
	}
	// the count, the clerk's examples and what is left to do are one
	// paragraph: the examples and the follow-up are a sentence each
	out := Para{sentence(s)}
	if xs := nonEmpty(d.ProposalExamples); len(xs) > 0 {
		out = append(out, sentence("如"+strings.Join(mapClause(xs), "；")))
	}
	if v, ok := w.value(rules.IDUnimplemented, ""); ok && v.Num.Sign() > 0 {
		out = append(out, sentence("对尚未落实的"+w.Value(v)+"提案，工会将继续跟踪督办"))
		w.pendingSaid = true
	}
	return []Para{out}
}

// mapClause drops the final stop of each text.
func mapClause(xs []string) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = clause(x)
	}
	return out
}
