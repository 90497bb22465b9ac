package record

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"zongjie/internal/num"
)

// Date is a calendar date as a clerk writes it. Day 0 means month precision
// ("2013-05", 5月); Month 0 means year precision. The zero Date is "not given".
type Date struct {
	Year, Month, Day int
}

// IsZero reports whether d is unset.
func (d Date) IsZero() bool { return d.Year == 0 }

// String renders d as YYYY-MM-DD, YYYY-MM or YYYY.
func (d Date) String() string {
	switch {
	case d.IsZero():
		return ""
	case d.Month == 0:
		return fmt.Sprintf("%04d", d.Year)
	case d.Day == 0:
		return fmt.Sprintf("%04d-%02d", d.Year, d.Month)
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
}

// first and last return the first and last day the date may denote.
func (d Date) first() time.Time {
	m, day := d.Month, d.Day
	if m == 0 {
		m = 1
	}
	if day == 0 {
		day = 1
	}
	return time.Date(d.Year, time.Month(m), day, 0, 0, 0, 0, time.UTC)
}

func (d Date) last() time.Time {
	switch {
	case d.Month == 0:
		return time.Date(d.Year, 12, 31, 0, 0, 0, 0, time.UTC)
	case d.Day == 0:
		return time.Date(d.Year, time.Month(d.Month)+1, 0, 0, 0, 0, 0, time.UTC)
	}
	return d.first()
}

// CompareDates orders dates as a report tells them: by year, month and
// day, a date of a year before the months of that year, and the zero Date
// (not given) after every other. It returns -1, 0 or +1.
func CompareDates(d, e Date) int {
	switch {
	case d.IsZero() || e.IsZero():
		switch {
		case d.IsZero() == e.IsZero():
			return 0
		case d.IsZero():
			return 1
		}
		return -1
	case d.Year != e.Year:
		return cmp.Compare(d.Year, e.Year)
	case d.Month != e.Month:
		return cmp.Compare(d.Month, e.Month)
	}
	return cmp.Compare(d.Day, e.Day)
}

// Before reports whether d certainly lies before e.
func (d Date) Before(e Date) bool { return d.last().Before(e.first()) }

// dateSeparators makes the ways a date is written one: 2013年12月10日,
// 2013/12/10 and 2013.12.10 become 2013-12-10.
var dateSeparators = strings.NewReplacer("年", "-", "月", "-", "日", "", "号", "", "/", "-", ".", "-")

// ParseDate parses "2013-12-10", "2013-12", "2013/12/10", "2013.12.10",
// "2013年12月10日" or "2013年5月" (full-width digits allowed).
func ParseDate(s string) (Date, error) {
	t := num.Normalize(s)
	t = dateSeparators.Replace(t)
	t = strings.TrimSuffix(t, "-")
	parts := strings.Split(t, "-")
	if len(parts) < 1 || len(parts) > 3 {
		return Date{}, errBadDate
	}
	if len(parts) == 1 && len(parts[0]) <= 2 && strings.Contains(s, "月") {
		return Date{}, errNoYear // "5月"
	}
	if len(parts) > 1 && len(parts[0]) < 4 {
		if err := yearNotFirst(parts); err != nil {
			return Date{}, err
		}
		return Date{}, errNoYear
	}
	var v [3]int
	for i, p := range parts {
		if p == "" || len(p) > 4 {
			return Date{}, errBadDate
		}
		for _, c := range p {
			if c < '0' || c > '9' {
				return Date{}, errBadDate
			}
			v[i] = v[i]*10 + int(c-'0')
		}
	}
	d := Date{Year: v[0], Month: v[1], Day: v[2]}
	if d.Year < 1949 || d.Year > 2100 {
		return Date{}, fmt.Errorf("年份 %d 不在 1949 到 2100 之间", d.Year)
	}
	if len(parts) >= 2 && (d.Month < 1 || d.Month > 12) {
		if len(parts) == 3 && d.Month >= 13 && d.Month <= 31 && d.Day >= 1 && d.Day <= 12 {
			// the day and the month swapped (2024-13-05 for 5月13日)
			return Date{}, fmt.Errorf("中的月份 %d 不存在(月份是 1 到 12);日期按 年-月-日 的次序写,如果是%d月%d日,请写成 %d-%02d-%02d", d.Month, d.Day, d.Month, d.Year, d.Day, d.Month)
		}
		if len(parts) == 3 {
			return Date{}, fmt.Errorf("中的月份 %d 不存在(月份是 1 到 12);日期按 年-月-日 的次序写,如 %d-03-05 或 %d年3月5日", d.Month, d.Year, d.Year)
		}
		return Date{}, fmt.Errorf("中的月份 %d 不存在(月份是 1 到 12);请按 年-月 的次序写,如 %d-03 或 %d年3月", d.Month, d.Year, d.Year)
	}
	if len(parts) == 3 {
		if d.Day < 1 || d.Day > daysIn(d.Year, d.Month) {
			return Date{}, fmt.Errorf("不是有效的日期:%d年%d月只有%d日", d.Year, d.Month, daysIn(d.Year, d.Month))
		}
	}
	return d, nil
}

// yearNotFirst explains a date of numbers whose year is not written
// first: "1/20/2026" (month and day, or day and month, then the year) or
// "26/1/20" (a year of two digits, first or last). It gives every date
// the numbers can be read as, year first, and asks for one written as
// 年-月-日; nil when the parts hold no year (5-20: a date without one).
func yearNotFirst(parts []string) error {
	for _, p := range parts {
		if !isDigits(p) {
			return nil
		}
	}
	n := func(s string) int { x, _ := strconv.Atoi(s); return x }
	var readings [][3]int // year, month, day; day 0 for a month
	var what string
	switch {
	case len(parts) == 2 && len(parts[1]) == 4 && len(parts[0]) <= 2:
		readings = [][3]int{{n(parts[1]), n(parts[0]), 0}}
		what = "年份写在了后面"
	case len(parts) == 3 && len(parts[2]) == 4 && len(parts[0]) <= 2 && len(parts[1]) <= 2:
		y := n(parts[2])
		readings = [][3]int{{y, n(parts[0]), n(parts[1])}, {y, n(parts[1]), n(parts[0])}}
		what = "年份写在了最后,月和日哪个在前看不出"
	case len(parts) == 3 && len(parts[0]) == 2 && len(parts[1]) <= 2 && len(parts[2]) == 2:
		readings = [][3]int{
			{twoDigitYear(n(parts[0])), n(parts[1]), n(parts[2])},
			{twoDigitYear(n(parts[2])), n(parts[0]), n(parts[1])},
			{twoDigitYear(n(parts[2])), n(parts[1]), n(parts[0])},
		}
		what = "年份只写了两位,年、月、日的先后看不出"
	default:
		return nil
	}
	var dates []string
	for _, r := range readings {
		d := Date{r[0], r[1], r[2]}
		if d.Month < 1 || d.Month > 12 || len(parts) == 3 && (d.Day < 1 || d.Day > daysIn(d.Year, d.Month)) {
			continue
		}
		if s := d.String(); !slices.Contains(dates, s) {
			dates = append(dates, s)
		}
	}
	if len(dates) == 0 {
		return fmt.Errorf("%s;请按 年-月-日 写,如 2013-12-10", what)
	}
	return fmt.Errorf("%s;请按 年-月-日 写成 %s", what, strings.Join(dates, " 或 "))
}

// twoDigitYear is the year a clerk means by its last two digits: 26 is
// 2026, 98 is 1998.
func twoDigitYear(yy int) int {
	if yy < 50 {
		return 2000 + yy
	}
	return 1900 + yy
}

var (
	errBadDate = fmt.Errorf("应当是日期,例如 2013-12-10、2013-05 或 2013年12月10日")
	errNoYear  = fmt.Errorf("日期缺少年份;请写上年份,如 2013年12月10日、2013-12-10 或 2013年5月")
)

func daysIn(y, m int) int { return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day() }

// Range returns the first and last day of the period.
func (s PeriodSpec) Range() (from, to Date) {
	y := 0
	if s.Year != nil {
		y = int(*s.Year)
	}
	if s.FromYear != nil && *s.FromYear < int64(y) {
		return Date{int(*s.FromYear), 1, 1}, Date{y, 12, 31}
	}
	switch s.Part {
	case PartFirstHalf:
		return Date{y, 1, 1}, Date{y, 6, 30}
	case PartSecondHalf:
		return Date{y, 7, 1}, Date{y, 12, 31}
	case PartSpring:
		return Date{y, 2, 1}, Date{y, 7, 31}
	case PartAutumn:
		return Date{y, 9, 1}, Date{y + 1, 1, 31}
	}
	return Date{y, 1, 1}, Date{y, 12, 31}
}

// Contains reports whether d may lie inside the period.
func (s PeriodSpec) Contains(d Date) bool {
	from, to := s.Range()
	return !d.Before(from) && !to.Before(d)
}

// The parts of a year a period may cover.
const (
	PartYear       = "全年"
	PartFirstHalf  = "上半年"
	PartSecondHalf = "下半年"
	PartSpring     = "春季学期"
	PartAutumn     = "秋季学期"
)

// Parts lists the accepted PeriodSpec.Part values.
var Parts = []string{PartYear, PartFirstHalf, PartSecondHalf, PartSpring, PartAutumn}

// MidYear reports whether the period is the first part of a year (上半年,
// 春季学期): work begun in it, such as the proposals of the congress held
// in it, is still under way when it is reported on.
func (s PeriodSpec) MidYear() bool {
	return s.Years() == 1 && (s.Part == PartFirstHalf || s.Part == PartSpring)
}

// Key orders periods in time: year, then part.
func (s PeriodSpec) Key() int {
	from, _ := s.Range()
	return from.Year*10000 + from.Month*100 + from.Day
}

// Years returns how many calendar years the period covers: FromYear to
// Year for a review of several years, 1 for a year or a part of one, 0
// when the year is not known.
func (s PeriodSpec) Years() int {
	switch {
	case s.Year == nil:
		return 0
	case s.FromYear != nil && *s.FromYear < *s.Year:
		return int(*s.Year-*s.FromYear) + 1
	}
	return 1
}

// YearsCovered counts the calendar years the periods cover together: the
// years of a review's files, each file for several years counting all of
// them.
func YearsCovered(periods []*Period) int {
	years := map[int64]bool{}
	for _, p := range periods {
		if p.When.Year == nil {
			continue
		}
		for y := *p.When.Year - int64(p.When.Years()) + 1; y <= *p.When.Year; y++ {
			years[y] = true
		}
	}
	return len(years)
}

// Label words the period as a report names it: "2013年", "2014年上半年", "2013年秋季学期".
func (s PeriodSpec) Label() string {
	if s.Year == nil {
		return ""
	}
	if s.FromYear != nil && *s.FromYear < *s.Year {
		return fmt.Sprintf("%d—%d年", *s.FromYear, *s.Year)
	}
	if s.Part == "" || s.Part == PartYear {
		return fmt.Sprintf("%d年", *s.Year)
	}
	return fmt.Sprintf("%d年%s", *s.Year, s.Part)
}
