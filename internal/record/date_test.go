package record

import (
	"slices"
	"testing"
)

// TestCompareDates: by year, month and day; a year before its months; the
// zero Date last.
func TestCompareDates(t *testing.T) {
	in := []Date{{}, {2021, 6, 0}, {2021, 0, 0}, {2021, 3, 5}, {2020, 12, 31}, {2021, 3, 0}}
	want := []Date{{2020, 12, 31}, {2021, 0, 0}, {2021, 3, 0}, {2021, 3, 5}, {2021, 6, 0}, {}}
	slices.SortStableFunc(in, CompareDates)
	if !slices.Equal(in, want) {
		t.Errorf("sorted %v, want %v", in, want)
	}
}

// TestParseDateMessages: a date whose year is not written first is not
// called a date without a year; a month that does not exist is answered
// with the forms accepted.
func TestParseDateMessages(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"1/20/2026", "年份写在了最后,月和日哪个在前看不出;请按 年-月-日 写成 2026-01-20"},
		{"3/4/2026", "年份写在了最后,月和日哪个在前看不出;请按 年-月-日 写成 2026-03-04 或 2026-04-03"},
		{"26/1/20", "年份只写了两位,年、月、日的先后看不出;请按 年-月-日 写成 2026-01-20 或 2020-01-26"},
		{"98/13/40", "年份只写了两位,年、月、日的先后看不出;请按 年-月-日 写,如 2013-12-10"},
		{"5/2026", "年份写在了后面;请按 年-月-日 写成 2026-05"},
		{"12月28日", "日期缺少年份;请写上年份,如 2013年12月10日、2013-12-10 或 2013年5月"},
		{"5-20", "日期缺少年份;请写上年份,如 2013年12月10日、2013-12-10 或 2013年5月"},
		{"2025.13", "中的月份 13 不存在;请写成 2025-10 或 2025年10月 这样的日期"},
		{"2026-13-16", "中的月份 13 不存在;请写成 2026-10-16 或 2026年10月16日 这样的日期"},
		{"2025-02-30", "不是有效的日期:2025年2月只有28日"},
	} {
		_, err := ParseDate(c.in)
		if err == nil || err.Error() != c.want {
			t.Errorf("ParseDate(%q): %v, want %s", c.in, err, c.want)
		}
	}
}
