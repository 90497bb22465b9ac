package cnfmt

import (
	"fmt"
	"strconv"
	"time"
)

// checkDate validates a date where d == 0 means month precision and m == 0
// (with d == 0) year precision, the convention of record.Date.
func checkDate(y, m, d int) error {
	switch {
	case y < 1 || y > 9999:
		return fmt.Errorf("年份%d无效", y)
	case m < 0 || m > 12:
		return fmt.Errorf("月份%d无效", m)
	case m == 0 && d != 0:
		return fmt.Errorf("%d年的日期有日（%d日）而没有月份", y, d)
	case d < 0 || d > time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day():
		return fmt.Errorf("%d年%d月没有%d日", y, m, d)
	}
	return nil
}

// Date words a date with Arabic numerals and no leading zeros:
// Date(2023, 12, 10) = "2023年12月10日". Following record.Date, d == 0 gives
// month precision ("2023年9月") and m == d == 0 year precision ("2023年").
// An error reports an impossible date (2023年2月29日, month 13, a day without
// a month).
func Date(y, m, d int) (string, error) {
	if err := checkDate(y, m, d); err != nil {
		return "", err
	}
	s := strconv.Itoa(y) + "年"
	if m > 0 {
		s += strconv.Itoa(m) + "月"
	}
	if d > 0 {
		s += strconv.Itoa(d) + "日"
	}
	return s, nil
}

// YearMonth words a month of a year: YearMonth(2023, 9) = "2023年9月".
// An error reports a year or month out of range.
func YearMonth(y, m int) (string, error) {
	if m == 0 {
		return "", fmt.Errorf("月份%d无效", m)
	}
	return Date(y, m, 0)
}

// Month words a month in Arabic numerals for running text: Month(9) = "9月".
// An error reports a month outside 1–12.
func Month(m int) (string, error) {
	if m < 1 || m > 12 {
		return "", fmt.Errorf("月份%d无效", m)
	}
	return strconv.Itoa(m) + "月", nil
}

// MonthName words a month as schedules head it: MonthName(9) = "九月份",
// MonthName(11) = "十一月份". An error reports a month outside 1–12.
func MonthName(m int) (string, error) {
	if m < 1 || m > 12 {
		return "", fmt.Errorf("月份%d无效", m)
	}
	return Hanzi(m) + "月份", nil
}

// Period words the months from through to of year y as a report's period:
// 1–12 "2023年", 1–6 "2023年上半年", 7–12 "2023年下半年", a calendar quarter
// "2023年第三季度", one month "2023年9月", any other span "2023年3—5月" (the 一字线 of GB/T 15834
// for the start and end of a time).
// An error reports a year or month out of range or from after to.
func Period(y, from, to int) (string, error) {
	if err := checkDate(y, from, 0); err != nil {
		return "", err
	}
	if err := checkDate(y, to, 0); err != nil {
		return "", err
	}
	if from < 1 || to < from {
		return "", fmt.Errorf("期间%d月至%d月无效", from, to)
	}
	year := strconv.Itoa(y) + "年"
	switch {
	case from == 1 && to == 12:
		return year, nil
	case from == 1 && to == 6:
		return year + "上半年", nil
	case from == 7 && to == 12:
		return year + "下半年", nil
	case from%3 == 1 && to == from+2:
		return year + "第" + Hanzi(to/3) + "季度", nil
	case from == to:
		return year + strconv.Itoa(from) + "月", nil
	}
	return year + strconv.Itoa(from) + "—" + strconv.Itoa(to) + "月", nil
}
