package docx

import "zongjie/internal/doc"

// addLine appends the spans of a line to l, text in font f. Chinese faces
// have no bold or italic: strong text is set in 黑体, emphasis in 楷体;
// code prints as ordinary text.
func addLine(l *runList, line doc.Line, f font) {
	for _, s := range line {
		l.add(s.Text, spanFont(s.Style, f))
	}
}

// spanFont is the font of a span of style st in a block set in f.
func spanFont(st doc.Style, f font) font {
	switch {
	case st&doc.Strong != 0:
		return strongFont
	case st&doc.Emphasis != 0:
		return emphasisFont
	}
	return f
}
