package cli

import (
	"fmt"
	"strings"

	"zongjie/internal/record"
)

// topics are the extra help pages of "zongjie help TOPIC".
var topics = map[string]func() string{
	"targets":  targetsTopic,
	"sections": sectionsTopic,
}

func targetsTopic() string {
	var b strings.Builder
	b.WriteString("目标任务(targets)的 metric 可以是:\n\n")
	for _, m := range record.TargetMetrics {
		field := "count"
		switch m.Kind {
		case record.MetricAmount:
			field = "amount"
		case record.MetricRate:
			field = "rate"
		}
		fmt.Fprintf(&b, "  %-28s %s(填 %s)\n", m.ID, m.Name, field)
	}
	b.WriteString("\n下一期的数据文件给出后,zongjie 会把实际完成情况与这些目标对照(完成、超额完成、未完成)。\n")
	return b.String()
}

func sectionsTopic() string {
	var b strings.Builder
	b.WriteString("text.sections 和 text.headings 可用的栏目:\n\n")
	for _, s := range record.SectionIDs {
		fmt.Fprintf(&b, "  %-14s %s\n", s.ID, s.Name)
	}
	b.WriteString("\n每个栏目下写若干段文字,会编入报告相应部分,排在程序计算的句子之后。\n")
	return b.String()
}
