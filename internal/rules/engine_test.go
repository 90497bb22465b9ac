package rules

import (
	"strings"
	"testing"

	"zongjie/internal/record"
)

func TestRunRefuses(t *testing.T) {
	a := parse(t, "organisation: {name: 甲工会}\nperiod: {year: 2019}\n")
	a.File = "a.yaml"
	b := parse(t, "organisation: {name: 乙工会}\nperiod: {year: 2020}\n")
	b.File = "b.yaml"
	c := parse(t, "organisation: {name: 甲工会}\nperiod: {year: 2019}\n")
	c.File = "c.yaml"
	noYear := parse(t, "organisation: {name: 甲工会}\n")
	for _, tt := range []struct {
		periods []*record.Period
		want    []string
	}{
		{nil, []string{"没有给出数据文件"}},
		{[]*record.Period{a, b}, []string{"a.yaml", "b.yaml", "甲工会", "乙工会", "不是同一个工会"}},
		{[]*record.Period{a, c}, []string{"a.yaml", "c.yaml", "同一报告期", "2019年"}},
		{[]*record.Period{noYear}, []string{"period.year"}},
	} {
		_, err := Run(tt.periods, nil)
		if err == nil {
			t.Errorf("Run(%d periods) succeeded", len(tt.periods))
			continue
		}
		for _, w := range tt.want {
			if !strings.Contains(err.Error(), w) {
				t.Errorf("error %q does not mention %q", err, w)
			}
		}
	}
}

func TestSeriesOverFiveYears(t *testing.T) {
	var ps []*record.Period
	for i, persons := range []string{"400", "", "420", "430", "475"} {
		src := "organisation: {name: 甲工会}\nperiod: {year: " + string(rune('0'+i)) + "}\n"
		src = strings.Replace(src, "year: "+string(rune('0'+i)), "year: 201"+string(rune('0'+i)), 1)
		if persons != "" {
			src += "relief: {batches: [{occasion: 慰问, persons: " + persons + ", amount: 1万}]}\n"
		}
		ps = append(ps, parse(t, src))
	}
	r, err := Run([]*record.Period{ps[4], ps[2], ps[0], ps[3], ps[1]}, nil)
	if err != nil {
		t.Fatal(err)
	}
	s := r.Series(IDReliefPersons)
	var got []string
	for _, v := range s {
		got = append(got, v.Subject+":"+v.Shown())
	}
	if strings.Join(got, " ") != "2010年:400 2011年: 2012年:420 2013年:430 2014年:475" {
		t.Errorf("series = %v", got)
	}
	if !strings.Contains(s[1].Err, "2011年没有记录慰问人数") {
		t.Errorf("missing year: %q", s[1].Err)
	}
	if c := r.Cumulative(IDReliefPersons); c.OK() {
		t.Errorf("a total over a year without figures must not be stated: %s", c.trace())
	}
	r, err = Run([]*record.Period{ps[0], ps[2], ps[3], ps[4]}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if c := r.Cumulative(IDReliefPersons); c.trace() != "1725人次" || c.Calc != "400人 + 420人 + 430人 + 475人" {
		t.Errorf("cumulative = %s (%s)", c.trace(), c.Calc)
	}
	if c := r.Cumulative(IDReliefAmount); c.trace() != "4万元" {
		t.Errorf("cumulative amount = %s", c.trace())
	}
	if len(r.Periods()) != 4 || r.Periods()[0].When.Label() != "2010年" {
		t.Errorf("periods out of order")
	}
}

func TestBesidePanicsOnTheWaiter(t *testing.T) {
	ran := false
	beside(true, func() { ran = true })()
	if !ran {
		t.Fatal("beside did not run f before the wait returned")
	}
	defer func() {
		if p := recover(); p != "boom" {
			t.Fatalf("the wait panicked with %v, want boom", p)
		}
	}()
	wait := beside(true, func() { panic("boom") })
	wait()
	t.Fatal("the wait returned after f panicked")
}
