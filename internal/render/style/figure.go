package style

// FigureHeightLines is the height of a chart in body line pitches: nine
// lines (261 pt), a little over half the text block's width, so a figure and its
// caption take less than half a page and a bar chart of a dozen groups
// still has room for turned labels.
const FigureHeightLines = 9

// FigureSizePt is the box a writer lays a chart out in (chart.Layout), in
// points: the width of the text block and FigureHeightLines line pitches.
// Every writer uses it, so a figure has the same geometry in every format.
func FigureSizePt() (w, h float64) { return TextWidthPt(), FigureHeightLines * LinePitchPt }
