package pdf

import (
	"strings"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"

	"zongjie/internal/fonts"
	"zongjie/internal/render/doc"
	"zongjie/internal/render/style"
)

// block is one unit of the page flow: a paragraph-like run of lines, or a table.
type block struct {
	role       doc.Role
	st         style.Block
	text       styled
	leftIndent float64 // points, whole block (lists, quotes)
	indent     float64 // points, first line, relative to leftIndent
	literal    bool    // code: keep lines as written, no justification
	heading    bool    // keep with the next block, bookmark it
	table      *tableBlock
	blank      bool // an empty line (thematic break)
}

// bulletMarks are tried in order for bullet list items: the shared
// doc.BulletMarker, then a middle dot, which the embedded fallback font has
// where it lacks the bullet. The first one the fonts have is used.
var bulletMarks = append([]rune(doc.BulletMarker), '·')

// collectBlocks walks the document and returns its blocks in reading order.
func collectBlocks(d *doc.Document, bullet rune) []*block {
	c := &collector{d: d, bullet: bullet}
	c.children(d.Root, 0)
	return c.blocks
}

type collector struct {
	d      *doc.Document
	bullet rune
	blocks []*block
	// prefix is put before the next paragraph's text (a list item's marker).
	prefix string
}

func (c *collector) children(n ast.Node, left float64) {
	for ch := n.FirstChild(); ch != nil; ch = ch.NextSibling() {
		c.node(ch, left)
	}
}

func (c *collector) node(n ast.Node, left float64) {
	body := style.For(doc.RoleBody)
	em := body.SizePt + gridTracking(body.SizePt)
	switch n := n.(type) {
	case *ast.Heading, *ast.Paragraph, *ast.TextBlock:
		role := c.d.BlockRole(n)
		st := style.For(role)
		b := &block{role: role, st: st, leftIndent: left, heading: role != doc.RoleBody && isHeading(n)}
		b.indent = float64(st.IndentChars) * (st.SizePt + gridTracking(st.SizePt))
		if c.prefix != "" {
			b.text.add(c.prefix, st.Face)
			c.prefix = ""
		}
		inlineText(c.d, n, st.Face, &b.text)
		c.blocks = append(c.blocks, b)
	case *ast.List:
		inner := left
		if _, nested := n.Parent().(*ast.ListItem); nested {
			inner += 2 * em
		}
		for item := n.FirstChild(); item != nil; item = item.NextSibling() {
			c.prefix = doc.ListMarker(item)
			if !n.IsOrdered() {
				c.prefix = string(c.bullet)
			}
			if item.FirstChild() == nil {
				c.blocks = append(c.blocks, c.plain(c.prefix, left))
				c.prefix = ""
				continue
			}
			c.children(item, inner)
			c.prefix = ""
		}
	case *ast.Blockquote:
		c.children(n, left+2*em)
	case *ast.FencedCodeBlock, *ast.CodeBlock:
		b := c.plain(c.d.Literal(n), left)
		b.literal = true
		c.blocks = append(c.blocks, b)
	case *ast.HTMLBlock:
		if c.d.IsMarker(n) {
			return
		}
		raw := strings.TrimSpace(c.d.Literal(n))
		if raw == "" || strings.HasPrefix(raw, "<!--") && strings.HasSuffix(raw, "-->") {
			return // a comment is invisible in every Markdown viewer
		}
		b := c.plain(raw, left)
		b.literal = true
		c.blocks = append(c.blocks, b)
	case *ast.ThematicBreak:
		c.blocks = append(c.blocks, &block{blank: true})
	case *east.Table:
		c.blocks = append(c.blocks, &block{role: doc.RoleTable, st: style.For(doc.RoleTable), table: c.table(n), leftIndent: left})
	default:
		c.children(n, left)
	}
}

func isHeading(n ast.Node) bool {
	_, ok := n.(*ast.Heading)
	return ok
}

// plain makes an unindented body block of literal text.
func (c *collector) plain(text string, left float64) *block {
	st := style.For(doc.RoleBody)
	st.Align = style.Left
	b := &block{role: doc.RoleBody, st: st, leftIndent: left}
	b.text.add(text, st.Face)
	return b
}

// table collects the cells of a GFM table.
func (c *collector) table(n *east.Table) *tableBlock {
	t := &tableBlock{}
	st := style.For(doc.RoleTable)
	for row := n.FirstChild(); row != nil; row = row.NextSibling() {
		_, header := row.(*east.TableHeader)
		var cells []tableCell
		for cell := row.FirstChild(); cell != nil; cell = cell.NextSibling() {
			tc, ok := cell.(*east.TableCell)
			if !ok {
				continue
			}
			face := st.Face
			if header {
				face = fonts.Hei
			}
			var s styled
			inlineText(c.d, tc, face, &s)
			cells = append(cells, tableCell{text: s, align: cellAlign(tc.Alignment, st.Align)})
		}
		if header {
			t.header = cells
		} else {
			t.rows = append(t.rows, cells)
		}
	}
	return t
}

// cellAlign maps a GFM column alignment; columns without one take the
// style's alignment for table cells.
func cellAlign(a east.Alignment, def style.Align) style.Align {
	switch a {
	case east.AlignLeft:
		return style.Left
	case east.AlignRight:
		return style.Right
	case east.AlignCenter:
		return style.Center
	}
	return def
}
