package rules

import (
	"fmt"
	"math/big"
	"strings"

	"zongjie/internal/record"
)

// Status is how a period's result compares with its target.
type Status string

// Target statuses.
const (
	StatusMet      Status = "完成"   // exactly the target
	StatusExceeded Status = "超额完成" // above it
	StatusMissed   Status = "未完成"  // below it
)

// TargetCheck is one target set in the previous period's plan against this
// period's result.
type TargetCheck struct {
	Metric string // record.TargetMetrics id, also the id of the actual's value
	Name   string // e.g. "慈善捐款"
	Kind   record.MetricKind
	From   string // the period whose plan set the target, e.g. "2013年"
	// Target is the target as a value of the actual's kind and unit: 元, a
	// count, or for a rate a fraction (95 in the file is 0.95); its Num is
	// nil when the target has no figure.
	Target  Value
	Pos     record.Pos // where the target was written
	Wording string     // the clerk's wording of the target, if any
	Parts   []record.TargetPart
	Actual  Value
	Status  Status // "" when the actual is missing (Err says why)
	// Gap is Actual − Target (for rates, a difference of fractions);
	// positive when exceeded.
	Gap *big.Rat
	// Ratio is Actual ÷ Target (完成率); nil when the target is 0.
	Ratio *big.Rat
	Err   string
	// CountedSpan or CountedTo say how long the actual was counted when
	// that is less than the period (a span: 1—11月; the day its totals
	// stand at: 2025-11-30): the year is not over for it, and a shortfall
	// is progress, not a target missed (Partial).
	CountedSpan record.Span
	CountedTo   record.Date
}

// Partial reports whether the actual was counted over less than its
// period.
func (t TargetCheck) Partial() bool { return !t.CountedSpan.IsZero() || !t.CountedTo.IsZero() }

// checkTargets compares plan's targets with the values of p, the period
// after it.
func checkTargets(plan, p *record.Period, values []Value) []TargetCheck {
	var out []TargetCheck
	for i, t := range plan.Targets {
		m, ok := record.LookupMetric(t.Metric)
		if !ok {
			continue // a target worded only (no metric) has nothing to compare
		}
		if t.Year != nil && plan.When.Year != nil && *t.Year > *plan.When.Year+1 {
			continue // the new committee's, for the end of its term
		}
		path := fmt.Sprintf("targets[%d]", i)
		name := m.Name
		if l, ok := financeWordsOf(p).labels[m.ID]; ok {
			name = l // 工会经费收缴率 of a 地方总工会
		}
		tc := TargetCheck{Metric: m.ID, Name: name, Kind: m.Kind, From: plan.When.Label(),
			Pos: plan.Pos(path), Wording: t.Text, Parts: t.Parts}
		tc.CountedSpan, tc.CountedTo = countedShort(p, m.ID)
		tc.Target = targetValue(m, t, plan.Pos(path), path)
		for _, v := range values {
			if v.ID == m.ID && v.Subject == "" {
				tc.Actual = v
				break
			}
		}
		target := tc.Target.Num
		switch {
		case target == nil:
			tc.Err = "目标没有填写数值"
		case tc.Actual.ID == "":
			tc.Err = "本期没有记录" + name
		case !tc.Actual.OK():
			tc.Err = "本期" + name + "无法计算:" + tc.Actual.Err
		default:
			tc.Gap = new(big.Rat).Sub(tc.Actual.Num, target)
			if target.Sign() != 0 {
				tc.Ratio = new(big.Rat).Quo(tc.Actual.Num, target)
			}
			switch tc.Gap.Sign() {
			case 0:
				tc.Status = StatusMet
			case 1:
				tc.Status = StatusExceeded
			default:
				tc.Status = StatusMissed
			}
		}
		out = append(out, tc)
	}
	return out
}

// targetValue is a target's figure as a value of its metric: the kind,
// unit and precision of the actual it is compared with.
func targetValue(m record.TargetMetric, t record.Target, pos record.Pos, path string) Value {
	v := Value{ID: m.ID, Label: m.Name + "目标", Per: PerWhole, Formula: "上期计划所定目标"}
	if d, ok := Lookup(m.ID); ok {
		v.Kind, v.Unit, v.Precision = d.Kind, d.Unit, d.Precision
	}
	switch m.Kind {
	case record.MetricAmount:
		v.Kind, v.Unit = KindAmount, "元"
		if t.Amount != nil {
			v.Num = t.Amount.Yuan()
			v.Inputs = []Input{{Path: path + ".amount", Pos: pos, Value: t.Amount.String()}}
		}
	case record.MetricCount:
		v.Kind, v.Unit = KindCount, m.Unit
		if t.Count != nil {
			v.Num = big.NewRat(*t.Count, 1)
			v.Inputs = []Input{{Path: path + ".count", Pos: pos, Value: itoa(int(*t.Count))}}
		}
	case record.MetricRate:
		v.Kind, v.Unit = KindRate, "%"
		if t.Rate != nil {
			v.Num = new(big.Rat).Quo(t.Rate.Rat(), big.NewRat(100, 1))
			v.Inputs = []Input{{Path: path + ".rate", Pos: pos, Value: t.Rate.String()}}
			// the target prints as written: 95% stays 95%, 97.5% keeps its decimal
			v.Precision = max(v.Precision, int(t.Rate.Scale))
		}
	}
	return v
}

// TargetMissed is the id of the finding of a target the year fell short of.
const TargetMissed = "target.missed"

// missedTargets are the findings of the targets p, a whole year, fell
// short of: a target set for the year and not reached is the first thing
// its summary's problems are asked about. Values: the actual, then the
// target; Subject: the metric's name. A part of a year is still on its way
// to the year's targets (its summary tells the progress), and a review of
// several years reports its term's targets apart. A target whose figure
// a finding states already (the 入会率 below its floor) is that finding's.
func missedTargets(p *record.Period, ts []TargetCheck, findings []Finding) []Finding {
	if p.When.Years() != 1 || (p.When.Part != "" && p.When.Part != record.PartYear) {
		return nil
	}
	stated := map[string]bool{} // figures a finding states already (入会率为70%，尚有…)
	for _, f := range findings {
		for _, v := range f.Values {
			stated[v.ID] = true
		}
	}
	var out []Finding
	for _, t := range ts {
		if t.Status != StatusMissed || stated[t.Metric] || t.Partial() {
			continue
		}
		out = append(out, Finding{ID: TargetMissed, Severity: missedSeverity(t), Section: TargetSection(t.Metric),
			Subject: t.Name, Values: []Value{t.Actual, t.Target},
			Inputs: append(append([]Input(nil), t.Actual.Inputs...), t.Target.Inputs...)})
	}
	return out
}

// farShort is the 完成率 below which a missed target is a serious
// problem: less than four fifths of what was set. A year a little short
// (94.9% against 95%, 980 new members against 1 000) is a task not yet
// done, as serious as a rate below its due; one far short says the work
// itself stalled.
var farShort = big.NewRat(4, 5)

// missedSeverity is how serious missing t is: 严重 when the year reached
// less than farShort of the target (or missed a target of 0, which has
// no 完成率), else 一般.
func missedSeverity(t TargetCheck) Severity {
	if t.Ratio == nil || t.Ratio.Cmp(farShort) < 0 {
		return SeverityHigh
	}
	return SeverityMedium
}

// countedShort says how long p's figures of a target metric were counted
// when that is less than p: a span, or a day before p's end that the
// totals stand at; both zero when they cover p.
func countedShort(p *record.Period, metric string) (record.Span, record.Date) {
	if p == nil {
		return record.Span{}, record.Date{}
	}
	var span record.Span
	var asOf record.Date
	// a section's span counts its flows (new members, unions built); its
	// as_of is the day its totals stand at, flows and stock alike
	switch family, _, _ := strings.Cut(metric, "."); family {
	case "membership":
		asOf = p.Membership.AsOf
		if metric == IDNewMembers {
			span = p.Membership.Span
		}
	case "building":
		asOf = p.Building.AsOf
		if metric == IDUnionsBuilt {
			span = p.Building.Span
		}
	case "labour":
		span = p.Labour.Span
	case "relief":
		span = p.Relief.Span
	case "rights":
		span = p.Rights.Span
	case "democracy":
		span = p.Democracy.Span
	}
	if !span.IsZero() {
		return span, record.Date{}
	}
	if _, end := p.When.Range(); !asOf.IsZero() && asOf.Before(end) {
		return record.Span{}, asOf
	}
	return record.Span{}, record.Date{}
}

// TargetSection is the report section a target metric's work is told in.
func TargetSection(metric string) string {
	family, _, _ := strings.Cut(metric, ".")
	switch family {
	case "membership", "building":
		return "organisation"
	case "bargaining":
		return "rights"
	}
	for _, s := range record.SectionIDs {
		if s.ID == family {
			return family
		}
	}
	return "self"
}
