package doc

import "testing"

// TestSplitFigure checks which texts read as figures, and how.
func TestSplitFigure(t *testing.T) {
	tests := []struct {
		in, number, unit string
		ok               bool
	}{
		{"2.15万元", "2.15", "万元", true},
		{"95.2%", "95.2", "%", true},
		{"2013年", "2013", "年", true},
		{"168", "168", "", true},
		{"1,234.56万元", "1,234.56", "万元", true},
		{"-3.5", "-3.5", "", true},
		{"156元/人", "156", "元/人", true},
		{"3个百分点", "3", "个百分点", true},
		{"12,345", "12,345", "", true},
		{"—", "", "", false},
		{"", "", "", false},
		{"2（并列）", "", "", false},
		{"约5万元", "", "", false},
		{"5万元以上工会", "", "", false},
		{"1,23", "", "", false},
		{"1234,567", "", "", false},
		{"1,2345", "", "", false},
		{"3.", "", "", false},
		{"3.5.1", "", "", false},
		{"64.5% ", "", "", false},
		{"2元/", "", "", false},
		{"-", "", "", false},
		{"11月", "11", "月", true},
	}
	for _, tt := range tests {
		n, u, ok := SplitFigure(tt.in)
		if n != tt.number || u != tt.unit || ok != tt.ok {
			t.Errorf("SplitFigure(%q) = %q, %q, %v; want %q, %q, %v", tt.in, n, u, ok, tt.number, tt.unit, tt.ok)
		}
	}
}
