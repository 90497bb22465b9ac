package doc

import (
	"strings"

	"github.com/yuin/goldmark/ast"
)

// Literal returns the source text of a node whose content writers show
// verbatim as text: inline raw HTML (*ast.RawHTML), an HTML block that is not
// a marker comment, or a code block. Writers never pass raw HTML through as
// markup, so a clerk's "<script>" prints as those characters. Lines are
// joined with "\n"; the final line break is dropped. Other nodes give "".
func (d *Document) Literal(n ast.Node) string {
	var b strings.Builder
	switch n := n.(type) {
	case *ast.RawHTML:
		for i := 0; i < n.Segments.Len(); i++ {
			seg := n.Segments.At(i)
			b.Write(seg.Value(d.Source))
		}
		return b.String()
	case *ast.HTMLBlock:
		writeLines(&b, n, d.Source)
		if n.HasClosure() {
			b.Write(n.ClosureLine.Value(d.Source))
		}
	case *ast.CodeBlock, *ast.FencedCodeBlock:
		writeLines(&b, n, d.Source)
	default:
		return ""
	}
	return strings.TrimRight(b.String(), "\r\n")
}

func writeLines(b *strings.Builder, n ast.Node, source []byte) {
	lines := n.Lines()
	for i := 0; i < lines.Len(); i++ {
		seg := lines.At(i)
		b.Write(seg.Value(source))
	}
}
