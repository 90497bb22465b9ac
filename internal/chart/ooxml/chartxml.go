package ooxml

import (
	"math"
	"strconv"
	"strings"

	"zongjie/internal/chart"
	"zongjie/internal/textwidth"
)

// Namespaces of a chart part.
const (
	nsC = "http://schemas.openxmlformats.org/drawingml/2006/chart"
	nsA = "http://schemas.openxmlformats.org/drawingml/2006/main"
	nsR = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
)

// Axis ids: the bars' (or a line chart's) category and value axes, and
// the second axes of a rate line.
const (
	axCat, axVal, axCat2, axVal2 = "100000001", "100000002", "100000003", "100000004"
)

// sheet is the name of the workbook's sheet the chart's formulas refer to.
const sheet = "Sheet1"

// lengths in EMU (1 pt = 12700 EMU).
func emu(pt float64) string { return strconv.Itoa(int(math.Round(pt * 12700))) }

// hex is a colour as DrawingML writes it.
func hex(c chart.Color) string { return strings.ToUpper(strings.TrimPrefix(c.Hex(), "#")) }

// writer is one chart part being written.
type writer struct {
	x     xw
	c     chart.Chart
	d     chart.Drawing
	o     Options
	st    chart.Style
	bars  []int // series drawn as bars
	lines []int // series drawn as lines
	right bool  // the lines are on a second axis
}

// chartSpace writes the chart part.
func chartSpace(c chart.Chart, d chart.Drawing, o Options) []byte {
	w := &writer{c: c, d: d, o: o, st: chart.DefaultStyle()}
	for i, s := range c.Series {
		if c.Kind == chart.Line || c.Kind == chart.BarLine && s.Axis == chart.Right {
			w.lines = append(w.lines, i)
		} else {
			w.bars = append(w.bars, i)
		}
	}
	w.right = c.Kind == chart.BarLine && len(w.bars) > 0 && len(w.lines) > 0
	x := &w.x
	x.b.WriteString(xmlHeader)
	x.open("c:chartSpace", "xmlns:c", nsC, "xmlns:a", nsA, "xmlns:r", nsR)
	x.val("c:date1904", "0")
	x.val("c:lang", "zh-CN")
	x.val("c:roundedCorners", "0")
	x.open("c:chart")
	x.val("c:autoTitleDeleted", "1") // the caption is the document's
	x.open("c:plotArea")
	w.plotLayout()
	if len(w.bars) > 0 {
		w.barChart()
	}
	if len(w.lines) > 0 {
		w.lineChart()
	}
	w.catAx(axCat, axVal, false)
	w.valAx(axVal, axCat, chart.Left)
	if w.right {
		w.catAx(axCat2, axVal2, true)
		w.valAx(axVal2, axCat2, chart.Right)
	}
	w.noFill()
	x.close("c:plotArea")
	if len(c.Series) > 1 {
		x.open("c:legend")
		x.val("c:legendPos", "t")
		x.val("c:overlay", "0")
		w.txPr(w.o.EastAsia, w.o.Size, "")
		x.close("c:legend")
	}
	x.val("c:plotVisOnly", "1")
	x.val("c:dispBlanksAs", "gap")
	x.close("c:chart")
	w.noFill()
	w.txPr(w.o.EastAsia, w.o.Size, "")
	x.open("c:externalData", "r:id", "rId1")
	x.val("c:autoUpdate", "0")
	x.close("c:externalData")
	x.close("c:chartSpace")
	return x.bytes()
}

// plotLayout places the plot area where Layout put it, as shares of the
// chart's size, so the chart looks as in the HTML and PDF reports and
// leaves the room Layout found for turned category labels.
func (w *writer) plotLayout() {
	x := &w.x
	share := func(v, of float64) string {
		return strconv.FormatFloat(math.Round(v/of*10000)/10000, 'f', -1, 64)
	}
	pa, box := w.d.Plot, w.d.Size
	// Word and LibreOffice set a turned label further from the axis than
	// Layout does, and LibreOffice cuts what does not fit: they get a
	// third more room under the axis.
	if turned, _ := w.categoryLabels(); turned {
		pa.H -= 0.3 * (box.H - pa.Y - pa.H)
	}
	x.open("c:layout")
	x.open("c:manualLayout")
	x.val("c:layoutTarget", "inner")
	x.val("c:xMode", "edge")
	x.val("c:yMode", "edge")
	x.val("c:x", share(pa.X, box.W))
	x.val("c:y", share(pa.Y, box.H))
	x.val("c:w", share(pa.W, box.W))
	x.val("c:h", share(pa.H, box.H))
	x.close("c:manualLayout")
	x.close("c:layout")
}

// color is series i's colour, as Layout draws it.
func (w *writer) color(i int) chart.Color {
	if w.right && w.isLine(i) {
		return w.st.LineColor
	}
	return w.st.Palette[i%len(w.st.Palette)]
}

func (w *writer) isLine(i int) bool {
	for _, j := range w.lines {
		if j == i {
			return true
		}
	}
	return false
}

// barChart writes the bar series: clustered side by side, or stacked.
func (w *writer) barChart() {
	x := &w.x
	x.open("c:barChart")
	x.val("c:barDir", "col")
	grouping := "clustered"
	if w.c.Kind == chart.Stacked {
		grouping = "stacked"
	}
	x.val("c:grouping", grouping)
	x.val("c:varyColors", "0")
	for _, i := range w.bars {
		w.ser(i, false)
	}
	// The gap between groups as Layout leaves it: a group takes 56% of a
	// category's band alone, up to 80% with more series.
	nb := len(w.bars)
	if w.c.Kind == chart.Stacked {
		nb = 1
	}
	group := 0.56
	if nb > 1 {
		group = math.Min(0.8, 0.4+0.15*float64(nb))
	}
	x.val("c:gapWidth", strconv.Itoa(int(math.Round((1-group)/group*100))))
	if w.c.Kind == chart.Stacked {
		x.val("c:overlap", "100")
	}
	x.val("c:axId", axCat)
	x.val("c:axId", axVal)
	x.close("c:barChart")
}

// lineChart writes the line series, on the second axes beside bars.
func (w *writer) lineChart() {
	x := &w.x
	x.open("c:lineChart")
	x.val("c:grouping", "standard")
	x.val("c:varyColors", "0")
	for _, i := range w.lines {
		w.ser(i, true)
	}
	x.val("c:marker", "1")
	if w.right {
		x.val("c:axId", axCat2)
		x.val("c:axId", axVal2)
	} else {
		x.val("c:axId", axCat)
		x.val("c:axId", axVal)
	}
	x.close("c:lineChart")
}

// ser writes series i with its cached name, categories and figures.
func (w *writer) ser(i int, line bool) {
	x := &w.x
	s := w.c.Series[i]
	n := len(w.c.Categories)
	col := column(i + 2)
	x.open("c:ser")
	x.val("c:idx", strconv.Itoa(i))
	x.val("c:order", strconv.Itoa(i))
	x.open("c:tx")
	x.open("c:strRef")
	x.text("c:f", sheet+"!$"+col+"$1")
	w.strCache([]string{s.Name})
	x.close("c:strRef")
	x.close("c:tx")
	color := w.color(i)
	x.open("c:spPr")
	if line {
		x.open("a:ln", "w", emu(1.75), "cap", "rnd")
		w.solid(color)
		x.empty("a:round")
		x.close("a:ln")
	} else {
		w.solid(color)
		if color.Lightness() > 80 {
			x.open("a:ln", "w", emu(0.5))
			w.solid(w.st.Palette[0])
			x.close("a:ln")
		}
	}
	x.close("c:spPr")
	if line {
		x.open("c:marker")
		x.val("c:symbol", "circle")
		x.val("c:size", "6")
		x.open("c:spPr")
		w.solid(chart.Color{R: 0xff, G: 0xff, B: 0xff})
		x.open("a:ln", "w", emu(1.5))
		w.solid(color)
		x.close("a:ln")
		x.close("c:spPr")
		x.close("c:marker")
	} else {
		x.val("c:invertIfNegative", "0")
	}
	w.dLbls(i, line)
	x.open("c:cat")
	x.open("c:strRef")
	x.text("c:f", sheet+"!$A$2:$A$"+strconv.Itoa(n+1))
	w.strCache(w.c.Categories)
	x.close("c:strRef")
	x.close("c:cat")
	x.open("c:val")
	x.open("c:numRef")
	x.text("c:f", sheet+"!$"+col+"$2:$"+col+"$"+strconv.Itoa(n+1))
	x.open("c:numCache")
	x.text("c:formatCode", numFormat(s))
	x.val("c:ptCount", strconv.Itoa(n))
	for k, p := range s.Points {
		x.open("c:pt", "idx", strconv.Itoa(k))
		x.text("c:v", p.Shown)
		x.close("c:pt")
	}
	x.close("c:numCache")
	x.close("c:numRef")
	x.close("c:val")
	if line {
		x.val("c:smooth", "0")
	}
	x.close("c:ser")
}

// strCache writes cached strings.
func (w *writer) strCache(ss []string) {
	x := &w.x
	x.open("c:strCache")
	x.val("c:ptCount", strconv.Itoa(len(ss)))
	for k, s := range ss {
		x.open("c:pt", "idx", strconv.Itoa(k))
		x.text("c:v", s)
		x.close("c:pt")
	}
	x.close("c:strCache")
}

// dLbls writes series i's data labels as the drawing shows them: with
// their unit, bare (the unit is the axis' title), or none when the
// drawing had no room for them.
func (w *writer) dLbls(i int, line bool) {
	x := &w.x
	s := w.c.Series[i]
	shown, bare := 0, true
	for _, t := range w.d.Texts() {
		if t.Role == chart.RoleValueLabel && t.Series == i {
			shown++
			if strings.HasSuffix(t.Text, s.Unit) {
				bare = false
			}
		}
	}
	x.open("c:dLbls")
	if shown == 0 {
		x.val("c:delete", "1")
		x.close("c:dLbls")
		return
	}
	format := numFormat(s)
	if bare {
		format = "General"
	}
	x.empty("c:numFmt", "formatCode", format, "sourceLinked", "0")
	x.open("c:spPr")
	x.empty("a:noFill")
	x.open("a:ln")
	x.empty("a:noFill")
	x.close("a:ln")
	x.close("c:spPr")
	w.txPr(w.o.EastAsia, w.o.Size, "")
	pos := "outEnd"
	switch {
	case line:
		pos = "t"
	case w.c.Kind == chart.Stacked:
		pos = "ctr"
	}
	x.val("c:dLblPos", pos)
	x.val("c:showLegendKey", "0")
	x.val("c:showVal", "1")
	x.val("c:showCatName", "0")
	x.val("c:showSerName", "0")
	x.val("c:showPercent", "0")
	x.val("c:showBubbleSize", "0")
	x.close("c:dLbls")
}

// catAx writes a category axis; the second one (of a rate line) is
// hidden. Its labels are turned and thinned as the drawing's.
func (w *writer) catAx(id, cross string, hidden bool) {
	x := &w.x
	x.open("c:catAx")
	x.val("c:axId", id)
	x.open("c:scaling")
	x.val("c:orientation", "minMax")
	x.close("c:scaling")
	x.val("c:delete", boolVal(hidden))
	x.val("c:axPos", "b")
	x.empty("c:numFmt", "formatCode", "General", "sourceLinked", "1")
	x.val("c:majorTickMark", "none")
	x.val("c:minorTickMark", "none")
	x.val("c:tickLblPos", "low")
	x.open("c:spPr")
	x.open("a:ln", "w", emu(0.75))
	w.solid(w.st.Axis)
	x.close("a:ln")
	x.close("c:spPr")
	turned, every := w.categoryLabels()
	rot := ""
	if turned {
		rot = "-2700000"
	}
	w.txPr(w.o.EastAsia, w.o.Size, rot)
	x.val("c:crossAx", cross)
	x.val("c:crosses", "autoZero")
	x.val("c:auto", "1")
	x.val("c:lblAlgn", "ctr")
	x.val("c:lblOffset", "100")
	if every > 1 {
		x.val("c:tickLblSkip", strconv.Itoa(every))
	}
	x.val("c:noMultiLvlLbl", "0")
	x.close("c:catAx")
}

// categoryLabels reads from the drawing whether the category labels were
// turned and how they were thinned.
func (w *writer) categoryLabels() (turned bool, every int) {
	var shown []int
	for _, t := range w.d.Texts() {
		if t.Role != chart.RoleCategoryLabel {
			continue
		}
		turned = turned || t.Rotate != 0
		if len(shown) == 0 || shown[len(shown)-1] != t.Series {
			shown = append(shown, t.Series)
		}
	}
	every = 1
	if len(shown) > 1 {
		every = shown[1] - shown[0]
	}
	return turned, every
}

// valAx writes a value axis: gridlines from the main one, its unit as
// its title, and its scale as the drawing's: fixed where the drawing
// depends on it (a rate line above the bars, a line chart), else only
// from zero (a bar chart), so figures the clerk edits still fit.
func (w *writer) valAx(id, cross string, a chart.Axis) {
	x := &w.x
	scale := w.d.LeftAxis
	series := w.bars
	if a == chart.Right {
		scale = w.d.RightAxis
		series = w.lines
	}
	if len(w.bars) == 0 {
		series = w.lines
	}
	fixed := w.right || len(w.bars) == 0
	x.open("c:valAx")
	x.val("c:axId", id)
	x.open("c:scaling")
	x.val("c:orientation", "minMax")
	if fixed {
		x.val("c:max", scale.Label(scale.N))
	}
	x.val("c:min", scale.Label(0))
	x.close("c:scaling")
	x.val("c:delete", "0")
	pos := "l"
	if a == chart.Right {
		pos = "r"
	}
	x.val("c:axPos", pos)
	if a == chart.Left {
		x.open("c:majorGridlines")
		x.open("c:spPr")
		x.open("a:ln", "w", emu(0.5))
		w.solid(w.st.Grid)
		x.close("a:ln")
		x.close("c:spPr")
		x.close("c:majorGridlines")
	}
	if len(series) > 0 {
		w.title("单位："+w.c.Series[series[0]].Unit, a)
	}
	format := "General"
	if fixed {
		format = "0"
		if d := scale.Decimals(); d > 0 {
			format += "." + strings.Repeat("0", d)
		}
	}
	x.empty("c:numFmt", "formatCode", format, "sourceLinked", "0")
	x.val("c:majorTickMark", "none")
	x.val("c:minorTickMark", "none")
	x.val("c:tickLblPos", "nextTo")
	x.open("c:spPr")
	x.open("a:ln")
	x.empty("a:noFill")
	x.close("a:ln")
	x.close("c:spPr")
	w.txPr(w.o.EastAsia, w.o.Size, "")
	x.val("c:crossAx", cross)
	if a == chart.Right {
		x.val("c:crosses", "max")
	} else {
		x.val("c:crosses", "autoZero")
	}
	x.val("c:crossBetween", "between")
	if fixed {
		x.val("c:majorUnit", strconv.FormatFloat(scale.Step(), 'f', -1, 64))
	}
	x.close("c:valAx")
}

// title writes an axis title, set upright in 黑体 above the axis' top
// end, the way Chinese charts write a unit.
func (w *writer) title(text string, a chart.Axis) {
	x := &w.x
	x.open("c:title")
	x.open("c:tx")
	x.open("c:rich")
	x.empty("a:bodyPr", "rot", "0", "vert", "horz")
	x.empty("a:lstStyle")
	x.open("a:p")
	x.open("a:pPr")
	w.defRPr("a:defRPr", w.o.Title, w.o.Size)
	x.close("a:pPr")
	x.open("a:r")
	w.defRPr("a:rPr", w.o.Title, w.o.Size)
	x.text("a:t", text)
	x.close("a:r")
	x.close("a:p")
	x.close("c:rich")
	x.close("c:tx")
	// Placed by its top-left corner, as a share of the chart's size.
	left := 0.0
	if a == chart.Right {
		width := float64(textwidth.String(text)) * w.o.Size / 2
		left = math.Max(0, 1-width/w.o.Box.W-0.01)
	}
	x.open("c:layout")
	x.open("c:manualLayout")
	x.val("c:xMode", "edge")
	x.val("c:yMode", "edge")
	x.val("c:x", strconv.FormatFloat(math.Round(left*1000)/1000, 'f', -1, 64))
	x.val("c:y", "0")
	x.close("c:manualLayout")
	x.close("c:layout")
	x.val("c:overlay", "0")
	x.close("c:title")
}

// txPr writes text properties: the labels' size, colour and fonts, turned
// by rot (in 60000ths of a degree) when set.
func (w *writer) txPr(ea string, size float64, rot string) {
	x := &w.x
	x.open("c:txPr")
	if rot != "" {
		// Turned labels stay on one line, as Layout sets them.
		x.empty("a:bodyPr", "rot", rot, "vert", "horz", "wrap", "none")
	} else {
		x.empty("a:bodyPr")
	}
	x.empty("a:lstStyle")
	x.open("a:p")
	x.open("a:pPr")
	w.defRPr("a:defRPr", ea, size)
	x.close("a:pPr")
	x.empty("a:endParaRPr", "lang", "zh-CN")
	x.close("a:p")
	x.close("c:txPr")
}

// defRPr writes run properties named name: size, colour, Latin and East
// Asian fonts.
func (w *writer) defRPr(name, ea string, size float64) {
	x := &w.x
	attrs := []string{"sz", strconv.Itoa(int(math.Round(size * 100))), "b", "0"}
	if name == "a:rPr" {
		attrs = append([]string{"lang", "zh-CN", "altLang", "en-US"}, attrs...)
	}
	x.open(name, attrs...)
	w.solid(w.st.Text)
	x.empty("a:latin", "typeface", w.o.Latin)
	x.empty("a:ea", "typeface", ea)
	x.close(name)
}

// solid writes a solid fill.
func (w *writer) solid(c chart.Color) {
	x := &w.x
	x.open("a:solidFill")
	x.val("a:srgbClr", hex(c))
	x.close("a:solidFill")
}

// noFill writes shape properties with neither fill nor outline.
func (w *writer) noFill() {
	x := &w.x
	x.open("c:spPr")
	x.empty("a:noFill")
	x.open("a:ln")
	x.empty("a:noFill")
	x.close("a:ln")
	x.close("c:spPr")
}

func boolVal(b bool) string {
	if b {
		return "1"
	}
	return "0"
}

// column is the spreadsheet name of column n (1 is A).
func column(n int) string {
	s := ""
	for n > 0 {
		n--
		s = string(rune('A'+n%26)) + s
		n /= 26
	}
	return s
}

// numFormat is the number format of a series' figures: the figure as
// the report writes it, with its unit ("General" keeps the decimals the
// figure has, as the report prints them: 3.8万元, 5.538万元); counts
// group their digits from 10000, as the report does.
func numFormat(s chart.Series) string {
	unit := `"` + s.Unit + `"`
	grouped := false
	for _, p := range s.Points {
		if strings.Contains(p.Label, ",") {
			grouped = true
		}
	}
	if grouped {
		return "[>=10000]#,##0" + unit + ";General" + unit
	}
	return "General" + unit
}
