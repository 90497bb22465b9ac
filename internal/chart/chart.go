// Package chart is the model of a report's figures (Chart: categories,
// series, exact points with the report's own wording) and the geometry
// every writer draws from (Layout: ticks, a second axis, category labels,
// value labels kept apart). It knows nothing of the records: package
// catalog builds the charts from the rule engine's result.
package chart

import (
	"math/big"
	"strconv"
	"strings"
)

// Kind is the sort of chart.
type Kind int

// Chart kinds.
const (
	// Bar draws one bar per category for each series (one series: a plain
	// bar chart).
	Bar Kind = iota
	// GroupedBar draws the series' bars side by side in each category.
	GroupedBar
	// Line draws each series as a line with a marker per category.
	Line
	// BarLine draws the left-axis series as bars and the right-axis series
	// (a rate) as a line on a second axis.
	BarLine
	// Stacked stacks the series' bars in each category (a composition).
	Stacked
)

var kindNames = []string{"bar", "grouped_bar", "line", "bar_line", "stacked"}

// String returns the kind's name: "bar", "grouped_bar", "line", "bar_line"
// or "stacked".
func (k Kind) String() string {
	if k >= 0 && int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "unknown"
}

// Axis says which value axis a series is measured on.
type Axis int

// Value axes.
const (
	Left  Axis = iota // the main axis, on the left
	Right             // the second axis, on the right (a rate beside counts)
)

// Chart is one figure of a report: what it shows, computed from the rule
// engine's result, never from printed text. Its geometry is made by Layout
// for the box a writer gives it.
type Chart struct {
	// ID is the registry id the chart was built by ("term.members").
	ID   string
	Kind Kind
	// Title says what the figure shows ("2019—2023年会员人数和入会率");
	// Caption is the numbered caption the composer sets ("图1 2019—2023年
	// 会员人数和入会率"). Writers print the caption as text under the
	// drawing; the drawing itself carries no title.
	Title   string
	Caption string
	// Categories are the labels along the category axis (years, groups,
	// kinds of relief), in the order drawn.
	Categories []string
	// Series hold one point per category each.
	Series []Series
}

// Series is one row of figures of a chart.
type Series struct {
	// Name is the series' name as the legend shows it ("会员人数").
	Name string
	// Unit is the unit the points are shown in: "人", "%", "元", "万元",
	// "亿元". A rate is shown in percent, an amount of 1万元 or more in 万元.
	Unit string
	// Precision is the most decimals any point of the series shows.
	Precision int
	Axis      Axis
	// IDs are the rule engine's ids the series was read from: the
	// indicator, and the ranking for a ranked series.
	IDs    []string
	Points []Point
}

// Point is one figure of a series.
type Point struct {
	// Exact is the figure in the series' unit, exactly (a rate in percent,
	// an amount in Unit: 2.1512 for 21512元 shown in 万元).
	Exact *big.Rat
	// Shown is the number as the report prints it, in the series' unit,
	// without grouping commas: "2.15", "95.2", "1049".
	Shown string
	// Label is Shown with the unit, as the report text words the figure:
	// "2.15万元", "95.2%", "1049人".
	Label string
	// Subject is the subject of the rule engine's value the point was read
	// from, as `zongjie metrics` lists it ("医疗互助" for the bar the
	// category names 医疗互助金); empty for a value without one.
	Subject string
}

// Float is the point's exact value as the nearest float64, for geometry.
func (p Point) Float() float64 {
	f, _ := p.Exact.Float64()
	return f
}

// Summary describes the chart in words for readers who cannot see it (an
// SVG's <desc>, a DOCX drawing's descr): every category with each series'
// figure, e.g. "2019年：会员人数160人，入会率95.2%；2020年：…". An invalid
// chart (see Valid) has no summary: it is never drawn.
func (c Chart) Summary() string {
	if !c.Valid() {
		return ""
	}
	var b strings.Builder
	for i, cat := range c.Categories {
		if i > 0 {
			b.WriteString("；")
		}
		b.WriteString(cat)
		b.WriteString("：")
		for j, s := range c.Series {
			if j > 0 {
				b.WriteString("，")
			}
			if len(c.Series) > 1 {
				b.WriteString(s.Name)
			}
			b.WriteString(s.Points[i].Label)
		}
	}
	if b.Len() > 0 {
		b.WriteString("。")
	}
	return b.String()
}

// Valid reports whether the chart can be drawn: at least two categories,
// at least one series, and every series has one point per category, each
// with its exact value and its shown number (a decimal number, as the
// embedded workbook of a DOCX chart stores it).
func (c Chart) Valid() bool {
	if len(c.Categories) < 2 || len(c.Series) == 0 {
		return false
	}
	for _, s := range c.Series {
		if len(s.Points) != len(c.Categories) {
			return false
		}
		for _, p := range s.Points {
			if p.Exact == nil {
				return false
			}
			if _, err := strconv.ParseFloat(p.Shown, 64); err != nil {
				return false
			}
		}
	}
	return true
}
