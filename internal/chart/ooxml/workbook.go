package ooxml

import (
	"strconv"
	"strings"

	"zongjie/internal/chart"
	"zongjie/internal/textwidth"
	"zongjie/internal/xlsx"
)

// workbook writes the chart's figures as the workbook its formulas refer
// to: the categories down column A from row 2, each series' name in row 1
// and its figures (as the report prints them) below, each shown as the
// report words it (cellFormat).
func workbook(c chart.Chart) ([]byte, error) {
	b := xlsx.New()
	// Fixed dates: the same chart gives the same bytes; the author is the
	// program that wrote the workbook.
	b.SetProps(xlsx.Props{Creator: "zongjie", Created: "2006-09-16T00:00:00Z", Modified: "2006-09-16T00:00:00Z"})
	sh, err := b.AddSheet(sheet)
	if err != nil {
		return nil, err
	}
	widest := 4
	for i, cat := range c.Categories {
		sh.SetText(1, i+2, cat, 0)
		widest = max(widest, textwidth.String(cat))
	}
	sh.SetColWidth(1, float64(widest)+2)
	for j, s := range c.Series {
		sh.SetText(j+2, 1, s.Name, 0)
		for i, p := range s.Points {
			if _, err := strconv.ParseFloat(p.Shown, 64); err != nil {
				return nil, err
			}
			sh.SetNumber(j+2, i+2, p.Shown, b.AddStyle(xlsx.Style{NumFmt: cellFormat(p, s.Unit)}))
		}
		sh.SetColWidth(j+2, float64(max(textwidth.String(s.Name), 8)+4))
	}
	return b.Bytes()
}

// cellFormat is the number format that shows a figure as its label: its
// decimals and unit, its digits grouped when the report groups them
// (12,345人).
func cellFormat(p chart.Point, unit string) string {
	format := "0"
	if strings.Contains(p.Label, ",") {
		format = "#,##0"
	}
	if d := decimals(p.Shown); d > 0 {
		format += "." + strings.Repeat("0", d)
	}
	return format + `"` + unit + `"`
}

// decimals is the number of decimals of a shown number.
func decimals(shown string) int {
	if _, frac, ok := strings.Cut(shown, "."); ok {
		return len(frac)
	}
	return 0
}
