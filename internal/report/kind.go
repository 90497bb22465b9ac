package report

import (
	"fmt"
	"strings"
)

// Kind is a kind of report.
type Kind string

// The report kinds.
const (
	Annual   Kind = "annual"   // 年度工作总结
	HalfYear Kind = "halfyear" // 上半年工作总结, with 下半年工作
	Congress Kind = "congress" // 工作报告 to a 职代会 / 会员代表大会
	Term     Kind = "term"     // 换届 五年工作回顾
	Plan     Kind = "plan"     // 工作要点 / 工作计划

	// Auto is no kind asked for: Compose writes the kind the records call
	// for (KindFor).
	Auto Kind = ""
)

var kinds = []Kind{Annual, HalfYear, Congress, Term, Plan}

// Kinds returns the report kinds in the order help texts list them.
func Kinds() []Kind { return append([]Kind(nil), kinds...) }

// File is the name of the template file that renders the kind.
func (k Kind) File() string { return string(k) + templateExt }

// Name is the kind's Chinese name.
func (k Kind) Name() string {
	switch k {
	case Annual:
		return "年度工作总结"
	case HalfYear:
		return "半年工作总结"
	case Congress:
		return "工作报告"
	case Term:
		return "换届工作报告"
	case Plan:
		return "工作要点"
	}
	return string(k)
}

// ParseKind accepts a kind's name, in English or Chinese; "" is Auto.
func ParseKind(s string) (Kind, error) {
	t := strings.ToLower(strings.TrimSpace(s))
	if t == "" {
		return Auto, nil
	}
	for _, k := range kinds {
		if t == string(k) || s == k.Name() {
			return k, nil
		}
	}
	names := make([]string, len(kinds))
	for i, k := range kinds {
		names[i] = string(k) + "(" + k.Name() + ")"
	}
	return "", fmt.Errorf("不认识的报告类型“%s”;可用的有:%s", s, strings.Join(names, "、"))
}
