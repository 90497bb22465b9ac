package style

import "testing"

// TestPageNumberAffixes checks the text around the page number.
func TestPageNumberAffixes(t *testing.T) {
	prefix, suffix := PageNumberAffixes()
	if prefix+"12"+suffix != PageNumber(12) {
		t.Errorf("affixes %q %q do not rebuild %q", prefix, suffix, PageNumber(12))
	}
}
