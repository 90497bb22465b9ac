package record

import (
	"reflect"
	"testing"
)

// TestPlanHeadingRepeated: groups of text.plan under the same heading one
// after another are one group, their items in order, as a workbook row
// with a blank 标题 continues the group above; a heading written again
// after another group is a group of its own.
func TestPlanHeadingRepeated(t *testing.T) {
	const head = "organisation: {name: 甲工会}\nperiod: {year: 2025}\ntext:\n  plan:\n"
	for _, tt := range []struct {
		name, plan string
		want       []PlanSection
	}{
		{"repeated", "  - {heading: 强化思想引领, items: [甲]}\n  - {heading: 强化思想引领, items: [乙, 丙]}\n  - {heading: 推进民主管理, items: [丁]}\n",
			[]PlanSection{{"强化思想引领", []string{"甲", "乙", "丙"}}, {"推进民主管理", []string{"丁"}}}},
		{"again after another", "  - {heading: 甲, items: [一]}\n  - {heading: 乙, items: [二]}\n  - {heading: 甲, items: [三]}\n",
			[]PlanSection{{"甲", []string{"一"}}, {"乙", []string{"二"}}, {"甲", []string{"三"}}}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			p, err := ParseAndValidate("t.yaml", []byte(head+tt.plan), DefaultLimits)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(p.Text.Plan, tt.want) {
				t.Errorf("plan = %v, want %v", p.Text.Plan, tt.want)
			}
		})
	}
}
