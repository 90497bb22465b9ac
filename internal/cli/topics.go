package cli

import (
	"fmt"
	"strings"
	"zongjie/internal/rules"
	"zongjie/internal/textwidth"

	"zongjie/internal/record"
	"zongjie/internal/report"
)

// topics are the extra help pages of "zongjie help TOPIC".
var topics = map[string]func() string{
	"targets":  targetsTopic,
	"sections": sectionsTopic,
	"settings": settingsTopic,
	// The functions and fields a template may use, the 模板说明.md of an
	// exported folder; printed after the templates command's usage.
	"templates": report.Reference,
}

// settingsTopic lists the thresholds the findings use, with each sector's
// default, in columns as wide on a terminal as their headings.
func settingsTopic() string {
	var b strings.Builder
	b.WriteString("问题发现所用的标准线(数据文件的 settings 中可改;不写时按 organisation.sector 所在行业取默认值):\n\n")
	widths := make([]int, len(record.Sectors))
	b.WriteString("  " + padTo("设置", 22))
	for i, s := range record.Sectors {
		widths[i] = max(textwidth.String(s), 6)
		b.WriteString(" " + padTo(s, widths[i]))
	}
	b.WriteString(" 说明\n")
	for _, key := range record.SettingKeys() {
		b.WriteString("  " + padTo(key, 22))
		for i, s := range record.Sectors {
			b.WriteString(" " + padTo(record.DefaultSetting(key, s), widths[i]))
		}
		fmt.Fprintf(&b, " %s\n", record.SettingDescription(key))
	}
	b.WriteString("\n比率以百分数计(90 即 90%);band_threshold 以元计。不写 sector 时,按组织类型和名称判断行业。\n")
	return b.String()
}

// padTo pads s with spaces to n columns of a terminal (a Chinese
// character takes two).
func padTo(s string, n int) string {
	return s + strings.Repeat(" ", max(n-textwidth.String(s), 0))
}

func targetsTopic() string {
	var b strings.Builder
	b.WriteString("目标任务(targets)的 metric 可以写下面的代号或中文名(如 membership.rate 或 入会率):\n\n")
	for _, m := range record.TargetMetrics {
		field := "count"
		switch m.Kind {
		case record.MetricAmount:
			field = "amount"
		case record.MetricRate:
			field = "rate"
		}
		fmt.Fprintf(&b, "  %-28s %s(填 %s)", m.ID, m.Name, field)
		if d, ok := rules.Lookup(m.ID); ok && d.Formula != "" {
			fmt.Fprintf(&b, ":%s", d.Formula) // what the actual counts, e.g. which relief
		}
		b.WriteString("\n")
	}
	b.WriteString("\n地方总工会的工会经费按收缴计:finance.transfer_rate 是工会经费收缴率(实收 ÷ 应收),也可以写作 工会经费收缴率。\n")
	b.WriteString("\n下一期的数据文件给出后,zongjie 会把实际完成情况与这些目标对照(完成、超额完成、未完成)。\n")
	return b.String()
}

func sectionsTopic() string {
	var b strings.Builder
	b.WriteString("text.sections 和 text.headings 可用的栏目:\n\n")
	for _, s := range record.SectionIDs {
		fmt.Fprintf(&b, "  %-14s %s\n", s.ID, s.Name)
	}
	b.WriteString("\n栏目写代号或中文名都可以(ideology 或 思想引领)。每个栏目下写若干段文字,会编入报告相应部分,排在程序计算的句子之后。\n")
	return b.String()
}
