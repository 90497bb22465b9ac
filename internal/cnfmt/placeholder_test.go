package cnfmt

import (
	"regexp"
	"strings"
	"testing"

	"zongjie/internal/num"
)

// badOutput lists what must never reach a report: the seeds' placeholders
// (20__, xx, ***), Go's leaks (<nil>, %!d, NaN, Inf, exponents), question
// marks, ASCII punctuation where Chinese text takes full-width (a comma
// only between groups of digits), empty
// parentheses, doubled or dangling separators, a lost number between units
// (年月, "达家"-style), a negative zero, leading zeros and a dangling point.
var badOutput = []*regexp.Regexp{
	regexp.MustCompile(`_|(?i:xx)|\*`),
	regexp.MustCompile(`<nil>|%!|NaN|Inf|\de[+-]?\d`),
	regexp.MustCompile(`[?？:;()]|（）`),
	regexp.MustCompile(`(^|[^0-9]),|,([^0-9]|$)|,[0-9]{0,2}([^0-9]|$)`), // a comma only groups digits: 12,345
	regexp.MustCompile(`、、|，，|^[、，和]|[、，和]$`),
	regexp.MustCompile(`年月|月日|[达为计共]元`),
	regexp.MustCompile(`-0(\.0*)?([^0-9.]|$)`),
	regexp.MustCompile(`(^|[^0-9.,])0[0-9]`),
	regexp.MustCompile(`\.(\D|$)`),
}

// headingShape is the only place a trailing "." is right.
var headingShape = regexp.MustCompile(`^([一二三四五六七八九十百千万亿零]+、|（[一二三四五六七八九十百千万亿零]+）|[1-9][0-9]*\.|（[1-9][0-9]*）)$`)

func bad(s string) bool {
	if strings.TrimSpace(s) == "" {
		return true
	}
	for _, re := range badOutput {
		if re.MatchString(s) {
			return true
		}
	}
	return false
}

// sweep produces the output of every wording function over a spread of
// values, edge cases included.
func sweep(t *testing.T) (out, headings []string) {
	add := func(s ...string) { out = append(out, s...) }
	fracs := []string{"0", "1", "-1", "1/3", "2/3", "1/2", "1/100000", "99999/100000",
		"68997/76713", "1761/2729", "81/20", "-0.12345", "0.125", "7/8000000"}
	for _, f := range fracs {
		r := rat(t, f)
		for prec := -1; prec <= 4; prec++ {
			add(Number(r, prec), Quantity(r, prec, "人次"), PerCapita(r, prec),
				Percent(r, prec), Points(r, prec))
			for _, g := range fracs {
				s := rat(t, g)
				add(RateChange(r, s, prec))
				if c, ok := AmountChange(r, s, prec); ok {
					add(c, Versus("上年", c))
				} else if c != "" {
					t.Errorf("AmountChange(%s, %s) = %q with ok=false", f, g, c)
				}
			}
		}
	}
	moneys := []num.Money{0, 1, 5, 10, 50, 99, 100, 999999, 1000000, 1000001, 1341756,
		134191100, 767130000, 9999999900, 10000000000, 10000000001, 12345678000,
		100000000000000, -1, -500, -1000000, -12000000000}
	for _, m := range moneys {
		add(Money(m), Yuan(m), Wan(m), UpperMoney(m))
		for prec := 0; prec <= 3; prec++ {
			add(MoneyApprox(m, prec))
		}
		for _, n := range moneys {
			add(MoneyDiff(m, n))
		}
	}
	for _, n := range []int{-10500, -1, 0, 1, 9, 10, 11, 20, 99, 100, 101, 110, 1000, 1001,
		10000, 10001, 10500, 100000, 100000001, 1000010000} {
		add(Hanzi(n), Upper(int64(n)), Count(int64(n), "人"), CountChange(0, int64(n), "人"))
		if n >= 1 {
			add(Ordinal(n), Seq(n), Place(n, true))
			for level := 1; level <= 4; level++ {
				headings = append(headings, Heading(level, n))
			}
		}
	}
	for y := 2013; y <= 2024; y += 11 {
		for m := 0; m <= 12; m++ {
			for d := 0; d <= 31; d++ {
				if s, err := Date(y, m, d); err == nil {
					add(s)
				}
			}
			if s, err := MonthName(m); err == nil {
				add(s)
			}
			if s, err := Month(m); err == nil {
				add(s)
			}
			for to := m; to <= 12; to++ {
				if s, err := Period(y, m, to); err == nil {
					add(s)
				}
			}
		}
	}
	add(Join([]string{"甲", "", "乙"}), JoinAnd([]string{"甲", " ", "乙", "丙"}))
	rl, err := RankList([]Ranked{{"甲", "156元", 1, false}, {"乙", "136元", 2, true},
		{"丙", "136元", 2, true}, {"丁", "115元", 4, false}})
	if err != nil {
		t.Fatal(err)
	}
	add(rl)
	return out, headings
}

func TestNoPlaceholders(t *testing.T) {
	outs, headings := sweep(t)
	if len(outs) < 1000 || len(headings) == 0 {
		t.Fatalf("sweep produced only %d outputs and %d headings", len(outs), len(headings))
	}
	for _, s := range outs {
		if bad(s) {
			t.Errorf("placeholder-like output %q", s)
		}
	}
	for _, s := range headings {
		if !headingShape.MatchString(s) {
			t.Errorf("malformed heading number %q", s)
		}
	}
}

// The patterns themselves must catch the defects they are meant to catch,
// and only those.
func TestBadOutputPattern(t *testing.T) {
	for _, s := range []string{"", " ", "20__年", "xx元", "XX工会", "***", "<nil>%", "%!d(string=1)",
		"1e+06", "-0元", "-0.00%", "-0", "-0.0万元", "09月", "2023年09月", "1.元", "a,b", "甲(乙)", "甲（）",
		"甲、、乙", "甲、", "和乙", "2023年月", "达元", "5?"} {
		if !bad(s) {
			t.Errorf("bad(%q) = false, want true", s)
		}
	}
	for _, s := range []string{"0元", "0.5元", "10%", "405%", "2023年9月1日", "-5元", "-0.5个百分点",
		"并列第二（均为136元）", "甲、乙和丙", "人民币零元整", "约1.3万元", "10000.5元", "-0.1元", "-0.000001万元"} {
		if bad(s) {
			t.Errorf("bad(%q) = true, want false", s)
		}
	}
}
