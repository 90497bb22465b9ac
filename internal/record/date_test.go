package record

import (
	"slices"
	"testing"
)

// TestCompareDates: by year, month and day; a year before its months; the
// zero Date last.
func TestCompareDates(t *testing.T) {
	in := []Date{{}, {2021, 6, 0}, {2021, 0, 0}, {2021, 3, 5}, {2020, 12, 31}, {2021, 3, 0}}
	want := []Date{{2020, 12, 31}, {2021, 0, 0}, {2021, 3, 0}, {2021, 3, 5}, {2021, 6, 0}, {}}
	slices.SortStableFunc(in, CompareDates)
	if !slices.Equal(in, want) {
		t.Errorf("sorted %v, want %v", in, want)
	}
}
