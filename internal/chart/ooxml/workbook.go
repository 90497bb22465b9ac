package ooxml

import (
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"zongjie/internal/chart"
	"zongjie/internal/textwidth"
)

// workbook writes the chart's figures as the workbook its formulas refer
// to: the categories down column A from row 2, each series' name in row 1
// and its figures (as the report prints them) below, each shown as the
// report words it (cellFormat).
func workbook(c chart.Chart) ([]byte, error) {
	f := excelize.NewFile()
	defer f.Close()
	// The template's dates stay (the same chart gives the same bytes); the
	// author is the program that wrote the workbook.
	if err := f.SetDocProps(&excelize.DocProperties{Creator: "zongjie", Created: "2006-09-16T00:00:00Z", Modified: "2006-09-16T00:00:00Z"}); err != nil {
		return nil, err
	}
	widest := 4
	for i, cat := range c.Categories {
		if err := f.SetCellStr(sheet, "A"+strconv.Itoa(i+2), cat); err != nil {
			return nil, err
		}
		widest = max(widest, textwidth.String(cat))
	}
	if err := f.SetColWidth(sheet, "A", "A", float64(widest)+2); err != nil {
		return nil, err
	}
	styles := map[string]int{}
	for j, s := range c.Series {
		col := column(j + 2)
		if err := f.SetCellStr(sheet, col+"1", s.Name); err != nil {
			return nil, err
		}
		for i, p := range s.Points {
			format := cellFormat(p, s.Unit)
			style, ok := styles[format]
			if !ok {
				var err error
				if style, err = f.NewStyle(&excelize.Style{CustomNumFmt: &format}); err != nil {
					return nil, err
				}
				styles[format] = style
			}
			cell := col + strconv.Itoa(i+2)
			v, err := strconv.ParseFloat(p.Shown, 64)
			if err != nil {
				return nil, err
			}
			if err := f.SetCellFloat(sheet, cell, v, -1, 64); err != nil {
				return nil, err
			}
			if err := f.SetCellStyle(sheet, cell, cell, style); err != nil {
				return nil, err
			}
		}
		w := max(textwidth.String(s.Name), 8) + 4
		if err := f.SetColWidth(sheet, col, col, float64(w)); err != nil {
			return nil, err
		}
	}
	buf, err := f.WriteToBuffer()
	if err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
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
