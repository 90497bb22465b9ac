package pdf

import (
	"github.com/yuin/goldmark/ast"

	"zongjie/internal/fonts"
	"zongjie/internal/render/doc"
)

// styled is inline text with the face each rune is set in.
type styled struct {
	runes []rune
	faces []fonts.Face
	// softBreak is set after a soft line break until the next text decides
	// whether it becomes a space (between Latin words) or nothing (Chinese).
	softBreak bool
}

// add appends text in a face. A pending soft line break becomes a space
// only between Latin words (doc.SoftBreakSpace), as in every writer.
func (s *styled) add(text string, face fonts.Face) {
	for _, r := range text {
		if s.softBreak {
			s.softBreak = false
			if n := len(s.runes); n > 0 && doc.SoftBreakSpace(s.runes[n-1], r) {
				s.runes = append(s.runes, ' ')
				s.faces = append(s.faces, face)
			}
		}
		s.runes = append(s.runes, r)
		s.faces = append(s.faces, face)
	}
}

// inlineText appends the text of n's inline children to s. Markup is
// dropped but every character is kept: escapes and character references
// resolve as in the other writers (doc.TextValue), raw HTML is shown as
// written (doc.Literal), since a report is print, not a web page. Strong
// text is set in 黑体 (宋体 and 仿宋 have no bold), emphasis in 楷体.
func inlineText(d *doc.Document, n ast.Node, face fonts.Face, s *styled) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Text:
			s.add(d.TextValue(c), face)
			if c.HardLineBreak() {
				s.add("\n", face)
			} else if c.SoftLineBreak() {
				s.softBreak = true
			}
		case *ast.String:
			s.add(d.TextValue(c), face)
		case *ast.RawHTML:
			s.add(d.Literal(c), face)
		case *ast.AutoLink:
			s.add(string(c.Label(d.Source)), face)
		case *ast.Emphasis:
			f := fonts.Kai
			if c.Level >= 2 {
				f = fonts.Hei
			}
			inlineText(d, c, f, s)
		default:
			inlineText(d, c, face, s)
		}
	}
}
