package prose

import (
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"

	"zongjie/internal/cnfmt"
	"zongjie/internal/record"
	"zongjie/internal/rules"
)

// value returns the latest period's value id about subject, when it could
// be computed.
func (w *Writer) value(id, subject string) (rules.Value, bool) {
	v, ok := w.res.ValueFor(id, subject)
	return v, ok && v.OK()
}

// valueText words the latest period's value id, or "".
func (w *Writer) valueText(id, subject string) string {
	if v, ok := w.value(id, subject); ok {
		return w.Value(v)
	}
	return ""
}

// versus words the 同比 of a value: "，比上年增长4.5%", or "".
func (w *Writer) versus(id string) string {
	c, ok := w.res.Comparison(id)
	if !ok || !c.OK() {
		return ""
	}
	if c.Before.OK() && c.Before.Num.Sign() == 0 {
		return "" // from nothing: 新增, said by the figure itself
	}
	if t := w.Versus(c); t != "" {
		return "，" + t
	}
	return ""
}

// relief plans the relief section: each batch (date, occasion, recipients,
// what was handed out, by its kind), the totals kept apart by measure, and
// the register of households in hardship.
func (w *Writer) relief() []Para {
	if w.multi {
		return w.reliefTerm()
	}
	p := w.p
	var out []Para
	// a whole term's file: the occasions held every year once each
	recurring, order := w.recurringBatches(inDateOrder(p.Relief.Batches))
	if len(recurring) > 0 {
		var rs []string
		for _, g := range recurring {
			rs = append(rs, w.recurringBatch(g))
		}
		out = append(out, semicolons(rs))
	}
	var batches Para
	for _, i := range order {
		if s := w.batch(p, i, p.Relief.Batches[i]); s != "" {
			batches = append(batches, s)
		}
	}
	if len(batches) > 0 {
		out = append(out, semicolons(batches))
	}
	if len(p.Relief.Batches) > 1 {
		if s := w.reliefTotals(); s != "" {
			out = append(out, Para{s})
		}
	}
	if s := w.hardship(p); s != "" {
		out = append(out, Para{s})
	}
	return out
}

// reliefBrief plans a speech's relief: the batches, and after several
// the period's total of money as the speech's opening gives it, with the
// goods' value apart ("…送去降温饮品和防暑药品520份（折合3.12万元）；…。全年
// 共发放帮扶资金14.1万元，另送去慰问品折合3.12万元。"); the kinds the
// batches have just told are not told again. nil for a review of several
// years.
func (w *Writer) reliefBrief() Para {
	if w.multi {
		return nil
	}
	ps := w.relief()
	if len(ps) == 0 || len(w.p.Relief.Batches) < 2 {
		if len(ps) > 0 {
			return ps[0]
		}
		return nil
	}
	out := append(Para(nil), ps[0]...)
	var what []string
	if v, ok := w.value(rules.IDReliefAmount, ""); ok && v.Num.Sign() > 0 {
		what = append(what, "共发放"+w.moneyWord()+w.Value(v)+w.versus(rules.IDReliefAmount))
	}
	if v, ok := w.value(rules.IDReliefGoodsValue, ""); ok && v.Num.Sign() > 0 {
		g := "送去" + w.goodsWord() + "折合" + w.Value(v)
		if len(what) > 0 {
			g = "另" + g
		} else {
			g = "共" + g
		}
		what = append(what, g)
	}
	if len(what) == 0 {
		return out
	}
	return append(out, sentence(w.reliefPeriod()+strings.Join(what, "，")))
}

// reliefPeriod opens a sentence of the period's relief totals: 全年, or
// the part of the year, and the span the relief figures cover.
func (w *Writer) reliefPeriod() string {
	return w.whole() + span(w.p.Relief.Span)
}

// inDateOrder returns the indices of batches in the order a report tells
// them: dated batches by date (a clerk's list is not always in order:
// 1月, 8月, 5月), then the undated ones as listed.
func inDateOrder(batches []record.ReliefBatch) []int {
	order := make([]int, len(batches))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool {
		x, y := batches[order[a]].Date, batches[order[b]].Date
		if x.IsZero() || y.IsZero() {
			return !x.IsZero() && y.IsZero()
		}
		return x.Before(y)
	})
	return order
}

// reliefTotals words the relief totals: the persons (or person-times, or
// households) when every batch counts them alike, the money (by kind when
// there are several) and the goods' value. Counts of several measures are
// not listed side by side ("共慰问1327人、144人次、12户" reads as one
// crowd of the needy): each batch has said its own.
func (w *Writer) reliefTotals() string {
	who := w.reliefCounted(func(id string) (rules.Value, bool) { return w.res.ValueFor(id, "") })
	var what []string
	if v, ok := w.value(rules.IDReliefAmount, ""); ok && v.Num.Sign() > 0 {
		s := "发放" + w.moneyWord() + w.Value(v)
		var kinds []string
		other := ""
		for _, c := range w.res.Values {
			if c.ID == rules.IDReliefCategoryAmount && c.OK() {
				if c.Subject == "其他" {
					other = w.ReliefKind(c.Subject) + w.Value(c)
					continue
				}
				kinds = append(kinds, w.ReliefKind(c.Subject)+w.Value(c))
			}
		}
		if other != "" {
			kinds = append(kinds, other) // what is 其他 comes last
		}
		if len(kinds) > 1 { // the breakdown right after the figure it breaks down
			s += "（其中" + list(kinds) + "）"
		}
		what = append(what, s+w.versus(rules.IDReliefAmount))
	}
	if v, ok := w.value(rules.IDReliefGoodsValue, ""); ok && v.Num.Sign() > 0 {
		what = append(what, "送去"+w.goodsWord()+"折合"+w.Value(v))
	}
	if len(who) == 0 && len(what) == 0 {
		return ""
	}
	s := w.reliefPeriod()
	if len(who) > 0 {
		s += "共慰问" + list(who)
		if len(what) > 0 {
			s += "，"
		}
	}
	s += strings.Join(what, "，")
	if w.helpsTheNeedy() && (len(who) == 0 || w.mostlyTheNeedy()) {
		s += "，切实帮助困难" + w.Staff() + "解决了生活中的实际问题"
	}
	return sentence(s)
}

// mostlyTheNeedy reports whether most of the people the period's relief
// counts were helped as needy (helps): a total that is mostly a holiday
// gift to every nurse (346 of 398) does not 切实帮助困难医务人员.
func (w *Writer) mostlyTheNeedy() bool {
	needy, all := map[string]int64{}, map[string]int64{} // by measure: 人, 人次 and 户 do not add up
	for _, b := range w.p.Relief.Batches {
		if b.Cover() || b.Persons == nil || *b.Persons <= 0 {
			continue
		}
		m := b.Measure
		if m == "" || m == "名" {
			m = "人"
		}
		all[m] += *b.Persons
		if helps(b) {
			needy[m] += *b.Persons
		}
	}
	for m, n := range all {
		if 2*needy[m] < n {
			return false
		}
	}
	return true
}

// ReliefKind names a kind of relief money in a breakdown of the total (the
// prose's, a chart's): as it is, but 其他 by otherKind and 医疗互助 by the
// money paid out, 医疗互助金.
func (w *Writer) ReliefKind(kind string) string {
	switch kind {
	case "其他":
		return w.otherKind()
	case "医疗互助": // in a total, only the benefits paid out (record.ReliefBatch.Cover)
		return "医疗互助金"
	}
	return kind
}

// otherKind names the relief money of kind 其他 in a breakdown of the
// total: the occasion of the one batch of that kind (返乡车票补贴), not the
// word 其他, which is the list's own; 其他 when there are several.
func (w *Writer) otherKind() string {
	name := ""
	for _, b := range w.p.Relief.Batches {
		if b.Kind != "其他" {
			continue
		}
		if name != "" {
			return "其他"
		}
		name = b.Occasion
	}
	return orDefault(name, "其他")
}

// reliefCounted is the relief total of recipients, by value (the period's
// or the term's; ok when it was computed, or could not be): persons,
// person-times or households, whichever the batches counted; none when
// they counted in more than one, or in one whose total could not be made
// of the people some of its batches count (11名职工 beside 看望 not
// counted, and 10户: "共慰问10户" would pass for all of them).
func (w *Writer) reliefCounted(value func(id string) (rules.Value, bool)) []string {
	var who []string
	for _, id := range []string{rules.IDReliefPersons, rules.IDReliefPersonTimes, rules.IDReliefHouseholds} {
		v, ok := value(id)
		switch {
		case !ok:
		case !v.OK():
			if len(v.Inputs) > 0 { // some of its batches count people: left out
				return nil
			}
		case v.Num.Sign() > 0:
			who = append(who, w.Value(v))
		}
	}
	if len(who) > 1 {
		return nil
	}
	return who
}

// othersSource is a relief batch's source of money without the union
// itself: it does not 争取 its own support ("市总工会和开发区总工会" of the
// 开发区总工会 is 市总工会); "" when the union is the only source.
func (w *Writer) othersSource(source string) string {
	org := w.p.Org
	var others []string
	parts := strings.FieldsFunc(source, func(r rune) bool { return r == '和' || r == '、' || r == '及' })
	for _, s := range parts {
		if !sourceName(s) { // 和 inside a name (和平区…): one source
			parts = []string{source}
			break
		}
	}
	for _, s := range parts {
		s = strings.TrimSpace(s)
		own := s == "本会" || s == "本级" || s == org.Name || s == org.ShortName ||
			strings.HasSuffix(s, "工会") && strings.HasSuffix(org.Name, s)
		if s != "" && !own {
			others = append(others, s)
		}
	}
	switch len(others) {
	case len(parts):
		return source // as the clerk wrote it
	case 1:
		return others[0]
	}
	return cnfmt.JoinAnd(others)
}

// sourceName reports whether s ends as the name of a body or a fund does
// (…工会, …局, …基金, …善款): a piece of a list of sources.
func sourceName(s string) bool {
	for _, suf := range []string{"会", "局", "委", "厅", "部", "办", "站", "中心", "公司", "集团", "政府", "组织", "金", "款", "费", "级"} {
		if strings.HasSuffix(s, suf) {
			return true
		}
	}
	return false
}

// moneyWord names the relief money of the periods told: its kind when
// every batch that hands out money gives the same kind (慰问金, 助学金);
// 帮扶资金 when every batch helps the needy (helps); 慰问资金 when none
// does (慰问金 on birthdays, 送清凉, 节日福利); 慰问帮扶资金 when some do.
// Birthday coupons and summer drinks are not 帮扶资金.
func (w *Writer) moneyWord() string {
	kind := ""
	var help, care, mixed bool
	for _, p := range w.periods {
		for _, b := range p.Relief.Batches {
			if b.Cover() || b.Amount == nil && b.Each == nil && len(b.Payments) == 0 {
				continue
			}
			if helps(b) {
				help = true
			} else {
				care = true
			}
			kinds := []string{orDefault(b.Kind, "慰问金")}
			if len(b.Payments) > 0 {
				kinds = kinds[:0]
				for _, pm := range b.Payments {
					kinds = append(kinds, orDefault(pm.Kind, "慰问金"))
				}
			}
			for _, k := range kinds {
				mixed = mixed || kind != "" && k != kind
				kind = k
			}
		}
	}
	switch {
	case kind == "":
		return "帮扶资金"
	case !mixed:
		return kind
	case help && care:
		return "慰问帮扶资金"
	case help:
		return "帮扶资金"
	}
	return "慰问资金"
}

// helpKinds are the relief kinds that help the needy (帮扶), as against
// what every worker may be given (慰问金, 送清凉, 节日福利).
var helpKinds = map[string]bool{"困难补助": true, "助学金": true, "抚恤金": true, "医疗救助": true, "生活救助": true}

// helps reports whether a batch helps the needy: money of a helpKinds
// kind, or given to people in hardship, the sick or the bereaved
// (慰问金 for 困难职工).
func helps(b record.ReliefBatch) bool {
	if helpKinds[b.Kind] {
		return true
	}
	for _, pm := range b.Payments {
		if helpKinds[pm.Kind] {
			return true
		}
	}
	for _, w := range []string{"困难", "特困", "救助", "帮扶", "送温暖", "助学", "大病", "患病", "病困", "死亡", "去世", "遗属"} {
		if strings.Contains(b.Who, w) || strings.Contains(b.Occasion, w) {
			return true
		}
	}
	for _, r := range b.Recipients {
		if strings.Contains(r.Label, "困难") {
			return true
		}
	}
	return false
}

// helpsTheNeedy reports whether the periods told hand out help for the
// needy (helps), or keep a register of households in hardship: only then
// does a relief total say it 切实帮助困难职工.
func (w *Writer) helpsTheNeedy() bool {
	for _, p := range w.periods {
		h := p.Relief.Hardship
		if h.Households != nil && *h.Households > 0 {
			return true
		}
		for _, b := range p.Relief.Batches {
			if helps(b) {
				return true
			}
		}
	}
	return false
}

// hardship words the register of households in hardship: how many are on
// file, and how many were filed in the period.
func (w *Writer) hardship(p *record.Period) string {
	h := p.Relief.Hardship
	n, ok := fig(p, "relief.hardship.households", h.Households, "户")
	if !ok || !positive(p, "relief.hardship.households", h.Households) {
		return ""
	}
	// the households on file are a stock, not this year's filing: 全县在档
	// 困难职工412户，其中本年新建档35户; all filed this year, 为…建档
	s := w.Whole() + "在档困难" + w.Staff() + n
	if h.New != nil && *h.New == *h.Households {
		s = "为困难" + w.Staff() + "建档" + n
	} else if nn, ok := fig(p, "relief.hardship.new", h.New, "户"); ok && positive(p, "relief.hardship.new", h.New) {
		s += "，其中本年新建档" + nn
	}
	if !h.AsOf.IsZero() {
		s = "截至" + w.when(h.AsOf, record.Date{}) + "，" + s
	}
	return sentence(s + "，做到底数清、情况明")
}

// batch words one relief batch: "9月，开展教师节慰问，使用慈善善款为228名家庭
// 困难教师及德高望重的退离休教师发放慰问金22.8万元。"
func (w *Writer) batch(p *record.Period, i int, b record.ReliefBatch) string {
	path := "relief.batches[" + strconv.Itoa(i) + "]."
	when := w.when(b.Date, b.End)
	if when == "" && !b.Span.IsZero() {
		when = spanWords(b.Span)
	}
	occasion := occasionClause(b.Occasion)
	if b.Kind != "" && strings.HasSuffix(b.Occasion, b.Kind) {
		occasion = "" // "职工死亡及供养亲属抚恤金": the money itself, said by handedOut
	}
	if b.Who != "" && strings.Contains(b.Occasion, b.Who) && workDone(b.Occasion) {
		// "患病住院教职工慰问" for 患病住院教职工: the recipients say it;
		// not "开展患病住院教职工慰问活动，为患病住院教职工…"
		occasion = ""
	}
	who := w.recipients(p, path, b)
	give := w.handedOut(p, i, b)
	if b.Cover() && len(b.Payments) == 0 {
		// Cover bought for members: "为1163名会员办理职工医疗互助".
		occasion = ""
	}
	if give == "" && who == "" {
		if n, ok := fig(p, path+"visits", b.Visits, "次"); ok && positive(p, path+"visits", b.Visits) {
			return withNote(joinClauses(when, occasion, "走访看望"+n), b.Note)
		}
		return withNote(joinClauses(when, occasion), b.Note)
	}
	giver := ""
	if b.Organiser != "" {
		giver = b.Organiser
	}
	if source := w.othersSource(b.Source); source != "" {
		if isFund(source) {
			giver += "使用" + source
		} else {
			occasion = joinClauses(occasion, "争取"+source+"支持")
		}
	}
	act := giver
	if who != "" {
		act += "为" + who
	}
	act += give
	return withNote(joinClauses(when, occasion, act), b.Note)
}

// workDone reports whether an occasion describes the work done (年终慰问,
// 特困教师帮扶) rather than naming a campaign.
func workDone(o string) bool {
	for _, end := range []string{"慰问", "帮扶", "救助", "走访", "看望", "补助"} {
		if strings.HasSuffix(o, end) {
			return true
		}
	}
	return false
}

// occasionClause words the occasion of a batch: "开展教师节慰问", "开展“金秋
// 助学”活动", "春节期间".
func occasionClause(o string) string {
	switch {
	case o == "":
		return ""
	case strings.HasSuffix(o, "期间") || strings.HasPrefix(o, "开展"):
		return o
	}
	// A description of the work (年终慰问, 特困教师帮扶) is no name to
	// quote; a short brand of a campaign (金秋助学, 送温暖) is.
	if workDone(o) {
		if strings.Contains(o, "活动") {
			return "开展" + o
		}
		return "开展" + o + "活动"
	}
	for _, end := range []string{"送温暖", "送清凉", "助学", "活动", "关爱", "互助"} {
		if strings.HasSuffix(o, end) {
			return "开展" + campaignName(o, eventCampaign)
		}
	}
	for _, day := range []string{"节", "春节", "元旦", "中秋", "端午", "年终", "岁末"} {
		if strings.HasSuffix(o, day) {
			return o + "期间"
		}
	}
	if strings.HasPrefix(o, "“") && strings.HasSuffix(o, "”") {
		return "开展" + o + "活动" // a campaign's name in quotes: “送清凉、送健康”
	}
	// An occasion told as a deed (补助困难职工, 走访职工和慰问生病住院职工)
	// is a clause already: "开展补助困难职工" is no Chinese.
	for _, verb := range []string{"走访", "慰问", "看望", "补助", "帮扶", "救助", "资助", "探望", "组织", "为"} {
		if strings.HasPrefix(o, verb) && len([]rune(o)) > len([]rune(verb))+1 {
			return o
		}
	}
	return "开展" + o
}

// recipients words who a batch reached: "228名家庭困难教师", "145名在职家庭
// 困难教师和80名困难离退休教师", "30户困难家庭", "困难职工278人次".
func (w *Writer) recipients(p *record.Period, path string, b record.ReliefBatch) string {
	measure := b.Measure
	if measure == "" {
		measure = "人"
	}
	word := func(n, who string) string {
		// the scope comes before the count: 全镇10多名病疾和困难教职工
		scope := scopeOf(who)
		who = strings.TrimPrefix(who, scope)
		switch measure {
		case "人次", "户次":
			return scope + orDefault(who, w.Staff()) + n + measure
		case "户":
			return scope + n + "户" + who
		case "份":
			if b.Cover() {
				return scope + orDefault(who, "会员") // counted as policies by handedOut
			}
			return scope + who + n + "份"
		}
		if who == "" {
			return scope + n + "名" + w.Staff()
		}
		if isPerson(who) || strings.HasSuffix(who, "人员") || strings.HasSuffix(who, "家属") {
			return scope + n + "名" + who
		}
		return scope + who + n + "人"
	}
	if len(b.Recipients) > 0 {
		var out, listed []string
		lead, and := 0, false
		for _, r := range b.Recipients {
			if r.Count == nil {
				return ""
			}
			n := strconv.FormatInt(*r.Count, 10)
			out = append(out, word(n, r.Label))
			if strings.HasPrefix(out[len(out)-1], scopeOf(r.Label)+n) {
				lead++ // counted before the noun: 412名建档困难职工
			}
			m := measure
			if m == "人" {
				m = "名"
			}
			listed = append(listed, r.Label+n+m)
			and = and || strings.ContainsAny(r.Label, "和及与")
		}
		if lead != 0 && lead != len(out) {
			// one order for the whole list: 建档困难职工412名、劳动模范186名,
			// not 412名建档困难职工、劳动模范186人
			out = listed
		}
		if and { // a recipient named with 和 of its own: no second 和
			return strings.Join(out, "、")
		}
		return cnfmt.JoinAnd(out)
	}
	n, ok := fig(p, path+"persons", b.Persons, "")
	if !ok {
		if b.Who != "" {
			return b.Who
		}
		return ""
	}
	return word(n, b.Who)
}

// scopeRe matches the scope a group of people is named within: 全镇, 全县,
// 全公司, 全系统.
var scopeRe = regexp.MustCompile(`^全(镇|乡|县|市|区|院|校|局|厂|所|公司|系统|行业|街道|社区|单位|集团|体)`)

// scopeOf returns the scope who opens with ("全镇" of "全镇病疾和困难教职工"),
// or "".
func scopeOf(who string) string { return scopeRe.FindString(who) }

// handedOut words what a batch handed out: "发放慰问金22.8万元", "发放慰问金
// 3万元、困难补助2万元", "办理职工医疗互助，缴纳互助金5.82万元", "送去防暑降温
// 用品100份（折合5000元）".
func (w *Writer) handedOut(p *record.Period, i int, b record.ReliefBatch) string {
	path := "relief.batches[" + strconv.Itoa(i) + "]."
	kind := b.Kind
	if kind == "" {
		kind = "慰问金"
	}
	var parts []string
	amount := func() (string, bool) {
		if m, ok := money(p, path+"amount", b.Amount); ok {
			return m, true
		}
		if b.Each != nil && b.Persons != nil {
			if v, ok := w.res.ValueIn(p, rules.IDBatchAmount, w.batchSubject(p, i)); ok && v.OK() {
				return w.Value(v), true
			}
		}
		return "", false
	}
	switch {
	case len(b.Payments) > 0:
		var ps []string
		for j, pm := range b.Payments {
			pp := path + "payments[" + strconv.Itoa(j) + "].amount"
			if m, ok := money(p, pp, pm.Amount); ok {
				ps = append(ps, orDefault(pm.Kind, "慰问金")+m)
			}
		}
		if len(ps) > 0 {
			parts = append(parts, "发放"+list(ps))
		}
	case b.MutualAidPaid():
		// benefits paid out of the scheme: "发放医疗互助金312万元"
		if m, ok := amount(); ok {
			parts = append(parts, "发放医疗互助金"+m)
		}
	case b.Cover():
		thing := kind
		if strings.Contains(b.Occasion, kind) || strings.Contains(b.Occasion, "保险") {
			thing = b.Occasion
		}
		s := "办理" + thing
		if n, ok := fig(p, path+"persons", b.Persons, "份"); ok && b.Measure == "份" {
			s += n // the policies are counted after them, not as people: "办理职工医疗互助保障1498份"
		}
		if m, ok := amount(); ok {
			s += "，缴纳" + fee(kind) + m
		}
		parts = append(parts, s)
	case inKind[kind] != "" && goodsNamed(b.Goods):
		// the goods are what was handed out: "送去防暑降温用品折合1.36万元",
		// not "发放防暑降温物品折合1.36万元，送去防暑降温用品"
		s := "送去" + goodsList(b.Goods)
		if m, ok := amount(); ok {
			s += "折合" + m
		}
		return s
	case inKind[kind] != "":
		if m, ok := amount(); ok {
			parts = append(parts, "发放"+inKind[kind]+"折合"+m)
		}
	case kind == "其他":
		// no name for the money: the amount alone ("发放12.5万元")
		if m, ok := amount(); ok {
			parts = append(parts, "发放"+m)
		}
	default:
		if m, ok := amount(); ok {
			parts = append(parts, "发放"+kind+m)
		} else if len(b.Goods) == 0 {
			parts = append(parts, "发放"+kind) // the amount not known
		}
	}
	for _, g := range b.Goods {
		s := "送去" + g.Item
		if g.Quantity != nil {
			s += countText(*g.Quantity, orDefault(g.Measure, "份"))
		}
		if g.Value != nil && *g.Value > 0 {
			s += "（折合" + moneyShort(*g.Value) + "）"
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, "，")
}

// goodsWord names the goods whose worth the period's total of goods
// adds up: themselves when they are two kinds at most (降温饮品和防暑药品),
// else 慰问品.
func (w *Writer) goodsWord() string {
	var items []string
	for _, b := range w.p.Relief.Batches {
		for _, g := range b.Goods {
			if g.Value != nil && g.Item != "" && !slices.Contains(items, g.Item) {
				items = append(items, g.Item)
			}
		}
	}
	if len(items) == 0 || len(items) > 2 {
		return "慰问品"
	}
	return cnfmt.JoinAnd(items)
}

// goodsNamed reports whether goods are named, none with a value of its
// own: then the batch's amount is what they were worth.
func goodsNamed(gs []record.Goods) bool {
	for _, g := range gs {
		if g.Value != nil {
			return false
		}
	}
	return len(gs) > 0
}

// goodsList names goods with their quantities: "清凉饮品200箱、防暑药品".
func goodsList(gs []record.Goods) string {
	out := make([]string, len(gs))
	for i, g := range gs {
		out[i] = g.Item
		if g.Quantity != nil {
			out[i] += countText(*g.Quantity, orDefault(g.Measure, "份"))
		}
	}
	return list(out)
}

// inKind names what the kinds of relief handed out in kind are.
var inKind = map[string]string{"慰问品": "慰问品", "节日福利": "节日福利", "送清凉": "防暑降温物品"}

// fee is what is paid for cover: 互助金 for mutual aid, 保费 for insurance.
func fee(kind string) string {
	if kind == "医疗互助" {
		return "互助金"
	}
	return "保费"
}

// reliefTerm words the relief of a review of several years: the totals of
// the years, and the kinds of relief the years held.
func (w *Writer) reliefTerm() []Para {
	who := w.reliefCounted(func(id string) (rules.Value, bool) {
		v := w.res.Cumulative(id)
		return v, v.OK() || v.Err != ""
	})
	s := w.termSince() + "，"
	if len(who) > 0 {
		// not all 困难: the years' batches reach the sick, students, everyone
		s += "累计慰问" + w.Staff() + list(who) + "，"
	}
	if v := w.res.Cumulative(rules.IDReliefAmount); v.OK() && v.Num.Sign() > 0 {
		s += "发放" + w.moneyWord() + w.Value(v) + "，"
	}
	var occasions []string
	seen := map[string]bool{}
	for _, p := range w.periods {
		for _, b := range p.Relief.Batches {
			o := campaignName(b.Occasion, eventCampaign)
			if strings.Contains(b.Occasion, "、") && !strings.ContainsAny(b.Occasion, "“”") {
				// a name holding 、 in a list of names: quoted, before its 活动
				o = listedDrive(b.Occasion)
			}
			if !seen[o] {
				seen[o] = true
				occasions = append(occasions, o)
			}
		}
	}
	if len(occasions) == 0 && len(who) == 0 {
		return nil
	}
	if len(occasions) > 0 {
		if len(occasions) > 5 {
			occasions = occasions[:5]
		}
		s += "坚持开展" + list(occasions) + "等工作，"
	}
	needy := ""
	if w.helpsTheNeedy() {
		needy = "困难"
	}
	return []Para{{sentence(s + "把组织的温暖送到了" + needy + w.Staff() + "身边")}}
}

// termSince words the span of a review: "五年来", "两年来", and every
// other time "本届以来", so that section after section does not open
// with the same words.
func (w *Writer) termSince() string {
	w.spans++
	if w.spans%2 == 0 {
		return "本届以来"
	}
	if len(record.MissingYears(w.periods, false)) > 0 {
		return "本届以来" // 四年来 would read as the last four years
	}
	n := record.YearsCovered(w.periods)
	if n == 2 {
		return "两年来"
	}
	return cnfmt.Hanzi(n) + "年来"
}
