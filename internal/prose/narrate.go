package prose

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"zongjie/internal/cnfmt"
	"zongjie/internal/record"
)

// Para is a planned paragraph: plain sentences, each ending with its stop.
type Para []string

// Narrate plans the sentences of a report section (a record.SectionIDs id)
// from the records and the rule engine's figures: what the union did, with
// its figures, grouped, in order, each thing worded with its own verb and
// measure words. A section with nothing recorded gives no paragraph.
func (w *Writer) Narrate(section string) []Para {
	out := w.facts(section)
	out = append(out, dated(w.activitiesIn(section))...)
	out = append(out, dated(w.others(section, textOf(out)))...)
	return dated(joinShort(out))
}

// A paragraph of one sentence shorter than shortPara runes ("全年新建工会1个。",
// "会员参赛率为98%以上。") does not stand alone: joinShort puts it with its
// neighbour, as long as the paragraph it joins stays under joinedPara runes.
const (
	shortPara  = 30
	joinedPara = 300
)

// joinShort joins each short one-sentence paragraph to the paragraph before
// it, or, when it is the first, to the one after it: a page of one-line
// paragraphs reads like a list a machine filled in, not a report.
func joinShort(ps []Para) []Para {
	var out []Para
	for _, p := range ps {
		if n := len(out); n > 0 && Joinable(out[n-1], p) {
			last := len(out[n-1]) - 1
			if s, ok := likeJoin(out[n-1][last], p[0]); ok {
				out[n-1][last] = s
				out[n-1] = append(out[n-1], p[1:]...)
				continue
			}
			out[n-1] = append(out[n-1], p...)
			continue
		}
		out = append(out, append(Para(nil), p...))
	}
	return out
}

// frame is how a sentence opens after its date: its first two characters
// ("举办了…" and "4月16日，举办了…" both open with 举办).
func frame(s string) string {
	if d := leadingDate(s); d != "" {
		s = strings.TrimPrefix(s, d+"，")
	}
	rs := []rune(s)
	if len(rs) < 2 {
		return ""
	}
	return string(rs[:2])
}

// likeJoin returns sentences a and b as one, their clauses joined by ；,
// when both open the same way (4月16日，举办了…，共有165人参加；9月21日，
// 举办了…): like sentences one after another read as a form filled in.
func likeJoin(a, b string) (string, bool) {
	if f := frame(a); f != "" && f == frame(b) && single(a) && single(b) {
		return clause(a) + "；" + b, true
	}
	return "", false
}

// single reports whether s is one sentence.
func single(s string) bool { return strings.Count(s, "。") == 1 && strings.HasSuffix(s, "。") }

// textOf is the text of planned paragraphs, for checking what they say.
func textOf(ps []Para) string {
	var b strings.Builder
	for _, p := range ps {
		for _, s := range p {
			b.WriteString(s)
		}
	}
	return b.String()
}

// Joinable reports whether paragraphs a and b, one after the other in a
// section, read as one: either is a single short sentence and together
// they stay under joinedPara runes.
func Joinable(a, b Para) bool {
	return (short(a) || short(b)) && runes(a)+runes(b) <= joinedPara
}

// short reports whether p is a single sentence of fewer than shortPara
// runes. A clerk's paragraph comes as one string: one 。 at its end at most.
func short(p Para) bool {
	return len(p) == 1 && strings.Count(strings.TrimRight(p[0], "。"), "。") == 0 && runes(p) < shortPara
}

// runes counts the runes of p's sentences.
func runes(p Para) int {
	n := 0
	for _, s := range p {
		n += utf8.RuneCountInString(s)
	}
	return n
}

// dated says each paragraph's dates once (oneDate) and leaves out empty
// paragraphs.
func dated(ps []Para) []Para {
	var out []Para
	for _, p := range ps {
		if len(p) > 0 {
			out = append(out, oneDate(p))
		}
	}
	return out
}

// facts plans what the records of a section's own fields say (members,
// relief batches, finance …), before the section's activities.
func (w *Writer) facts(section string) []Para {
	var out []Para
	add := func(ps ...Para) { out = append(out, dated(ps)...) }
	switch section {
	case "organisation":
		if w.scopeIsNewUnion() {
			// the founding before its membership: "…联合会成立。该联合会现有会员…"
			b, m := w.building(), w.membership()
			if len(b) > 0 && len(m) > 0 {
				b[len(b)-1] = append(b[len(b)-1], m[0]...)
				m = m[1:]
			}
			add(b...)
			add(m...)
		} else {
			add(w.membership()...)
			add(w.building()...)
		}
	case "democracy":
		add(w.congress()...)
		add(w.contracts()...)
	case "rights":
		add(w.rights()...)
	case "finance":
		add(w.finance()...)
	case "charity":
		add(w.charity()...)
	case "relief":
		add(w.relief()...)
	case "labour":
		add(w.labour()...)
	case "honours":
		add(w.honours()...)
		add(w.commendations()...)
	case "women":
		// the women's own places (母婴室) with the women's figures: a
		// speech's brief tells the section's first paragraph only
		ws, fs := w.women(), w.facilities("women")
		if len(ws) > 0 && len(fs) > 0 {
			ws[0] = append(ws[0], fs[0]...)
			fs = nil
		}
		add(ws...)
		add(fs...)
		return out
	}
	add(w.facilities(section)...) // the places that serve the section's work
	return out
}

// sentence ends a clause with 。 unless it ends with a stop already.
func sentence(s string) string {
	s = strings.TrimRight(s, " ，、；")
	if s == "" {
		return ""
	}
	for _, end := range []string{"。", "！", "？", "。”", "！”", "？”"} {
		if strings.HasSuffix(s, end) {
			return s
		}
	}
	return s + "。"
}

// clause drops a text's final stop so it can go on inside a sentence.
func clause(s string) string {
	s = strings.TrimSpace(s)
	for {
		t := strings.TrimRight(s, "。；，！.")
		if t == s {
			return s
		}
		s = t
	}
}

// joinClauses joins clauses with "，", leaving out empty ones.
func joinClauses(cs ...string) string {
	var out []string
	for _, c := range cs {
		if c = clause(c); c != "" {
			out = append(out, c)
		}
	}
	return strings.Join(out, "，")
}

// list joins items with 、 (cnfmt.Join: none between quoted items).
func list(items []string) string { return cnfmt.Join(items) }

// listNames joins names with 、, each set by listName.
func listNames(names []string) string {
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = listName(n)
	}
	return list(out)
}

// listName sets a name inside a list of names: a name that holds 、 itself
// (城乡共建、警民共建捐资) is quoted, so that it does not read as two items
// of the list; a name with quotes or book-title marks of its own (“登高望远、
// 健康同行”秋季登山活动) is left as it is.
func listName(name string) string {
	if !strings.Contains(name, "、") || strings.ContainsAny(name, "“”「」《》") {
		return name
	}
	return "“" + name + "”"
}

// year returns the year of the period reported on, 0 when not known.
func (w *Writer) year() int {
	if w.p.When.Year == nil {
		return 0
	}
	return int(*w.p.When.Year)
}

// When words a date or a span of dates as running text: within the
// report's year and in a one-period report without the year ("5月",
// "12月10日", "3—5月", "9月19日至27日"), otherwise with it ("2012年11月—
// 2013年1月", "2012年11月20日至2013年1月5日"). "" when start is not given.
func (w *Writer) When(start, end record.Date) string { return w.when(start, end) }

// when is When.
func (w *Writer) when(start, end record.Date) string {
	if start.IsZero() {
		return ""
	}
	word := func(d record.Date, withYear bool) string {
		out := ""
		if withYear {
			out = strconv.Itoa(d.Year) + "年"
		}
		if d.Month > 0 {
			out += strconv.Itoa(d.Month) + "月"
		}
		if d.Day > 0 {
			out += strconv.Itoa(d.Day) + "日"
		}
		return out
	}
	sy := start.Year != w.year() || start.Month == 0 || w.several()
	if end.IsZero() || end == start {
		return word(start, sy)
	}
	ey := end.Year != start.Year
	switch {
	case !ey && !sy && start.Month == 1 && end.Month == 12 && start.Day <= 1 && (end.Day == 0 || end.Day == 31):
		return "全年" // 1—12月 of the year reported on
	case !ey && end.Month == start.Month && start.Day > 0 && end.Day > 0:
		return word(start, sy) + "至" + strconv.Itoa(end.Day) + "日"
	case !ey && start.Day == 0 && end.Day == 0 && start.Month > 0 && end.Month > 0:
		return word(record.Date{Year: start.Year}, sy) + strconv.Itoa(start.Month) + spanDash + strconv.Itoa(end.Month) + "月"
	case start.Month == 0 && end.Month == 0:
		return strconv.Itoa(start.Year) + spanDash + word(end, true)
	case start.Day == 0 && end.Day == 0 && start.Month > 0 && end.Month > 0:
		return word(start, true) + spanDash + word(end, true)
	}
	return word(start, sy || ey) + "至" + word(end, ey)
}

// spanDash joins the ends of a span of months or of years: "3—5月",
// "2012年11月—2013年1月", "2019—2023年", the 一字线 GB/T 15834 sets for
// the start and end of a time, as statistics and official reports print
// it; every span of months a report prints, the clerk's (spanWords) and
// the program's, takes it. A span of days keeps 至 ("9月19日至27日").
const spanDash = "—"

// spanWords words a statistics span the way every span of the report is
// worded: a span of months or of years a clerk wrote "3月至5月", "3-5月"
// or "2019年至2023年" is "3—5月", "2019—2023年"; any other span (上半年,
// 截至5月底, 去年至今, a span of days) as written.
func spanWords(s record.Span) string {
	t := s.Text()
	if s.UpTo() || s.Term() || !strings.ContainsAny(t, "至到—–~～-") {
		return t
	}
	from, to, ok := s.Range(0)
	if !ok || from.Day != 0 || to.Day != 0 || to.IsZero() && to.Month == 0 {
		return t
	}
	switch {
	case from.Month > 0 && to.Month > 0 && from.Year == to.Year:
		y := ""
		if from.Year != 0 {
			y = strconv.Itoa(from.Year) + "年"
		}
		if from.Month == to.Month {
			return y + strconv.Itoa(from.Month) + "月"
		}
		return y + strconv.Itoa(from.Month) + spanDash + strconv.Itoa(to.Month) + "月"
	case from.Month == 0 && to.Month == 0 && from.Year > 0 && to.Year > from.Year:
		return strconv.Itoa(from.Year) + spanDash + strconv.Itoa(to.Year) + "年"
	}
	return t
}

// span words a statistics span for a sentence's start ("1—11月，"), or ""
// when the figures cover the report's own period.
func span(s record.Span) string {
	if s.IsZero() {
		return ""
	}
	return spanWords(s) + "，"
}

// spanOr words a statistics span for a sentence's start, or def when the
// figures cover the report's own period.
func spanOr(s record.Span, def string) string {
	if t := span(s); t != "" {
		return t
	}
	return def
}

// semicolons joins a run of like sentences into one, separated by "；"
// ("1月，开展…；8月，开展…。"), so that a list of batches does not read as
// sentences of one frame one after another. A sentence with a sentence of
// its own after it (a note) ends the run.
func semicolons(ss []string) Para {
	var out Para
	var run []string
	flush := func() {
		if len(run) > 0 {
			out = append(out, sentence(strings.Join(run, "；")))
			run = nil
		}
	}
	for _, s := range ss {
		if single(s) {
			run = append(run, clause(s))
			continue
		}
		flush()
		out = append(out, s)
	}
	flush()
	return out
}

// oneDate says a date once where the sentences (or the clauses of a
// sentence, joined by ；) of a paragraph told one after another open with
// it: "6月28日，签订…。6月28日，召开…。" becomes "6月28日，签订…；召开…。",
// as a clerk groups what happened on one day.
func oneDate(p Para) Para {
	var out Para
	last := "" // the date the sentence before opened with
	for _, s := range p {
		s = oneDateClauses(s)
		d := leadingDate(s)
		one := single(s)
		if n := len(out); d != "" && d == last && one && strings.Count(out[n-1], "。") == 1 {
			out[n-1] = clause(out[n-1]) + "；" + strings.TrimPrefix(s, d+"，")
			continue
		}
		out = append(out, s)
		last = ""
		if one {
			last = d
		}
	}
	return out
}

// oneDateClauses drops a date from a clause of s that opens with the date
// the clause before it opened with: "1月，A；1月，B。" → "1月，A；B。".
func oneDateClauses(s string) string {
	if !strings.Contains(s, "；") {
		return s
	}
	parts := strings.Split(s, "；")
	last := leadingDate(parts[0])
	for i := 1; i < len(parts); i++ {
		d := leadingDate(parts[i])
		if d != "" && d == last {
			parts[i] = strings.TrimPrefix(parts[i], d+"，")
			continue
		}
		last = d
	}
	return strings.Join(parts, "；")
}

// leadingDate returns the date a sentence or clause opens with, before its
// first "，" ("6月28日", "3至5月", "2023年12月20日"), or "".
func leadingDate(s string) string {
	i := strings.Index(s, "，")
	if i <= 0 || i > 40 {
		return ""
	}
	d := s[:i]
	if d == "全年" { // 1—12月 (see when)
		return d
	}
	for _, r := range d {
		if !(r >= '0' && r <= '9' || strings.ContainsRune("年月日至—", r)) {
			return ""
		}
	}
	if !strings.ContainsAny(d, "月日") {
		return ""
	}
	return d
}
