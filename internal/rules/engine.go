package rules

import (
	"errors"
	"fmt"
	"sort"

	"zongjie/internal/record"
)

// Result is what the rule engine computed: the values, rankings, findings
// and audits of the latest period, and, when earlier periods were given,
// the 同比 comparisons, the previous plan's targets against this period's
// results, and every period's values for a term review.
type Result struct {
	// Period is the latest period, the one reported on.
	Period *record.Period
	// History holds the earlier periods, oldest first.
	History []*record.Period
	// Values are the latest period's values: the catalogue's in catalogue
	// order (subjects in input order), then the rule file's.
	Values []Value
	// Bands are the latest period's per-head spending bands, per kind of unit.
	Bands    []Band
	Rankings []Ranking
	// Findings are the problems the latest period's data shows, ordered by
	// report section and severity.
	Findings []Finding
	// Audits check every period's stated totals, oldest period first.
	Audits []Audit
	// Comparisons compare the latest period with the same period of the year
	// before, when that period is given; Base names it.
	Comparisons []Comparison
	Base        *record.Period
	// Targets compare the previous period's targets with the latest results.
	Targets []TargetCheck
	// Extension is the extension applied (a rule file), or nil.
	Extension Extension

	periods []*calc // History then Period
}

// Run computes everything for the given periods of one organisation (in any
// order; the latest is reported on), with an optional extension (nil for
// none) that adds its own values, rankings and findings. It refuses periods
// of different organisations, periods without a year, and files that
// contradict each other (record.CompareSeries: two for the same period, a
// 届次 going backwards), at their positions; an extension's error is
// returned as it is.
func Run(periods []*record.Period, ext Extension) (*Result, error) {
	if len(periods) == 0 {
		return nil, errors.New("没有给出数据文件")
	}
	ps := make([]*record.Period, 0, len(periods))
	for _, p := range periods {
		if err := usable(p); err != nil {
			return nil, err
		}
		ps = append(ps, p)
	}
	first := ps[0]
	for _, p := range ps[1:] {
		if p.Org.Name != first.Org.Name {
			return nil, fmt.Errorf("%s 与 %s 不是同一个工会组织的数据(“%s”与“%s”);一次只能汇总同一工会各期的数据",
				fileName(first), fileName(p), first.Org.Name, p.Org.Name)
		}
	}
	sort.SliceStable(ps, func(i, j int) bool { return periodBefore(ps[i], ps[j]) })
	// the files contradict each other as check says (two for one period,
	// a 届次 going backwards, one committee elected in two years): no
	// report of them
	if problems, _ := record.CompareSeries(ps); len(problems) > 0 {
		problems.Sort()
		return nil, problems
	}

	r := &Result{Extension: ext}
	var extended *Extending // the latest period's
	for i, p := range ps {
		c := newCalc(p)
		c.compute()
		if ext != nil {
			x := &Extending{c: c, latest: i == len(ps)-1}
			if err := ext.Extend(x); err != nil {
				return nil, err
			}
			extended = x
		}
		r.periods = append(r.periods, c)
		if i < len(ps)-1 {
			r.Audits = append(r.Audits, c.audits()...)
		}
	}
	latest := r.periods[len(r.periods)-1]
	r.Period = latest.p
	r.History = ps[:len(ps)-1]
	r.Values = latest.values
	r.Bands = latest.bands

	specs := builtinRankings(latest.p)
	if extended != nil {
		specs = append(specs, extended.rankings...)
	}
	// The rankings read the latest records and values only, as do the
	// latest period's audits and the findings: they are made beside them.
	var rankings []Ranking
	wait := beside(large(latest.p), func() {
		unitGroup := unitGroups(latest.p)
		for _, s := range specs {
			if rk, ok := buildRanking(s, latest.p, latest.values, unitGroup); ok {
				rankings = append(rankings, rk)
			}
		}
	})
	r.Audits = append(r.Audits, latest.audits()...)
	r.Findings = latest.findings()
	if extended != nil {
		r.Findings = append(r.Findings, extended.findings...)
	}
	sortFindings(r.Findings)
	wait()
	r.Rankings = rankings

	if base := sameLastYear(r.History, r.Period); base != nil {
		r.Base = base
		r.Comparisons = compare(base.When.Label(), r.calcOf(base).values, latest.values)
	}
	if len(r.History) > 0 {
		r.Targets = checkTargets(r.History[len(r.History)-1], latest.p, latest.values)
		if missed := missedTargets(latest.p, r.Targets, r.Findings); len(missed) > 0 {
			r.Findings = append(r.Findings, missed...)
			sortFindings(r.Findings)
		}
	}
	return r, nil
}

// Audits runs the audits of one period on its own, as zongjie check and a
// roll-up's children need them. They are the audits Run gives for that
// period alone, found with only the values they read (of the finance,
// charity and relief families and the per-head bands, those the period's
// audits need): not the whole catalogue, the rankings or the findings. It
// refuses what Run refuses of a single period.
func Audits(p *record.Period) ([]Audit, error) {
	if err := usable(p); err != nil {
		return nil, err
	}
	need := auditsNeed(p)
	c := newCalcSized(p, auditsHint(p, need))
	if need.all {
		c.compute()
		return c.audits(), nil
	}
	if need.bands {
		c.finance()
		c.computeBands()
	}
	if need.charity {
		c.charity()
	}
	if need.relief {
		c.relief()
	}
	return c.audits(), nil
}

// usable refuses a period the engine cannot compute: none, or one
// without a year.
func usable(p *record.Period) error {
	if p == nil {
		return errors.New("数据为空(nil)")
	}
	if p.When.Year == nil {
		return fmt.Errorf("%s:没有填写报告年度(period.year)", fileName(p))
	}
	return nil
}

// periodBefore orders periods by their first day, then their last (so
// 上半年 comes before 全年 of the same year).
func periodBefore(a, b *record.Period) bool {
	if ka, kb := a.When.Key(), b.When.Key(); ka != kb {
		return ka < kb
	}
	_, ea := a.When.Range()
	_, eb := b.When.Range()
	return ea.Before(eb)
}

// compute runs the catalogue.
//
// Charity reads the records only, and finance and its bands read the
// records and finance's own values; nothing before them reads their
// values. Each runs beside the families before it, on a calc of its own,
// and its values join the period's in its place, so the values, their
// order and which of two alike is indexed are those of running it in turn.
func (c *calc) compute() {
	concurrent := large(c.p)
	charity := c.fork(len(c.p.Units) + len(c.p.Groups) + len(c.p.Charity))
	waitCharity := beside(concurrent, charity.charity)
	finance := c.fork(len(c.p.Units))
	waitFinance := beside(concurrent, func() {
		finance.finance()
		finance.computeBands()
	})
	c.membership()
	c.organisation()
	c.building()
	waitFinance()
	c.join(finance)
	c.bands = finance.bands
	waitCharity()
	c.join(charity)
	c.relief()
	c.activities()
	c.democracy()
	c.labour()
	c.bargaining()
	c.rights()
	c.sortValues()
}

// beside runs f on a goroutine of its own, when concurrent, and returns
// the function that waits for it. Should f panic, the wait panics with the
// same value, on the waiting goroutine: a caller that recovers from a
// panic (a batch job that fails alone) still does. Not concurrent, f runs
// before beside returns.
func beside(concurrent bool, f func()) (wait func()) {
	if !concurrent {
		f()
		return func() {}
	}
	done := make(chan struct{})
	var p any
	go func() {
		defer func() {
			p = recover()
			close(done)
		}()
		f()
	}()
	return func() {
		<-done
		if p != nil {
			panic(p)
		}
	}
}

// largeTables is the number of units and groups from which a period's
// rule families run concurrently (see beside): a small union's take some
// microseconds, less than starting a goroutine and waking its waiter. It
// is a variable so that a test can compare the two ways.
var largeTables = 256

// large reports whether p's tables reach largeTables.
func large(p *record.Period) bool { return len(p.Units)+len(p.Groups) >= largeTables }

// fork returns a calc of the same period with none of c's values, room for
// n of its own, and caches of its own.
func (c *calc) fork(n int) *calc {
	n += 16
	return &calc{p: c.p, values: make([]Value, 0, n), index: make(map[valueKey]int, n)}
}

// join appends the values of f, a fork of c, to c's as if c had added them.
func (c *calc) join(f *calc) {
	for _, v := range f.values {
		c.add(v, true)
	}
}

// sortValues orders the built-in values by catalogue order, keeping the
// subjects' input order, and re-indexes them. It is a counting sort done
// in place: each value (there are three per unit of a large units table)
// is swapped straight to its place, with no second copy of the values.
func (c *calc) sortValues() {
	keys := make([]int, len(c.values))
	start := make([]int, len(catalogue)+1) // where each catalogue entry's values begin
	for i := range c.values {
		keys[i] = catalogueIndex[c.values[i].ID]
		start[keys[i]+1]++
	}
	for k := 1; k < len(start); k++ {
		start[k] += start[k-1]
	}
	moved := make([]int, len(c.values)) // new position by old
	for i, k := range keys {
		moved[i] = start[k]
		start[k]++
	}
	// Values of one id and subject share a catalogue entry, so the first of
	// them stays the first: the index only follows the moves.
	for k, i := range c.index {
		c.index[k] = moved[i]
	}
	// dest[i] is where the value now at i belongs; each swap puts one value
	// in its place.
	dest := moved
	for i := range c.values {
		for dest[i] != i {
			j := dest[i]
			c.values[i], c.values[j] = c.values[j], c.values[i]
			dest[i], dest[j] = dest[j], dest[i]
		}
	}
}

func (r *Result) calcOf(p *record.Period) *calc {
	for _, c := range r.periods {
		if c.p == p {
			return c
		}
	}
	return nil
}

// fileName names a period's file for messages.
func fileName(p *record.Period) string {
	if p.File != "" {
		return p.File
	}
	return p.When.Label() + "的数据"
}

// Value returns the latest period's whole-organisation value id.
func (r *Result) Value(id string) (Value, bool) { return r.ValueFor(id, "") }

// ValueFor returns the latest period's value id about a group, unit, kind,
// category or batch (subject "" is the whole organisation).
func (r *Result) ValueFor(id, subject string) (Value, bool) {
	return r.periods[len(r.periods)-1].find(id, subject)
}

// ValueIn returns period p's value id about subject, as ValueFor does for
// the latest period: a term review tells each year's batches by their own
// figures.
func (r *Result) ValueIn(p *record.Period, id, subject string) (Value, bool) {
	c := r.calcOf(p)
	if c == nil {
		return Value{}, false
	}
	return c.find(id, subject)
}

// Ranking returns the ranking id.
func (r *Result) Ranking(id string) (Ranking, bool) {
	for _, rk := range r.Rankings {
		if rk.ID == id {
			return rk, true
		}
	}
	return Ranking{}, false
}

// Band returns the spending bands of a kind of unit.
func (r *Result) Band(kind string) (Band, bool) {
	for _, b := range r.Bands {
		if b.Kind == kind {
			return b, true
		}
	}
	return Band{}, false
}

// Comparison returns the 同比 comparison of a whole-organisation value.
func (r *Result) Comparison(id string) (Comparison, bool) {
	for _, c := range r.Comparisons {
		if c.ID == id {
			return c, true
		}
	}
	return Comparison{}, false
}

// Target returns the check of the previous plan's target for a metric.
func (r *Result) Target(metric string) (TargetCheck, bool) {
	for _, t := range r.Targets {
		if t.Metric == metric {
			return t, true
		}
	}
	return TargetCheck{}, false
}

// FindingsIn returns the findings of one report section, most serious first.
func (r *Result) FindingsIn(section string) []Finding {
	var out []Finding
	for _, f := range r.Findings {
		if f.Section == section {
			out = append(out, f)
		}
	}
	return out
}
