package prose

import (
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"zongjie/internal/cnfmt"
	"zongjie/internal/record"
	"zongjie/internal/rules"
)

// heldIsReported reports whether the congress held in the period is the
// one the report is delivered at (record.Democracy.ReportedAt).
func (w *Writer) heldIsReported() bool {
	_, _, held := w.p.Democracy.ReportedAt()
	return held
}

// sessionsOf is how many congress meetings the records count, 1 when they
// do not say.
func sessionsOf(d record.Democracy) int64 {
	if d.Sessions != nil && *d.Sessions > 0 {
		return *d.Sessions
	}
	return 1
}

// congress plans democratic management: the congress held, its proposals
// (received, 立案, 办结, 落实, 优秀) and 合理化建议 (a separate thing), openness
// of affairs, and the members' opinions on the union's own work.
func (w *Writer) congress() []Para {
	if w.multi {
		return w.congressTerm()
	}
	p := w.p
	d := p.Democracy
	body := orDefault(d.Body, w.words.Congress)
	var out Para
	switch {
	case record.Council(body):
		// a 全委会 is the union's own committee meeting: no democratic
		// management of the staff to tell
	case w.atMeeting && w.Meeting() != "" && w.heldIsReported():
		// the meeting of the title: the report is delivered at it
	case d.Term != nil && d.Meeting != nil && p.When.Years() == 1 && w.clerkTellsMeeting(*d.Term, *d.Meeting, body):
		// the clerk's paragraph tells the meeting (召开一届十二次职工代表大会，
		// 审议讨论了…): not told twice
	case d.Term != nil && d.Meeting != nil:
		s := "召开" + cnfmt.Hanzi(int(*d.Term)) + "届" + cnfmt.Hanzi(int(*d.Meeting)) + "次" + body
		first := *d.Meeting - sessionsOf(d) + 1
		switch {
		case p.When.Years() > 1 && first >= 1 && first < *d.Meeting:
			// a file for several years: the meetings of its years, the
			// last of them the one it names
			s = "先后召开" + cnfmt.Hanzi(int(*d.Term)) + "届" + cnfmt.Hanzi(int(first)) + "次至" + cnfmt.Hanzi(int(*d.Meeting)) + "次" + body
		case p.When.Years() > 1 && first < 1:
			// more meetings than this congress has held: the years began
			// under the one before (五届五次, then 六届一次至四次)
			these := cnfmt.Hanzi(int(*d.Term)) + "届一次"
			if *d.Meeting > 1 {
				these += "至" + cnfmt.Hanzi(int(*d.Meeting)) + "次"
			}
			s = "先后召开" + body + countText(sessionsOf(d), "次") + "，包括" + these + body
		}
		if n, ok := fig(p, "democracy.representatives", d.Representatives, "名"); ok && positive(p, "democracy.representatives", d.Representatives) {
			s += "，" + n + w.Delegates() + "依法行使民主权利"
		}
		out = append(out, sentence(s))
	case d.Sessions != nil && w.occasionOf(body):
		// the sessions counted include the one the speech is delivered at
		if *d.Sessions > 1 {
			out = append(out, sentence("本次大会前，召开"+body+countText(*d.Sessions-1, "次")+"，"+w.Delegates()+"依法行使民主权利"))
		}
	case positive(p, "democracy.sessions", d.Sessions):
		n, _ := fig(p, "democracy.sessions", d.Sessions, "次")
		out = append(out, sentence("召开"+body+n+"，"+w.Delegates()+"依法行使民主权利"))
	}
	if n, ok := fig(p, "democracy.proposals", d.Proposals, "件"); ok && positive(p, "democracy.proposals", d.Proposals) && !w.proposalsApart {
		s := span(d.Span) + "共收到" + w.Delegates() + "提案" + n
		if a, ok := fig(p, "democracy.accepted", d.Accepted, "件"); ok {
			s += "，立案" + a
			if r := w.valueText(rules.IDAdoptionRate, ""); r != "" {
				s += "，立案率为" + r
			}
		}
		if done := w.proposalsDone(); done != "" {
			s += "；" + done
		}
		if e, ok := fig(p, "democracy.excellent", d.Excellent, "件"); ok && positive(p, "democracy.excellent", d.Excellent) {
			s += "；评出优秀提案" + e
		}
		out = append(out, sentence(s))
	}
	if n, ok := fig(p, "democracy.suggestions", d.Suggestions, "条"); ok && positive(p, "democracy.suggestions", d.Suggestions) {
		s := "广大" + w.Staff() + "积极建言献策，提出合理化建议" + n
		if a, ok := fig(p, "democracy.adopted", d.Adopted, "条"); ok && positive(p, "democracy.adopted", d.Adopted) {
			s += "，被采纳" + a
			if r := w.valueText(rules.IDSuggestionRate, ""); r != "" {
				s += "，采纳率为" + r
			}
		}
		if im, ok := fig(p, "democracy.suggestions_implemented", d.SuggestionsImplemented, "条"); ok && positive(p, "democracy.suggestions_implemented", d.SuggestionsImplemented) {
			s += "，已实施" + im
		}
		if m, ok := money(p, "democracy.suggestions_value", d.SuggestionsValue); ok && positiveMoney(p, "democracy.suggestions_value", d.SuggestionsValue) {
			s += "，创造经济效益" + m
		}
		out = append(out, sentence(s))
	}
	if n, ok := fig(p, "democracy.open_items", d.OpenItems, "项"); ok && positive(p, "democracy.open_items", d.OpenItems) {
		s := "深入推行" + w.words.Open + "，公开事项" + n
		if t, ok := fig(p, "democracy.open_times", d.OpenTimes, "期"); ok && positive(p, "democracy.open_times", d.OpenTimes) {
			s += "，公开" + t
		}
		out = append(out, sentence(s+"，保障了"+w.Staff()+"的知情权、参与权和监督权"))
	}
	if n, ok := fig(p, "democracy.feedback", d.Feedback, "条"); ok && positive(p, "democracy.feedback", d.Feedback) {
		s := "征集" + w.Staff() + "对工会工作的意见建议" + n
		if a, ok := fig(p, "democracy.feedback_adopted", d.FeedbackAdopted, "条"); ok && positive(p, "democracy.feedback_adopted", d.FeedbackAdopted) {
			s += "，采纳" + a
		}
		out = append(out, sentence(s))
	}
	if len(out) == 0 {
		return nil
	}
	return []Para{out}
}

// proposalsDone words what became of the proposals put on file: "已办结
// 27件，已落实25件，落实率为80.6%"; "" when the records do not say.
func (w *Writer) proposalsDone() string {
	p, d := w.p, w.p.Democracy
	var done []string
	if c, ok := fig(p, "democracy.completed", d.Completed, "件"); ok && positive(p, "democracy.completed", d.Completed) {
		done = append(done, "已办结"+c)
	}
	if im, ok := fig(p, "democracy.implemented", d.Implemented, "件"); ok && positive(p, "democracy.implemented", d.Implemented) {
		c := "已落实" + im
		if r := w.valueText(rules.IDImplementationRate, ""); r != "" {
			c += "，落实率为" + r
		}
		if v, ok := w.value(rules.IDUnimplemented, ""); ok && v.Num.Sign() > 0 && p.ProposalsUnderWay() {
			c += "，其余" + w.Value(v) + "正在抓紧落实"
		}
		done = append(done, c)
	}
	return joinClauses(done...)
}

// congressTerm words democratic management over a review of several years.
func (w *Writer) congressTerm() []Para {
	var cs []string
	// the congresses held: a meeting of a 届 in a year's file, or the
	// sessions it counts
	var held int64
	for _, p := range w.periods {
		switch d := p.Democracy; {
		case d.Sessions != nil:
			held += *d.Sessions
		case d.Meeting != nil:
			held++
		}
	}
	if held > 1 {
		cs = append(cs, "先后召开"+w.words.Congress+countText(held, "次"))
	}
	if v := w.res.Cumulative(rules.IDProposals); v.OK() && v.Num.Sign() > 0 {
		c := "累计收到" + w.Delegates() + "提案" + w.Value(v)
		if a := w.res.Cumulative(rules.IDAccepted); a.OK() && a.Num.Sign() > 0 {
			c += "，立案" + w.Value(a)
			if n := w.res.Cumulative(rules.IDImplemented); n.OK() && n.Num.Sign() > 0 {
				c += "，已落实" + w.Value(n)
			}
		}
		cs = append(cs, c)
	}
	if len(cs) == 0 {
		return nil
	}
	return []Para{{sentence(w.termSince() + "，" + joinClauses(cs...))}}
}

// contracts plans the collective contracts signed and the wage bargaining
// among the enterprises covered.
func (w *Writer) contracts() []Para {
	if w.multi {
		var out Para
		out = append(out, w.contractsTerm()...)
		if s := w.growthSentence(rules.IDSigningRate, "工资集体协商签订率"); s != "" {
			out = append(out, s)
		}
		if len(out) == 0 {
			return nil
		}
		return []Para{out}
	}
	p := w.p
	var out Para
	// the campaign over the employers first, its rate the lead; then the
	// contracts signed, each kind with its figures
	bg := p.Bargaining
	if r, ok := w.value(rules.IDSigningRate, ""); ok && *bg.Enterprises > 1 {
		signed := "，其中" + countText(*bg.Signed, "家") + "签订工资专项集体合同，签订率为" + w.Value(r)
		if *bg.Signed == *bg.Enterprises {
			signed = "，全部签订工资专项集体合同" // not "其中6家" of 6, nor a rate of 100%
		}
		out = append(out, sentence("深入推进工资集体协商，已建会企业"+countText(*bg.Enterprises, "家")+signed))
	} else if ok && *bg.Signed > 0 && !hasContract(p, "工资专项集体合同") {
		// one enterprise's own union: its contract, not a rate of 1 in 1
		out = append(out, "开展工资集体协商，签订工资专项集体合同。")
	}
	if r, ok := w.value(rules.IDBargainingCoverage, ""); ok {
		out = append(out, sentence("工资集体协商覆盖职工"+countText(*bg.Covered, "人")+"，覆盖率为"+w.Value(r)))
	}
	named := map[string]bool{} // employers named in full once: after, 与公司行政
	var groups []string
	for _, g := range contractGroups(p.Contracts) {
		groups = append(groups, w.contractGroup(g, named))
	}
	out = append(out, oneVerb(groups)...)
	if n, ok := fig(p, "bargaining.instructors", bg.Instructors, "人次"); ok && positive(p, "bargaining.instructors", bg.Instructors) {
		out = append(out, sentence("培训工资集体协商指导员"+n))
	}
	if p.Women.SpecialContract != nil && *p.Women.SpecialContract && !hasContract(p, "女职工专项集体合同") {
		out = append(out, "签订了女职工权益保护专项集体合同，女职工的特殊权益得到有效保障。")
	}
	if len(out) == 0 {
		return nil
	}
	return []Para{out}
}

// contractsTerm words the contracts a review of several years' files
// signed, a kind in a sentence: the years it was signed (每年 when every
// year; 续签 when the records say so), and how many staff the last covers:
// "2021年、2024年两次签订集体合同，覆盖职工5148人".
func (w *Writer) contractsTerm() []string {
	type signed struct {
		kind    string
		years   []string
		renewed bool
		staff   *int64
	}
	var kinds []*signed
	index := map[string]*signed{}
	for _, p := range w.periods {
		for _, c := range p.Contracts {
			k := index[c.Kind]
			if k == nil {
				k = &signed{kind: c.Kind}
				index[c.Kind] = k
				kinds = append(kinds, k)
			}
			year := ""
			if p.When.Year != nil {
				year = strconv.FormatInt(*p.When.Year, 10) + "年"
			}
			if c.Date.Year > 0 {
				year = strconv.Itoa(c.Date.Year) + "年"
			}
			if year != "" && !slices.Contains(k.years, year) {
				k.years = append(k.years, year)
			}
			k.renewed = k.renewed || c.Renewed != nil && *c.Renewed
			if c.Staff != nil {
				k.staff = c.Staff
			}
		}
	}
	var out []string
	for _, k := range kinds {
		if len(k.years) == 0 || k.kind == "" || k.kind == "其他" {
			continue
		}
		verb := "签订"
		if k.renewed {
			verb = "续签"
		}
		var s string
		switch n := len(k.years); {
		case n == w.yearsReviewed() && n > 1:
			s = "每年" + verb + k.kind
		case n == 2:
			s = list(k.years) + "两次" + verb + k.kind
		case n > 1:
			s = list(k.years) + cnfmt.Hanzi(n) + "次" + verb + k.kind
		default:
			s = k.years[0] + verb + k.kind
		}
		if k.staff != nil && *k.staff > 0 {
			who := w.Staff()
			if strings.Contains(k.kind, "女职工") {
				who = "女职工" // a women's contract covers the women
			}
			s += "，覆盖" + who + countText(*k.staff, "人")
		}
		out = append(out, sentence(s))
	}
	return out
}

// placedContract is a contract with its index in the records.
type placedContract struct {
	i int
	c record.Contract
}

// contractGroups puts together the contracts signed with one party on one
// date (集体合同 and its 专项 contracts; an industry's 集体合同 and its 工资
// 专项集体合同), so the date and the party are said once. A contract whose
// note says more than its title stands alone.
func contractGroups(cs []record.Contract) [][]placedContract {
	var out [][]placedContract
	for i, c := range cs {
		n := len(out)
		if n > 0 && c.With != "" {
			g := out[n-1]
			first, last := g[0].c, g[len(g)-1].c
			if (first.Scope == c.Scope || !areaWide(first) && !areaWide(c)) && first.With == c.With && first.Date == c.Date && (last.Note == "" || bookTitle(last.Note)) {
				out[n-1] = append(g, placedContract{i, c})
				continue
			}
		}
		out = append(out, []placedContract{{i, c}})
	}
	return out
}

// bookTitle reports whether a note is only a document's title in 书名号,
// "《当阳市建筑行业集体合同》": it names the contract and goes right after
// its kind.
func bookTitle(note string) bool {
	note = clause(note)
	return strings.HasPrefix(note, "《") && strings.HasSuffix(note, "》") && strings.Count(note, "《") == 1
}

// areaWide reports whether a contract binds an area or an industry.
func areaWide(c record.Contract) bool { return c.Scope == "区域性" || c.Scope == "行业性" }

// contractGroup words contracts signed together: "3月，与平阳县人民医院续签
// 集体合同，签订女职工专项集体合同，覆盖1186名医务人员、853名女职工。"
// The union's own employer, once named (named), is then its 行政.
func (w *Writer) contractGroup(g []placedContract, named map[string]bool) string {
	p := w.p
	var cover []string
	var acts [][]string // by verb, in turn: the verb, then its kinds
	seen := map[string]bool{}
	lastVerb := ""
	for _, pc := range g {
		c := pc.c
		path := "contracts[" + strconv.Itoa(pc.i) + "]."
		verb := "签订"
		if c.Renewed != nil && *c.Renewed {
			verb = "续签"
		}
		kind := c.Kind
		if areaWide(c) && (len(acts) == 0 || lastVerb != verb) {
			kind = c.Scope + kind // said once: 签订行业性集体合同和工资专项集体合同
		}
		switch {
		case c.Kind == "其他" && bookTitle(c.Note):
			kind = clause(c.Note) // the title names it: not 其他《…》
		case c.Kind == "其他":
			kind = "其他专项集体合同"
		case bookTitle(c.Note):
			kind += clause(c.Note)
		}
		if n, ok := fig(p, path+"count", c.Count, "份"); ok && positive(p, path+"count", c.Count) && (c.Count == nil || *c.Count > 1) {
			kind += n
		}
		if verb == lastVerb {
			acts[len(acts)-1] = append(acts[len(acts)-1], kind)
		} else {
			acts = append(acts, []string{verb, kind})
		}
		lastVerb = verb
		add := func(s string) {
			if !seen[s] {
				seen[s] = true
				cover = append(cover, s)
			}
		}
		if n, ok := fig(p, path+"enterprises", c.Enterprises, "家"); ok && positive(p, path+"enterprises", c.Enterprises) {
			add("企业" + n)
		}
		if n, ok := fig(p, path+"staff", c.Staff, "名"); ok && positive(p, path+"staff", c.Staff) {
			who := w.Staff()
			if c.Kind == "女职工专项集体合同" {
				who = "女职工"
			}
			add(n + who)
		}
	}
	first := g[0].c
	clauses := make([]string, len(acts))
	for i, a := range acts {
		clauses[i] = a[0] + cnfmt.JoinAnd(a[1:]) // 续签集体合同、工资专项集体合同和女职工专项集体合同
	}
	s := joinClauses(clauses...)
	if first.With != "" && !areaWide(first) {
		with := first.With
		own := with == w.p.Host.Name || with == strings.TrimSuffix(w.p.Org.Name, "工会")
		if own && named[with] {
			with = w.admin() // the union's own employer, named once: then 与公司行政, 与行方
		}
		named[first.With] = true
		s = "与" + with + s
	}
	if len(cover) > 0 {
		s += "，覆盖" + list(cover)
	}
	note := g[len(g)-1].c.Note
	if bookTitle(note) {
		note = ""
	}
	return withNote(joinClauses(w.when(first.Date, record.Date{}), s), note)
}

// oneVerb joins a run of contract sentences that open with the same verb
// into one sentence that says the verb once: the kinds after semicolons
// when they have figures of their own ("签订区域性工资专项集体合同21份，覆盖
// 企业1380家；行业性工资专项集体合同9份……；女职工专项集体合同1860份。"), else
// in a list (签订集体合同和工资专项集体合同). A sentence with a date or a
// party before its verb, or with a note that is a sentence of its own,
// stands alone; a note that is a clause goes with its kind.
func oneVerb(sentences []string) []string {
	var out []string
	var run []string // the current run's sentences, verb and 。 taken off
	verb := ""
	flush := func() {
		switch {
		case len(run) == 1:
			out = append(out, verb+run[0]+"。")
		case len(run) > 1:
			sep := strings.Join(run, "")
			if strings.Contains(sep, "，") {
				out = append(out, verb+strings.Join(run, "；")+"。")
			} else {
				out = append(out, verb+cnfmt.JoinAnd(run)+"。")
			}
		}
		run, verb = nil, ""
	}
	for _, s := range sentences {
		v := ""
		for _, x := range []string{"签订", "续签"} {
			if strings.HasPrefix(s, x) && strings.Count(s, "。") == 1 && strings.HasSuffix(s, "。") {
				v = x
			}
		}
		if v == "" || v != verb {
			flush()
		}
		if v == "" {
			out = append(out, s)
			continue
		}
		verb = v
		run = append(run, strings.TrimSuffix(strings.TrimPrefix(s, v), "。"))
	}
	flush()
	return out
}

// hasContract reports whether the contracts list one of kind.
func hasContract(p *record.Period, kind string) bool {
	for _, c := range p.Contracts {
		if c.Kind == kind {
			return true
		}
	}
	return false
}

// What the democracy section's records lead with (Writer.Bargaining).
const (
	BargainingOnly  = "only" // bargaining and contracts, and nothing else
	BargainingFirst = "led"  // bargaining, with other figures but no congress
)

// Bargaining says what the democracy section's records lead with, for its
// heading: BargainingOnly when they tell collective bargaining and
// contracts and nothing else (no congress, no meeting, no rate or figure
// of the section's own), BargainingFirst when bargaining comes with other
// figures but no congress of the union's own, "" when a congress leads
// (健全民主管理制度).
func (w *Writer) Bargaining() string {
	if len(w.contracts()) == 0 || len(w.congress()) > 0 {
		return ""
	}
	if len(w.activitiesOf("democracy")) == 0 && len(w.others("democracy", "")) == 0 {
		return BargainingOnly
	}
	return BargainingFirst
}

// clerkTellsMeeting reports whether the clerk's paragraphs on democratic
// management tell the congress meeting term/meeting of body: its name
// (一届十二次, 第一届第十二次, 1届12次) not within a longer number (the
// 十一届二次全委会 of another body is not 一届二次), followed by a congress
// word (职代会, 职工代表大会, 教代会, 会员代表大会, body).
func (w *Writer) clerkTellsMeeting(term, meeting int64, body string) bool {
	for _, t := range w.p.Text.Sections["democracy"] {
		for _, name := range meetingNames(term, meeting) {
			for i := strings.Index(t, name); i >= 0; {
				before, _ := utf8.DecodeLastRuneInString(t[:i])
				after := strings.TrimLeft(t[i+len(name):], " ")
				if !strings.ContainsRune("零一二三四五六七八九十百0123456789", before) && congressWord(after, body) {
					return true
				}
				next := strings.Index(t[i+len(name):], name)
				if next < 0 {
					break
				}
				i += len(name) + next
			}
		}
	}
	return false
}

// congressWord reports whether s begins with the name of a congress: the
// records' body or one of the usual names.
func congressWord(s, body string) bool {
	for _, c := range []string{body, "职代会", "职工代表大会", "教代会", "教职工代表大会", "会员代表大会", "会代会"} {
		if c != "" && strings.HasPrefix(s, c) {
			return true
		}
	}
	return false
}

// meetingNames are the ways a clerk names a congress meeting: 一届十二次,
// 第一届第十二次, 1届12次.
func meetingNames(term, meeting int64) []string {
	t, m := cnfmt.Hanzi(int(term)), cnfmt.Hanzi(int(meeting))
	tn, mn := strconv.FormatInt(term, 10), strconv.FormatInt(meeting, 10)
	return []string{t + "届" + m + "次", "第" + t + "届第" + m + "次", tn + "届" + mn + "次", "第" + tn + "届第" + mn + "次"}
}
