package rules

import (
	"fmt"
	"math/big"

	"zongjie/internal/cnfmt"
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
	// Target is the target in the actual's unit: 元, a count, or for a rate
	// a fraction (95 in the file is 0.95).
	Target     *big.Rat
	TargetText string     // "140万元", "480人", "95%"
	Pos        record.Pos // where the target was written
	Wording    string     // the clerk's wording of the target, if any
	Parts      []record.TargetPart
	Actual     Value
	Status     Status // "" when the actual is missing (Err says why)
	// Gap is Actual − Target (for rates, a difference of fractions);
	// positive when exceeded.
	Gap *big.Rat
	// Ratio is Actual ÷ Target (完成率); nil when the target is 0.
	Ratio *big.Rat
	Err   string
}

// GapText words the gap: "超出6.52万元", "差2.4万元", "超出2个百分点";
// "" when the target was met exactly or the actual is missing.
func (t TargetCheck) GapText() string {
	if t.Gap == nil || t.Gap.Sign() == 0 {
		return ""
	}
	verb := "超出"
	if t.Gap.Sign() < 0 {
		verb = "差"
	}
	g := new(big.Rat).Abs(t.Gap)
	switch t.Kind {
	case record.MetricAmount:
		return verb + moneyText(g)
	case record.MetricRate:
		return verb + cnfmt.Points(g, t.Actual.Precision)
	}
	return verb + cnfmt.Quantity(g, 0, t.Actual.Unit)
}

// checkTargets compares plan's targets with the values of the period after it.
func checkTargets(plan *record.Period, values []Value) []TargetCheck {
	var out []TargetCheck
	for i, t := range plan.Targets {
		m, ok := record.LookupMetric(t.Metric)
		if !ok {
			continue // a target worded only (no metric) has nothing to compare
		}
		path := fmt.Sprintf("targets[%d]", i)
		tc := TargetCheck{Metric: m.ID, Name: m.Name, Kind: m.Kind, From: plan.When.Label(),
			Pos: plan.Pos(path), Wording: t.Text, Parts: t.Parts}
		switch m.Kind {
		case record.MetricAmount:
			if t.Amount != nil {
				tc.Target = t.Amount.Yuan()
				tc.TargetText = cnfmt.Money(*t.Amount)
			}
		case record.MetricCount:
			if t.Count != nil {
				tc.Target = big.NewRat(*t.Count, 1)
				tc.TargetText = cnfmt.Count(*t.Count, m.Unit)
			}
		case record.MetricRate:
			if t.Rate != nil {
				tc.Target = new(big.Rat).Quo(t.Rate.Rat(), big.NewRat(100, 1))
				tc.TargetText = t.Rate.String() + "%"
			}
		}
		for _, v := range values {
			if v.ID == m.ID && v.Subject == "" {
				tc.Actual = v
				break
			}
		}
		switch {
		case tc.Target == nil:
			tc.Err = "目标没有填写数值"
		case tc.Actual.ID == "":
			tc.Err = "本期没有记录" + m.Name
		case !tc.Actual.OK():
			tc.Err = "本期" + m.Name + "无法计算:" + tc.Actual.Err
		default:
			tc.Gap = new(big.Rat).Sub(tc.Actual.Num, tc.Target)
			if tc.Target.Sign() != 0 {
				tc.Ratio = new(big.Rat).Quo(tc.Actual.Num, tc.Target)
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
