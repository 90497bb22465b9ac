package record

import (
	"strconv"
	"strings"
	"testing"
)

// TestCompareSeries: one union's files are compared with each other; files
// of other unions are not.
func TestCompareSeries(t *testing.T) {
	file := func(name, body string) *Period {
		t.Helper()
		p, err := ParseAndValidate(name, []byte(body), DefaultLimits)
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	year := func(name string, y, committee, term int) *Period {
		body := "organisation:\n  name: 甲工会\n  committee: {number: " + strconv.Itoa(committee) + "}\nperiod:\n  year: " + strconv.Itoa(y) + "\n"
		if term > 0 {
			body += "democracy: {term: " + strconv.Itoa(term) + "}\n"
		}
		return file(name, body)
	}
	elected := func(name string, y, committee, in int) *Period {
		return file(name, "organisation:\n  name: 甲工会\n  committee: {number: "+strconv.Itoa(committee)+", elected: "+strconv.Itoa(in)+"}\nperiod:\n  year: "+strconv.Itoa(y)+"\n")
	}
	other := file("乙.yaml", "organisation: {name: 乙工会}\nperiod: {year: 2023}\n")
	for _, c := range []struct {
		name           string
		periods        []*Period
		problems, note string // each problem on a line; "" for none
	}{
		{"in order", []*Period{year("a.yaml", 2021, 5, 3), year("b.yaml", 2022, 5, 3), year("c.yaml", 2023, 6, 4)}, "", ""},
		{"another union", []*Period{year("a.yaml", 2023, 5, 0), other}, "", ""},
		{"same period", []*Period{year("a.yaml", 2023, 5, 0), year("b.yaml", 2023, 5, 0)},
			"b.yaml:5:9: period.year: 与 a.yaml 是同一报告期(2023年)的数据;同一工会每期只能有一个数据文件,请删去一个,或改正 period 的年度、期间", ""},
		{"committee backwards", []*Period{year("c.yaml", 2023, 4, 0), year("b.yaml", 2022, 5, 0), year("d.yaml", 2024, 5, 0)},
			"c.yaml:3:23: organisation.committee.number: 2023年工会委员会为第四届,2022年已是第五届(b.yaml:3:23);届次只增不减,请核对", ""},
		{"congress backwards", []*Period{year("a.yaml", 2021, 5, 3), year("b.yaml", 2022, 5, 2)},
			"b.yaml:6:19: democracy.term: 2022年职代会为第二届,2021年已是第三届(a.yaml:6:19);届次只增不减,请核对", ""},
		{"a year missing", []*Period{year("a.yaml", 2021, 5, 0), year("b.yaml", 2022, 5, 0), year("d.yaml", 2024, 5, 0), year("e.yaml", 2025, 5, 0)},
			"", "e.yaml: 提醒:同一工会给出了2021年至2025年的数据,缺少2023年的数据文件;换届报告回顾任期时累计数只含给出的年度,请补齐"},
		{"years far apart", []*Period{year("a.yaml", 2001, 5, 0), year("b.yaml", 2022, 5, 0)}, "", ""},
		{"one committee, its election year mistyped", []*Period{elected("a.yaml", 2024, 3, 2021), elected("b.yaml", 2025, 3, 2016)},
			"b.yaml:3:35: organisation.committee.elected: 2025年的第三届工会委员会于2016年选举产生,2024年的同一届却是2021年(a.yaml:3:35);同一届委员会只有一个选举年份,请核对", ""},
		{"the next committee's number written early", []*Period{elected("a.yaml", 2024, 3, 2021), elected("b.yaml", 2025, 4, 2021)},
			"b.yaml:3:23: organisation.committee.number: 2025年写的是第四届工会委员会(2021年选举产生),2024年的第三届却是2021年选举的(a.yaml:3:23);换届后的新一届要在上一届之后选举产生。届次写的是本期在任的委员会,不是即将召开的大会要选的下一届", ""},
		{"a new committee elected", []*Period{elected("a.yaml", 2025, 3, 2021), elected("b.yaml", 2026, 4, 2026)}, "", ""},
	} {
		problems, notes := CompareSeries(c.periods)
		if got := lines(problems); got != c.problems {
			t.Errorf("%s: problems\n%s\nwant\n%s", c.name, got, c.problems)
		}
		if got := lines(notes); got != c.note {
			t.Errorf("%s: notes\n%s\nwant\n%s", c.name, got, c.note)
		}
	}
}

func lines(es Errors) string {
	s := make([]string, len(es))
	for i, e := range es {
		s[i] = e.Error()
	}
	return strings.Join(s, "\n")
}

// TestMissingYears: the years between the first file and the last, and for
// a review of the term those of the committee's term before the first.
func TestMissingYears(t *testing.T) {
	year := func(y int, elected string) *Period {
		p, err := ParseAndValidate("x.yaml", []byte("organisation:\n  name: 甲工会\n  committee: {elected: "+elected+", term_years: 5}\nperiod: {year: "+strconv.Itoa(y)+"}\n"), DefaultLimits)
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	for _, c := range []struct {
		name    string
		periods []*Period
		term    bool
		want    string
	}{
		{"complete", []*Period{year(2021, "2020"), year(2022, "2020")}, true, ""},
		{"a gap", []*Period{year(2021, "2020"), year(2023, "2020")}, false, "2022年"},
		{"the term's first years", []*Period{year(2023, "2020"), year(2024, "2020")}, true, "2021年、2022年"},
		{"not a term review", []*Period{year(2023, "2020"), year(2024, "2020")}, false, ""},
		{"elected in the last year", []*Period{year(2024, "2024")}, true, ""},
	} {
		if got := strings.Join(MissingYears(c.periods, c.term), "、"); got != c.want {
			t.Errorf("%s: MissingYears = %q, want %q", c.name, got, c.want)
		}
	}
}
