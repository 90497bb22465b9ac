package docx

import (
	"strings"
	"unicode/utf8"

	"zongjie/internal/render/doc"
)

// run is a stretch of text set in one font. Inside text, "\n" is a line
// break and "\t" a tab.
type run struct {
	text string
	font font
}

// runList collects the runs of one paragraph, merging neighbours of the same
// font and resolving soft line breaks per doc.SoftBreakSpace.
type runList struct {
	runs []run
	last rune // last rune written, for soft breaks
	soft bool // a soft line break is pending
}

// add appends text in font f.
func (l *runList) add(s string, f font) {
	if s == "" {
		return
	}
	if l.soft {
		first, _ := utf8.DecodeRuneInString(s)
		if l.last != 0 && doc.SoftBreakSpace(l.last, first) {
			s = " " + s
		}
		l.soft = false
	}
	l.last, _ = utf8.DecodeLastRuneInString(s)
	if n := len(l.runs); n > 0 && l.runs[n-1].font == f {
		l.runs[n-1].text += s
		return
	}
	l.runs = append(l.runs, run{text: s, font: f})
}

// lineBreak appends a hard line break.
func (l *runList) lineBreak(f font) {
	l.soft = false
	l.add("\n", f)
	l.last = 0
}

// softBreak marks a soft line break, printed as a space or nothing
// depending on the text that follows.
func (l *runList) softBreak() { l.soft = true }

// write writes every run of l.
func (l *runList) write(x *xmlWriter) {
	for _, r := range l.runs {
		writeRun(x, r)
	}
}

// writeRun writes one w:r: its fonts, then text, tabs and breaks.
func writeRun(x *xmlWriter, r run) {
	x.open("w:r")
	writeRunProps(x, r.font)
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
