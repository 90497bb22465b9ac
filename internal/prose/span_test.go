package prose

import (
	"testing"

	"zongjie/internal/record"
)

// TestSpanStyle: every span of months or years a report prints has one
// style, the 一字线 (3—5月, 2019—2023年), whether the program words it from
// dates or the clerk wrote it as 3月至5月 or 3-5月; a span of days keeps 至.
func TestSpanStyle(t *testing.T) {
	w := New(run(t, nil, parse(t, "organisation: {name: 城关医院工会, sector: 医院}\nperiod: {year: 2013}\n")), false)
	d := func(y, m, day int) record.Date { return record.Date{Year: y, Month: m, Day: day} }
	for _, c := range []struct {
		start, end record.Date
		want       string
	}{
		{d(2013, 3, 0), d(2013, 5, 0), "3—5月"},
		{d(2013, 9, 19), d(2013, 9, 27), "9月19日至27日"},
		{d(2012, 11, 0), d(2013, 1, 0), "2012年11月—2013年1月"},
		{d(2012, 11, 20), d(2013, 1, 5), "2012年11月20日至2013年1月5日"},
		{d(2009, 0, 0), d(2013, 0, 0), "2009—2013年"},
		{d(2013, 5, 0), record.Date{}, "5月"},
	} {
		if got := w.When(c.start, c.end); got != c.want {
			t.Errorf("When(%v, %v) = %q, want %q", c.start, c.end, got, c.want)
		}
	}
	for _, c := range []struct{ written, want string }{
		{"3月至5月", "3—5月"},
		{"3-5月", "3—5月"},
		{"1—6月", "1—6月"},
		{"11-12月份", "11—12月"},
		{"2013年3月至5月", "2013年3—5月"},
		{"2019年至2023年", "2019—2023年"},
		{"上半年", "上半年"},
		{"截至5月底", "截至5月底"},
		{"去年至今", "去年至今"},
		{"本届以来", "本届以来"},
		{"9月19日至9月27日", "9月19日至9月27日"},
	} {
		s, err := record.ParseSpan(c.written)
		if err != nil {
			t.Fatalf("ParseSpan(%q): %v", c.written, err)
		}
		if got := spanWords(s); got != c.want {
			t.Errorf("spanWords(%q) = %q, want %q", c.written, got, c.want)
		}
	}
}
