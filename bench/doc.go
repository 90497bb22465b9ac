// Package bench measures zongjie: Go benchmarks of every stage
// (stages_bench_test.go), the synthetic data generator (bench/synth) and the
// comparison with the tools a user would otherwise pick (run.sh, which
// writes RESULTS.md).
package bench
