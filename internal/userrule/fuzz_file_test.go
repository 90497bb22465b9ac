package userrule_test

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"zongjie/internal/hostile"
	"zongjie/internal/record"
	"zongjie/internal/rules"
	"zongjie/internal/userrule"
)

// FuzzRuleFile compiles arbitrary rule files (seeded from examples/rules)
// and runs every one that compiles over the 2013 and 2014 Yongjia examples:
// neither step may panic or hang, and a refusal must say where and why.
//
//	go test ./internal/userrule -run '^$' -fuzz FuzzRuleFile -fuzztime 10m
func FuzzRuleFile(f *testing.F) {
	files, _ := filepath.Glob("../../examples/rules/*.yaml")
	if len(files) == 0 {
		f.Fatal("no rule files in examples/rules")
	}
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte("indicators:\n  - id: custom.x\n    label: 甲\n    expr: membership.members / (membership.staff - membership.staff)\n"))
	f.Add([]byte("findings:\n  - id: custom.f\n    section: finance\n    when: len(units) > 0 && all(units, .staff > 0)\n    text: \"{names}<script>{{ .X }}\"\n"))
	var periods []*record.Period
	for _, file := range []string{"../../examples/yongjia-edu-2013.yaml", "../../examples/yongjia-edu-2014.yaml"} {
		p, err := record.LoadAndValidate(file, record.DefaultLimits)
		if err != nil {
			f.Fatal(err)
		}
		periods = append(periods, p)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		defer hostile.Watchdog(10 * time.Second)()
		rs, err := userrule.Parse("fuzz.yaml", data)
		if err != nil {
			if err.Error() == "" {
				t.Fatal("a refused rule file with an empty message")
			}
			return
		}
		rs.Timeout = 2 * time.Second // below the watchdog's limit for both periods
		if _, err := rules.Run(periods, rs); err != nil && err.Error() == "" {
			t.Fatal("a failed run with an empty message")
		}
	})
}
