package html

import (
	stdhtml "html"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/util"

	"zongjie/internal/render/doc"
)

// text writes the text of a Text node, escaped. A hard line break becomes
// <br>; a soft one a space or nothing per doc.SoftBreakSpace, as in every
// zongjie writer.
func (r *nodeRenderer) text(w util.BufWriter, _ []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkContinue, nil
	}
	t := n.(*ast.Text)
	value := r.d.TextValue(t)
	_, _ = w.WriteString(stdhtml.EscapeString(value))
	switch {
	case t.HardLineBreak():
		_, _ = w.WriteString("<br>\n")
	case t.SoftLineBreak():
		last, _ := utf8.DecodeLastRuneInString(value)
		next, _ := utf8.DecodeRuneInString(r.followingText(n))
		if last != utf8.RuneError && next != utf8.RuneError && doc.SoftBreakSpace(last, next) {
			_ = w.WriteByte(' ')
		}
	}
	return ast.WalkContinue, nil
}

// followingText returns the text that follows n inside its block.
func (r *nodeRenderer) followingText(n ast.Node) string {
	next := n.NextSibling()
	if next == nil {
		return ""
	}
	if v := r.d.TextValue(next); v != "" {
		return v
	}
	if v := r.d.Literal(next); v != "" {
		return v
	}
	return r.d.PlainText(next)
}

// rawHTML writes inline HTML of the Markdown as the text it is.
func (r *nodeRenderer) rawHTML(w util.BufWriter, _ []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	if entering {
		_, _ = w.WriteString(stdhtml.EscapeString(r.d.Literal(n)))
	}
	return ast.WalkSkipChildren, nil
}

// autoLink writes an autolink as its text.
func (r *nodeRenderer) autoLink(w util.BufWriter, source []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	if entering {
		_, _ = w.WriteString(stdhtml.EscapeString(string(n.(*ast.AutoLink).Label(source))))
	}
	return ast.WalkSkipChildren, nil
}
