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
