package prose

import (
	"math/big"

	"zongjie/internal/cnfmt"
	"zongjie/internal/num"
	"zongjie/internal/record"
	"zongjie/internal/rules"
)

// Gap words how far a result is from its target: "超出6.52万元", "差2.4万元",
// "超出2个百分点"; "" when the target was met exactly or the result is
// missing.
func Gap(t rules.TargetCheck) string {
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
		if m, ok := moneyOf(g); ok {
			return verb + cnfmt.Money(m)
		}
		return verb + num.FormatRat(g, 2, true) + "元"
	case record.MetricRate:
		return verb + cnfmt.Points(g, t.Actual.Precision)
	}
	return verb + cnfmt.Quantity(g, 0, t.Actual.Unit)
}
