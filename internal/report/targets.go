package report

import (
	"strconv"
	"strings"

	"zongjie/internal/cnfmt"
	"zongjie/internal/prose"
	"zongjie/internal/record"
	"zongjie/internal/rules"
)

// partsText words labelled counts of the records: "机关1个、中心3个、学区5个".
func partsText(ps []record.Part, unit string) string {
	var out []string
	for _, p := range ps {
		if p.Count == nil {
			return missing
		}
		out = append(out, escapeText(p.Label)+strconv.FormatInt(*p.Count, 10)+unit)
	}
	return cnfmt.Join(out)
}

// targetWording is how a plan words a target for each metric when the clerk
// gave no wording: %s is the target figure.
var targetWording = map[string]string{
	"charity.total":             "努力完成%[2]s慈善捐款%[1]s的任务",
	"relief.amount":             "争取获得困难慰问金%[1]s",
	"relief.persons":            "争取受助人员达%[1]s",
	"membership.members":        "会员人数达到%[1]s",
	"membership.new_members":    "新发展会员%[1]s",
	"membership.rate":           "入会率达到%[1]s",
	"building.unions_built":     "新组建工会%[1]s",
	"building.coverage":         "建会率达到%[1]s",
	"finance.transfer_rate":     "工会经费划拨率达到%[1]s",
	"finance.transferred":       "划拨工会经费%[1]s",
	"democracy.proposals":       "征集职工提案%[1]s",
	"labour.projects_completed": "完成攻关创新项目%[1]s",
	"labour.trained":            "培训职工%[1]s",
	"bargaining.signing_rate":   "工资集体协商签订率达到%[1]s",
}

// targets words next period's targets as plan clauses: "努力完成教职工慈善捐
// 款140万元的任务", "争取获得困难慰问金100万元（包括…84万元，…10万元，…6万元）",
// "争取受助人员达480人".
func (c *composer) targets() []any {
	staff := "职工"
	if w, ok := c.data["W"].(view); ok {
		staff = string(w["Staff"].(plain))
	}
	var out []any
	for _, t := range c.period.Targets {
		s := targetClause(t, staff)
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}

func targetClause(t record.Target, staff string) string {
	m, known := record.LookupMetric(t.Metric)
	figure := ""
	switch {
	case t.Amount != nil:
		figure = cnfmt.Money(*t.Amount)
	case t.Count != nil:
		unit := m.Unit
		if unit == "" {
			unit = "个"
		}
		figure = cnfmt.Count(*t.Count, unit)
	case t.Rate != nil:
		figure = t.Rate.String() + "%"
	}
	var s string
	switch {
	case strings.TrimSpace(t.Text) != "":
		s = clause(Text(strings.TrimSpace(t.Text)).String())
	case figure == "":
		return ""
	case targetWording[t.Metric] != "":
		s = string(markData) + sprintfArgs(targetWording[t.Metric], figure, staff)
	case known:
		s = string(markData) + m.Name + "达到" + figure
	default:
		return ""
	}
	if len(t.Parts) > 0 {
		s += "（包括" + targetParts(t.Parts, m.Unit) + "）"
	}
	return s
}

// sprintfArgs fills %[1]s and %[2]s.
func sprintfArgs(format, a, b string) string {
	return strings.NewReplacer("%[1]s", a, "%[2]s", b).Replace(format)
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
		s := escapeText(p.Label)
		switch {
		case p.Amount != nil:
			s += cnfmt.Money(*p.Amount)
		case p.Count != nil:
			if unit == "" {
				unit = "个"
			}
			s += cnfmt.Count(*p.Count, unit)
		}
		out = append(out, s)
	}
	return strings.Join(out, sep)
}

// targetChecks words the previous plan's targets against this period's
// results: "慈善捐款目标为140万元，实际完成146.52万元，超额完成任务".
func (c *composer) targetChecks() []any {
	if c.res == nil {
		return nil
	}
	var out []any
	for _, t := range c.res.Targets {
		if t.Status == "" || !t.Actual.OK() {
			continue
		}
		s := string(markData) + t.Name + "目标为" + prose.Value(t.Target) + "，实际完成" + prose.Value(t.Actual) + "，"
		switch t.Status {
		case rules.StatusExceeded:
			s += "超额完成任务"
		case rules.StatusMet:
			s += "完成任务"
		default:
			s += "未完成任务"
			if g := prose.Gap(t); g != "" {
				s += "，" + g
			}
		}
		out = append(out, s)
	}
	return out
}

// targetsFrom names the period whose plan set the targets checked.
func (c *composer) targetsFrom() string {
	if c.res == nil || len(c.res.Targets) == 0 {
		return missing
	}
	return string(markData) + c.res.Targets[0].From
}
