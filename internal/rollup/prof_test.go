package rollup

import (
	"os"
	"path/filepath"
	"testing"

	"zongjie/internal/pipeline"
	"zongjie/internal/report"
)

func TestProf(t *testing.T) {
	f := os.Getenv("ROLLUP_PROF")
	if f == "" {
		t.Skip()
	}
	var kids []string
	if g := os.Getenv("ROLLUP_KIDS"); g != "" {
		kids, _ = filepath.Glob(g)
	}
	res := roll(t, f, kids, Options{})
	render(t, res, report.Annual, pipeline.Markdown)
	t.Log(len(res.Meta.Unions))
}
