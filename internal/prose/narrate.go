package prose

import (
	"strconv"
	"strings"

	"zongjie/internal/record"
)

// Para is a planned paragraph: plain sentences, each ending with its stop.
type Para []string

// Narrate plans the sentences of a report section (a record.SectionIDs id)
// from the records and the rule engine's figures: what the union did, with
// its figures, grouped, in order, each thing worded with its own verb and
// measure words. A section with nothing recorded gives no paragraph.
func (w *Writer) Narrate(section string) []Para {
	var out []Para
	add := func(ps ...Para) {
		for _, p := range ps {
			if len(p) > 0 {
				out = append(out, p)
			}
		}
	}
	switch section {
	case "organisation":
		add(w.membership()...)
		add(w.building()...)
	case "democracy":
		add(w.congress()...)
		add(w.contracts()...)
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
		add(w.women()...)
	case "self":
		add(w.facilities()...)
	}
	add(w.activitiesIn(section)...)
	add(w.others(section)...)
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

// list joins items with 、.
func list(items []string) string { return strings.Join(items, "、") }

// year returns the year of the period reported on, 0 when not known.
func (w *Writer) year() int {
	if w.p.When.Year == nil {
		return 0
	}
	return int(*w.p.When.Year)
}

// when words a date or a span of dates as running text: within the
// report's year and in a one-period report without the year ("5月",
// "12月10日", "3至5月", "9月19日至27日"), otherwise with it ("2012年11月至
// 2013年1月"). "" when start is not given.
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
	sy := start.Year != w.year() || start.Month == 0 || w.multi
	if end.IsZero() || end == start {
		return word(start, sy)
	}
	ey := end.Year != start.Year
	switch {
	case !ey && end.Month == start.Month && start.Day > 0 && end.Day > 0:
		return word(start, sy) + "至" + strconv.Itoa(end.Day) + "日"
	case !ey && start.Day == 0 && end.Day == 0 && start.Month > 0 && end.Month > 0:
		return word(record.Date{Year: start.Year}, sy) + strconv.Itoa(start.Month) + "至" + strconv.Itoa(end.Month) + "月"
	}
	return word(start, sy || ey) + "至" + word(end, ey)
}

// span words a statistics span for a sentence's start ("1—11月，"), or ""
// when the figures cover the report's own period.
func span(s record.Span) string {
	if s.IsZero() {
		return ""
	}
	return s.Text() + "，"
}

// spanOr words a statistics span for a sentence's start, or def when the
// figures cover the report's own period.
func spanOr(s record.Span, def string) string {
	if t := span(s); t != "" {
		return t
	}
	return def
}
