package report

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"zongjie/internal/cnfmt"
	"zongjie/internal/prose"
	"zongjie/internal/record"
)

// words are the words a report's wording depends on, worked out from the
// records so templates need not repeat the logic: the sector's words (what
// the staff are called, the units' measure word, the congress, the
// openness of affairs; see record.Words), the name of the whole (全县,
// 全院), who supported the work, the period's wording. Templates read them
// as .W.Name.
func words(p *record.Period, periods []*record.Period, pw *prose.Writer, kind Kind) view {
	org := p.Org
	voc := pw.Words()
	w := view{}
	short := org.ShortName
	if short == "" {
		short = org.Name
	}
	w["Short"] = Text(short)
	w["Staff"] = plain(voc.Staff)
	w["Unit"] = plain(voc.UnitMeasure)
	w["UnitName"] = plain(voc.Unit)
	// Ranked names what the units table ranks: the clerk's word for its
	// units (工会小组, 车间), else 单位 (a county's table mixes schools and
	// 学区).
	ranked := org.Words.Unit
	if ranked == "" {
		ranked = "单位"
	}
	w["Ranked"] = plain(ranked)
	w["Host"] = plain(voc.Host)
	// Sector and Regional let a template word a heading for the union's
	// shape: a school's labour work is its teachers' growth, and a union
	// of one organisation has no coverage to extend
	w["Sector"] = plain(record.SectorOf(org))
	w["Regional"] = prose.Regional(org)
	w["Whole"] = plain(pw.Whole())
	w["Groups"] = plain(groupsWord(p.Groups, prose.Regional(org)))
	// Grassroots: the organisation has unions under it (基层工会) to thank;
	// the union of one organisation is supported by its administration.
	grassroots := prose.Regional(org) || len(p.Units) > 1 || len(p.Groups) > 0
	w["Grassroots"] = grassroots
	// Branches names them: the unions of the employers under a federation
	// (各基层工会), the 分工会 of one organisation's departments.
	branches := "各基层工会"
	if !prose.Regional(org) {
		branches = "各分工会"
		if u := pw.UnitUnions(); u != "" {
			branches = u // a group's companies' unions: 各所属单位工会
		}
	}
	w["Branches"] = plain(branches)
	switch {
	case len(org.Support) > 0:
		w["Support"] = Text(cnfmt.Join(org.Support))
	case record.SectorOf(org) == record.SectorLocal && record.Place(org) != "":
		w["Support"] = plain(record.Place(org) + "政府") // 在县政府的大力支持下
	case prose.Regional(org):
		w["Support"] = plain("各基层工会")
	case len(p.Groups) > 0: // one organisation's departments in groups: its administration first
		// the groups' unions: 各分会 when the groups are 分会, else 各分工会
		// (a 片区 groups unions; it is none itself)
		unions := groupsWord(p.Groups, false)
		if !strings.HasSuffix(unions, "会") {
			unions = "各分工会"
		}
		w["Support"] = plain(adminOf(voc.Host, voc.Unit) + "和" + unions)
	default:
		w["Support"] = plain(adminOf(voc.Host, voc.Unit))
	}
	w["Guidance"] = Text(cnfmt.Join(org.Guidance))
	// Led names who the union works under: the records' leadership; a
	// 地方总工会's, when not written, its area's Party committee (县委)
	switch {
	case len(org.Leadership) > 0:
		w["Led"] = Text(cnfmt.Join(org.Leadership))
	case record.SectorOf(org) == record.SectorLocal && record.Place(org) != "":
		w["Led"] = plain(record.Place(org) + "委")
	default:
		w["Led"] = plain("")
	}
	// Cause is what the union's work serves, for "为……作出新的贡献": the
	// centre of work the records name, else the area's development or the
	// host's.
	switch {
	case org.Centre != "":
		// 紧紧围绕全县经济社会发展大局, but 为全县经济社会发展作出贡献:
		// one serves a development, one does not contribute to a 大局
		w["Cause"] = Text(orWord(strings.TrimSuffix(org.Centre, "大局"), org.Centre))
	case prose.Regional(org):
		// an area's development; an education or health system's is its
		// own line of work in its area (泰山区卫生系统工会: 全区卫生健康事业)
		whole := pw.Whole()
		area := whole
		for _, r := range org.Name {
			if strings.ContainsRune("县市区镇乡", r) {
				area = "全" + string(r)
				break
			}
		}
		switch {
		case record.SectorOf(org) == record.SectorSchool:
			w["Cause"] = plain(area + "教育事业发展")
		case record.SectorOf(org) == record.SectorHospital:
			w["Cause"] = plain(area + "卫生健康事业发展")
		case whole == "全社区":
			w["Cause"] = plain("和谐社区建设")
		case whole == "全系统":
			w["Cause"] = plain("全系统各项事业的发展")
		default:
			w["Cause"] = plain(whole + "经济社会发展")
		}
	case voc.Host == "单位":
		w["Cause"] = plain("本单位各项事业的发展")
	case utf8.RuneCountInString(voc.Host) == 1:
		// one character does not stand alone: 为全厂各项事业的发展, not 为厂…
		w["Cause"] = plain(pw.Whole() + "各项事业的发展")
	default:
		w["Cause"] = plain(voc.Host + "各项事业的发展")
	}
	w["Body"] = Text(voc.Congress)
	w["Open"] = plain(voc.Open)
	// Harmony is what the union's 维权 serves: harmonious labour relations
	// where there are employers and employees; a 机关's civil servants
	// have no 劳动关系.
	w["Harmony"] = plain("，构建和谐劳动关系")
	if record.SectorOf(org) == record.SectorGovernment {
		w["Harmony"] = plain("")
	}
	committee := "委员会"
	if n := org.Committee.Number; n != nil && *n > 0 {
		committee = cnfmt.Ordinal(int(*n)) + "届委员会"
	}
	w["Committee"] = plain(committee)
	// the union's name with its committee: a name that is its committee's
	// already (…工会委员会, 中国教育工会永嘉县委员会) is not followed by a
	// second 委员会
	w["NamedCommittee"] = plain(strings.TrimSuffix(org.Name, "委员会") + committee)
	// Addressed are the people a speech is made to, Assembly the meeting
	// it reports to and Mandator who charged the speaker with it: at a
	// congress 各位代表, 大会 and the committee; at a 全委会 (a 总工会's
	// committee in full session) 各位委员, 全会 and its standing committee.
	w["Addressed"], w["Assembly"], w["Mandator"] = plain("代表"), plain("大会"), w["NamedCommittee"]
	if record.Council(p.Democracy.Body) {
		w["Addressed"], w["Assembly"] = plain("委员"), plain("全会")
		w["Mandator"] = plain(strings.TrimSuffix(org.Name, "委员会") + strings.TrimSuffix(committee, "委员会") + "常务委员会")
	}

	part := p.When.Part
	year := 0
	if p.When.Year != nil {
		year = int(*p.When.Year)
	}
	switch part {
	case record.PartFirstHalf, record.PartSecondHalf:
		w["This"], w["All"], w["PartWork"] = plain(part), plain(part), plain(part)
		w["Lead"] = plain("现将" + part + "工会工作情况总结汇报如下：")
	case record.PartSpring, record.PartAutumn:
		w["This"], w["All"], w["PartWork"] = plain("本学期"), plain("本学期"), plain("本学期")
		w["Lead"] = plain("现将本学期工会工作总结如下：")
	default:
		if n := p.When.Years(); n > 1 { // one file for several years: a term's records
			years := cnfmt.Hanzi(n) + "年"
			w["This"], w["All"], w["PartWork"] = plain(years+"来"), plain(years), plain("")
			w["Lead"] = plain("现将" + years + "来的工作总结如下：")
			break
		}
		w["This"], w["All"], w["PartWork"] = plain("本年度"), plain("全年"), plain("全年")
		w["Lead"] = plain("现将今年工作总结如下：")
		if d := p.When.ReportDate; year > 0 && !d.IsZero() && d.Year != year {
			// written in the next year (a January summary): 今年 would be that year
			w["Lead"] = plain("现将" + strconv.Itoa(year) + "年工作总结如下：")
		}
	}
	w["TermDue"] = termDue(p, len(periods) > 1)
	next, nextPart := nextPeriod(p, kind == Plan && ownPlan(periods))
	w["NextLabel"] = plain(next)
	w["NextPart"] = plain(nextPart)
	w["Ahead"] = plain(ahead(part))

	first, last := periods[0], periods[len(periods)-1]
	w["FirstLabel"] = plain(first.When.Label())
	w["LastLabel"] = plain(last.When.Label())
	// the years of the term, a year without a file among them (its
	// figures 暂缺, as Missing says)
	missing := record.MissingYears(periods, false)
	w["Years"] = plain(cnfmt.Hanzi(record.YearsCovered(periods)+len(missing)) + "年")
	w["Missing"] = plain(cnfmt.Join(missing))
	w["TermSpan"] = plain(termSpan(first, last))
	return w
}

// termDue reports whether the committee's term runs out: in the year
// reported on or before it, by the day the report is dated, or, for a
// review of several years (review), with the last year reported on, the
// term's last (a committee elected in 2021 for five years serves 2021 to
// 2025, and its review, given in January 2026, calls for the election).
// A term review then calls for the election.
func termDue(p *record.Period, review bool) bool {
	c, year := p.Org.Committee, p.When.Year
	if c.Elected == nil || c.TermYears == nil || year == nil {
		return false
	}
	ends := *c.Elected + *c.TermYears
	d := p.When.ReportDate
	return ends <= *year || !d.IsZero() && ends <= int64(d.Year) || (review || p.When.Years() > 1) && ends-1 <= *year
}

// datedAsItEnds reports whether p is dated in the last three months of
// its period or after it.
func datedAsItEnds(p *record.Period) bool {
	d := p.When.ReportDate
	if d.IsZero() || p.When.Year == nil {
		return false
	}
	_, to := p.When.Range()
	return d.Year*12+d.Month >= to.Year*12+to.Month-2
}

// ownPeriod words p's own period as nextPeriod words the next: the whole
// label (2020年, 2013年秋季学期) and the part (上半年, 本学期).
func ownPeriod(p *record.Period) (label, short string) {
	label = p.When.Label()
	switch p.When.Part {
	case record.PartFirstHalf, record.PartSecondHalf:
		return label, p.When.Part
	case record.PartSpring, record.PartAutumn:
		return label, "本学期"
	}
	return label, label
}

// adminOf is who in the host supports its union: its 行政 (医院行政,
// 公司行政), a 机关's offices (by the union's word for them, unit: 各科室,
// 各处室), the leadership of a 单位 or of a host named by one character
// (总行, 行: 行领导班子, not 行行政; see prose.HostBase).
func adminOf(host, unit string) string {
	switch host {
	case "机关", "局机关":
		return host + "各" + orWord(unit, "处室")
	case "单位":
		return "单位领导班子"
	}
	if base := prose.HostBase(host); utf8.RuneCountInString(base) == 1 {
		return base + "领导班子"
	}
	return host + "行政"
}

// termSpan words the years a review covers as every span of the report:
// "2019—2023年" for whole years, "2021年上半年至2023年" otherwise.
func termSpan(first, last *record.Period) string {
	if first == last {
		return first.When.Label()
	}
	whole := func(s record.PeriodSpec) bool {
		return s.Year != nil && s.FromYear == nil && (s.Part == "" || s.Part == record.PartYear)
	}
	a, b := first.When, last.When
	if whole(a) && whole(b) {
		return strconv.FormatInt(*a.Year, 10) + "—" + b.Label()
	}
	return a.Label() + "至" + b.Label()
}

// ahead is how a report's closing looks forward to the period after the
// one reported on: "在新的一年里" after a year or its second half, "下半年"
// after the first half, "在新的学期里" after a semester.
func ahead(part string) string {
	switch part {
	case record.PartFirstHalf:
		return "下半年"
	case record.PartSpring, record.PartAutumn:
		return "在新的学期里"
	}
	return "在新的一年里"
}

// plain is template wording that the program chose (not record text): it
// prints as it is and is no data of its own.
type plain string

func pick(c bool, a, b string) string {
	if c {
		return a
	}
	return b
}

// groupsWord names the groups together: 各学区 when they are all 学区;
// else, for an area's federation, 各片区, and for one organisation, whose
// groups are its departments' unions (分公司, 机关), 各分工会.
func groupsWord(groups []record.Group, regional bool) string {
	kind := ""
	for _, g := range groups {
		if g.Kind == "" || (kind != "" && g.Kind != kind) {
			kind = ""
			break
		}
		kind = g.Kind
	}
	switch {
	case kind != "":
		return "各" + kind
	case regional:
		return "各片区"
	}
	return "各分工会"
}

// nextPeriod words the period after p's: the whole label ("2014年",
// "2014年下半年") and the part as a half-year report names it ("下半年").
// After a file for several years (a term's records) it is the next term:
// "今后五年", as long as the committee's term, or the file's span when the
// term is not recorded. Records of a year dated in its first half plan
// that year itself, and so do records that are a plan and nothing else
// (own, see ownPlan): their period is the one planned (ownPeriod), unless
// they are dated as it ends or after it (a plan for 2026 filled in as
// zongjie init --kind plan says, year 2025, dated 2025-12-26).
func nextPeriod(p *record.Period, own bool) (label, short string) {
	if own && !datedAsItEnds(p) {
		return ownPeriod(p)
	}
	if n := p.When.Years(); n > 1 {
		if t := p.Org.Committee.TermYears; t != nil && *t > 1 && *t <= 10 {
			n = int(*t)
		}
		next := "今后" + cnfmt.Hanzi(n) + "年"
		return next, next
	}
	year := 0
	if p.When.Year != nil {
		year = int(*p.When.Year)
	}
	y := strconv.Itoa(year)
	y1 := strconv.Itoa(year + 1)
	if d := p.When.ReportDate; !d.IsZero() && d.Year == year && d.Month >= 1 && d.Month <= 6 && (p.When.Part == "" || p.When.Part == record.PartYear) {
		// dated in the first half of the year the records are of: no one
		// plans the year after so early, so this is that year's own plan,
		// written as it begins (a 2026 工作要点 dated 2026-02-10)
		return y + "年", y + "年"
	}
	switch p.When.Part {
	case record.PartFirstHalf:
		return y + "年下半年", "下半年"
	case record.PartSecondHalf:
		return y1 + "年", y1 + "年"
	case record.PartSpring:
		return y + "年秋季学期", "下学期"
	case record.PartAutumn:
		return y1 + "年春季学期", "下学期"
	}
	return y1 + "年", y1 + "年"
}
