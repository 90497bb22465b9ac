package docx

import (
	"path"
	"strings"
	"testing"

	"zongjie/internal/doc"
	"zongjie/internal/doc/doctest"
)

// renderParts writes d and returns its parsed parts by name.
func renderParts(t *testing.T, d *doc.Document) map[string]*node {
	t.Helper()
	trees := map[string]*node{}
	for name, data := range render(t, d) {
		if path.Ext(name) == ".xlsx" {
			continue // a chart's embedded workbook, a zip of its own
		}
		tree, err := parseXML(data)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		trees[name] = tree
	}
	return trees
}

// renderBlocks writes a document of the given blocks and returns its
// parsed parts.
func renderBlocks(t *testing.T, blocks ...doc.Block) map[string]*node {
	t.Helper()
	return renderParts(t, doctest.Build(doc.Meta{}, blocks...))
}

// bodyParagraphs returns the paragraphs of document.xml outside tables.
func bodyParagraphs(t *testing.T, blocks ...doc.Block) []*node {
	t.Helper()
	body := renderBlocks(t, blocks...)["word/document.xml"].first("body")
	var ps []*node
	for _, c := range body.children {
		if c.name == "p" {
			ps = append(ps, c)
		}
	}
	return ps
}

// paragraphStyle returns the w:pStyle of paragraph p.
func paragraphStyle(p *node) string {
	if s := p.first("pStyle"); s != nil {
		return s.attrs["val"]
	}
	return ""
}

// runFonts returns the text and w:eastAsia font of each run of p.
func runFonts(p *node) [][2]string {
	var out [][2]string
	for _, r := range p.all("r") {
		font := ""
		if f := r.first("rFonts"); f != nil {
			font = f.attrs["eastAsia"]
		}
		out = append(out, [2]string{paragraphText(r), font})
	}
	return out
}

// paragraphText is the text Word shows for n: its w:t text, a w:tab as a
// tab, a w:br as a line break, in document order.
func paragraphText(n *node) string {
	var b strings.Builder
	var walk func(n *node)
	walk = func(n *node) {
		switch n.name {
		case "t":
			b.WriteString(n.text)
		case "tab":
			if n.attrs["val"] == "" { // not a tab stop of w:tabs
				b.WriteByte('\t')
			}
		case "br":
			b.WriteByte('\n')
		}
		for _, c := range n.children {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

// bodyText reads document.xml's body in the form of doctest.Text: each
// paragraph on a line of its own, each table row on a line with its cells
// separated by a space. The empty paragraph Word needs after a final table
// is not part of the text, nor are the 版头 and 版记 (doc.Issue); the line
// breaks the layout puts in the title and in header cells are not either.
func bodyText(body *node) string {
	var b strings.Builder
	kids := body.children
	// The writer's 1-point paragraph after a final table is no text.
	if n := len(kids); n >= 3 && kids[n-1].name == "sectPr" && kids[n-2].name == "p" &&
		kids[n-3].name == "tbl" && isTablePad(kids[n-2]) {
		kids = kids[:n-2]
	}
	for _, c := range kids {
		switch c.name {
		case "p":
			switch {
			case c.first("drawing") != nil && paragraphText(c) == "":
				continue // a chart: its text is in its own part
			}
			switch paragraphStyle(c) {
			case styleMasthead, styleDocNumber, styleColophon:
			case styleTitle:
				b.WriteString(strings.ReplaceAll(paragraphText(c), "\n", "") + "\n")
			default:
				b.WriteString(paragraphText(c) + "\n")
			}
		case "tbl":
			if p := c.first("p"); p != nil && paragraphStyle(p) == styleColophon {
				continue // the 版记
			}
			for _, tr := range c.all("tr") {
				for i, tc := range tr.all("tc") {
					if i > 0 {
						b.WriteByte(' ')
					}
					b.WriteString(strings.ReplaceAll(paragraphText(tc), "\n", ""))
				}
				b.WriteByte('\n')
			}
		}
	}
	return b.String()
}

// isTablePad reports whether p is the paragraph the writer puts after a
// final table: empty, its line exactly padLineTwips high.
func isTablePad(p *node) bool {
	sp := p.first("spacing")
	return paragraphText(p) == "" && sp != nil && sp.attrs["line"] == itoa(padLineTwips) && sp.attrs["lineRule"] == "exact"
}
