package report

import (
	"strconv"
	"strings"

	"zongjie/internal/cnfmt"
	"zongjie/internal/record"
)

// words are the words a report's wording depends on, worked out from the
// records so templates need not repeat the logic: what the staff are called
// (教职工 or 职工), the measure word of units, the name of the whole (全县),
// the period's wording. Templates read them as .W.Name.
func words(p *record.Period, periods []*record.Period) view {
	org := p.Org
	// A unit's report (zongjie batch --split) has its county union as parent.
	edu := org.Kind == "教育系统" || org.Kind == "学校" || strings.Contains(org.Name, "教育") ||
		strings.Contains(org.Parent, "教育")
	w := view{}
	short := org.ShortName
	if short == "" {
		short = org.Name
	}
	w["Short"] = Text(short)
	w["Staff"] = plain(pick(edu, "教职工", "职工"))
	w["Unit"] = plain(unitWord(org.Kind, edu))
	w["Whole"] = plain(wholeWord(org, edu))
	w["Groups"] = plain(groupsWord(p.Groups))
	// Grassroots: the organisation has unions under it (基层工会) to thank;
	// a single school's or unit's union has none, and is supported by its
	// school's or unit's administration instead.
	grassroots := len(p.Units) > 1 || len(p.Groups) > 0 ||
		p.Membership.Units != nil && *p.Membership.Units > 1
	w["Grassroots"] = grassroots
	switch {
	case grassroots:
		w["Support"] = plain("各基层工会")
	case org.Kind == "学校":
		w["Support"] = plain("学校行政")
	default:
		w["Support"] = plain("单位领导班子")
	}
	body := p.Democracy.Body
	if body == "" {
		body = pick(edu, "教代会", "职代会")
	}
	w["Body"] = Text(body)
	w["Open"] = plain(openWord(org.Kind, edu))
	committee := "委员会"
	if n := org.Committee.Number; n != nil && *n > 0 {
		committee = cnfmt.Ordinal(int(*n)) + "届委员会"
	}
	w["Committee"] = plain(committee)

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
		w["This"], w["All"], w["PartWork"] = plain("本年度"), plain("全年"), plain("全年")
		w["Lead"] = plain("现将今年工作总结如下：")
	}
	next, nextPart := nextPeriod(year, part)
	w["NextLabel"] = plain(next)
	w["NextPart"] = plain(nextPart)

	first, last := periods[0], periods[len(periods)-1]
	w["FirstLabel"] = plain(first.When.Label())
	w["LastLabel"] = plain(last.When.Label())
	years := map[int64]bool{}
	for _, q := range periods {
		if q.When.Year != nil {
			years[*q.When.Year] = true
		}
	}
	w["Years"] = plain(cnfmt.Hanzi(len(years)) + "年")
	span := first.When.Label()
	if len(periods) > 1 {
		span += "至" + last.When.Label()
	}
	w["TermSpan"] = plain(span)
	return w
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

func unitWord(kind string, edu bool) string {
	switch {
	case edu:
		return "所"
	case kind == "企业" || kind == "乡镇工会联合会" || kind == "行业工会":
		return "家"
	}
	return "个"
}

// wholeWord names the whole the report speaks for: the county of a county
// union (全县), or the organisation (全系统, 全公司, 全校).
func wholeWord(org record.Organisation, edu bool) string {
	switch org.Kind {
	case "企业":
		return "全公司"
	case "学校":
		return "全校"
	case "机关", "事业单位":
		return "全单位"
	}
	name := []rune(org.Name)
	for i, r := range name {
		if i > 0 && i < 6 && strings.ContainsRune("县市区镇乡", r) {
			return "全" + string(r)
		}
	}
	if edu {
		return "全系统"
	}
	return "全系统"
}

// groupsWord names the groups together: 各学区 when they are all 学区,
// else 各片区.
func groupsWord(groups []record.Group) string {
	kind := ""
	for _, g := range groups {
		if g.Kind == "" || (kind != "" && g.Kind != kind) {
			return "各片区"
		}
		kind = g.Kind
	}
	if kind == "" {
		return "各片区"
	}
	return "各" + kind
}

func openWord(kind string, edu bool) string {
	switch {
	case edu:
		return "校务公开"
	case kind == "企业":
		return "厂务公开"
	case kind == "机关":
		return "政务公开"
	}
	return "事务公开"
}

// nextPeriod words the period after year/part: the whole label ("2014年",
// "2014年下半年") and the part as a half-year report names it ("下半年").
func nextPeriod(year int, part string) (label, short string) {
	y := strconv.Itoa(year)
	y1 := strconv.Itoa(year + 1)
	switch part {
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
