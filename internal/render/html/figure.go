package html

import (
	"bytes"
	stdhtml "html"
	"strconv"

	"zongjie/internal/chart"
	"zongjie/internal/chart/svg"
	"zongjie/internal/doc"
	"zongjie/internal/fonts"
	"zongjie/internal/render/style"
)

// writeFigure writes the n-th chart of the report as a <figure>: the
// drawing laid out in style.FigureSizePt as inline SVG, every label text
// in the report's font families, and the caption as text under it. A
// chart that cannot be drawn leaves nothing, not even its caption.
func writeFigure(b *bytes.Buffer, c *doc.Chart, n int, ff fontFamilies) {
	w, h := style.FigureSizePt()
	d := chart.Layout(c.Chart, chart.Size{W: w, H: h}, chart.GridMetrics{})
	if len(d.Prims) == 0 {
		return
	}
	b.WriteString(`<figure class="chart">` + "\n")
	// A drawing sets a few faces in many labels: build each stack once.
	stacks := map[fonts.Face]string{}
	family := func(f fonts.Face) string {
		s, ok := stacks[f]
		if !ok {
			s = ff.stack(f)
			stacks[f] = s
		}
		return s
	}
	b.Write(svg.Bytes(d, svg.Options{ID: "chart" + strconv.Itoa(n), Family: family}))
	b.WriteByte('\n')
	if caption := doc.CleanText(c.Caption); caption != "" {
		b.WriteString(`<figcaption class="` + roleClass(doc.RoleCaption) + `">`)
		b.WriteString(stdhtml.EscapeString(caption))
		b.WriteString("</figcaption>\n")
	}
	b.WriteString("</figure>\n")
}
