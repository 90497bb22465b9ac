package doc

import (
	"bufio"
	stdhtml "html"
	"strings"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/renderer/html"
)

// textWriter resolves Markdown text the way the HTML renderer of Markdown()
// does (the CJK extension drops backslash-escaped spaces).
var textWriter = html.NewWriter(html.WithEscapedSpace())

// TextValue returns the text that an *ast.Text or *ast.String node prints.
// The source keeps Markdown escapes and character references; TextValue
// resolves them exactly as goldmark's HTML writer does, so `\*\*` prints
// "**", "&amp;" prints "&" and `\{` prints "{". Code span text is printed
// as written. Other nodes give "".
func (d *Document) TextValue(n ast.Node) string {
	switch n := n.(type) {
	case *ast.Text:
		v := n.Segment.Value(d.Source)
		if n.IsRaw() {
			return string(v)
		}
		return resolve(v)
	case *ast.String:
		if n.IsCode() || n.IsRaw() {
			return string(n.Value)
		}
		return resolve(n.Value)
	}
	return ""
}

// resolve runs raw Markdown text through goldmark's HTML writer, then undoes
// the HTML escaping that writer adds.
func resolve(raw []byte) string {
	var b strings.Builder
	w := bufio.NewWriter(&b)
	textWriter.Write(w, raw)
	// Flushing into a strings.Builder cannot fail.
	_ = w.Flush()
	return stdhtml.UnescapeString(b.String())
}
