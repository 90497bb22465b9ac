package catalog

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"math/big"
	"sort"
	"strings"
	"testing"

	"zongjie/internal/chart"
	"zongjie/internal/chart/charttest"
	"zongjie/internal/metrics"
	"zongjie/internal/record"
	"zongjie/internal/rules"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// jsonValue is a value of `zongjie metrics --json`.
type jsonValue struct {
	ID         string `json:"id"`
	Subject    string `json:"subject"`
	Exact      string `json:"exact"`
	Text       string `json:"text"`
	ReportText string `json:"report_text"`
}

// metricsValues reads the metrics JSON of a result: the values of every
// period, oldest first.
func metricsValues(t *testing.T, r *rules.Result) [][]jsonValue {
	t.Helper()
	var buf bytes.Buffer
	if err := metrics.WriteJSON(&buf, r); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Values  []jsonValue `json:"values"`
		History []struct {
			Values []jsonValue `json:"values"`
		} `json:"history"`
	}
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	var out [][]jsonValue
	for _, h := range doc.History {
		out = append(out, h.Values)
	}
	return append(out, doc.Values)
}

// unitDivisor is how many base units (元, persons, a rate's whole) one of
// the series' unit is.
func unitDivisor(unit string) *big.Rat {
	switch unit {
	case "%":
		return big.NewRat(1, 100)
	case "万元":
		return big.NewRat(10000, 1)
	case "亿元":
		return big.NewRat(100000000, 1)
	}
	return big.NewRat(1, 1)
}

// TestExampleCharts builds every registered chart of every example and
// checks each figure against `zongjie metrics --json`: the exact value,
// and the wording the report gives it.
func TestExampleCharts(t *testing.T) {
	made := map[string][]string{}
	for _, ex := range charttest.Examples(t) {
		periods := metricsValues(t, ex.Result)
		for _, id := range IDs() {
			c, ok := Build(id, ex.Result)
			if !ok {
				continue
			}
			made[ex.Name] = append(made[ex.Name], id)
			if c.ID != id || c.Title == "" || !c.Valid() {
				t.Errorf("%s %s: chart %+v", ex.Name, id, c)
			}
			term := strings.HasPrefix(id, "term.")
			for _, s := range c.Series {
				div := unitDivisor(s.Unit)
				for i, p := range s.Points {
					where := fmt.Sprintf("%s %s %s %s", ex.Name, id, s.Name, c.Categories[i])
					values, subject := periods[len(periods)-1], p.Subject
					if term {
						values, subject = periods[i], ""
					}
					jv, found := findValue(values, s.IDs[0], subject)
					if !found {
						t.Errorf("%s: no %s·%s in metrics", where, s.IDs[0], subject)
						continue
					}
					checkPoint(t, where, p, s.Unit, div, jv)
				}
			}
		}
	}
	var list strings.Builder
	var exs []string
	for name := range made {
		exs = append(exs, name)
	}
	sort.Strings(exs)
	for _, name := range exs {
		fmt.Fprintf(&list, "%s: %s\n", name, strings.Join(made[name], " "))
	}
	charttest.Golden(t, *update, "charts-by-example.txt", []byte(list.String()))
}

func findValue(values []jsonValue, id, subject string) (jsonValue, bool) {
	for _, v := range values {
		if v.ID == id && v.Subject == subject {
			return v, true
		}
	}
	return jsonValue{}, false
}

// checkPoint checks a point against the metrics' value: its exact figure
// in the series' unit, and its label: the report's wording when that is
// in the series' unit, else the figure rounded to its shown decimals.
func checkPoint(t *testing.T, where string, p chart.Point, unit string, div *big.Rat, jv jsonValue) {
	t.Helper()
	exact, ok := new(big.Rat).SetString(jv.Exact)
	if !ok {
		t.Errorf("%s: metrics exact %q", where, jv.Exact)
		return
	}
	if got := new(big.Rat).Mul(p.Exact, div); got.Cmp(exact) != 0 {
		t.Errorf("%s: chart has %s, metrics %s", where, got.RatString(), exact.RatString())
	}
	if p.Label != p.Shown+unit && p.Label != groupDigits(p.Shown)+unit {
		t.Errorf("%s: label %q is not %q with its unit %q", where, p.Label, p.Shown, unit)
	}
	report := jv.ReportText
	if report == "" {
		report = jv.Text
	}
	if n, ok := strings.CutSuffix(report, unit); ok && plainNumber(strings.ReplaceAll(n, ",", "")) {
		if p.Label != report {
			t.Errorf("%s: chart label %q, the report writes %q", where, p.Label, report)
		}
		return
	}
	shown, _ := new(big.Rat).SetString(p.Shown)
	diff := new(big.Rat).Sub(shown, new(big.Rat).Quo(exact, div))
	half := new(big.Rat).SetFrac64(1, 2)
	for range decimals(p.Shown) {
		half.Quo(half, big.NewRat(10, 1))
	}
	if diff.Abs(diff).Cmp(half) > 0 {
		t.Errorf("%s: shown %s is not %s rounded", where, p.Shown, exact.FloatString(4))
	}
}

// groupDigits groups a whole number's digits by three from 10000, as the
// report writes counts.
func groupDigits(s string) string {
	if strings.Contains(s, ".") || len(s) < 5 {
		return s
	}
	var b []byte
	for i := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b = append(b, ',')
		}
		b = append(b, s[i])
	}
	return string(b)
}

// TestDefaults checks which default charts the examples make: a term
// review its members and money, the 永嘉 reports their groups' donations,
// a union with several kinds of relief money its breakdown, and a report
// of one period no term chart.
func TestDefaults(t *testing.T) {
	want := map[string][]string{
		"term":                          {TermMembers, TermMoney},
		"term-hospital":                 {TermMembers, TermMoney},
		"yongjia-edu-2013":              {AnnualGroupDonation},
		"corpus/000-1-yongjia-edu-2013": {AnnualGroupDonation, AnnualReliefKinds},
		"corpus/004-wuxi-post-2009h1":   {AnnualReliefKinds},
		"sector/factory-2023":           {AnnualReliefKinds},
		"dangyang-zhujian-2014h1":       nil,
	}
	for _, ex := range charttest.Examples(t) {
		w, ok := want[ex.Name]
		if !ok {
			continue
		}
		var got []string
		for _, c := range BuildDefaults(ex.Kind, ex.Result) {
			got = append(got, c.ID)
		}
		if strings.Join(got, " ") != strings.Join(w, " ") {
			t.Errorf("%s (%s): default charts %v, want %v", ex.Name, ex.Kind, got, w)
		}
		if ex.Kind == "term" {
			continue
		}
		for _, id := range []string{TermMembers, TermMoney} {
			if _, ok := Build(id, ex.Result); ok {
				t.Errorf("%s: a report of one period made %s", ex.Name, id)
			}
		}
	}
}

// TestReliefKindsNameOther: a kind 其他 is labelled by what it is, as the
// text names it (the occasion of its one batch), never "其他".
func TestReliefKindsNameOther(t *testing.T) {
	p, err := record.Parse("t.yaml", []byte("organisation: {name: 甲公司工会, sector: 企业}\nperiod: {year: 2025}\nrelief:\n  batches:\n"+
		"    - {occasion: 春节慰问, persons: 286, amount: 5.72万}\n"+
		"    - {occasion: 春节返乡车票补贴, kind: 其他, persons: 415, amount: 12.45万}\n"), record.DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	res, err := rules.Run([]*record.Period{p}, nil)
	if err != nil {
		t.Fatal(err)
	}
	c, ok := reliefKinds(res)
	if !ok || strings.Join(c.Categories, "、") != "春节返乡车票补贴、慰问金" {
		t.Errorf("categories %q (built %v), want 春节返乡车票补贴、慰问金", c.Categories, ok)
	}
}
