package pdf

import (
	"math/big"
	"strconv"
	"strings"
	"testing"

	"zongjie/internal/chart"
	"zongjie/internal/doc"
	"zongjie/internal/doc/doctest"
)

// rankingChart is a bar chart of n schools with long names, which Layout
// must turn or wrap to keep apart.
func rankingChart(n int) *doc.Chart {
	c := chart.Chart{Kind: chart.Bar, Title: "各校人均捐款"}
	s := chart.Series{Name: "人均捐款", Unit: "元"}
	for i := range n {
		c.Categories = append(c.Categories, "瓯北第"+strconv.Itoa(i+1)+"中心小学")
		v := 300 - 7*i
		s.Points = append(s.Points, chart.Point{Exact: big.NewRat(int64(v), 1), Shown: strconv.Itoa(v), Label: strconv.Itoa(v) + "元"})
	}
	c.Series = []chart.Series{s}
	return &doc.Chart{Chart: c, Caption: "图1 各校人均捐款"}
}

// TestFigureKeptWithCaption: a figure stands under the text before it
// when it fits there with its caption, and starts the next page when it
// does not; its labels are text that pdftotext extracts, turned ones too.
func TestFigureKeptWithCaption(t *testing.T) {
	w := fontConfigs(t)[1].w
	for _, tc := range []struct {
		paras int
		moves bool
	}{{1, false}, {16, false}, {17, true}} {
		blocks := []doc.Block{doctest.Title("标题")}
		for range tc.paras {
			blocks = append(blocks, doctest.P("各学区工会认真组织开展慈善一日捐活动，广大教职工踊跃捐款，奉献爱心。"))
		}
		fig := rankingChart(12)
		blocks = append(blocks, fig, doctest.P("后一段。"))
		d := doctest.Build(doc.Meta{}, blocks...)
		path, pages, _ := render(t, w, d)
		figIndex := len(blocks) - 2
		var figPages, before []int
		turned := 0
		for i, p := range pages {
			for _, r := range p.runs {
				switch {
				case r.block == figIndex:
					figPages = append(figPages, i)
					if r.rotate != 0 {
						turned++
					}
				case r.block == figIndex-1:
					before = append(before, i)
				}
			}
			if len(p.paths) > 0 && (len(figPages) == 0 || figPages[0] != i) {
				t.Errorf("%d paragraphs: page %d has paths but not the figure's labels", tc.paras, i+1)
			}
		}
		if len(figPages) == 0 || figPages[0] != figPages[len(figPages)-1] {
			t.Fatalf("%d paragraphs: the figure and its caption are on pages %v", tc.paras, figPages)
		}
		if moved := figPages[0] != before[len(before)-1]; moved != tc.moves {
			t.Errorf("%d paragraphs: the figure moved to the next page: %v, want %v", tc.paras, moved, tc.moves)
		}
		if turned == 0 {
			t.Errorf("%d paragraphs: no label of twelve long names was turned", tc.paras)
		}
		text := stripSpace(poppler(t, "pdftotext", "-raw", "-enc", "UTF-8", path, "-"))
		for _, cat := range fig.Chart.Categories {
			if !strings.Contains(text, cat) {
				t.Errorf("%d paragraphs: pdftotext lacks the label %q", tc.paras, cat)
			}
		}
		if !strings.Contains(text, stripSpace(fig.Caption)) {
			t.Errorf("%d paragraphs: pdftotext lacks the caption", tc.paras)
		}
	}
}
