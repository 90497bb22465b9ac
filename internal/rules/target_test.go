package rules

import (
	"math/big"
	"testing"
)

// TestMissedSeverity: a target missed by a little is a task not yet done
// (一般); one reached by less than four fifths, or a target of 0 missed,
// is serious (严重).
func TestMissedSeverity(t *testing.T) {
	for _, c := range []struct {
		name         string
		actual, goal *big.Rat
		want         Severity
	}{
		{"入会率 94.9% of 95%", big.NewRat(949, 1000), big.NewRat(95, 100), SeverityMedium},
		{"980 of 1 000 new members", big.NewRat(980, 1), big.NewRat(1000, 1), SeverityMedium},
		{"exactly four fifths", big.NewRat(800, 1), big.NewRat(1000, 1), SeverityMedium},
		{"just under four fifths", big.NewRat(799, 1), big.NewRat(1000, 1), SeverityHigh},
		{"nothing done", big.NewRat(0, 1), big.NewRat(30, 1), SeverityHigh},
		{"a target of 0", big.NewRat(-1, 1), big.NewRat(0, 1), SeverityHigh},
	} {
		tc := TargetCheck{Status: StatusMissed}
		if c.goal.Sign() != 0 {
			tc.Ratio = new(big.Rat).Quo(c.actual, c.goal)
		}
		if got := missedSeverity(tc); got != c.want {
			t.Errorf("%s: severity %v, want %v", c.name, got, c.want)
		}
	}
}
