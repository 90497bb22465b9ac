package sheet

import "testing"

// TestMetricName: a target's metric reads from the name the 目标 sheet
// shows, from a name earlier workbooks showed, and as an id.
func TestMetricName(t *testing.T) {
	for in, want := range map[string]string{
		"帮扶慰问资金":         "relief.amount",
		"慰问金":            "relief.amount", // the name before
		"慈善捐款":           "charity.total",
		"relief.persons": "relief.persons",
	} {
		if got := metricName(in); got != want {
			t.Errorf("metricName(%q) = %q, want %q", in, got, want)
		}
	}
}
