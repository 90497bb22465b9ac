package record

import (
	"strings"
	"testing"
)

// TestMetricID: a target's metric reads from its Chinese name (as the 目标
// sheet and help targets show it), from a name earlier workbooks showed,
// and as an id; a name no metric has is kept for validation to report.
func TestMetricID(t *testing.T) {
	for in, want := range map[string]string{
		"帮扶慰问资金":         "relief.amount",
		"慰问金":            "relief.amount", // the name before
		"慈善捐款":           "charity.total",
		"relief.persons": "relief.persons",
		"新会员":            "新会员",
	} {
		if got := MetricID(in); got != want {
			t.Errorf("MetricID(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestTargetMetricByName: a YAML file may name a target's metric in
// Chinese; it is read as the metric's id, and a duplicate written once by
// id and once by name is caught.
func TestTargetMetricByName(t *testing.T) {
	src := "period: {year: 2024}\norganisation: {name: 某工会}\ntargets:\n  - {metric: 入会率, rate: 95}\n  - {metric: \" 新发展会员\", count: 120}\n"
	p, err := Parse("t.yaml", []byte(src), DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	if got := []string{p.Targets[0].Metric, p.Targets[1].Metric}; got[0] != "membership.rate" || got[1] != "membership.new_members" {
		t.Errorf("metrics = %q, want membership.rate, membership.new_members", got)
	}
	dup := src + "  - {metric: membership.rate, rate: 96}\n"
	_, err = ParseAndValidate("t.yaml", []byte(dup), DefaultLimits)
	if err == nil || !containsRunes(err.Error(), "重复") {
		t.Errorf("a metric named twice (by name and id): err = %v, want 重复", err)
	}
}

// TestActivitySectionByName: an activity's section may be written by its
// Chinese name, as help sections and the workbook show it; an unknown one
// is refused.
func TestActivitySectionByName(t *testing.T) {
	src := "period: {year: 2024}\norganisation: {name: 某工会}\nactivities:\n  - {name: 心理健康讲座, category: 讲座, section: 文体活动}\n"
	p, err := Parse("t.yaml", []byte(src), DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	if got := p.Activities[0].Section; got != "activities" {
		t.Errorf("section = %q, want activities", got)
	}
	_, err = ParseAndValidate("t.yaml", []byte(strings.Replace(src, "文体活动", "文娱", 1)), DefaultLimits)
	if err == nil || !strings.Contains(err.Error(), "activities[0](心理健康讲座).section") {
		t.Errorf("an unknown section: err = %v", err)
	}
}
