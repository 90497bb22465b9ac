package userrule

import (
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"zongjie/internal/hostile"
	"zongjie/internal/record"
	"zongjie/internal/rules"
)

// exprSeeds start FuzzRuleExpr: the expressions of the example rule file,
// the usual shapes of a rule, and the hostile ones of TestHostileRules.
var exprSeeds = []string{
	"membership.staff - membership.members",
	"membership.members / membership.units",
	"group.unions_planned - group.unions_built",
	`value("charity.unit_per_capita") < 180`,
	`value("custom.members_per_school") < 10`,
	"(unit.staff ?? 0) > 10",
	"unit.members != nil && unit.staff != nil ? unit.members / unit.staff : 0",
	`unit.figure("课时") * 2`,
	"sum(units, .staff ?? 0) - sum(units, .members ?? 0)",
	"count(units, .has_union ?? false) / len(units)",
	"all(groups, len(.units) > 0)",
	"len(filter(units, .group == group.name))",
	`unit.kind == "学校" && (unit.donation_per_capita ?? 0) < 100`,
	"max(finance.spent ?? 0, finance.transferred ?? 0) / 10000",
	"charity.total / len(charity.drives)",
	"relief.amount / relief.persons",
	"round((membership.members ?? 0) * 100 / (membership.staff ?? 1)) / 100",
	"reduce(units, #acc + (.staff ?? 0), 0)",
	"let s = membership.staff; s * s - s",
	"year - 2000",
	"9223372036854775807 + 1",
	"2 ** 1000",
	"10.0 ** 400 - 10.0 ** 400",
	`reduce(1..60, #acc + #acc, "x")`,
	"-(-9223372036854775807 - 1)",
	"len(map(1..3000000, #))",
	"sum(units, sum(units, sum(units, 1)))",
	"membership.members % 0",
	"units[99].staff",
	"now()",
	"（1）",
	"1 +",
}

// FuzzRuleExpr fuzzes the expression language itself: each input is the
// expression of an indicator (and, in a second file, the condition of a
// finding) of the scope per picks, in an otherwise well-formed rule file,
// compiled and run over the 2013 and 2014 examples. Nothing may panic or
// hang; a refusal says where, in Chinese; a value is within 一万亿 or says
// in Chinese why it cannot be computed; and two runs give the same values.
//
//	go test ./internal/userrule -run '^$' -fuzz FuzzRuleExpr -fuzztime 10m
func FuzzRuleExpr(f *testing.F) {
	for i, s := range exprSeeds {
		f.Add(s, uint8(i))
	}
	periods := load(f, example2013, example2014)
	f.Fuzz(func(t *testing.T, src string, per uint8) {
		defer hostile.Watchdog(10 * time.Second)()
		scope := []string{"whole", "group", "unit"}[per%3]
		body := "      " + strings.ReplaceAll(src, "\n", "\n      ") + "\n"
		indicator := "indicators:\n  - id: custom.members_per_school\n    label: 平均\n    expr: membership.members / membership.units\n" +
			"  - id: fuzz.value\n    label: 模糊\n    per: " + scope + "\n    expr: |\n" + body
		if scope != "whole" {
			indicator += "rankings:\n  - {id: fuzz.rank, label: 排名, indicator: fuzz.value, top: 3}\n"
		}
		text := "问题"
		if scope != "whole" {
			text = "{count}个({names})"
		}
		finding := "findings:\n  - id: fuzz.finding\n    section: finance\n    per: " + scope + "\n    text: " + text + "\n    when: |\n" + body
		for _, file := range []string{indicator, finding} {
			checkRuleFile(t, file, periods)
		}
	})
}

// checkRuleFile compiles and runs one fuzzed rule file twice.
func checkRuleFile(t *testing.T, file string, periods []*record.Period) {
	rs, err := Parse("f.yaml", []byte(file))
	if err != nil {
		var re RuleErrors
		if !errors.As(err, &re) || len(re) == 0 {
			t.Fatalf("a refusal of type %T: %v", err, err)
		}
		for _, e := range re {
			// A whole-file problem (binary content) has no line; a problem
			// in an expression has one, and its caret.
			if e.Pos.File != "f.yaml" || e.Msg == "" || (e.Snippet != "" && e.Pos.Line < 1) {
				t.Fatalf("a refusal without a position or a message: %+v", e)
			}
		}
		wantChinese(t, err.Error(), file)
		return
	}
	rs.Timeout = 2 * time.Second // both periods stay below the watchdog's limit
	var runs []string
	for range 2 {
		r, err := rules.Run(periods, rs)
		if err != nil {
			var re *RuleError
			if !errors.As(err, &re) || re.Pos.File != "f.yaml" || re.Pos.Line < 1 {
				t.Fatalf("a failed run without a position: %v", err)
			}
			wantChinese(t, err.Error(), file)
			return // a limit was reached: timing may differ between runs
		}
		var b strings.Builder
		for _, v := range r.Values {
			if !strings.HasPrefix(v.ID, "fuzz.") {
				continue
			}
			if v.OK() && new(big.Rat).Abs(v.Num).Cmp(maxResult) > 0 {
				t.Fatalf("%s[%s] = %s, beyond 一万亿", v.ID, v.Subject, v.Num.RatString())
			}
			if !v.OK() {
				wantChinese(t, v.Err, file)
			}
			b.WriteString(v.Subject + "=" + v.Shown() + v.Err + "\n")
		}
		for _, fd := range r.Findings {
			b.WriteString(fd.ID + ":" + fd.Text + "\n")
		}
		runs = append(runs, b.String())
	}
	if runs[0] != runs[1] {
		t.Fatalf("two runs differ:\n%s\n%s", runs[0], runs[1])
	}
}
