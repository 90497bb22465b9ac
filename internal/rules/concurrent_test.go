package rules

import (
	"math"
	"reflect"
	"testing"

	"zongjie/bench/synth"
	"zongjie/internal/record"
)

// TestConcurrentSameAsSerial checks that a large period, whose rule
// families, rankings and findings run on several goroutines, gives what
// running them in turn gives: the same values in the same order, bands,
// rankings, findings and audits.
func TestConcurrentSameAsSerial(t *testing.T) {
	for _, units := range []int{300, 2000} {
		p, err := record.ParseAndValidate("synth.yaml", synth.YAML(synth.Options{Units: units, Seed: 7}), record.DefaultLimits)
		if err != nil {
			t.Fatal(err)
		}
		if !large(p) {
			t.Fatalf("%d units: not large", units)
		}
		concurrent, err := Run([]*record.Period{p}, nil)
		if err != nil {
			t.Fatal(err)
		}
		saved := largeTables
		largeTables = math.MaxInt
		serial, err := Run([]*record.Period{p}, nil)
		largeTables = saved
		if err != nil {
			t.Fatal(err)
		}
		if len(serial.Values) < units {
			t.Fatalf("%d units: only %d values", units, len(serial.Values))
		}
		for _, part := range []struct {
			name string
			a, b any
		}{
			{"values", concurrent.Values, serial.Values},
			{"bands", concurrent.Bands, serial.Bands},
			{"rankings", concurrent.Rankings, serial.Rankings},
			{"findings", concurrent.Findings, serial.Findings},
			{"audits", concurrent.Audits, serial.Audits},
		} {
			if !reflect.DeepEqual(part.a, part.b) {
				t.Errorf("%d units: the %s differ when computed concurrently", units, part.name)
			}
		}
	}
}
