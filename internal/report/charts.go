package report

import (
	"fmt"
	"strconv"
	"strings"

	"zongjie/internal/chart"
	"zongjie/internal/chart/catalog"
)

// maxCharts bounds the figures one report may place: a template that
// places a chart in a long range stops with an error rather than build
// thousands of drawings.
const maxCharts = 100

// chart prints a chart directive for the registered chart id ({{chart
// "term.members"}}): the figure stands where the template places it, as a
// block of its own between paragraphs. An unknown id is an error (the
// template's file, line and column come with it); a chart the data do not
// make (fewer than two categories, a year without the figure) prints
// nothing, so no empty figure and no caption without a figure is left.
func (c *composer) chart(id string) (string, error) {
	if !catalog.Known(id) {
		return "", &fieldError{name: id, msg: "没有这个图表;可用的有 " + strings.Join(catalog.IDs(), "、") + ":"}
	}
	if c.res == nil {
		return "", nil
	}
	ch, ok := c.built[id]
	if !ok {
		ch, ok = catalog.Build(id, c.res)
		if !ok {
			return "", nil
		}
		if c.built == nil {
			c.built = map[string]chart.Chart{}
		}
		c.built[id] = ch
	}
	if len(c.charts) >= maxCharts {
		return "", fmt.Errorf("一篇报告最多放 %d 幅图表;请检查模板中的 chart 是否放在了 range 里", maxCharts)
	}
	c.charts = append(c.charts, ch)
	return directive(dirChart, strconv.Itoa(len(c.charts)-1)), nil
}

// numberCharts gives the charts kept after the structural pass their
// numbered captions, "图1 2019—2023年会员人数和入会率", in reading order.
func numberCharts(s *section, n *int) {
	for _, b := range s.children {
		switch {
		case b.sec != nil:
			numberCharts(b.sec, n)
		case b.para.style == styleChart:
			*n++
			b.para.caption = "图" + strconv.Itoa(*n) + " " + b.para.chart.Title
		}
	}
}
