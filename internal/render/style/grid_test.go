package style

import "testing"

// TestBodyTracking checks that exactly CharsPerLine body characters fit the
// text block with BodyTrackingPt, and that it is whole twips.
func TestBodyTracking(t *testing.T) {
	tr := BodyTrackingPt()
	width := MMToPt(PageWidthMM - MarginLeftMM - MarginRightMM)
	pitch := BodyPt + tr
	if fit := int(width / pitch); fit != CharsPerLine {
		t.Errorf("%d characters fit, want %d (tracking %g pt)", fit, CharsPerLine, tr)
	}
	if twips := tr * 20; twips != float64(int(twips)) || tr > 0 {
		t.Errorf("tracking %g pt is not a non-positive whole number of twips", tr)
	}
}
