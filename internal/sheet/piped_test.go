package sheet

import (
	"reflect"
	"testing"

	"zongjie/bench/synth"
	"zongjie/internal/record"
)

// TestPipedRowsSame: read in two goroutines, every workbook gives the
// same tree (records, positions, messages) as read in one: the examples'
// and the other books of TestFastCellsSame, a county of 3 000 units (many
// batches), one whose sheet breaks off half way, and one whose reading
// stops at the node limit.
func TestPipedRowsSame(t *testing.T) {
	books := fastBooks(t)
	p, err := record.Parse("county.yaml", synth.YAML(synth.Options{Units: 3000, Seed: 1}), record.DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	if books["county"], err = Workbook(p, Options{}); err != nil {
		t.Fatal(err)
	}
	books["broken"] = fuzzBook([]byte(oddCells[:len(oddCells)/2]))
	lims := map[string]record.Limits{}
	small := record.DefaultLimits
	small.MaxNodes = 20_000
	lims["county"] = small
	defer func(min uint64) { pipeMin = min }(pipeMin)
	pipeMin = 0
	for name, data := range books {
		lim, ok := lims[name]
		if !ok {
			lim = record.DefaultLimits
		}
		for _, l := range []record.Limits{record.DefaultLimits, lim} {
			var trees [2]*record.Tree
			var errs [2]string
			for i, on := range []bool{false, true} {
				pipedRows = on
				tree, err := readWorkbook(name, data, l)
				trees[i] = tree
				if err != nil {
					errs[i] = err.Error()
				}
			}
			pipedRows = true
			if (name == "broken" || l.MaxNodes == small.MaxNodes) && errs[1] == "" {
				t.Errorf("%s: read without a problem", name)
			}
			if errs[0] != errs[1] {
				t.Errorf("%s: problems differ:\n%s\n%s", name, errs[0], errs[1])
			}
			if !reflect.DeepEqual(trees[0], trees[1]) {
				t.Errorf("%s: the trees read differ", name)
			}
		}
	}
}
