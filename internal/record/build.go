package record

import "zongjie/internal/num"

// SetApprox records that the figure at a data path ("membership.staff",
// "units[3].staff") is approximate, as a, so that Approx and Stated say so
// as they do for a figure the loader read as 10万余元. The typed field at
// path is left as it is and should be nil. Code that builds records rather
// than loading them (a roll-up of several unions' records,
// internal/rollup) uses it.
func (p *Period) SetApprox(path string, a num.Approx) {
	if p.approx == nil {
		p.approx = map[string]num.Approx{}
	}
	p.approx[path] = a
}
