package bench

import (
	"fmt"
	"testing"

	"zongjie/bench/synth"
	"zongjie/internal/record"
	"zongjie/internal/rollup"
)

// BenchmarkRollup rolls up a synthetic county federation from its unions'
// data files (each read, validated and audited, as zongjie rollup does)
// and reports the cost per union. bench/run.sh -rollup measures the
// 100 000-union process.
func BenchmarkRollup(b *testing.B) {
	for _, n := range []int{100, 1000} {
		b.Run(fmt.Sprintf("unions=%d", n), func(b *testing.B) {
			parent, err := synth.WriteFederation(b.TempDir(), synth.Options{Units: n, Seed: 1})
			if err != nil {
				b.Fatal(err)
			}
			b.ReportAllocs()
			for b.Loop() {
				res, err := rollup.Run(parent, nil, rollup.Options{Limits: record.DefaultLimits})
				if err != nil {
					b.Fatal(err)
				}
				if len(res.Meta.Unions) != n {
					b.Fatalf("%d unions rolled up", len(res.Meta.Unions))
				}
			}
			b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N*n), "µs/union")
		})
	}
}
