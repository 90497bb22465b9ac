package report

import (
	"strconv"

	"zongjie/internal/cnfmt"
	"zongjie/internal/num"
	"zongjie/internal/record"
)

// The value types below are what templates see of the records. Each prints
// itself ready for the report: record text escaped, figures worded by cnfmt,
// and, when the value was not recorded, the missing mark that makes the
// structural pass drop the sentence. Each has OK for {{if}}.

// Text is record text: a name, a title, a clerk's paragraph.
type Text string

// String prints the text escaped for Markdown, or the missing mark when empty.
func (t Text) String() string {
	if t == "" {
		return missing
	}
	return string(markData) + escapeText(string(t))
}

// OK reports whether the text is not empty.
func (t Text) OK() bool { return t != "" }

// Count is a recorded whole number: staff, members, units.
type Count struct {
	N     int64
	Valid bool
}

// String prints the number in Arabic digits (the template writes the unit).
func (c Count) String() string {
	if !c.Valid {
		return missing
	}
	return string(markData) + strconv.FormatInt(c.N, 10)
}

// OK reports whether the count was recorded.
func (c Count) OK() bool { return c.Valid }

// Positive reports whether the count was recorded and is above zero.
func (c Count) Positive() bool { return c.Valid && c.N > 0 }

// Hanzi prints the count in Chinese numerals (三届, 五年).
func (c Count) Hanzi() string {
	if !c.Valid {
		return missing
	}
	return string(markData) + cnfmt.Hanzi(int(c.N))
}

// Money is a recorded amount.
type Money struct {
	M     num.Money
	Valid bool
}

// String prints the amount with its unit: "767.13万元", "9630元".
func (m Money) String() string {
	if !m.Valid {
		return missing
	}
	return string(markData) + cnfmt.Money(m.M)
}

// OK reports whether the amount was recorded.
func (m Money) OK() bool { return m.Valid }

// Positive reports whether the amount was recorded and is above zero.
func (m Money) Positive() bool { return m.Valid && m.M > 0 }

// Yuan prints the amount as a bare number of 元 ("156", "924"), for a
// per-head figure recorded as money.
func (m Money) Yuan() string {
	if !m.Valid {
		return missing
	}
	return string(markData) + m.M.String()
}

// Number is a recorded decimal: a score, a custom figure.
type Number struct {
	D     num.Decimal
	Valid bool
}

// String prints the number as recorded.
func (n Number) String() string {
	if !n.Valid {
		return missing
	}
	return string(markData) + n.D.String()
}

// OK reports whether the number was recorded.
func (n Number) OK() bool { return n.Valid }

// Bool is a recorded yes/no.
type Bool struct {
	B     bool
	Valid bool
}

// OK reports whether the answer was recorded.
func (b Bool) OK() bool { return b.Valid }

// True reports whether the answer was recorded as yes.
func (b Bool) True() bool { return b.Valid && b.B }

// False reports whether the answer was recorded as no.
func (b Bool) False() bool { return b.Valid && !b.B }

// String prints 是 or 否.
func (b Bool) String() string {
	switch {
	case !b.Valid:
		return missing
	case b.B:
		return string(markData) + "是"
	}
	return string(markData) + "否"
}

// Date is a recorded date, to the day, the month or the year.
type Date struct{ D record.Date }

// String prints the date as reports write it: "2013年12月10日", "2013年9月".
func (d Date) String() string {
	if d.D.IsZero() {
		return missing
	}
	s, err := cnfmt.Date(d.D.Year, d.D.Month, d.D.Day)
	if err != nil {
		return missing
	}
	return string(markData) + s
}

// OK reports whether the date was recorded.
func (d Date) OK() bool { return !d.D.IsZero() }

// Year returns the year, 0 when not recorded.
func (d Date) Year() int { return d.D.Year }

// Month returns the month, 0 when not recorded.
func (d Date) Month() int { return d.D.Month }

// Day returns the day, 0 when not recorded.
func (d Date) Day() int { return d.D.Day }

// MonthDay prints the date without its year ("12月10日", "5月"), for a date
// inside the report's own year.
func (d Date) MonthDay() string {
	if d.D.Month == 0 {
		return missing
	}
	s := strconv.Itoa(d.D.Month) + "月"
	if d.D.Day > 0 {
		s += strconv.Itoa(d.D.Day) + "日"
	}
	return string(markData) + s
}
