package report

import (
	"fmt"
	"reflect"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"text/template"

	"zongjie/internal/cnfmt"
	"zongjie/internal/prose"
)

// funcs returns the functions templates may call. The template author's
// reference:
//
// Structure (they print directives, which the structural pass turns into
// headings and paragraphs; blank lines and line breaks in a template mean
// nothing, so indent freely):
//
//	title PARTS…         the document title (the parts are concatenated)
//	section ID PARTS…    open a sub-section; its heading is the clerk's
//	                     text.headings[ID] if given, else the parts; its
//	                     number (一、（一）1.（1）) follows from the nesting
//	endsection           close the innermost section
//	toplevel             close every open section (closing paragraphs)
//	p                    start a paragraph
//	center / right / left  start a centred / right-aligned / flush-left (称呼) paragraph
//	item                 start a numbered work item (1. 2. …, counted
//	                     under each heading; a lone item is not numbered)
//	br                   a line break inside a paragraph
//	seq                  the opener of the next point: 一是, 二是 … (counted
//	                     in the section after dropping)
//	keep                 keep the current section even if it holds no figure
//	signature            the 落款: organisation, and the report date if given
//	table ROWS…          a table; each row a list, the first row the header
//	chart ID             a chart (catalog.IDs: "term.members" …) as a figure
//	                     with its numbered caption (图1 …); left out when
//	                     the data do not make it
//
// Record text and figures (a missing one drops its sentence):
//
//	narrate ID           what the records say for section ID, planned and
//	                     worded by the prose package: one paragraph per topic
//	brief ID             a speech's shorter review of section ID: the first
//	                     paragraph of its records and all its activities
//	meeting              the congress held: 平阳县人民医院第四届第三次职工代表大会
//	highlights           the period's headline figures in one sentence
//	host                 the host organisation's figures, as context (host.indicators)
//	proposals            how the last congress's proposals were handled
//	clerk ID             the clerk's paragraphs for section ID (text.sections)
//	work ID              narrate ID, then clerk ID, a short paragraph where
//	                     they meet joined to its neighbour
//	paras LIST           a paragraph for each text of LIST
//	join LIST            items joined with 、 (missing items left out)
//	joinAnd LIST         items joined with 、 and a final 和
//	clause TEXT          the text without its final 。；，
//	sentence TEXT        the text ending with 。
//	quote TEXT           the text in “”, its own “” made ‘’: 以“继续提升‘五型工会’建设成效”为主题
//	hanzi N              N in Chinese numerals (三, 十二)
//	monthName N          九月份
//	list ITEMS…          a list; append LIST ITEMS… adds to it
//	missing              a missing figure: drops the sentence it is in
//	data                 marks the sentence as holding data without printing
//
// Figures of the rule engine: see figures.go.
func (c *composer) funcs() template.FuncMap {
	fm := template.FuncMap{
		"title":      c.title,
		"section":    func(id string, parts ...any) (string, error) { return c.section("", id, parts...) },
		"endsection": func() string { return directive(dirEnd) },
		"toplevel":   func() string { return directive(dirTop) },
		// The positioned forms the loaded templates call (see check.go).
		"sectionAt":    c.section,
		"endsectionAt": func(at string) string { return directive(dirEnd, at) },
		"toplevelAt":   func(at string) string { return directive(dirTop, at) },
		"p":            func() string { return directive(dirPara) },
		"center":       func() string { return directive(dirCenter) },
		"right":        func() string { return directive(dirRight) },
		"left":         func() string { return directive(dirLeft) },
		"item":         func() string { return directive(dirItem) },
		"br":           func() string { return directive(dirBreak) },
		"seq":          func() string { return string(markSeq) },
		"keep":         func() string { return directive(dirKeep) },
		"signature":    c.signature,
		"table":        table,
		"chart":        c.chart,

		"clerk":      c.clerk,
		"narrate":    c.narrate,
		"work":       c.work,
		"brief":      c.brief,
		"statesAims": statesAims,
		"trainingOnly": func() bool {
			return c.res != nil && c.prose().TrainingOnly()
		},
		"safetyWork": func() bool {
			return c.res != nil && c.prose().SafetyWork()
		},
		"trains": func() bool {
			return c.res != nil && c.prose().Trains()
		},
		"rests": func() bool {
			return c.res != nil && c.prose().Rests()
		},
		"bargainingOnly": func() bool {
			return c.res != nil && c.prose().Bargaining() == prose.BargainingOnly
		},
		"bargainingFirst": func() bool {
			return c.res != nil && c.prose().Bargaining() == prose.BargainingFirst
		},
		"meeting":    func() Text { return c.worded((*prose.Writer).Meeting) },
		"highlights": func() Text { return c.worded((*prose.Writer).Highlights) },
		"host":       func() Text { return c.worded((*prose.Writer).HostContext) },
		"proposals": func() string {
			if c.res == nil {
				return ""
			}
			return planned(c.prose().Proposals())
		},
		"paras":     paras,
		"join":      join,
		"joinAnd":   joinAnd,
		"clause":    clause,
		"quote":     quote,
		"sentence":  sentence,
		"hanzi":     hanzi,
		"monthName": monthName,
		"list":      func(items ...any) []any { return items },
		"append":    func(l []any, items ...any) []any { return append(append([]any(nil), l...), items...) },
		"missing":   func() string { return missing },
		"data":      func() string { return string(markData) },
	}
	for k, f := range c.figureFuncs() {
		fm[k] = f
	}
	return fm
}

// placeholderFuncs are the functions a template set is parsed with; Compose
// binds the real ones to each report.
func placeholderFuncs() template.FuncMap { return (&composer{}).funcs() }

// FuncNames returns the names of the functions templates may call, in
// order: words users type, as the data keys are.
func FuncNames() []string {
	var names []string
	for name := range placeholderFuncs() {
		names = append(names, name)
	}
	sort.Strings(names)
	return names
}

// str prints a template value the way text/template would.
func str(v any) string {
	switch v := v.(type) {
	case nil:
		return missing
	case string:
		return v
	case fmt.Stringer:
		return v.String()
	}
	return fmt.Sprint(v)
}

// concat prints the parts one after another.
func concat(parts []any) string {
	var b strings.Builder
	for _, p := range parts {
		b.WriteString(str(p))
	}
	return b.String()
}

func (c *composer) title(parts ...any) string {
	return directive(dirTitle, concat(parts))
}

// section opens a section; at is where the template calls it.
func (c *composer) section(at, id string, parts ...any) (string, error) {
	if id == "" {
		return "", &fieldError{name: id, msg: "section 需要栏目名"}
	}
	heading := concat(parts)
	if h, ok := c.period.Text.Headings[id]; ok && strings.TrimSpace(h) != "" {
		heading = Text(strings.TrimSpace(h)).String()
	}
	if headingLine(heading) == "" && !hasMissing(heading) {
		return "", &fieldError{name: id, msg: "栏目没有标题:"}
	}
	return directive(dirSection, id, heading, at), nil
}

// signature prints the 落款: the organisation, and the report date, when
// the data gives one, as a paragraph of its own under it (the writers set
// the pair per GB/T 9704).
func (c *composer) signature() string {
	s := directive(dirRight) + Text(c.period.Org.Name).String()
	if d := (Date{D: c.period.When.ReportDate}); d.OK() {
		s += directive(dirDate) + d.String()
	}
	return s + directive(dirPara)
}

// yearsAgo matches a paragraph that speaks of several years ("五年来，…"),
// which a report of one period leaves out (fit warns of it). "一年来" is
// the year reported on, and stays.
var yearsAgo = regexp.MustCompile(`^[二两三四五六七八九十][一二三四五六七八九十]*年来`)

// thisYear matches the words a yearly file's paragraph opens with for its
// own year ("今年，…", "一年来，…"), which a review of several years says
// by the year's number.
var thisYear = regexp.MustCompile(`^(今年|本年度|本年|年内|一年来|这一年|过去的一年|过去一年)`)

// startsDated matches a paragraph that opens with a date of its own
// ("2021年，…", "2021年5月…").
var startsDated = regexp.MustCompile(`^(19|20)[0-9]{2}年`)

// inYear matches a paragraph that opens with a time of its year, which
// the year's number goes before ("5月，…" → "2021年5月，…", "年初，…" →
// "2021年年初，…").
var inYear = regexp.MustCompile(`^([0-9]{1,2}月|[一二三四五六七八九十]{1,2}月|年初|年中|年底|年末|上半年|下半年|春节|元旦|国庆|中秋)`)

// overYears matches a paragraph that speaks of more than its year: the
// term, every year, a standing practice ("本届工会…", "每年召开…",
// "坚持做到…必访").
var overYears = regexp.MustCompile(`本届|每年|年年|历年|多年|近年|近[二两三四五六七八九十]年|[二两三四五六七八九十0-9]年来|任期|坚持|始终|一直|长期|历来|连续`)

// dateClerk dates a clerk's paragraph of one year in a review of several
// years: its own words for the year become the year's number ("今年，…" →
// "2021年，…"); a paragraph that has no date and does not speak of the
// term (本届, 每年, 五年来) opens with its year, the last year's too: read
// aloud after "2024年，…", an undated "组织教职工学习…" has no time.
func dateClerk(t, year string) string {
	s := strings.TrimSpace(t)
	switch {
	case startsDated.MatchString(s) || yearsAgo.MatchString(s):
		return t
	case thisYear.MatchString(s):
		return thisYear.ReplaceAllLiteralString(s, year)
	case overYears.MatchString(s):
		return t
	case inYear.MatchString(s):
		return year + s
	}
	return year + "，" + s
}

// clerk prints the clerk's own paragraphs for a section, each a paragraph:
// the period's (but not one that speaks of several years); in a term
// review, every year's, oldest first, a paragraph repeated from an earlier
// year only once.
func (c *composer) clerk(id string) (string, error) {
	if !knownSection(id) {
		return "", &fieldError{name: id, msg: "没有这个栏目:"}
	}
	return paras(c.clerkTexts(id)), nil
}

// clerkTexts are the clerk's paragraphs for section id: those of the
// period reported on (a paragraph about several years ago left out), or,
// in a term review, those of every year, each once.
func (c *composer) clerkTexts(id string) []string {
	if c.kind != Term {
		var own []string
		for _, t := range c.period.Text.Sections[id] {
			if !yearsAgo.MatchString(strings.TrimSpace(t)) {
				own = append(own, t)
			}
		}
		return own
	}
	// a paragraph of one year is dated with it; one written in several
	// years' files alike is a standing one, printed once as written
	years := map[string]int{}
	for _, p := range c.periods {
		for _, t := range p.Text.Sections[id] {
			years[strings.TrimSpace(t)]++
		}
	}
	var all []string
	seen := map[string]bool{}
	for _, p := range c.periods {
		for _, t := range p.Text.Sections[id] {
			k := strings.TrimSpace(t)
			if k == "" || seen[k] {
				continue
			}
			seen[k] = true
			switch {
			case len(c.periods) > 1 && years[k] == 1 && p.When.Label() != "":
				t = dateClerk(t, p.When.Label())
			case p.When.Years() > 1 && p.When.Year != nil:
				// one file for the whole term: its 今年 is its last year,
				// which a speech given after it must name
				t = thisYear.ReplaceAllLiteralString(strings.TrimSpace(t), strconv.FormatInt(*p.When.Year, 10)+"年")
			}
			all = append(all, t)
		}
	}
	return all
}

// work prints what section id tells: the paragraphs the prose writer plans
// from the records, then the clerk's. Where they meet, a paragraph of one
// short sentence does not stand alone ("开展了“安全生产月”活动。" before the
// clerk's "逐级签订《安全责任目标书》。"): it joins its neighbour, as the
// planned paragraphs join among themselves (prose.Joinable).
func (c *composer) work(id string) (string, error) {
	if !knownSection(id) {
		return "", &fieldError{name: id, msg: "没有这个栏目:"}
	}
	var ps []prose.Para
	if c.res != nil {
		// planned once: the writer varies its words from one call to the next
		ps = c.prose().Narrate(id)
	}
	return c.withClerk(id, ps), nil
}

// statesAims reports whether a clerk's 指导思想 states the aims the stock
// sentence after it would add (围绕中心、服务大局, 团结动员广大职工):
// the template then says it as written, with the theme only.
func statesAims(guidance any) bool {
	g := str(guidance)
	for _, w := range []string{"围绕中心", "服务大局", "团结动员", "桥梁纽带"} {
		if strings.Contains(g, w) {
			return true
		}
	}
	return false
}

// withClerk prints the planned paragraphs ps of section id, then the
// clerk's paragraphs for it; a short paragraph where the two meet joins
// its neighbour (prose.Joinable).
func (c *composer) withClerk(id string, ps []prose.Para) string {
	texts := c.clerkTexts(id)
	narrated := planned(ps)
	var i int // the first clerk paragraph not yet printed
	for i < len(texts) && strings.TrimSpace(texts[i]) == "" {
		i++
	}
	if len(ps) == 0 || i == len(texts) || !prose.Joinable(ps[len(ps)-1], prose.Para{texts[i]}) {
		return narrated + paras(texts)
	}
	rest := paras(texts[i+1:])
	if rest == "" {
		rest = directive(dirPara)
	}
	return narrated + Text(texts[i]).String() + rest
}

// paras prints each text of a list as a paragraph of its own.
func paras(list any) string {
	var b strings.Builder
	for _, item := range items(list) {
		s := str(item)
		if strings.TrimSpace(stripMarks(s)) == "" {
			continue
		}
		b.WriteString(directive(dirPara))
		b.WriteString(s)
	}
	if b.Len() > 0 {
		b.WriteString(directive(dirPara))
	}
	return b.String()
}

// items returns the elements of a slice of any type, as values to print.
func items(list any) []any {
	switch l := list.(type) {
	case nil:
		return nil
	case []any:
		return l
	case []string:
		out := make([]any, len(l))
		for i, s := range l {
			out[i] = Text(s)
		}
		return out
	}
	v := reflect.ValueOf(list)
	if v.Kind() != reflect.Slice && v.Kind() != reflect.Array {
		return []any{list}
	}
	out := make([]any, v.Len())
	for i := range out {
		out[i] = v.Index(i).Interface()
	}
	return out
}

// printedItems prints the items, leaving out missing and empty ones.
func printedItems(list any) []string {
	var out []string
	for _, it := range items(list) {
		s := str(it)
		if hasMissing(s) || strings.TrimSpace(stripMarks(s)) == "" {
			continue
		}
		out = append(out, s)
	}
	return out
}

func join(list any) string {
	xs := printedItems(list)
	if len(xs) == 0 {
		return missing
	}
	return cnfmt.Join(xs)
}

func joinAnd(list any) string {
	xs := printedItems(list)
	if len(xs) == 0 {
		return missing
	}
	return cnfmt.JoinAnd(xs)
}

// clause drops the closing punctuation of a text so it can go on inside a sentence.
func clause(v any) string {
	s := strings.TrimRight(str(v), " ")
	for {
		t := s
		for _, end := range []string{"。", "；", "，", "！"} {
			s = strings.TrimSuffix(s, end)
		}
		// a full stop typed as "." after Chinese text
		if r := []rune(s); len(r) > 1 && r[len(r)-1] == '.' && isCJK(r[len(r)-2]) {
			s = string(r[:len(r)-1])
		}
		if t == s {
			return s
		}
	}
}

// quote puts a text in double quotation marks; quotation marks inside it
// become single ones, as a quotation within a quotation is marked (GB/T
// 15834): “继续提升‘五型工会’建设成效”.
func quote(v any) string {
	s := strings.NewReplacer("“", "‘", "”", "’").Replace(clause(v))
	if s == "" {
		return ""
	}
	return "“" + s + "”"
}

// sentence ends a text with 。 unless it ends with a stop already.
func sentence(v any) string {
	s := clause(v)
	if s == "" || hasMissing(s) && strings.TrimSpace(stripMarks(s)) == "" {
		return s
	}
	orig := strings.TrimRight(str(v), " ")
	for _, end := range []string{"！", "？", "。”", "！”", "？”"} {
		if strings.HasSuffix(orig, end) {
			return orig
		}
	}
	return s + "。"
}

func hanzi(n any) string {
	switch n := n.(type) {
	case int:
		return cnfmt.Hanzi(n)
	case int64:
		return cnfmt.Hanzi(int(n))
	case Count:
		return n.Hanzi()
	}
	return missing
}

func monthName(n any) (string, error) {
	var m int
	switch n := n.(type) {
	case int:
		m = n
	case int64:
		m = int(n)
	case Count:
		if !n.Valid {
			return missing, nil
		}
		m = int(n.N)
	default:
		return "", fmt.Errorf("monthName 需要月份数字,得到 %T", n)
	}
	s, err := cnfmt.MonthName(m)
	if err != nil {
		return missing, nil
	}
	return string(markData) + s, nil
}

// table prints a table directive; each argument is a row (a list of cells),
// the first the header.
func table(rows ...any) string {
	var rs []string
	for _, r := range rows {
		var cells []string
		for _, c := range items(r) {
			s := strings.Map(func(r rune) rune {
				if r == dirOpen || r == dirSep || r == tableRowSep || r == tableCellSep {
					return -1
				}
				return r
			}, str(c))
			cells = append(cells, s)
		}
		rs = append(rs, strings.Join(cells, string(tableCellSep)))
	}
	return directive(dirTable, strings.Join(rs, string(tableRowSep)))
}

// narrate prints the paragraphs the prose planner words for section id
// from the records and the rule engine's figures; each sentence holds data.
func (c *composer) narrate(id string) (string, error) {
	if !knownSection(id) {
		return "", &fieldError{name: id, msg: "没有这个栏目:"}
	}
	if c.res == nil {
		return "", nil
	}
	return planned(c.prose().Narrate(id)), nil
}

// brief prints the shorter review a speech gives of section id (the first
// paragraph of what its records say and every activity of the section in
// one paragraph, see prose.Writer.Brief), then the clerk's paragraphs for
// it, as work does: the speech of a congress report reviews the year more
// briefly than a summary does, but tells all the work its opening counts,
// and what the clerk wrote of a section is said wherever the section is.
func (c *composer) brief(id string) (string, error) {
	if !knownSection(id) {
		return "", &fieldError{name: id, msg: "没有这个栏目:"}
	}
	var ps []prose.Para
	if c.res != nil {
		ps = c.prose().Brief(id)
	}
	return c.withClerk(id, ps), nil
}

// planned prints planned paragraphs: each a paragraph, each sentence data.
func planned(ps []prose.Para) string {
	var b strings.Builder
	for _, para := range ps {
		b.WriteString(directive(dirPara))
		for _, s := range para {
			b.WriteByte(markData)
			b.WriteString(escapeText(s))
		}
	}
	return b.String()
}

// prose returns the report's prose writer, made on first use.
func (c *composer) prose() *prose.Writer {
	if c.writer == nil {
		c.writer = prose.New(c.res, c.kind == Term)
		if c.kind == Congress || c.kind == Term {
			// a 职代会 work report's title names the meeting of the
			// records; a 换届 review is delivered at the election
			c.writer.Speech(c.kind == Congress)
		}
	}
	return c.writer
}

// worded is a text the prose writer words, "" (missing) without records.
func (c *composer) worded(f func(*prose.Writer) string) Text {
	if c.res == nil {
		return ""
	}
	return Text(f(c.prose()))
}
