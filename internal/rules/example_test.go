package rules

import (
	"math/big"
	"strings"
	"testing"

	"zongjie/internal/num"
)

// TestExample2013MustShow checks every figure issue 3 requires on the seed's
// data, formatted with num.FormatRat at each value's precision.
func TestExample2013MustShow(t *testing.T) {
	r, err := Run(load(t, example2013), nil)
	if err != nil {
		t.Fatal(err)
	}
	percent := func(id string) string {
		v := value(t, r, id, "")
		if !v.OK() {
			t.Fatalf("%s: %s", id, v.Err)
		}
		return num.FormatRat(new(big.Rat).Mul(v.Num, big.NewRat(100, 1)), v.Precision, true)
	}
	if got := percent(IDTransferRate); got != "89.94" {
		t.Errorf("经费划拨率 = %s%%, want 89.94%%", got)
	}
	if got := percent(IDMembershipRate); got != "64.5" {
		t.Errorf("入会率 = %s%%, want 64.5%%", got)
	}
	if v := value(t, r, IDMembershipRate, ""); !strings.Contains(v.Formula, "民办学校(幼儿园)") {
		t.Errorf("入会率 formula %q does not name its denominator's scope", v.Formula)
	}

	groups, ok := r.Ranking(RankGroupDonation)
	if !ok {
		t.Fatal("no group ranking")
	}
	type row struct {
		name, figure string
		rank         int
		tied         bool
	}
	check := func(label string, entries []Entry, want []row) {
		t.Helper()
		if len(entries) != len(want) {
			t.Fatalf("%s: %d entries, want %d", label, len(entries), len(want))
		}
		for i, e := range entries {
			got := row{e.Name, num.FormatRat(e.Value.Num, e.Value.Precision, true), e.Rank, e.Tied}
			if got != want[i] {
				t.Errorf("%s[%d] = %+v, want %+v", label, i, got, want[i])
			}
		}
	}
	check("各学区人均捐款", groups.Entries, []row{
		{"大岙学区", "156", 1, false},
		{"岩头学区", "136", 2, true},
		{"瓯北学区", "136", 2, true},
		{"上塘学区", "123", 4, true},
		{"直属学校", "123", 4, true},
		{"永临学区", "115", 6, false},
	})

	top, _ := r.Ranking(RankTopUnits)
	check("全县前十", top.Entries, []row{
		{"枫林镇中心小学", "248", 1, false},
		{"大岙中学", "232", 2, false},
		{"大岙学区", "222", 3, false},
		{"岩头学区", "189", 4, false},
		{"瓯北二小", "186", 5, true},
		{"朱涂小学", "186", 5, true},
		{"实验小学", "183", 7, false},
		{"山坑小学", "179", 8, false},
		{"大岙小学", "177", 9, false},
		{"瓯北中心小学", "176", 10, false},
	})

	best, _ := r.Ranking(RankGroupTopUnits)
	var bestNames []string
	for _, e := range best.Entries {
		bestNames = append(bestNames, e.Group+":"+e.Name+e.Value.trace())
	}
	if got, want := strings.Join(bestNames, "、"),
		"岩头学区:枫林镇中心小学248元、大岙学区:大岙中学232元、瓯北学区:瓯北二小186元、永临学区:朱涂小学186元、直属学校:实验小学183元、上塘学区:花坦小学158元"; got != want {
		t.Errorf("各学区最高:\n got %s\nwant %s", got, want)
	}

	if got := value(t, r, IDReliefPersons, "").Shown(); got != "475" {
		t.Errorf("慰问人数 = %s, want 475", got)
	}
	if got := value(t, r, IDReliefAmount, "").trace(); got != "99.9万元" {
		t.Errorf("慰问金额 = %s, want 99.9万元", got)
	}
	audits := map[string]Audit{}
	for _, a := range r.Audits {
		audits[a.ID+"/"+a.Subject] = a
	}
	for key, text := range map[string]string{
		"relief.persons/":      "228+145+80+6+6+10=475人",
		"relief.amount/":       "22.8+56.1+6+6+9=99.9万元",
		"finance.bands.sum/学校": "106+13+23=142所",
		"finance.bands.sum/单位": "6+1+2=9个",
	} {
		a, ok := audits[key]
		if !ok {
			t.Errorf("no audit %s", key)
			continue
		}
		if !a.OK || !strings.Contains(a.ComputedText, text) {
			t.Errorf("audit %s: ok=%v %q, want agreement with %s", key, a.OK, a.Message, text)
		}
	}
	if f := r.FailedAudits(); len(f) != 0 {
		t.Errorf("failed audits on the seed: %v", f)
	}

	school, _ := r.Band("学校")
	unit, _ := r.Band("单位")
	for _, c := range []struct {
		b    Band
		want [4]string
	}{{school, [4]string{"106", "13", "23", "142"}}, {unit, [4]string{"6", "1", "2", "9"}}} {
		got := [4]string{c.b.AtLeast.Shown(), c.b.Below.Shown(), c.b.Zero.Shown(), c.b.Total.Shown()}
		if got != c.want {
			t.Errorf("bands %s = %v, want %v", c.b.Kind, got, c.want)
		}
	}

	var zero Finding
	for _, f := range r.Findings {
		if f.ID == "finance.zero_spending" {
			zero = f
		}
	}
	if len(zero.Parts) != 2 || zero.Parts[0].Count != 23 || len(zero.Parts[0].Parts) != 2 || zero.Parts[0].Parts[0].Count != 9 ||
		strings.Join(zero.Parts[1].Names, "、") != "瓯北学区、永临学区" {
		t.Errorf("zero-spending finding: %+v", zero)
	}
}

// TestExampleTwoPeriods checks the 同比 lines and the 2013 plan against the
// invented 2014 results.
func TestExampleTwoPeriods(t *testing.T) {
	ps := load(t, example2014, example2013) // any order
	r, err := Run(ps, nil)
	if err != nil {
		t.Fatal(err)
	}
	if r.Period.When.Label() != "2014年" || len(r.History) != 1 || r.Base == nil {
		t.Fatalf("latest %s, history %d, base %v", r.Period.When.Label(), len(r.History), r.Base)
	}
	for _, id := range []string{IDMembershipRate, IDTransferRate, IDCharityTotal, IDReliefAmount, IDReliefPersons} {
		c, ok := r.Comparison(id)
		if !ok || !c.OK() {
			t.Errorf("no comparison %s", id)
			continue
		}
		if (c.Kind == KindRate) != (c.Change == nil) {
			t.Errorf("%s: a rate must change in points only, an amount by a percentage", id)
		}
	}
	for metric, want := range map[string]struct {
		status Status
		gap    string
	}{
		"charity.total":  {StatusExceeded, "65268"},
		"relief.amount":  {StatusMissed, "-24000"},
		"relief.persons": {StatusMet, "0"},
	} {
		tc, ok := r.Target(metric)
		if !ok {
			t.Errorf("no target check %s", metric)
			continue
		}
		if tc.Status != want.status || tc.Gap.RatString() != want.gap || tc.From != "2013年" {
			t.Errorf("target %s: %s %s from %s, want %s %q", metric, tc.Status, tc.Gap.RatString(), tc.From, want.status, want.gap)
		}
	}
	if f := r.FailedAudits(); len(f) != 0 {
		t.Errorf("failed audits: %v", f)
	}
	series := r.Series(IDReliefPersons)
	if len(series) != 2 || series[0].Shown() != "475" || series[1].Shown() != "480" || series[0].Subject != "2013年" {
		t.Errorf("series = %+v", series)
	}
	if got := r.Cumulative(IDReliefPersons).trace(); got != "955人次" { // the same people visited year after year
		t.Errorf("累计慰问人数 = %s, want 955人次", got)
	}
	if got := r.Cumulative(IDReliefAmount).trace(); got != "197.5万元" {
		t.Errorf("累计慰问金额 = %s, want 197.5万元", got)
	}
	if c := r.Cumulative(IDMembershipRate); c.OK() {
		t.Errorf("a rate was added up: %s", c.trace())
	}
}
