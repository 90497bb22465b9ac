package userrule

import (
	"fmt"
	"strings"
	"testing"

	"zongjie/internal/record"
	"zongjie/internal/rules"
)

// benchRules are typical rules: per-unit arithmetic, a value() of another
// rule, a per-group sum, whole sums and counts, a per-unit finding.
const benchRules = `
indicators:
  - {id: custom.a, label: 甲, per: unit, expr: "(unit.staff ?? 0) * 3 + (unit.members ?? 0) * 2 - 7"}
  - {id: custom.b, label: 乙, per: unit, kind: rate, expr: "(unit.members ?? 0) / ((unit.staff ?? 0) + 1)"}
  - {id: custom.c, label: 丙, per: unit, expr: "value(\"custom.a\") - value(\"custom.b\") * 100"}
  - {id: custom.d, label: 丁, per: group, expr: "sum(group.units, (.staff ?? 0) - (.members ?? 0))"}
  - {id: custom.e, label: 戊, expr: "sum(units, .staff ?? 0) + count(units, (.members ?? 0) > 50)"}
findings:
  - {id: custom.f, section: organisation, per: unit, when: "(unit.members ?? 0) * 10 < (unit.staff ?? 0) * 5", text: "{count}个单位"}
`

// benchPeriod is a period of n units in n/50 groups.
func benchPeriod(b *testing.B, n int) *record.Period {
	var src strings.Builder
	src.WriteString(header + "groups:\n")
	for g := range n / 50 {
		fmt.Fprintf(&src, "  - {name: 片区%d}\n", g)
	}
	src.WriteString("units:\n")
	for i := range n {
		fmt.Fprintf(&src, "  - {name: 单位%d, group: 片区%d, staff: %d, members: %d}\n", i, i/50, 20+i%90, 10+i%80)
	}
	p, err := record.Parse("bench.yaml", []byte(src.String()), record.Limits{MaxBytes: 1 << 30, MaxUnits: 1 << 20, MaxAliases: 100, MaxNodes: 1 << 30, MaxDepth: 64})
	if err != nil {
		b.Fatal(err)
	}
	return p
}

// BenchmarkExtend measures the rule set's evaluation over one period of
// 10 000 units (the built-in rules are computed too, as rules.Run does).
func BenchmarkExtend(b *testing.B) {
	p := benchPeriod(b, 10000)
	rs := mustParse(b, benchRules)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := rules.Run([]*record.Period{p}, rs); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkBuiltinOnly is BenchmarkExtend without the rule set, to tell the
// rules' share.
func BenchmarkBuiltinOnly(b *testing.B) {
	p := benchPeriod(b, 10000)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := rules.Run([]*record.Period{p}, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkParse measures loading the example rule file.
func BenchmarkParse(b *testing.B) {
	data := []byte(benchRules)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse("r.yaml", data); err != nil {
			b.Fatal(err)
		}
	}
}
