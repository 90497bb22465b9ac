package pipeline

import (
	"testing"

	"zongjie/internal/doc"
	"zongjie/internal/report"
)

// TestChartsOption: the default places the term review's two charts,
// ChartsNone leaves them out with their captions and nothing else.
func TestChartsOption(t *testing.T) {
	ps := load(t, "term/pingchuan-jiaotong-2019.yaml", "term/pingchuan-jiaotong-2020.yaml",
		"term/pingchuan-jiaotong-2021.yaml", "term/pingchuan-jiaotong-2022.yaml", "term/pingchuan-jiaotong-2023.yaml")
	count := func(d *doc.Document) (charts, others int) {
		for _, b := range d.Blocks {
			if _, ok := b.(*doc.Chart); ok {
				charts++
			} else {
				others++
			}
		}
		return charts, others
	}
	with, err := New(Options{}).Compose(ps, report.Term)
	if err != nil {
		t.Fatal(err)
	}
	without, err := New(Options{Charts: ChartsNone}).Compose(ps, report.Term)
	if err != nil {
		t.Fatal(err)
	}
	c1, o1 := count(with)
	c2, o2 := count(without)
	if c1 != 2 || c2 != 0 || o1 != o2 {
		t.Errorf("default: %d charts and %d other blocks; none: %d charts and %d other blocks", c1, o1, c2, o2)
	}
}

func TestParseCharts(t *testing.T) {
	for in, want := range map[string]Charts{"": ChartsDefault, "default": ChartsDefault, " None ": ChartsNone} {
		if got, err := ParseCharts(in); err != nil || got != want {
			t.Errorf("ParseCharts(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	if _, err := ParseCharts("pie"); err == nil {
		t.Error("ParseCharts(\"pie\") gave no error")
	}
}
