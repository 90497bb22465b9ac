package docx

import (
	"testing"

	"zongjie/internal/doc"
)

// renderMarkdown renders md with meta and returns the parsed parts by name.
func renderMarkdown(t *testing.T, md string, meta doc.Meta) map[string]*node {
	t.Helper()
	files := render(t, testCase{name: "inline", doc: doc.Parse([]byte(md), meta)})
	trees := map[string]*node{}
	for name, data := range files {
		tree, err := parseXML(data)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		trees[name] = tree
	}
	return trees
}

// bodyParagraphs returns the paragraphs of document.xml outside tables.
func bodyParagraphs(t *testing.T, md string) []*node {
	t.Helper()
	body := renderMarkdown(t, md, doc.Meta{})["word/document.xml"].first("body")
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
		out = append(out, [2]string{r.textContent(), font})
	}
	return out
}
