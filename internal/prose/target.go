package prose

import (
	"math/big"
	"strings"

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

// targetWording is how a plan words a target for each metric when the clerk
// gave no wording: %[1]s is the target figure, %[2]s the staff's name.
var targetWording = map[string]string{
	"charity.total":             "努力完成%[2]s慈善捐款%[1]s的任务",
	"relief.amount":             "发放帮扶慰问资金%[1]s",
	"relief.persons":            "帮扶慰问%[2]s%[1]s",
	"relief.person_times":       "帮扶慰问%[2]s%[1]s",
	"relief.households":         "帮扶慰问困难%[2]s家庭%[1]s",
	"membership.members":        "会员人数达到%[1]s",
	"membership.new_members":    "新发展会员%[1]s",
	"membership.rate":           "入会率达到%[1]s",
	"building.unions_built":     "新组建工会%[1]s",
	"building.coverage":         "建会率达到%[1]s",
	"finance.transfer_rate":     "工会经费划拨率达到%[1]s",
	"finance.transferred":       "划拨工会经费%[1]s",
	"democracy.proposals":       "征集代表提案%[1]s",
	"labour.projects_completed": "完成攻关创新项目%[1]s",
	"labour.trained":            "培训%[2]s%[1]s",
	"bargaining.signing_rate":   "工资集体协商签订率达到%[1]s",
	"rights.mediation_rate":     "劳动争议调解成功率达到%[1]s",
	"rights.closing_rate":       "%[2]s来信来访办结率达到%[1]s",
}

// localTargetWording is a 地方总工会's wording of the targets on its
// funds, which it collects (收缴) from the employers of its area.
var localTargetWording = map[string]string{
	"finance.transfer_rate": "工会经费收缴率达到%[1]s",
	"finance.transferred":   "收缴工会经费%[1]s",
}

// TargetClause words a target as a plan clause, without its final stop:
// the clerk's wording when given, else the metric's ("发放帮扶慰问资金100万元
// （包括…84万元、…10万元）", the funds in the union's words: 收缴率 for a
// 地方总工会); "" when the target has no figure.
func (w *Writer) TargetClause(t record.Target) string {
	staff := w.Staff()
	m, known := record.LookupMetric(t.Metric)
	figure := ""
	switch {
	case t.Amount != nil:
		figure = cnfmt.Money(*t.Amount)
	case t.Count != nil:
		figure = cnfmt.Count(*t.Count, orDefault(m.Unit, "个"))
	case t.Rate != nil:
		figure = t.Rate.String() + "%"
	}
	var s string
	switch {
	case strings.TrimSpace(t.Text) != "":
		s = clause(t.Text)
	case figure == "":
		return ""
	case w.local() && localTargetWording[t.Metric] != "":
		s = strings.NewReplacer("%[1]s", figure).Replace(localTargetWording[t.Metric])
	case targetWording[t.Metric] != "":
		s = strings.NewReplacer("%[1]s", figure, "%[2]s", staff).Replace(targetWording[t.Metric])
	case known:
		s = StaffName(m.Name, staff) + "达到" + figure
	default:
		return ""
	}
	if len(t.Parts) > 0 {
		s += "（包括" + targetParts(t.Parts, m.Unit) + "）"
	}
	return s
}

// targetParts words the parts of a target; parts are separated by "，"
// when a label has a 、 of its own.
func targetParts(ps []record.TargetPart, unit string) string {
	sep := "、"
	var out []string
	for _, p := range ps {
		if strings.Contains(p.Label, "、") {
			sep = "，"
		}
		s := p.Label
		switch {
		case p.Amount != nil:
			s += cnfmt.Money(*p.Amount)
		case p.Count != nil:
			s += cnfmt.Count(*p.Count, orDefault(unit, "个"))
		}
		out = append(out, s)
	}
	return strings.Join(out, sep)
}

// Counted words how long a target's actual was counted when that is less
// than its period: "1—11月", "截至11月30日"; "" when it covers the period.
func (w *Writer) Counted(t rules.TargetCheck) string {
	switch {
	case !t.CountedSpan.IsZero():
		return spanWords(t.CountedSpan)
	case !t.CountedTo.IsZero():
		return "截至" + w.when(t.CountedTo, record.Date{})
	}
	return ""
}
