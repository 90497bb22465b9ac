package report

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"zongjie/internal/chart"
	"zongjie/internal/chart/catalog"
	"zongjie/internal/chart/charttest"
	"zongjie/internal/doc"
)

// charts returns the chart blocks of d in order.
func charts(d *doc.Document) []*doc.Chart {
	var out []*doc.Chart
	for _, b := range d.Blocks {
		if c, ok := b.(*doc.Chart); ok {
			out = append(out, c)
		}
	}
	return out
}

// TestDefaultChartsPlaced composes every example with the built-in
// templates: each report holds exactly the default charts of its kind that
// the data make (catalog.BuildDefaults, whose figures TestExampleCharts
// checks against the metrics), each once, with the figures the
// rule engine gave and a caption numbered from 图1.
func TestDefaultChartsPlaced(t *testing.T) {
	for _, ex := range charttest.Examples(t) {
		kinds := []Kind{Annual, HalfYear, Congress}
		if ex.Kind == "term" {
			kinds = []Kind{Term}
		}
		for _, k := range kinds {
			t.Run(ex.Name+"."+string(k), func(t *testing.T) {
				d, err := Compose(ex.Result, k, nil)
				if err != nil {
					t.Fatal(err)
				}
				got := charts(d)
				want := catalog.BuildDefaults(string(k), ex.Result)
				if len(got) != len(want) {
					t.Fatalf("%d charts, want %d (%v)", len(got), len(want), catalog.Defaults(string(k)))
				}
				byID := map[string]chart.Chart{}
				for _, w := range want {
					byID[w.ID] = w
				}
				for i, c := range got {
					w, ok := byID[c.Chart.ID]
					if !ok {
						t.Errorf("chart %d: %s is not a default the data make", i+1, c.Chart.ID)
						continue
					}
					delete(byID, c.Chart.ID)
					caption := "图" + string(rune('1'+i)) + " " + w.Title
					if c.Chart.ID != w.ID || c.Caption != caption || c.Chart.Caption != caption {
						t.Errorf("chart %d: %s %q, want %s %q", i+1, c.Chart.ID, c.Caption, w.ID, caption)
					}
					if !sameFigures(c.Chart, w) {
						t.Errorf("chart %s: figures differ from catalog.Build", w.ID)
					}
				}
			})
		}
	}
}

// sameFigures reports whether two charts show the same figures.
func sameFigures(a, b chart.Chart) bool {
	if strings.Join(a.Categories, "|") != strings.Join(b.Categories, "|") || len(a.Series) != len(b.Series) {
		return false
	}
	for i, s := range a.Series {
		if s.Name != b.Series[i].Name || s.Unit != b.Series[i].Unit || len(s.Points) != len(b.Series[i].Points) {
			return false
		}
		for j, p := range s.Points {
			if p.Exact.Cmp(b.Series[i].Points[j].Exact) != 0 || p.Label != b.Series[i].Points[j].Label {
				return false
			}
		}
	}
	return true
}

// TestDefaultTemplatesPlaceDefaults: each kind's built-in template places
// its default charts, and only them.
func TestDefaultTemplatesPlaceDefaults(t *testing.T) {
	ts := DefaultTemplates()
	for _, k := range Kinds() {
		placed := map[string]bool{}
		for _, tmpl := range ts.set.Templates() {
			if tmpl.Tree == nil {
				continue
			}
			src := ts.sources[tmpl.ParseName]
			for _, id := range catalog.IDs() {
				if strings.Contains(src, `{{chart "`+id+`"}}`) && (tmpl.ParseName == k.File() || tmpl.ParseName == "common.md.tmpl" && usesCommonAreas(k)) {
					placed[id] = true
				}
			}
		}
		for _, id := range catalog.Defaults(string(k)) {
			if !placed[id] {
				t.Errorf("%s: the template does not place the default chart %s", k, id)
			}
			delete(placed, id)
		}
		for id := range placed {
			t.Errorf("%s: the template places %s, which is not a default of the kind", k, id)
		}
	}
}

// usesCommonAreas reports whether a kind's template writes the shared
// sections of common.md.tmpl, where the annual charts stand.
func usesCommonAreas(k Kind) bool { return k == Annual || k == HalfYear }

// chartTemplate composes the yongjia 2013 annual report with an annual
// template of the given body.
func chartTemplate(t *testing.T, body string) (*doc.Document, string, error) {
	t.Helper()
	dir := t.TempDir()
	path := filepath.Join(dir, "annual.md.tmpl")
	if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	ts, err := LoadTemplates(dir)
	if err != nil {
		return nil, path, err
	}
	d, err := Compose(result(t, []string{filepath.Join("..", "..", "examples", "yongjia-edu-2013.yaml")}), Annual, ts)
	return d, path, err
}

// TestChartPlacement: a chart stands where the template places it, after
// the paragraph before it; captions count the charts kept, in reading
// order; a chart the data do not make (a term chart of one year) is left
// out with no caption; a chart in a dropped section goes with it and
// takes no number.
func TestChartPlacement(t *testing.T) {
	d, _, err := chartTemplate(t, `{{title .Org.Name}}
{{section "a" "甲"}}{{p}}没有数字的段落。{{chart "annual.top_units"}}{{endsection}}
{{section "b" "乙"}}{{p}}会员{{v "membership.members"}}。{{chart "term.members"}}{{chart "annual.group_donation"}}
{{p}}后一段。{{chart "annual.top_units"}}{{endsection}}`)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, b := range d.Blocks {
		switch b := b.(type) {
		case *doc.Chart:
			got = append(got, b.Caption)
		case *doc.Paragraph:
			got = append(got, b.Text())
		}
	}
	want := []string{"会员1761人。", "图1 2013年各学区人均捐款", "后一段。", "图2 2013年人均捐款最多的十个单位"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("blocks\n got %q\nwant %q", got, want)
	}
}

// TestChartUnknownIDAtRun: an id a template computes is checked when the
// report is composed, and the error names the template's line.
func TestChartUnknownIDAtRun(t *testing.T) {
	_, path, err := chartTemplate(t, "{{title .Org.Name}}\n{{p}}正文。\n{{chart (print \"term.\" \"nope\")}}\n")
	var te *TemplateError
	if !errors.As(err, &te) {
		t.Fatalf("want a *TemplateError, got %v", err)
	}
	if te.File != path || te.Line != 3 || te.Field != "term.nope" || !strings.Contains(te.Msg, "没有这个图表") {
		t.Errorf("got %v (field %q)", err, te.Field)
	}
}
