package cnfmt

import "testing"

func TestDate(t *testing.T) {
	tests := []struct {
		y, m, d int
		want    string
	}{
		{2023, 12, 10, "2023年12月10日"},
		{2023, 9, 1, "2023年9月1日"}, // no leading zeros
		{2024, 2, 29, "2024年2月29日"},
		{2023, 9, 0, "2023年9月"}, // month precision
		{2023, 0, 0, "2023年"},   // year precision
	}
	for _, tt := range tests {
		got, err := Date(tt.y, tt.m, tt.d)
		if err != nil || got != tt.want {
			t.Errorf("Date(%d, %d, %d) = %q, %v; want %q", tt.y, tt.m, tt.d, got, err, tt.want)
		}
	}
	for _, bad := range [][3]int{
		{2023, 2, 29}, {2100, 2, 29}, {2023, 4, 31}, {2023, 13, 1}, {2023, 0, 5},
		{2023, -1, 0}, {2023, 1, -1}, {2023, 1, 32}, {0, 1, 1}, {10000, 1, 1},
	} {
		if got, err := Date(bad[0], bad[1], bad[2]); err == nil || got != "" {
			t.Errorf("Date(%d, %d, %d) = %q, %v; want an error", bad[0], bad[1], bad[2], got, err)
		}
	}
}

func TestMonths(t *testing.T) {
	tests := []struct {
		m           int
		month, name string
	}{
		{1, "1月", "一月份"},
		{7, "7月", "七月份"},
		{9, "9月", "九月份"},
		{10, "10月", "十月份"},
		{11, "11月", "十一月份"},
		{12, "12月", "十二月份"},
	}
	for _, tt := range tests {
		if got, err := Month(tt.m); err != nil || got != tt.month {
			t.Errorf("Month(%d) = %q, %v; want %q", tt.m, got, err, tt.month)
		}
		if got, err := MonthName(tt.m); err != nil || got != tt.name {
			t.Errorf("MonthName(%d) = %q, %v; want %q", tt.m, got, err, tt.name)
		}
	}
	for _, m := range []int{0, 13, -1} {
		if _, err := Month(m); err == nil {
			t.Errorf("Month(%d): want an error", m)
		}
		if _, err := MonthName(m); err == nil {
			t.Errorf("MonthName(%d): want an error", m)
		}
	}
	if got, err := YearMonth(2023, 9); err != nil || got != "2023年9月" {
		t.Errorf("YearMonth(2023, 9) = %q, %v", got, err)
	}
	for _, bad := range [][2]int{{2023, 0}, {2023, 13}, {0, 5}} {
		if _, err := YearMonth(bad[0], bad[1]); err == nil {
			t.Errorf("YearMonth(%d, %d): want an error", bad[0], bad[1])
		}
	}
}

func TestPeriod(t *testing.T) {
	tests := []struct {
		y, from, to int
		want        string
	}{
		{2013, 1, 12, "2013年"},
		{2014, 1, 6, "2014年上半年"},
		{2014, 7, 12, "2014年下半年"},
		{2023, 1, 3, "2023年第一季度"},
		{2023, 4, 6, "2023年第二季度"},
		{2023, 7, 9, "2023年第三季度"},
		{2023, 10, 12, "2023年第四季度"},
		{2023, 9, 9, "2023年9月"},
		{2023, 3, 5, "2023年3—5月"}, // seed 000's charity drive
		{2023, 2, 4, "2023年2—4月"}, // not a calendar quarter
		{2023, 1, 9, "2023年1—9月"},
		{2023, 11, 12, "2023年11—12月"},
	}
	for _, tt := range tests {
		got, err := Period(tt.y, tt.from, tt.to)
		if err != nil || got != tt.want {
			t.Errorf("Period(%d, %d, %d) = %q, %v; want %q", tt.y, tt.from, tt.to, got, err, tt.want)
		}
	}
	for _, bad := range [][3]int{{2023, 5, 3}, {2023, 0, 5}, {2023, 0, 0}, {2023, 1, 13}, {0, 1, 12}} {
		if got, err := Period(bad[0], bad[1], bad[2]); err == nil || got != "" {
			t.Errorf("Period(%d, %d, %d) = %q, %v; want an error", bad[0], bad[1], bad[2], got, err)
		}
	}
}
