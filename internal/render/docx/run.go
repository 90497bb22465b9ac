package docx

import (
	"strings"
)

// run is a stretch of text set in one font. Inside text, "\n" is a line
// break and "\t" a tab.
type run struct {
	text string
	font font
}

// runList collects the runs of one paragraph, merging neighbours of the
// same font.
type runList struct {
	runs []run
}

// add appends text in font f.
func (l *runList) add(s string, f font) {
	if s == "" {
		return
	}
	if n := len(l.runs); n > 0 && l.runs[n-1].font == f {
		l.runs[n-1].text += s
		return
	}
	l.runs = append(l.runs, run{text: s, font: f})
}

// lineBreak appends a hard line break.
func (l *runList) lineBreak(f font) { l.add("\n", f) }

// write writes every run of l.
func (l *runList) write(x *xmlWriter) {
	for _, r := range l.runs {
		writeRun(x, r, 0)
	}
}

// writeRun writes one w:r: its fonts (and size, if sizePt is not 0, in
// place of the style's), then text, tabs and breaks.
func writeRun(x *xmlWriter, r run, sizePt float64) {
	x.open("w:r")
	x.open("w:rPr")
	writeFonts(x, r.font)
	if sizePt != 0 {
		writeSize(x, sizePt)
	}
	x.close("w:rPr")
	lines := strings.Split(r.text, "\n")
	for i, line := range lines {
		if i > 0 {
			x.empty("w:br")
		}
		for j, part := range strings.Split(line, "\t") {
			if j > 0 {
				x.empty("w:tab")
			}
			writeText(x, part)
		}
	}
	x.close("w:r")
}

// writeRunProps writes the run's fonts (see writeFonts).
func writeRunProps(x *xmlWriter, f font) {
	x.open("w:rPr")
	writeFonts(x, f)
	x.close("w:rPr")
}

// writeText writes a w:t, preserving spaces at its ends.
func writeText(x *xmlWriter, s string) {
	if s == "" {
		return
	}
	if strings.TrimSpace(s) != s {
		x.element("w:t", s, "xml:space", "preserve")
		return
	}
	x.element("w:t", s)
}
