package chart_test

import (
	"flag"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"zongjie/internal/chart"
	"zongjie/internal/chart/catalog"
	"zongjie/internal/chart/charttest"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// TestGoldenDrawings lays out every example's charts in a report's box
// and compares the drawings with testdata/drawings.
func TestGoldenDrawings(t *testing.T) {
	for _, ex := range charttest.Examples(t) {
		for _, id := range catalog.IDs() {
			c, ok := catalog.Build(id, ex.Result)
			if !ok {
				continue
			}
			d := chart.Layout(c, chart.Size{W: 442, H: 260}, chart.GridMetrics{})
			chart.CheckDrawing(t, ex.Name+" "+id, c, d, chart.GridMetrics{})
			head := fmt.Sprintf("title %s\ndesc %s\n", d.Title, d.Desc)
			charttest.Golden(t, *update, filepath.Join("drawings", strings.ReplaceAll(ex.Name, "/", "_")+"."+id+".txt"), []byte(head+d.Dump()))
		}
	}
	for name, c := range chart.LayoutCases() {
		d := chart.Layout(c, chart.Size{W: 442, H: 260}, chart.GridMetrics{})
		charttest.Golden(t, *update, filepath.Join("drawings", "case."+strings.ReplaceAll(name, " ", "-")+".txt"), []byte(d.Dump()))
	}
}
