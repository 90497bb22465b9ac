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
// with the order and the range of months, and with the date meant when the
// day and the month look swapped.
func TestParseDateMessages(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"1/20/2026", "年份写在了最后,月和日哪个在前看不出;请按 年-月-日 写成 2026-01-20"},
		{"3/4/2026", "年份写在了最后,月和日哪个在前看不出;请按 年-月-日 写成 2026-03-04 或 2026-04-03"},
		{"26/1/20", "年份只写了两位,年、月、日的先后看不出;请按 年-月-日 写成 2026-01-20 或 2020-01-26"},
		{"98/13/40", "年份只写了两位,年、月、日的先后看不出;请按 年-月-日 写,如 2013-12-10"},
		{"5/2026", "年份写在了后面;请按 年-月-日 写成 2026-05"},
		{"12月28日", "日期缺少年份;请写上年份,如 2013年12月10日、2013-12-10 或 2013年5月"},
		{"5-20", "日期缺少年份;请写上年份,如 2013年12月10日、2013-12-10 或 2013年5月"},
		{"2025.13", "中的月份 13 不存在(月份是 1 到 12);请按 年-月 的次序写,如 2025-03 或 2025年3月"},
		{"2026-13-16", "中的月份 13 不存在(月份是 1 到 12);日期按 年-月-日 的次序写,如 2026-03-05 或 2026年3月5日"},
		{"2024-13-05", "中的月份 13 不存在(月份是 1 到 12);日期按 年-月-日 的次序写,如果是5月13日,请写成 2024-05-13"},
		{"2024-00-05", "中的月份 0 不存在(月份是 1 到 12);日期按 年-月-日 的次序写,如 2024-03-05 或 2024年3月5日"},
		{"2025-02-30", "不是有效的日期:2025年2月只有28日"},
	} {
		_, err := ParseDate(c.in)
		if err == nil || err.Error() != c.want {
			t.Errorf("ParseDate(%q): %v, want %s", c.in, err, c.want)
		}
	}
}
