package docx

import (
	"github.com/yuin/goldmark/ast"

	"zongjie/internal/render/doc"
)

// inlines collects the runs of the inline children of block n, whose text is
// set in font f.
func inlines(d *doc.Document, n ast.Node, f font) *runList {
	var l runList
	addInlines(d, &l, n, f)
	return &l
}

// addInlines appends the inline children of n to l. Markup that has no place
// in an office document keeps its text: links and images print their text,
// code spans print as ordinary text, raw HTML prints literally.
func addInlines(d *doc.Document, l *runList, n ast.Node, f font) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Text:
			l.add(d.TextValue(c), f)
			switch {
			case c.HardLineBreak():
				l.lineBreak(f)
			case c.SoftLineBreak():
				l.softBreak()
			}
		case *ast.String:
			l.add(d.TextValue(c), f)
		case *ast.Emphasis:
			if c.Level >= 2 {
				addInlines(d, l, c, strongFont)
			} else {
				addInlines(d, l, c, emphasisFont)
			}
		case *ast.AutoLink:
			l.add(string(c.Label(d.Source)), f)
		case *ast.RawHTML:
			l.add(d.Literal(c), f)
		default:
			addInlines(d, l, c, f)
		}
	}
}
