package prose

import (
	"regexp"
	"strconv"
	"strings"

	"zongjie/internal/record"
	"zongjie/internal/rules"
)

// charity plans each charity drive: when, who took part, what it raised
// (with its 同比 when there is one drive), where the money went, how the
// categories of units took part, the large gifts and the units
// commended. The per-head rankings stay with the template: they name
// units.
func (w *Writer) charity() []Para {
	if w.multi {
		return w.charityTerm()
	}
	if s := w.yearlyDrives(); s != "" {
		return []Para{{s}}
	}
	var out []Para
	p := w.p
	for i, d := range p.Charity {
		path := "charity[" + strconv.Itoa(i) + "]."
		var para Para
		s := joinClauses(w.when(d.Start, d.End), w.Whole()+w.Staff()+"积极参加"+driveName(d.Name))
		if d.Donors != nil && *d.Donors > 0 {
			s = joinClauses(w.when(d.Start, d.End), countText(*d.Donors, "名")+w.Staff()+"参加"+driveName(d.Name))
		}
		if t, ok := money(p, path+"total", d.Total); ok && positiveMoney(p, path+"total", d.Total) {
			s += "，共募集善款" + t
			if len(p.Charity) == 1 {
				s += w.versus(rules.IDCharityTotal)
			}
		}
		if d.Beneficiary != "" {
			s += "，" + toBeneficiary(clause(d.Beneficiary))
		}
		para = append(para, sentence(s))
		if pt := w.participation(d); pt != "" {
			para = append(para, pt)
		}
		var gifts []string
		if n, ok := fig(p, path+"donors_at_least", d.DonorsAtLeast, "人"); ok && d.Threshold != nil {
			g := "个人捐款" + moneyShort(*d.Threshold) + "及以上的有" + n
			if d.DonorsNote != "" {
				g = joinClauses(g, d.DonorsNote)
			}
			gifts = append(gifts, sentence(g))
		}
		if t := d.TopIndividual; t != nil && t.Amount != nil && len(t.Names) > 0 {
			gifts = append(gifts, sentence(list(t.Names)+t.Title+"以捐款"+moneyShort(*t.Amount)+topWord(len(t.Names))+"个人捐款榜首"))
		}
		if t := d.TopCollective; t != nil && t.Amount != nil && len(t.Names) > 0 {
			gifts = append(gifts, sentence("在集体捐款中，"+list(t.Names)+"以"+moneyShort(*t.Amount)+topWord(len(t.Names))+"单位集体捐款榜首"))
		}
		if n, ok := fig(p, path+"commended", d.Commended, "个"); ok && positive(p, path+"commended", d.Commended) {
			gifts = append(gifts, sentence("活动结束后，对"+n+"先进单位进行了表彰"))
		}
		para = withNotePara(para, d.Note)
		out = append(out, para)
		if len(gifts) > 0 {
			out = append(out, gifts)
		}
	}
	return out
}

// driveName names a drive as an activity: 慈善一日捐活动.
func driveName(name string) string {
	if strings.HasSuffix(name, "活动") {
		return name
	}
	return name + "活动"
}

// yearPrefix matches the year a drive's name opens with (2021年慈善一日捐).
var yearPrefix = regexp.MustCompile(`^(19|20)[0-9]{2}年度?`)

// yearlyDrives words the drives of a file for several years that are one
// drive held every year (慈善一日捐 in each year of a term): one sentence
// with the term's total and each year's, not a paragraph a year. "" when
// the drives are not that: fewer than three, of different names, or one
// without a year or a total.
func (w *Writer) yearlyDrives() string {
	p := w.p
	if p.When.Years() < 2 || len(p.Charity) < 3 {
		return ""
	}
	base := ""
	var years []string
	for i, d := range p.Charity {
		b := yearPrefix.ReplaceAllString(d.Name, "")
		if i > 0 && b != base || d.Start.IsZero() || d.Total == nil {
			return ""
		}
		base = b
		t, _ := money(p, "charity["+strconv.Itoa(i)+"].total", d.Total)
		years = append(years, strconv.Itoa(d.Start.Year)+"年"+t)
	}
	total := w.valueText(rules.IDCharityTotal, "")
	if total == "" {
		return ""
	}
	return sentence(w.termSince() + "，" + w.Whole() + w.Staff() + "每年积极参加" + driveName(base) + "，累计募集善款" + total + "，其中" + list(years))
}

// listedDrive names a drive inside a list of drives: "“城乡共建、警民共建
// 捐资”活动", a name holding 、 quoted (listName) before its 活动.
func listedDrive(name string) string {
	base := strings.TrimSuffix(name, "活动")
	if base == "" {
		return name
	}
	return listName(base) + "活动"
}

// topWord is 位居 for one top giver, 并列 for several.
func topWord(n int) string {
	if n > 1 {
		return "并列"
	}
	return "位居"
}

// participation words how each category of units took part in a drive:
// "122所公办中小学中有121所参加，13所公办幼儿园全部参加".
func (w *Writer) participation(d record.Drive) string {
	var segs []string
	for _, pt := range d.Participation {
		if pt.Eligible == nil || pt.Participated == nil || *pt.Eligible <= 0 {
			continue
		}
		m := measureFor(pt.Category, w.words.UnitMeasure)
		e, k := *pt.Eligible, *pt.Participated
		seg := countText(e, m) + pt.Category
		switch {
		case k == e:
			seg += "全部参加"
		case k == 0:
			seg += "均未参加"
		default:
			seg += "中有" + countText(k, m) + "参加"
		}
		segs = append(segs, seg)
	}
	if len(segs) == 0 {
		return ""
	}
	s := "从参与情况看，" + strings.Join(segs, "，")
	if len(segs) > 1 {
		if v, ok := w.value(rules.IDParticipationRate, ""); ok {
			s += "，参加捐款的单位占应参加单位的" + w.Value(v)
		}
	}
	return sentence(s)
}

// withNotePara adds a clerk's note to a paragraph as a sentence of its own.
func withNotePara(p Para, note string) Para {
	if note == "" {
		return p
	}
	return append(p, sentence(note))
}

// charityTerm words the drives over a review of several years.
func (w *Writer) charityTerm() []Para {
	v := w.res.Cumulative(rules.IDCharityTotal)
	if !v.OK() || v.Num.Sign() <= 0 {
		return nil
	}
	return []Para{{sentence(w.termSince() + "，广大" + w.Staff() + "踊跃参加慈善捐款，累计募集善款" + w.Value(v))}}
}

// toBeneficiary words where a drive's money went: 捐交 a body that takes it
// (市红十字会, 慈善总会), 用于帮助 people (四川灾区人民, 患病职工的家属), and
// 用于 a purpose (德红村修路).
func toBeneficiary(b string) string {
	for _, end := range []string{"红十字会", "慈善总会", "慈善会", "基金会", "总工会", "协会", "中心", "委员会", "办公室"} {
		if strings.HasSuffix(b, end) {
			return "捐交" + b
		}
	}
	for _, end := range []string{"人民", "群众", "家属", "家人", "职工", "教职工", "学生", "儿童", "患者", "家庭", "老人", "同志", "教师", "村民", "居民", "灾民", "困难户"} {
		if strings.HasSuffix(b, end) {
			return "用于帮助" + b
		}
	}
	return "用于" + b
}
