package prose

import (
	"strings"
	"testing"
)

// TestExperienceDemocracyGround: the lesson on democratic management
// (认真落实职代会制度) is drawn from a congress held or proposals received
// during the term, never from training alone.
func TestExperienceDemocracyGround(t *testing.T) {
	const lesson = "坚持依靠"
	for _, tt := range []struct {
		name, data string
		want       bool
	}{
		{"training only", "labour: {trained: 58}\n", false},
		{"proposals", "democracy: {proposals: 12}\n", true},
		{"a congress held", "democracy: {body: 职代会, sessions: 1}\n", true},
		{"nothing", "", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			a := parse(t, "organisation: {name: 甲局机关工会, sector: 机关}\nperiod: {year: 2022}\n"+tt.data)
			b := parse(t, "organisation: {name: 甲局机关工会, sector: 机关}\nperiod: {year: 2023}\n"+tt.data)
			got := strings.Join(New(run(t, nil, a, b), true).Experience(), "\n")
			if strings.Contains(got, lesson) != tt.want {
				t.Errorf("lesson %q drawn: %v, want %v:\n%s", lesson, !tt.want, tt.want, got)
			}
		})
	}
}
