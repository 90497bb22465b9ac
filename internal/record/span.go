package record

import (
	"fmt"
	"strings"

	"zongjie/internal/num"
)

// Span is the time a figure covers when that is not the report period, as
// a report words it: "1—11月", "截至10月底", "2013年3月至5月", "2019—2023年",
// "去年至今", "本届以来". It is written as text and kept as written (Text),
// for the sentence to say; Range gives its dates against the report's year.
// The zero Span means "the report period".
type Span struct {
	text string
	// from and to are the ends; a month or day without a year (year 0)
	// is in the report's year, and lastYear puts from in the year before.
	from, to Date
	lastYear bool
	upTo     bool // 截至: only the end is given
	term     bool // the whole term of the committee
}

// IsZero reports whether no span was written.
func (s Span) IsZero() bool { return s.text == "" }

// Text is the span as written (spaces and full-width digits normalised).
func (s Span) Text() string { return s.text }

// String is Text.
func (s Span) String() string { return s.text }

// UpTo reports whether only the end was given (截至…).
func (s Span) UpTo() bool { return s.upTo }

// Term reports whether the span is the committee's whole term (本届以来).
func (s Span) Term() bool { return s.term }

// Range returns the span's first and last dates, years filled in from the
// report's year. A missing end is the zero Date (截至…: no start; …至今:
// no end). ok is false for a term span, whose dates the committee gives.
func (s Span) Range(year int) (from, to Date, ok bool) {
	if s.term || s.IsZero() {
		return Date{}, Date{}, false
	}
	fill := func(d Date) Date {
		if !d.IsZero() || d.Month == 0 {
			return d
		}
		d.Year = year
		return d
	}
	from, to = fill(s.from), fill(s.to)
	if s.lastYear {
		from = Date{Year: year - 1}
	}
	return from, to, true
}

// ParseSpan reads a span as a report writes it. See Span.
func ParseSpan(s string) (Span, error) {
	t := strings.TrimSpace(num.Normalize(s))
	if t == "" {
		return Span{}, nil
	}
	sp := Span{text: t}
	switch t {
	case "本届", "本届以来", "任期内", "本届任期", "五年来", "三年来", "四年来", "换届以来":
		sp.term = true
		return sp, nil
	case "去年至今", "上年至今", "去年以来":
		sp.lastYear = true
		return sp, nil
	}
	if m, ok := partSpans[t]; ok {
		sp.from, sp.to = Date{Month: m[0]}, Date{Month: m[1]}
		return sp, nil
	}
	for _, p := range []string{"截至", "截止到", "截止", "截至到"} {
		if strings.HasPrefix(t, p) {
			d, err := spanEnd(strings.TrimPrefix(t, p), Date{})
			if err != nil {
				return Span{}, err
			}
			sp.to, sp.upTo = d, true
			return sp, nil
		}
	}
	for _, suf := range []string{"至今", "以来"} {
		if strings.HasSuffix(t, suf) {
			d, err := spanEnd(strings.TrimSuffix(t, suf), Date{})
			if err != nil {
				return Span{}, err
			}
			sp.from = d
			return sp, nil
		}
	}
	a, b, ok := cutSpan(t)
	if !ok {
		return Span{}, errBadSpan
	}
	// "1—11月", "2019—2023年", "3月至5月": the second end's unit applies to
	// the first when the first is a bare number.
	if isDigits(a) {
		switch {
		case strings.HasSuffix(b, "年"):
			a += "年"
		case strings.HasSuffix(b, "月") && !strings.Contains(b, "年"):
			a += "月"
		case strings.HasSuffix(b, "月") || strings.HasSuffix(b, "月底"):
			a += "月"
		}
	}
	from, err := spanEnd(a, Date{})
	if err != nil {
		return Span{}, err
	}
	to, err := spanEnd(b, from)
	if err != nil {
		return Span{}, err
	}
	if !from.IsZero() && !to.IsZero() && to.Before(from) {
		return Span{}, fmt.Errorf("结束 %s 早于开始 %s", to, from)
	}
	if from.Year == 0 && to.Year == 0 && (to.Month < from.Month || (to.Month == from.Month && to.Day > 0 && to.Day < from.Day)) {
		return Span{}, fmt.Errorf("结束早于开始;跨年的时段请写上年份,如 2012年11月至2013年3月")
	}
	sp.from, sp.to = from, to
	return sp, nil
}

// partSpans are the parts of a year a span may be named by, as months.
var partSpans = map[string][2]int{
	"全年": {1, 12}, "上半年": {1, 6}, "下半年": {7, 12},
	"一季度": {1, 3}, "二季度": {4, 6}, "三季度": {7, 9}, "四季度": {10, 12},
	"第一季度": {1, 3}, "第二季度": {4, 6}, "第三季度": {7, 9}, "第四季度": {10, 12},
}

var errBadSpan = fmt.Errorf("不是时段的写法;请写成 1—11月、上半年、2013年3月至5月、截至10月底、2019—2023年、去年至今 或 本届以来")

// cutSpan splits "A—B", "A至B", "A到B", "A~B" at the separator.
func cutSpan(t string) (a, b string, ok bool) {
	for _, sep := range []string{"至", "到", "—", "–", "~", "～", "-"} {
		if i := strings.Index(t, sep); i > 0 {
			a, b = t[:i], t[i+len(sep):]
			if sep == "-" && strings.Count(t, "-") != 1 {
				// "2013-03-2013-05" and "2013-03-01-2013-05-31" are dates with
				// dashes: split in the middle only when it is unambiguous.
				return "", "", false
			}
			return a, b, b != ""
		}
	}
	return "", "", false
}

// spanEnd reads one end of a span: a date with or without a year ("2013年10
// 月", "10月底", "10月31日", "2013", "2013年"). An end without a year takes
// prev's year when prev has one ("2013年3月至5月").
func spanEnd(t string, prev Date) (Date, error) {
	t = strings.TrimSpace(t)
	for _, suf := range []string{"底", "末", "份"} {
		t = strings.TrimSuffix(t, suf)
	}
	if t == "" {
		return Date{}, errBadSpan
	}
	if strings.HasSuffix(t, "年") && isDigits(strings.TrimSuffix(t, "年")) {
		t = strings.TrimSuffix(t, "年")
	}
	if isDigits(t) && len(t) == 4 {
		return ParseDate(t)
	}
	if strings.Contains(t, "年") || strings.Count(t, "-") >= 1 || strings.Contains(t, "/") || strings.Count(t, ".") >= 1 {
		return ParseDate(t)
	}
	// A month (and day) of the report's year, or of prev's.
	d, err := ParseDate("2000-" + strings.NewReplacer("月", "-", "日", "", "号", "").Replace(t))
	if err != nil {
		return Date{}, errBadSpan
	}
	d.Year = prev.Year
	return d, nil
}

// isDigits reports whether s is one or more ASCII digits.
func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
