// Package synth generates realistic synthetic data for zongjie: one county
// education union (县教育工会) for one year, with N grassroots units in 学区
// groups, their staff, members, spending and donations, a charity drive whose
// total is the units' donations, relief batches whose stated totals are their
// sums, dated activities, honours and next year's targets. Names of places
// and people are invented. The output is deterministic for a seed and passes
// "zongjie check"; cmd/zjgen is its command, and the benchmarks and
// bench/run.sh use it.
package synth

import (
	"bytes"
	"fmt"
	"io"
)

// Options say what to generate.
type Options struct {
	Units int    // number of grassroots units, 1 to MaxUnits
	Seed  uint64 // the same seed always gives the same data
	Year  int    // the report year; 0 means 2023
}

// MaxUnits is the largest county synth generates (the default unit limit of
// the data loader).
const MaxUnits = 200_000

// Check reports options Write refuses.
func (opt Options) Check() error {
	if opt.Units < 1 || opt.Units > MaxUnits {
		return fmt.Errorf("单位数应在 1 到 %d 之间,这里是 %d", MaxUnits, opt.Units)
	}
	if opt.Year != 0 && (opt.Year < 1949 || opt.Year > 2100) {
		return fmt.Errorf("年度应在 1949 到 2100 之间,这里是 %d", opt.Year)
	}
	return nil
}

// Write writes the data file for opt as YAML, the units as a columns/rows table.
func Write(w io.Writer, opt Options) error {
	if err := opt.Check(); err != nil {
		return err
	}
	if opt.Year == 0 {
		opt.Year = 2023
	}
	return generate(opt.Units, opt.Seed, opt.Year).writeYAML(w, opt.Seed)
}

// YAML returns the data file for opt; it panics on options Write refuses.
func YAML(opt Options) []byte {
	var b bytes.Buffer
	if err := Write(&b, opt); err != nil {
		panic("synth: " + err.Error())
	}
	return b.Bytes()
}
