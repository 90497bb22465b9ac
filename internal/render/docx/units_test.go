package docx

import "testing"

// TestUnits checks the conversions against the A4 figures Word writes.
func TestUnits(t *testing.T) {
	tests := []struct {
		name      string
		got, want int
	}{
		{"A4 width", mmTwips(210), 11906},
		{"A4 height", mmTwips(297), 16838},
		{"37 mm", mmTwips(37), 2098},
		{"28.95 pt", ptTwips(28.95), 579},
		{"三号", halfPoints(16), 32},
		{"二号", halfPoints(22), 44},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s = %d, want %d", tt.name, tt.got, tt.want)
		}
	}
}

// TestTextUnits checks the column-width measure: Chinese counts double.
func TestTextUnits(t *testing.T) {
	tests := []struct {
		s    string
		want int
	}{
		{"", 0},
		{"156", 3},
		{"学区", 4},
		{"2（并列）", 9},
	}
	for _, tt := range tests {
		if got := textUnits(tt.s); got != tt.want {
			t.Errorf("textUnits(%q) = %d, want %d", tt.s, got, tt.want)
		}
	}
}
