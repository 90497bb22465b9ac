package prose

import (
	"strconv"
	"strings"

	"zongjie/internal/num"
	"zongjie/internal/record"
)

// facilities plans the places the union runs (职工之家, 职工书屋 …) that
// section tells (record.FacilitySection): built and upgraded this period,
// how many there are, grades awarded, books and the money put in.
func (w *Writer) facilities(section string) []Para {
	p := w.p
	var out Para
	built := w.termBuilt()
	for i, f := range p.Facilities {
		if record.FacilitySection(f) != section {
			continue
		}
		path := "facilities[" + strconv.Itoa(i) + "]."
		invested := ""
		if t, ok := built[f.Kind+"|"+f.Name]; ok {
			// a review of several years: the flows of every year, and
			// what the last year's file counts at its end
			f.Built, f.Upgraded, f.BooksAdded = nonZero(t.built), nonZero(t.upgraded), nonZero(t.booksAdded)
			if t.summed && t.invested > 0 {
				invested = "累计投入资金" + moneyShort(t.invested)
				f.Investment = nil
			}
		}
		name, noun := f.Kind, f.Kind // what it is called, and what its counts count
		if f.Name != "" {
			name = f.Name
		}
		measure := facilityMeasure(noun)
		many := func(n *int64) bool { return n != nil && *n > 1 }
		named := f.Name != "" && (many(f.Built) || many(f.Total) || many(f.Upgraded))
		if named {
			// a name of several places says what they are, in the union's
			// own words: 新建户外劳动者服务站点6个, 新建支行“职工小家”6个
			noun, f.Name = f.Name, ""
			if f.Kind == "其他" || f.Kind == "" {
				measure = facilityMeasure(noun)
			}
		}
		var cs []string
		if n, ok := fig(p, path+"built", f.Built, measure); ok && positive(p, path+"built", f.Built) {
			if f.Name != "" && f.Built != nil && *f.Built == 1 {
				cs = append(cs, "建成"+name)
			} else {
				cs = append(cs, "新建"+noun+n)
			}
		}
		if n, ok := fig(p, path+"upgraded", f.Upgraded, measure); ok && positive(p, path+"upgraded", f.Upgraded) {
			cs = append(cs, "改建提升"+noun+n)
		}
		// a place named on its own is the one place: "院职工书屋藏书5200册",
		// not "院职工书屋共有职工书屋1个"
		single := f.Name != "" && f.Total != nil && *f.Total == 1
		if n, ok := fig(p, path+"total", f.Total, measure); ok && positive(p, path+"total", f.Total) && !onlyNew(f) && !single {
			t := "共有" + noun + n
			if named && len(cs) > 0 {
				t = "总数达到" + n // the name once is enough
			}
			if !f.AsOf.IsZero() {
				t = "截至" + w.when(f.AsOf, record.Date{}) + "，" + t
			}
			cs = append(cs, t)
		}
		if f.Level != "" {
			n, ok := fig(p, path+"level_count", f.LevelCount, measure)
			switch {
			case f.Name != "":
				cs = append(cs, "获评"+f.Level)
			case ok && positive(p, path+"level_count", f.LevelCount) && len(cs) > 0:
				cs = append(cs, "其中"+n+"获评"+grade(f.Level, noun))
			case ok && positive(p, path+"level_count", f.LevelCount):
				cs = append(cs, n+noun+"获评"+f.Level)
			}
		}
		if n, ok := fig(p, path+"books", f.Books, "册"); ok && positive(p, path+"books", f.Books) {
			cs = append(cs, "藏书"+n)
		}
		if n, ok := fig(p, path+"books_added", f.BooksAdded, "册"); ok && positive(p, path+"books_added", f.BooksAdded) {
			cs = append(cs, "新增图书"+n)
		}
		if m, ok := money(p, path+"investment", f.Investment); ok && positiveMoney(p, path+"investment", f.Investment) {
			cs = append(cs, span(f.Span)+"投入资金"+m)
		} else if invested != "" {
			cs = append(cs, invested)
		}
		if len(cs) == 0 {
			if f.Note != "" {
				out = append(out, sentence(f.Note))
			}
			continue
		}
		switch {
		case f.Name != "" && !strings.HasPrefix(cs[0], "建成"):
			cs[0] = name + cs[0]
		case f.Name == "" && (strings.HasPrefix(cs[0], "藏书") || strings.HasPrefix(cs[0], "新增图书") || strings.HasPrefix(cs[0], "投入资金") || strings.HasPrefix(cs[0], "累计投入资金")):
			cs[0] = noun + cs[0] // "职工书屋藏书3600册", not a fragment "藏书3600册"
		}
		out = append(out, withNote(joinClauses(cs...), f.Note))
	}
	if len(out) == 0 {
		return nil
	}
	return []Para{out}
}

// nonZero is n as a figure to say, nil when it is 0.
func nonZero(n int64) *int64 {
	if n == 0 {
		return nil
	}
	return &n
}

// facilityMeasure is the measure word of a kind of place: 所 for a school
// (农民工夜校、职工学校), else 个.
func facilityMeasure(noun string) string {
	for _, end := range []string{"学校", "夜校", "学堂", "书院"} {
		if strings.HasSuffix(noun, end) {
			return "所"
		}
	}
	return "个"
}

// termFlow is what a review of several years says of one facility: the
// sums of the yearly flows.
type termFlow struct {
	built, upgraded, booksAdded int64
	// invested is the money put in over the years; summed is false when a
	// year's figure covers more than its year (a span: 建设以来), and the
	// last year's is said as written.
	invested num.Money
	summed   bool
}

// termBuilt sums, for a review of several years, the facilities built,
// upgraded, the books added and the money put in, in each year, by kind
// and name ("职工之家|"): the last year's file counts the facilities at
// the term's end, and its own flows are that year's alone. nil for a
// report of one period.
func (w *Writer) termBuilt() map[string]*termFlow {
	if !w.multi {
		return nil
	}
	out := map[string]*termFlow{}
	for _, p := range w.periods {
		for _, f := range p.Facilities {
			k := f.Kind + "|" + f.Name
			t := out[k]
			if t == nil {
				t = &termFlow{summed: true}
				out[k] = t
			}
			add := func(sum *int64, n *int64) {
				if n != nil {
					*sum += *n
				}
			}
			add(&t.built, f.Built)
			add(&t.upgraded, f.Upgraded)
			add(&t.booksAdded, f.BooksAdded)
			if f.Investment != nil {
				t.invested += *f.Investment
			}
			t.summed = t.summed && f.Span.IsZero()
		}
	}
	return out
}

// onlyNew reports whether a facility's total is the one count of those
// built or of those upgraded this period: "改建提升职工之家1个" says it all,
// and "，共有职工之家1个" after it says nothing. A total beside both
// counts, or beside neither, is told.
func onlyNew(f record.Facility) bool {
	if f.Total == nil {
		return false
	}
	built := f.Built != nil && *f.Built > 0
	upgraded := f.Upgraded != nil && *f.Upgraded > 0
	switch {
	case built && !upgraded:
		return *f.Built == *f.Total
	case upgraded && !built:
		return *f.Upgraded == *f.Total
	}
	return false
}

// others words what the records state for a section outside the fields
// above: the rates a report states ("会员参赛率98%以上") and other figures
// ("对5户特困家庭落实了低保"). A stated rate the section has said already
// (said holds "工会经费划拨率为89.94%", the rate is 工会活动经费划拨率 89.94)
// is not said twice.
func (w *Writer) others(section, said string) []Para {
	if w.multi {
		return nil
	}
	p := w.p
	var out Para
	for i, r := range p.Rates {
		if r.Section != section {
			continue
		}
		path := "rates[" + strconv.Itoa(i) + "].rate"
		var v string
		if r.Rate != nil {
			v = rateText(*r.Rate)
		} else if a, ok := p.Approx(path); ok {
			v = a.Words("%")
		} else {
			continue
		}
		if r.Note == "" && r.Span.IsZero() && strings.Contains(said, rateKind(r.Label)+"为"+v) {
			continue
		}
		out = append(out, withNote(span(r.Span)+r.Label+"为"+v, r.Note))
	}
	for i, f := range p.Figures {
		if f.Section != section {
			continue
		}
		if s := figureText(p, "figures["+strconv.Itoa(i)+"].", f); s != "" {
			out = append(out, withNote(s, f.Note))
		}
	}
	if len(out) == 0 {
		return nil
	}
	return []Para{out}
}

// rateKind is what a rate's label names it by: its last three characters
// (划拨率 of 工会活动经费划拨率, 入会率, 完成率), or the whole of a shorter one.
func rateKind(label string) string {
	rs := []rune(label)
	if len(rs) > 3 {
		rs = rs[len(rs)-3:]
	}
	return string(rs)
}

// rateText words a stated rate in percent as written: 76.1%.
func rateText(d num.Decimal) string { return d.String() + "%" }

// HostContext words the host organisation's figures the records give, as
// the context a report's opening sets: "这一年，东塔机械有限公司完成营业收入
// 6.8亿元、工业总产值7.1亿元。" A workload or an amount takes 完成, a balance
// 达到 (资产总额达到1286亿元); a head
// count, a number of units or a rate is stated without a verb
// (面向社会公开招考录取的卫生专业技术人才24名), and so is a label that opens
// with its own verb (实现利税…). They are the host's, never the union's, and
// no figure of the union is worked out from them. "" when none.
func (w *Writer) HostContext() string {
	h := w.p.Host
	var parts []hostFigure
	for i, ind := range h.Indicators {
		path := "host.indicators[" + strconv.Itoa(i) + "]."
		var v string
		done := true
		switch {
		case ind.Amount != nil || positiveMoney(w.p, path+"amount", nil):
			v, _ = money(w.p, path+"amount", ind.Amount)
		case ind.Count != nil || positive(w.p, path+"count", nil):
			v, _ = fig(w.p, path+"count", ind.Count, ind.Measure)
			done = !headCount(ind.Measure)
		case ind.Value != nil:
			v = ind.Value.String() + ind.Measure
			done = !headCount(ind.Measure)
		case ind.Rate != nil:
			v = rateText(*ind.Rate)
			done = false
		}
		if v == "" {
			continue
		}
		label := ind.Label
		if ind.Measure != "" && strings.HasSuffix(label, ind.Measure) && strings.HasSuffix(v, ind.Measure) {
			label = strings.TrimSuffix(label, ind.Measure) // 门急诊人次86万余人次 -> 门急诊86万余人次
		}
		text, verb := span(ind.Span)+label+v, ""
		switch {
		case ownVerb(label):
		case stockLabel(label):
			// a balance is reached, not completed: 存款余额达到986亿元
			text, verb = span(ind.Span)+label+"达到"+v, "达到"
		case done:
			verb = "完成"
		}
		parts = append(parts, hostFigure{text, verb})
	}
	if len(parts) == 0 {
		return ""
	}
	var groups []string
	for i := 0; i < len(parts); {
		j := i
		var items []string
		for ; j < len(parts) && parts[j].verb == parts[i].verb; j++ {
			items = append(items, parts[j].text)
		}
		g := list(items)
		if parts[i].verb == "完成" {
			g = "完成" + g
		}
		groups = append(groups, g)
		i = j
	}
	name := orDefault(h.Name, w.words.Host)
	return sentence("这一年，" + name + strings.Join(groups, "，"))
}

// hostFigure is one of the host's figures as the opening words it, and
// its verb: 完成 before a run of workloads the host completed, 达到 after
// the label of a balance (in text), none for a head count, a rate or a
// label with its own verb.
type hostFigure struct {
	text, verb string
}

// stockLabel reports whether a host figure is a balance held at the
// year's end (资产总额, 存款余额, 资产规模), which is reached, not completed.
func stockLabel(label string) bool {
	for _, w := range []string{"余额", "资产", "规模", "存量"} {
		if strings.Contains(label, w) {
			return true
		}
	}
	return false
}

// headCount reports whether measure counts people or bodies (24名, 7个,
// 359家): such a figure states how many there are, not work completed.
func headCount(measure string) bool {
	switch measure {
	case "名", "人", "位", "个", "家", "所", "户", "支", "座", "张", "间":
		return true
	}
	return false
}

// ownVerb reports whether a host figure's label opens with its own verb
// (实现利税, 新增就业岗位, 接待游客), which 完成 cannot precede.
func ownVerb(label string) bool {
	for _, v := range []string{"完成", "实现", "新增", "接待", "录取", "招聘", "引进", "获得", "荣获", "上缴", "缴纳", "收治", "创造"} {
		if strings.HasPrefix(label, v) {
			return true
		}
	}
	return false
}

// grade is a grade a place was awarded, as a title: the grade when it
// names a kind of place itself (省级模范职工之家, 示范点), else the grade
// with the place's noun, so that "其中5个获评" is not left without one
// (省级 → 省级职工创新工作室, 省级示范 → 省级示范爱心驿站).
func grade(level, noun string) string {
	if strings.Contains(level, noun) {
		return level
	}
	for _, end := range []string{"级", "示范", "模范", "优秀", "标准化", "星级"} {
		if strings.HasSuffix(level, end) {
			return level + noun
		}
	}
	return level
}
