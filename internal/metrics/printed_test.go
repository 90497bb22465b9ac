package metrics

import (
	"bytes"
	"encoding/json"
	"math/big"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"zongjie/internal/doc"
	"zongjie/internal/doc/doctest"
	"zongjie/internal/record"
	"zongjie/internal/report"
	"zongjie/internal/rules"
)

// figure matches a figure of a report's text: digits with their unit. A
// number followed by 年, 月 or 日 is a date, a number before 至 the start of
// a span of dates; neither is a figure. A count above 9999 is printed with
// 千分位 commas (cnfmt.Count), which the check takes out before comparing.
var figure = regexp.MustCompile(`((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(万元|亿元|万|元/人|元|%|个百分点|人次|人|名|所|个|家|件|项|次|处|户|分|期|份|册|条|届)`)

// TestEveryPrintedFigureIsInMetrics composes every example's report of
// every kind and checks that each figure it prints is one `zongjie metrics
// --json` lists: a computed value (by its text or its shown number), a
// comparison, a target, or a figure as recorded; or else a figure that the
// clerk wrote inside their own text.
func TestEveryPrintedFigureIsInMetrics(t *testing.T) {
	type example struct {
		Name  string
		Files []string
	}
	var examples []example
	for _, ex := range doctest.Examples {
		examples = append(examples, example(ex))
	}
	// Every corpus and sector file alone, as a clerk of that union runs it.
	for _, dir := range []string{"corpus", "sector"} {
		files, _ := filepath.Glob(filepath.Join(doctest.ExamplesDir(), dir, "*.yaml"))
		if len(files) == 0 {
			t.Fatalf("no files in examples/%s", dir)
		}
		for _, f := range files {
			rel, _ := filepath.Rel(doctest.ExamplesDir(), f)
			examples = append(examples, example{Name: strings.TrimSuffix(rel, ".yaml"), Files: []string{rel}})
		}
	}
	for _, ex := range examples {
		var periods []*record.Period
		for _, f := range ex.Files {
			p, err := record.LoadAndValidate(filepath.Join(doctest.ExamplesDir(), f), record.DefaultLimits)
			if err != nil {
				t.Fatal(err)
			}
			periods = append(periods, p)
		}
		res, err := rules.Run(periods, nil)
		if err != nil {
			t.Fatal(err)
		}
		known := metricsFigures(t, res)
		if known.has("987654321人", "987654321", "人") {
			t.Fatal("the check accepts any figure")
		}
		clerk := clerkText(periods)
		for _, k := range report.Kinds() {
			d, err := report.Compose(res, k, nil)
			if err != nil {
				t.Fatal(err)
			}
			for _, m := range figure.FindAllStringSubmatch(text(d), -1) {
				if !known.has(m[0], strings.ReplaceAll(m[1], ",", ""), m[2]) && !strings.Contains(clerk, m[0]) {
					t.Errorf("%s.%s: %q is printed but not in metrics", ex.Name, k, m[0])
				}
			}
		}
	}
}

// known is what metrics lists: worded figures and bare numbers.
type known struct {
	texts   map[string]bool
	numbers []*big.Rat
}

func (k known) has(text, number, unit string) bool {
	if k.texts[text] {
		return true
	}
	n, ok := new(big.Rat).SetString(number)
	if !ok {
		return false
	}
	candidates := []*big.Rat{n}
	switch unit {
	case "万元", "万":
		candidates = append(candidates, new(big.Rat).Mul(n, big.NewRat(10000, 1)))
	case "亿元":
		candidates = append(candidates, new(big.Rat).Mul(n, big.NewRat(100000000, 1)))
	}
	for _, c := range candidates {
		for _, x := range k.numbers {
			if c.Cmp(x) == 0 {
				return true
			}
		}
	}
	// An amount in 元 is printed in 万 or 亿 with at most two decimals
	// (prose.Writer.Value): 14640 as 1.46万元.
	if scale := map[string]int64{"万元": 10000, "亿元": 100000000}[unit]; scale != 0 {
		for _, x := range k.numbers {
			if new(big.Rat).Quo(x, big.NewRat(scale, 1)).FloatString(2) == n.FloatString(2) && decimals(number) == 2 {
				return true
			}
		}
	}
	return false
}

// decimals is the number of digits after a number's point.
func decimals(number string) int {
	if _, frac, ok := strings.Cut(number, "."); ok {
		return len(frac)
	}
	return 0
}

// metricsFigures reads the figures of `metrics --json` for res.
func metricsFigures(t *testing.T, res *rules.Result) known {
	var b bytes.Buffer
	if err := WriteJSON(&b, res); err != nil {
		t.Fatal(err)
	}
	var out struct {
		Values []struct {
			Value      *json.Number `json:"value"`
			Text       string       `json:"text"`
			ReportText string       `json:"report_text"`
		} `json:"values"`
		Rankings []struct {
			Entries []struct {
				Text string `json:"text"`
			} `json:"entries"`
		} `json:"rankings"`
		Comparisons []struct{ Text, Before, After string } `json:"comparisons"`
		Targets     []struct{ Target, Actual, Gap string } `json:"targets"`
		Recorded    []struct {
			Value string `json:"value"`
		} `json:"recorded"`
		History []struct {
			Values []struct {
				Value *json.Number `json:"value"`
				Text  string       `json:"text"`
			} `json:"values"`
		} `json:"history"`
		Totals []struct {
			Value      *json.Number `json:"value"`
			Text       string       `json:"text"`
			ReportText string       `json:"report_text"`
		} `json:"totals"`
	}
	if err := json.Unmarshal(b.Bytes(), &out); err != nil {
		t.Fatal(err)
	}
	k := known{texts: map[string]bool{}}
	addText := func(s string) {
		for _, m := range figure.FindAllString(s, -1) {
			k.texts[m] = true
		}
	}
	addNumber := func(s string) {
		if n, ok := new(big.Rat).SetString(s); ok {
			k.numbers = append(k.numbers, n)
		}
	}
	for _, v := range out.Values {
		addText(v.Text + " " + v.ReportText)
		if v.Value != nil {
			addNumber(v.Value.String())
		}
	}
	for _, p := range out.History {
		for _, v := range p.Values {
			addText(v.Text)
		}
	}
	for _, v := range out.Totals {
		addText(v.Text + " " + v.ReportText)
	}
	for _, r := range out.Rankings {
		for _, e := range r.Entries {
			addText(e.Text)
		}
	}
	for _, c := range out.Comparisons {
		addText(c.Text + " " + c.Before + " " + c.After)
	}
	for _, tc := range out.Targets {
		addText(tc.Target + " " + tc.Actual + " " + tc.Gap)
	}
	for _, r := range out.Recorded {
		addNumber(r.Value)
		addText(r.Value) // a figure recorded with words about it: 98%以上
	}
	return k
}

// text is the text of every block of d.
func text(d *doc.Document) string { return doctest.Text(d) }

// clerkText is every text the clerk wrote in the records, where figures of
// their own (按工资收入的0.5%) may stand.
func clerkText(periods []*record.Period) string {
	var b strings.Builder
	for _, p := range periods {
		appendStrings(reflect.ValueOf(p.Text), &b)
		appendStrings(reflect.ValueOf(p.Targets), &b)
		appendStrings(reflect.ValueOf(p.Activities), &b)
		appendStrings(reflect.ValueOf(p.Relief), &b)
	}
	return b.String()
}

// appendStrings appends every string under v, one a line.
func appendStrings(v reflect.Value, b *strings.Builder) {
	switch v.Kind() {
	case reflect.String:
		b.WriteString(v.String() + "\n")
	case reflect.Pointer:
		if !v.IsNil() {
			appendStrings(v.Elem(), b)
		}
	case reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			appendStrings(v.Index(i), b)
		}
	case reflect.Map:
		it := v.MapRange()
		for it.Next() {
			appendStrings(it.Value(), b)
		}
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			if v.Type().Field(i).IsExported() {
				appendStrings(v.Field(i), b)
			}
		}
	}
}
