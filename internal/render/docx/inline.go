package docx

import "zongjie/internal/doc"

// addLine appends the spans of a line to l, text in font f. Chinese faces
// have no bold or italic: strong text is set in 黑体, emphasis in 楷体;
// code prints as ordinary text.
func (w *bodyWriter) addLine(l *runList, line doc.Line, f font) {
	for _, s := range line {
		s.Text = doc.CleanText(s.Text)
		switch {
		case s.Style&doc.Strong != 0:
			l.add(s.Text, w.fonts.strong())
		case s.Style&doc.Emphasis != 0:
			l.add(s.Text, w.fonts.emphasis())
		default:
			l.add(s.Text, f)
		}
	}
}
