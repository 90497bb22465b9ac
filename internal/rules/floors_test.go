package rules

import (
	"fmt"
	"testing"
)

// TestFloorsFromSettings checks that the findings use the thresholds of the
// data file's settings, and the sector's defaults without them.
func TestFloorsFromSettings(t *testing.T) {
	base := `
organisation: {name: 测试工会, sector: %s}
period: {year: 2023}
membership: {staff: 100, members: 92}
democracy: {proposals: 20, accepted: 10, implemented: 9}
%s
`
	tests := []struct {
		name, sector, settings string
		want                   map[string]bool
	}{
		// 92% is above the enterprise floor (90%) and below the 机关 one (95%).
		{"enterprise", "企业", "", map[string]bool{"membership.low_rate": false, "democracy.unimplemented": true}},
		{"government", "机关", "", map[string]bool{"membership.low_rate": true, "democracy.unimplemented": true}},
		{"settings", "企业", "settings: {membership_floor: 95, implementation_floor: 90}",
			map[string]bool{"membership.low_rate": true, "democracy.unimplemented": false}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := runOne(t, fmt.Sprintf(base, tt.sector, tt.settings))
			got := map[string]bool{}
			for _, f := range r.Findings {
				got[f.ID] = true
			}
			for id, want := range tt.want {
				if got[id] != want {
					t.Errorf("finding %s = %v, want %v", id, got[id], want)
				}
			}
		})
	}
}
