package pdf

import (
	"zongjie/internal/doc"
	"zongjie/internal/fonts"
)

// styled is inline text with the face each rune is set in.
type styled struct {
	runes []rune
	faces []fonts.Face
}

// add appends text in a face; "\n" is a hard line break.
func (s *styled) add(text string, face fonts.Face) {
	for _, r := range text {
		s.runes = append(s.runes, r)
		s.faces = append(s.faces, face)
	}
}

// addLine appends a line's spans. Chinese faces have no bold or italic:
// strong text is set in 黑体, emphasis in 楷体; code prints as ordinary text.
func (s *styled) addLine(l doc.Line, face fonts.Face) {
	for _, sp := range l {
		f := face
		switch {
		case sp.Style&doc.Strong != 0:
			f = fonts.Hei
		case sp.Style&doc.Emphasis != 0:
			f = fonts.Kai
		}
		s.add(doc.CleanText(sp.Text), f)
	}
}
