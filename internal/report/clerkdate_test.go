package report

import (
	"strings"
	"testing"
)

// TestDateClerk: in a review of several years, a clerk's paragraph of one
// year says which year, the last year's too; one that speaks of the term
// is left as written unless it names its year in its own words.
func TestDateClerk(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"组织职工学习党史。", "2021年，组织职工学习党史。"},
		{"今年，组织职工学习党史。", "2021年，组织职工学习党史。"},
		{"一年来，工会坚持服务职工。", "2021年，工会坚持服务职工。"},
		{"2021年5月，举办运动会。", "2021年5月，举办运动会。"},
		{"5月，举办运动会。", "2021年5月，举办运动会。"},
		{"年初，制定工作计划。", "2021年年初，制定工作计划。"},
		{"春节期间，走访困难职工。", "2021年春节期间，走访困难职工。"},
		{"五年来，工会不断发展。", "五年来，工会不断发展。"},
		{"每年组织慈善一日捐。", "每年组织慈善一日捐。"},
		{"本届工会坚持以职工为中心。", "本届工会坚持以职工为中心。"},
	} {
		if got := dateClerk(c.text, "2021年"); got != c.want {
			t.Errorf("dateClerk(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

// TestYearsAgo: a paragraph about several years is one a report of one
// period leaves out; "一年来" is the year reported on.
func TestYearsAgo(t *testing.T) {
	for text, want := range map[string]bool{
		"五年来，工会不断发展。": true, "两年来，…": true, "十年来，…": true, "二十年来，…": true,
		"一年来，工会坚持服务职工。": false, "今年，…": false,
	} {
		if got := yearsAgo.MatchString(text); got != want {
			t.Errorf("yearsAgo(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestWholeTermFileNamesItsLastYear: a review composed from one file for
// the whole term says the 今年 of its paragraphs by the term's last year:
// the speech is given after it.
func TestWholeTermFileNamesItsLastYear(t *testing.T) {
	src := "organisation: {name: 甲镇总工会, sector: 街道乡镇, committee: {elected: 2021, term_years: 5}}\n" +
		"period: {year: 2025, from_year: 2021}\ntext: {sections: {self: [今年，镇总工会完成了换届选举的各项筹备工作。]}}\n"
	md := string(markdownOf(t, composeSource(t, src, Term)).Markdown)
	if !strings.Contains(md, "2025年，镇总工会完成了换届选举的各项筹备工作。") || strings.Contains(md, "今年，镇总工会") {
		t.Errorf("want 2025年 for 今年 in\n%s", md)
	}
}
