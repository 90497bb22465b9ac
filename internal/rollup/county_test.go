package rollup

import (
	"fmt"
	"math/big"
	"sort"
	"strconv"
	"strings"
	"testing"

	"zongjie/internal/metrics"
	"zongjie/internal/num"
	"zongjie/internal/pipeline"
	"zongjie/internal/prose"
	"zongjie/internal/record"
	"zongjie/internal/report"
	"zongjie/internal/rules"
)

// TestCountyFigures rolls up a synthetic county of 200 unions and
// recomputes every figure of the rolled-up records, and the rates the
// report states, from the unions' files read on their own: each a plain
// sum, a rate from the summed part and whole, a figure some unions left
// out "以上", one some stated approximately "近", the rows of the units
// table the unions' own figures.
func TestCountyFigures(t *testing.T) {
	parentFile, files := county(t, 200, 11)
	res := roll(t, parentFile, nil, Options{})
	got := res.Period
	parent := load(t, parentFile)
	var kids []*record.Period
	for _, f := range files {
		kids = append(kids, load(t, f))
	}
	// The unions in name order: the order their rows first appear.
	sort.Slice(kids, func(i, j int) bool { return kids[i].Org.Name < kids[j].Org.Name })

	want := map[string]string{}
	// The federation's own records (name, period, targets, committee …)
	// are its own.
	for _, f := range metrics.RecordedFigures(parent) {
		switch top, _, _ := strings.Cut(f.Path, "."); {
		case strings.HasPrefix(top, "organisation"), strings.HasPrefix(top, "period"), strings.HasPrefix(top, "targets"):
			want[f.Path] = f.Value
		}
	}
	sum := func(get func(p *record.Period) *int64) (int64, int) {
		var s int64
		n := 0
		for _, p := range kids {
			if v := get(p); v != nil {
				s += *v
				n++
			}
		}
		return s, n
	}
	exact := func(path string, get func(p *record.Period) *int64) int64 {
		s, n := sum(get)
		if n != len(kids) {
			t.Fatalf("%s: %d of %d unions give it", path, n, len(kids))
		}
		want[path] = strconv.FormatInt(s, 10)
		return s
	}
	staff := exact("membership.staff", func(p *record.Period) *int64 { return p.Membership.Staff })
	members := exact("membership.members", func(p *record.Period) *int64 { return p.Membership.Members })
	exact("membership.women_staff", func(p *record.Period) *int64 { return p.Membership.WomenStaff })
	women := exact("membership.women_members", func(p *record.Period) *int64 { return p.Membership.WomenMembers })
	// Some unions left the new members out: the sum is a lower bound.
	nm, n := sum(func(p *record.Period) *int64 { return p.Membership.NewMembers })
	if n == len(kids) || n == 0 {
		t.Fatalf("new members given by %d of %d unions; the data should leave some out", n, len(kids))
	}
	want["membership.new_members"] = fmt.Sprintf("%d以上", nm)
	money := func(path string, get func(p *record.Period) *num.Money) {
		var s num.Money
		for _, p := range kids {
			s += *get(p)
		}
		want[path] = s.String()
	}
	money("finance.dues", func(p *record.Period) *num.Money { return p.Finance.Dues })
	money("finance.expenditure", func(p *record.Period) *num.Money { return p.Finance.Expenditure })
	var charity num.Money
	for _, p := range kids {
		for _, d := range p.Charity {
			charity += *d.Total
		}
	}
	want["charity[0].total"] = charity.String()

	// Rows of lists: the federation's own first, then as they first appear
	// among the unions in name order, matched by what they are (a relief
	// batch by its occasion, an activity by its name and role).
	type batch struct{ persons, amount, each int64 }
	var occasions []string
	batches := map[string]*batch{}
	addBatch := func(b record.ReliefBatch) {
		x := batches[b.Occasion]
		if x == nil {
			x = &batch{each: -1}
			batches[b.Occasion] = x
			occasions = append(occasions, b.Occasion)
		}
		x.persons += *b.Persons
		if b.Amount != nil {
			x.amount += int64(*b.Amount)
			if e := int64(*b.Amount) / *b.Persons; x.each < 0 || x.each == e {
				x.each = e
			}
		} else {
			x.amount += int64(*b.Each) * *b.Persons
			x.each = int64(*b.Each)
		}
	}
	for _, b := range parent.Relief.Batches {
		addBatch(b)
	}
	for _, p := range kids {
		for _, b := range p.Relief.Batches {
			addBatch(b)
		}
	}
	for i, o := range occasions {
		b := batches[o]
		path := fmt.Sprintf("relief.batches[%d].", i)
		want[path+"persons"] = strconv.FormatInt(b.persons, 10)
		want[path+"amount"] = num.Money(b.amount).String()
		want[path+"each"] = num.Money(b.each).String()
	}
	type activity struct {
		exact, approx int64
		approximate   bool
	}
	var events []string
	acts := map[string]*activity{}
	addActivity := func(p *record.Period, i int) {
		a := p.Activities[i]
		key := a.Name + "/" + a.Role
		x := acts[key]
		if x == nil {
			x = &activity{}
			acts[key] = x
			events = append(events, key)
		}
		if a.Participants != nil {
			x.exact += *a.Participants
		} else if ap, ok := p.Approx(fmt.Sprintf("activities[%d].participants", i)); ok {
			x.approximate = true
			x.approx += ap.Value().Num().Int64()
		}
	}
	for i := range parent.Activities {
		addActivity(parent, i)
	}
	for _, p := range kids {
		for i := range p.Activities {
			addActivity(p, i)
		}
	}
	for i, k := range events {
		a := acts[k]
		v := strconv.FormatInt(a.exact+a.approx, 10)
		if a.approximate {
			v = "近" + v // 近N人 added up is 近 their sum
		}
		want[fmt.Sprintf("activities[%d].participants", i)] = v
	}
	if len(events) < 4 {
		t.Fatalf("only %d activities", len(events))
	}
	for _, d := range []struct {
		key string
		get func(p *record.Period) *int64
	}{
		{"sessions", func(p *record.Period) *int64 { return p.Democracy.Sessions }},
		{"proposals", func(p *record.Period) *int64 { return p.Democracy.Proposals }},
		{"accepted", func(p *record.Period) *int64 { return p.Democracy.Accepted }},
		{"implemented", func(p *record.Period) *int64 { return p.Democracy.Implemented }},
	} {
		s, _ := sum(d.get) // the unions without a 教代会 give none of them
		want["democracy."+d.key] = strconv.FormatInt(s, 10)
	}
	checkups, _ := sum(func(p *record.Period) *int64 { return p.Women.Checkups })
	want["women.checkups"] = strconv.FormatInt(checkups, 10)
	// The units table: each union a row, in the register's order.
	byUnit := map[string]*record.Period{}
	for _, p := range kids {
		byUnit[strings.TrimSuffix(p.Org.Name, "工会")] = p
	}
	for i, u := range parent.Units {
		p := byUnit[u.Name]
		if p == nil {
			t.Fatalf("no union for %s", u.Name)
		}
		row := fmt.Sprintf("units[%d].", i)
		want[row+"staff"] = strconv.FormatInt(*p.Membership.Staff, 10)
		want[row+"members"] = strconv.FormatInt(*p.Membership.Members, 10)
		want[row+"spending"] = p.Finance.Expenditure.String()
		if len(p.Charity) > 0 {
			want[row+"donation"] = p.Charity[0].Total.String()
		}
	}

	if len(want) < 4*len(kids) {
		t.Fatalf("only %d figures to check", len(want))
	}
	gotFigures := map[string]string{}
	for _, f := range metrics.RecordedFigures(got) {
		gotFigures[f.Path] = f.Value
	}
	for _, path := range got.ApproxPaths() {
		a, _ := got.Approx(path)
		gotFigures[path] = a.String()
	}
	for path, v := range want {
		if gotFigures[path] != v {
			t.Errorf("%s = %q, want %q", path, gotFigures[path], v)
		}
	}
	for path, v := range gotFigures {
		if _, ok := want[path]; !ok {
			t.Errorf("%s = %q: not a figure the unions give", path, v)
		}
	}

	// The rates: from the summed part and whole, never averaged.
	r, err := rules.Run([]*record.Period{got}, Extension(nil, res))
	if err != nil {
		t.Fatal(err)
	}
	rate := func(id string, part, whole int64) rules.Value {
		v, ok := r.Value(id)
		if !ok || !v.OK() {
			t.Fatalf("%s not computed: %+v", id, v)
		}
		if want := big.NewRat(part, whole); v.Num.Cmp(want) != 0 {
			t.Errorf("%s = %s, want %d/%d", id, v.Num.RatString(), part, whole)
		}
		return v
	}
	memberRate := rate(rules.IDMembershipRate, members, staff)
	rate(rules.IDWomenShare, women, members)
	var avg big.Rat
	for _, p := range kids {
		avg.Add(&avg, big.NewRat(*p.Membership.Members, *p.Membership.Staff))
	}
	avg.Quo(&avg, big.NewRat(int64(len(kids)), 1))
	if avg.Cmp(memberRate.Num) == 0 {
		t.Errorf("the data should tell a summed rate from an averaged one")
	}
	// Each group's 人均捐款 is its units' donations over their staff.
	groupDonation, groupStaff := map[string]int64{}, map[string]int64{}
	complete := map[string]bool{}
	for _, u := range parent.Units {
		complete[u.Group] = true
	}
	for _, u := range parent.Units {
		p := byUnit[u.Name]
		if len(p.Charity) == 0 {
			complete[u.Group] = false
			continue
		}
		groupDonation[u.Group] += int64(*p.Charity[0].Total)
		groupStaff[u.Group] += *p.Membership.Staff
	}
	checked := 0
	for g, ok := range complete {
		v, found := r.ValueFor(rules.IDGroupDonationPerHead, g)
		if !ok || !found {
			continue
		}
		checked++
		if want := big.NewRat(groupDonation[g], 100*groupStaff[g]); v.Num == nil || v.Num.Cmp(want) != 0 {
			t.Errorf("人均捐款 of %s = %v, want %s", g, v.Num, want.RatString())
		}
	}
	if checked == 0 {
		t.Error("no group's 人均捐款 was checked")
	}
	for _, id := range []string{IDUnions, IDMembers} {
		if v, ok := r.Value(id); !ok || v.Num.Cmp(big.NewRat(int64(len(kids)), 1)) != 0 {
			t.Errorf("%s = %v, want %d", id, v.Num, len(kids))
		}
	}

	// The annual report states them.
	md := string(render(t, res, report.Annual, pipeline.Markdown))
	pw := prose.New(r, false)
	for _, id := range []string{rules.IDMembershipRate, rules.IDMembers, rules.IDCharityTotal} {
		v, _ := r.Value(id)
		if w := pw.Value(v); !strings.Contains(md, w) {
			t.Errorf("the report does not state %s (%s)", id, w)
		}
	}
	if !strings.Contains(md, parent.Org.Name) {
		t.Error("the report is not the federation's")
	}
}
