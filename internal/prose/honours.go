package prose

import (
	"slices"
	"sort"
	"strconv"
	"strings"

	"zongjie/internal/cnfmt"
	"zongjie/internal/record"
	"zongjie/internal/rules"
)

// placedHonour is an honour with its period.
type placedHonour struct {
	p *record.Period
	h record.Honour
}

// honoursListed is how many honours of one period are named one by one: a
// report lists its honours in full unless they are very many.
const honoursListed = 10

// honours plans the honours received: up to four named one by one, each
// with the verb its type takes (荣获…称号, 获得…奖章, 被命名为…); more, or
// those of several years, summed up by level with the highest named.
func (w *Writer) honours() []Para {
	var hs []placedHonour
	for _, p := range w.periods {
		for _, h := range p.Honours {
			hs = append(hs, placedHonour{p, h})
		}
	}
	if len(hs) == 0 {
		return nil
	}
	if !w.multi && len(hs) <= honoursListed || w.multi && len(hs) <= termListAfter {
		return []Para{{sentence(strings.Join(w.honourList(hs), "；"))}}
	}
	// by level, highest first
	var levels []string
	for _, l := range rules.HonourLevels {
		if v, ok := w.honourCount(rules.IDHonoursAtLevel, l); ok {
			levels = append(levels, l+w.Value(v))
		}
	}
	period := w.whole()
	if w.multi {
		period = w.termSince()
	}
	total := strconv.Itoa(len(hs)) + "项"
	if v, ok := w.honourCount(rules.IDHonours, ""); ok {
		total = w.Value(v)
	}
	s := period + "，共获得各级荣誉" + total
	if len(levels) > 1 {
		s += "，其中" + list(levels)
	}
	sorted := append([]placedHonour(nil), hs...)
	sort.SliceStable(sorted, func(i, j int) bool {
		return rules.HonourLevel(sorted[i].h.Level) < rules.HonourLevel(sorted[j].h.Level)
	})
	// the three highest, those of one receiver in one clause
	named := w.honourList(sorted[:min(3, len(sorted))])
	return []Para{{sentence(s), sentence(strings.Join(named, "；"))}}
}

// honourCount is a count of honours as the rules give it: the period's,
// or over the term in a review of several years.
func (w *Writer) honourCount(id, subject string) (rules.Value, bool) {
	if w.multi {
		v, ok := w.res.TotalFor(id, subject)
		return v, ok && v.OK()
	}
	return w.value(id, subject)
}

// honourList words honours one clause each, but one clause for the
// honours that share a receiver, a kind, a giver and a year: "市自来水公司
// 荣获“湖北省消费者满意单位”“宜昌市卓越企业”称号", not the receiver twice
// (quoted items of a list take no 顿号 between them, GB/T 15834 §5.1.5).
func (w *Writer) honourList(hs []placedHonour) []string {
	var keys []string
	titles := map[string][]string{}
	first := map[string]placedHonour{}
	for _, ph := range hs {
		k := w.honourTitled(ph, "“\x00”")
		if _, ok := titles[k]; !ok {
			keys = append(keys, k)
			first[k] = ph
		}
		titles[k] = append(titles[k], strings.TrimSuffix(strings.TrimSuffix(quote(ph.h.Title), "称号”"), "”")+"”")
	}
	out := make([]string, 0, len(keys))
	for _, k := range keys {
		out = append(out, w.honourTitled(first[k], strings.Join(titles[k], "")))
	}
	return out
}

// honourTitled words one honour with title, the quoted title or titles
// to print: "急诊科被命名为“市级青年文明号”", "护理部主任获得“县五一劳动奖章”",
// "3名职工荣获“优秀工会积极分子”称号" (but "甲工会、乙工会被授予…", each
// named, without their count), with its year in a review of several years.
func (w *Writer) honourTitled(ph placedHonour, title string) string {
	h := ph.h
	who := h.Who
	if o := w.p.Org; o.ShortName != "" && (who == o.Name || who == "本会") {
		who = o.ShortName // the union itself, by the name the report calls it
	}
	named := int64(len(strings.Split(h.Who, "、"))) // the receivers the clerk named, if each is
	if h.Count != nil && *h.Count > 1 && named != *h.Count {
		m := h.Measure
		if m == "" {
			m = measureFor(h.Who, "")
			if m == "" {
				m = "名"
				if h.Recipient == "集体" {
					m = "个"
				}
			}
		}
		who = strconv.FormatInt(*h.Count, 10) + m + h.Who
	}
	var s string
	typ := h.Type
	if typ == "" {
		switch {
		case strings.HasSuffix(h.Title, "奖章"):
			typ = "奖章"
		case strings.HasSuffix(h.Title, "奖") || strings.Contains(h.Title, "等奖"):
			typ = "奖项"
		default:
			typ = "称号"
		}
	}
	title = strings.TrimSuffix(title, "称号”") // written with 称号
	if !strings.HasSuffix(title, "”") {
		title += "”"
	}
	switch typ {
	case "奖章", "奖项":
		if h.By != "" {
			s = who + "获得" + h.By + "颁发的" + title
		} else {
			s = who + "获得" + title
		}
	case "命名":
		if h.By != "" {
			s = who + "被" + h.By + "命名为" + title
		} else {
			s = who + "被命名为" + title
		}
	default:
		if h.By != "" {
			s = who + "被" + h.By + "授予" + title + "称号"
		} else {
			s = who + "荣获" + title + "称号"
		}
	}
	if y := honourYear(h); y != "" && !w.several() && (h.YearTo != nil || int(*h.Year) != w.year()) && strings.Contains(s, title) {
		// the year the honour is for goes with its title (授予2024年度
		// “…”称号): before the clause it would seem to govern the honours
		// listed after it too
		i := strings.LastIndex(s, title)
		s = s[:i] + y + s[i:]
	} else if y != "" && (w.several() || h.YearTo != nil || int(*h.Year) != w.year()) {
		s = y + "，" + s
	} else if w.several() && !h.Date.IsZero() {
		s = strconv.Itoa(h.Date.Year) + "年，" + s
	} else if w.multi && ph.p.When.Year != nil {
		s = strconv.FormatInt(*ph.p.When.Year, 10) + "年，" + s
	}
	return s
}

// honourYear words the year an honour is for, when written: "2013年度",
// "2012—2013年度".
func honourYear(h record.Honour) string {
	if h.Year == nil {
		return ""
	}
	if h.YearTo != nil && *h.YearTo != *h.Year {
		return strconv.FormatInt(*h.Year, 10) + "—" + strconv.FormatInt(*h.YearTo, 10) + "年度"
	}
	return strconv.FormatInt(*h.Year, 10) + "年度"
}

// awardee names who holds an award named by the award itself: a medal is
// held by people (30名县五一劳动奖章获得者, not 30名…奖章), a 奖状 by units.
// A title that names its holders (先进个人, 工人先锋号) needs nothing.
func awardee(title string) string {
	switch {
	case strings.HasSuffix(title, "奖章"):
		return "获得者"
	case strings.HasSuffix(title, "奖状"):
		return "获得单位"
	}
	return ""
}

// commendations plans the honours the union gave: "12月，对24名优秀工会积极
// 分子、2个先进分会进行了表彰。", one sentence for each date and giver, in
// date order (the undated last; a review of several years: by year).
func (w *Writer) commendations() []Para {
	var out Para
	for _, p := range w.periods {
		type sitting struct {
			date     record.Date
			when, by string
			items    []string
		}
		var sittings []*sitting
		at := map[[2]string]*sitting{} // by date words and giver
		for _, c := range p.Commendations {
			date, when := c.Date, w.when(c.Date, record.Date{})
			if w.multi && p.When.Year != nil {
				date, when = record.Date{}, strconv.FormatInt(*p.When.Year, 10)+"年"
			}
			st := at[[2]string{when, c.By}]
			if st == nil {
				st = &sitting{date: date, when: when, by: c.By}
				at[[2]string{when, c.By}] = st
				sittings = append(sittings, st)
			}
			if c.Count == nil || *c.Count <= 0 {
				st.items = append(st.items, c.Title)
				continue
			}
			m := c.Measure
			if m == "" {
				m = measureFor(c.Title, "")
				if m == "" || c.Recipient == "个人" {
					m = "名"
				}
				if c.Recipient == "集体" && m == "名" {
					m = "个"
				}
			}
			if m != "个" && strings.HasSuffix(c.Title, m) {
				m = "个" // 23个遵纪守法户, not 23户遵纪守法户
			}
			st.items = append(st.items, strconv.FormatInt(*c.Count, 10)+m+c.Title+awardee(c.Title))
		}
		slices.SortStableFunc(sittings, func(a, b *sitting) int { return record.CompareDates(a.date, b.date) })
		for _, st := range sittings {
			out = append(out, sentence(joinClauses(st.when, st.by+"对"+cnfmt.Join(st.items)+"进行了表彰")))
		}
	}
	if len(out) == 0 {
		return nil
	}
	return []Para{out}
}

// quote puts a name in “”, the quotes inside it becoming ‘’: “‘六好’街道
// （乡镇）工会”.
func quote(name string) string {
	if strings.HasPrefix(name, "“") && strings.HasSuffix(name, "”") && strings.Count(name, "“") == 1 {
		name = strings.TrimSuffix(strings.TrimPrefix(name, "“"), "”")
	}
	name = strings.NewReplacer("“", "‘", "”", "’", "\"", "").Replace(name)
	return "“" + name + "”"
}
