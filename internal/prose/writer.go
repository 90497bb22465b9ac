package prose

import (
	"math/big"
	"strconv"

	"zongjie/internal/cnfmt"
	"zongjie/internal/num"
	"zongjie/internal/record"
	"zongjie/internal/rules"
)

// Writer words one report: it knows the periods the report speaks of, the
// words of the union's sector and the number style of ../shared/WRITING.md
// §4. Its planners (narrate.go) turn a section's facts into sentences.
type Writer struct {
	res *rules.Result
	// p is the period reported on; periods are the periods the report
	// narrates: p alone, or every period of a review of several years.
	p       *record.Period
	periods []*record.Period
	words   record.Words
	sector  string
	// multi is set for a report that reviews several periods: every date
	// carries its year and lists run across the periods.
	multi bool
	// proposalsApart is set once Proposals has worded the proposals, so
	// the democracy section does not word them again.
	proposalsApart bool
	// pendingSaid is set once Proposals has said which proposals are yet
	// to be carried out, so the problems do not say it again.
	pendingSaid bool
	// spans counts the times a review has named its span (termSince).
	spans int
	// speech is set for a report delivered as a speech at a congress;
	// atMeeting when that congress is the one the records name (see
	// Speech).
	speech, atMeeting bool
	// batchNames holds each period's relief batch subjects (batchSubject).
	batchNames map[*record.Period][]string
}

// batchSubject is relief batch i of period p's subject, as the rules file
// its figures (record.Relief.BatchSubjects), worked out once per period.
func (w *Writer) batchSubject(p *record.Period, i int) string {
	names, ok := w.batchNames[p]
	if !ok {
		if w.batchNames == nil {
			w.batchNames = map[*record.Period][]string{}
		}
		names = p.Relief.BatchSubjects()
		w.batchNames[p] = names
	}
	return names[i]
}

// Speech marks the report as a speech delivered at a congress (a 职代会 or
// 会员代表大会 work report, a 换届 review): the congress held on the day of
// the report is its occasion, not an activity it reports. atMeeting says
// the congress is the one the records name (Meeting), as the title of a
// 职代会 work report names it; the review then does not list holding it
// among the period's work as the annual summary does ("召开四届三次职代会").
func (w *Writer) Speech(atMeeting bool) { w.speech, w.atMeeting = true, atMeeting }

// New returns a Writer for the rule engine's result. A review of several
// periods (multi) narrates every period given; any other report the
// latest.
func New(res *rules.Result, multi bool) *Writer {
	w := &Writer{res: res, p: res.Period, multi: multi && len(res.History) > 0}
	w.words = w.p.Vocabulary()
	if record.SectorGuessed(w.p.Org) && w.p.Org.Words.Host == "" {
		w.words.Host = "单位" // nothing says what the union belongs to
	}
	w.sector = record.SectorOf(w.p.Org)
	if w.multi {
		w.periods = res.Periods()
	} else {
		w.periods = []*record.Period{w.p}
	}
	return w
}

// several reports whether the report speaks of several years: a review of
// several periods, or one file whose period runs over several years
// (period.from_year). Its dates then carry their year, and the period is
// named by its span ("五年来") instead of "全年".
func (w *Writer) several() bool { return w.multi || w.p.When.Years() > 1 }

// Staff is what the union's members' colleagues are called: 教职工, 职工,
// 医务人员, 干部职工.
func (w *Writer) Staff() string { return w.words.Staff }

// Words returns the sector's words.
func (w *Writer) Words() record.Words { return w.words }

// Value words a value the way this report writes it: an amount a clerk
// wrote in 万 keeps the precision written; any other amount (written in 元,
// or computed) has at most two decimals after 万 or 亿; counts from 10000
// group their digits by three.
func (w *Writer) Value(v rules.Value) string {
	if !v.OK() {
		return Value(v)
	}
	switch v.Kind {
	case rules.KindAmount:
		m, ok := moneyOf(v.Num)
		if !ok {
			return Value(v)
		}
		if w.writtenInWan(v) {
			return cnfmt.Money(m)
		}
		return moneyShort(m)
	case rules.KindCount:
		if v.Num.IsInt() && v.Num.Num().IsInt64() {
			return countText(v.Num.Num().Int64(), v.Unit)
		}
	}
	return Value(v)
}

// writtenInWan reports whether v is one recorded amount that its clerk
// wrote in 万 or 亿.
func (w *Writer) writtenInWan(v rules.Value) bool {
	if len(v.Inputs) != 1 || v.Calc != "" {
		return false
	}
	in := v.Inputs[0]
	for _, p := range w.res.Periods() {
		if p.File == in.Pos.File && p.WrittenInWan(in.Path) {
			return true
		}
	}
	return false
}

// moneyShort words an amount with at most two decimals after 万 or 亿 (or
// after 元 below 1万): 146.53万元, 1.23亿元, 13417.56元. A nonzero amount is
// never worded as 0.
func moneyShort(m num.Money) string {
	y := m.Yuan()
	a := new(big.Rat).Abs(y)
	switch {
	case a.Cmp(big.NewRat(100000000, 1)) >= 0:
		return cnfmt.Number(new(big.Rat).Quo(y, big.NewRat(100000000, 1)), 2) + "亿元"
	case a.Cmp(big.NewRat(10000, 1)) >= 0:
		s := cnfmt.Number(new(big.Rat).Quo(y, big.NewRat(10000, 1)), 2)
		if s == "10000" { // 9999.995万 rounds up to 1亿
			return "1亿元"
		}
		return s + "万元"
	}
	return cnfmt.Number(y, 2) + "元"
}

// countText words a whole count with its measure word: digits up to 9999,
// grouped by three from 10000 (12,345人).
func countText(n int64, measure string) string { return cnfmt.Count(n, measure) }

// wanCount words a count the clerk wrote in 万 or 亿 that way: 4.1万,
// 1.2亿.
func wanCount(n int64) string {
	r := big.NewRat(n, 1)
	if n >= 100000000 || n <= -100000000 {
		return cnfmt.Number(r.Quo(r, big.NewRat(100000000, 1)), 4) + "亿"
	}
	return cnfmt.Number(r.Quo(r, big.NewRat(10000, 1)), 4) + "万"
}

// fig words the count recorded at path of period p with its measure: the
// exact figure (n; in 万 when the clerk wrote it so), else the approximate
// one as written (近200人); ok is false when neither was recorded.
func fig(p *record.Period, path string, n *int64, measure string) (string, bool) {
	if n != nil {
		if p.WrittenInWan(path) && (*n >= 10000 || *n <= -10000) {
			return wanCount(*n) + measure, true
		}
		return countText(*n, measure), true
	}
	if a, ok := p.Approx(path); ok {
		if n, err := strconv.ParseInt(a.Digits, 10, 64); err == nil && a.Mag == "" && a.Digits == strconv.FormatInt(n, 10) {
			// the qualifier as written, the digits in the report's one
			// style for counts (近3,268,950人, like 4,270,228人)
			a.Digits = countText(n, "")
		}
		return a.Words(measure), true
	}
	return "", false
}

// money words the amount recorded at path of period p: in the precision
// written when written in 万, else with at most two decimals after 万; an
// approximate amount as written (10万余元). ok is false when none.
func money(p *record.Period, path string, m *num.Money) (string, bool) {
	if m != nil {
		if p.WrittenInWan(path) {
			return cnfmt.Money(*m), true
		}
		return moneyShort(*m), true
	}
	if a, ok := p.Approx(path); ok {
		return a.Words("元"), true
	}
	return "", false
}

// positive reports whether a recorded count is above zero or approximate:
// a zero is never stated as an achievement.
func positive(p *record.Period, path string, n *int64) bool {
	if n != nil {
		return *n > 0
	}
	_, ok := p.Approx(path)
	return ok
}

// positiveMoney is positive for an amount.
func positiveMoney(p *record.Period, path string, m *num.Money) bool {
	if m != nil {
		return *m > 0
	}
	_, ok := p.Approx(path)
	return ok
}
