package html

import (
	stdhtml "html"
	"strconv"
	"strings"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/util"

	"zongjie/internal/render/doc"
)

// nodeRenderer renders the nodes whose HTML depends on the document: blocks
// by role, lists as numbered paragraphs, raw HTML and code as literal text,
// and text with Chinese soft line breaks. Other nodes (emphasis, code spans,
// tables) keep goldmark's renderers.
type nodeRenderer struct {
	d *doc.Document
}

// RegisterFuncs implements renderer.NodeRenderer.
func (r *nodeRenderer) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(ast.KindHeading, r.heading)
	reg.Register(ast.KindParagraph, r.paragraph)
	reg.Register(ast.KindTextBlock, r.paragraph)
	reg.Register(ast.KindList, r.transparent)
	reg.Register(ast.KindListItem, r.listItem)
	reg.Register(ast.KindBlockquote, r.transparent)
	reg.Register(ast.KindThematicBreak, r.skip)
	reg.Register(ast.KindHTMLBlock, r.literalBlock)
	reg.Register(ast.KindCodeBlock, r.literalBlock)
	reg.Register(ast.KindFencedCodeBlock, r.literalBlock)
	reg.Register(ast.KindText, r.text)
	reg.Register(ast.KindRawHTML, r.rawHTML)
	reg.Register(ast.KindLink, r.transparent)
	reg.Register(ast.KindImage, r.transparent)
	reg.Register(ast.KindAutoLink, r.autoLink)
}

// heading writes <hN class="role">.
func (r *nodeRenderer) heading(w util.BufWriter, _ []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	tag := "h" + strconv.Itoa(min(n.(*ast.Heading).Level, 6))
	if entering {
		_, _ = w.WriteString("<" + tag + ` class="` + roleClass(r.d.BlockRole(n)) + `">`)
	} else {
		_, _ = w.WriteString("</" + tag + ">\n")
	}
	return ast.WalkContinue, nil
}

// paragraph writes <p class="role">; the first paragraph of a list item
// starts with the item's number text.
func (r *nodeRenderer) paragraph(w util.BufWriter, _ []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		_, _ = w.WriteString("</p>\n")
		return ast.WalkContinue, nil
	}
	_, _ = w.WriteString(`<p class="` + roleClass(r.d.BlockRole(n)) + `">`)
	if item, ok := n.Parent().(*ast.ListItem); ok && item.FirstChild() == n {
		_, _ = w.WriteString(stdhtml.EscapeString(doc.ListMarker(item)))
	}
	return ast.WalkContinue, nil
}

// listItem writes nothing around an item: its paragraphs carry its number.
// An item that does not start with a paragraph gets one for its number.
func (r *nodeRenderer) listItem(w util.BufWriter, _ []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkContinue, nil
	}
	switch n.FirstChild().(type) {
	case *ast.Paragraph, *ast.TextBlock:
	default:
		_, _ = w.WriteString(`<p class="` + roleClass(doc.RoleBody) + `">` +
			stdhtml.EscapeString(doc.ListMarker(n)) + "</p>\n")
	}
	return ast.WalkContinue, nil
}

// literalBlock writes an HTML or code block as a body paragraph showing its
// source text; zongjie marker comments write nothing.
func (r *nodeRenderer) literalBlock(w util.BufWriter, _ []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering || r.d.IsMarker(n) {
		return ast.WalkSkipChildren, nil
	}
	lines := strings.Split(r.d.Literal(n), "\n")
	for i, l := range lines {
		lines[i] = stdhtml.EscapeString(l)
	}
	_, _ = w.WriteString(`<p class="` + roleClass(doc.RoleBody) + `">` + strings.Join(lines, "<br>\n") + "</p>\n")
	return ast.WalkSkipChildren, nil
}

// transparent renders only the children of n: lists, quotes, and links and
// images, which print their text (a report file loads nothing).
func (r *nodeRenderer) transparent(util.BufWriter, []byte, ast.Node, bool) (ast.WalkStatus, error) {
	return ast.WalkContinue, nil
}

// skip renders nothing: a thematic break has no place in an office document,
// whose parts are separated by headings.
func (r *nodeRenderer) skip(util.BufWriter, []byte, ast.Node, bool) (ast.WalkStatus, error) {
	return ast.WalkSkipChildren, nil
}
