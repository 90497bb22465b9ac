package docx

import (
	"fmt"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"

	"zongjie/internal/render/doc"
)

// bodyWriter walks the blocks of a document into WordprocessingML.
type bodyWriter struct {
	d    *doc.Document
	x    *xmlWriter
	page page
	// endsWithTable is true while the last block written is a table; Word
	// expects a paragraph between a table and the section properties.
	endsWithTable bool
}

// blocks writes the block children of parent.
func (w *bodyWriter) blocks(parent ast.Node) error {
	for n := parent.FirstChild(); n != nil; n = n.NextSibling() {
		if err := w.block(n); err != nil {
			return err
		}
	}
	return nil
}

// block writes one block. Headings and paragraphs take the style of their
// role; lists become numbered body paragraphs; raw HTML and code print
// literally as body text.
func (w *bodyWriter) block(n ast.Node) error {
	switch n := n.(type) {
	case *ast.Heading, *ast.Paragraph, *ast.TextBlock:
		role := w.d.BlockRole(n)
		w.paragraph(roleStyle(role), inlines(w.d, n, roleFont(role)))
	case *ast.List:
		return w.list(n)
	case *east.Table:
		w.table(n)
	case *ast.HTMLBlock:
		if !w.d.IsMarker(n) {
			w.literal(n)
		}
	case *ast.CodeBlock, *ast.FencedCodeBlock:
		w.literal(n)
	case *ast.Blockquote:
		return w.blocks(n)
	case *ast.ThematicBreak, *ast.LinkReferenceDefinition:
		// Neither prints: office documents separate parts by headings, and
		// link definitions only serve links, whose text is printed.
	default:
		return fmt.Errorf("docx: cannot render a %s block", n.Kind())
	}
	return nil
}

// finish closes the body: an empty paragraph after a final table.
func (w *bodyWriter) finish() {
	if w.endsWithTable {
		w.paragraph(styleBody, &runList{})
	}
}

// paragraph writes a paragraph of style styleID holding runs.
func (w *bodyWriter) paragraph(styleID string, runs *runList) {
	w.endsWithTable = false
	w.x.open("w:p")
	w.x.open("w:pPr")
	w.x.empty("w:pStyle", "w:val", styleID)
	w.x.close("w:pPr")
	runs.write(w.x)
	w.x.close("w:p")
}

// literal writes the source text of n as a body paragraph.
func (w *bodyWriter) literal(n ast.Node) {
	var runs runList
	runs.add(w.d.Literal(n), roleFont(doc.RoleBody))
	w.paragraph(styleBody, &runs)
}

// list writes each item as body paragraphs, the first one starting with
// the item's number text ("1.") the way offices type lists.
func (w *bodyWriter) list(l *ast.List) error {
	f := roleFont(doc.RoleBody)
	for item := l.FirstChild(); item != nil; item = item.NextSibling() {
		var runs runList
		runs.add(doc.ListMarker(item), f)
		rest := item.FirstChild()
		switch rest.(type) {
		case *ast.Paragraph, *ast.TextBlock:
			addInlines(w.d, &runs, rest, f)
			rest = rest.NextSibling()
		}
		w.paragraph(styleBody, &runs)
		for ; rest != nil; rest = rest.NextSibling() {
			if err := w.block(rest); err != nil {
				return err
			}
		}
	}
	return nil
}
