package pdf

import (
	"encoding/json"
	"os/exec"
	"strings"
	"testing"

	"zongjie/internal/doc"
	"zongjie/internal/doc/doctest"
)

// outlineEntry is an entry of a PDF's outline as qpdf --json reports it.
type outlineEntry struct {
	Title string         `json:"title"`
	Page  int            `json:"destpageposfrom1"`
	Kids  []outlineEntry `json:"kids"`
}

// wantOutline is the outline a document should have, from the model: the
// title and every level-1 heading at the top, each level-2 heading under
// the level-1 heading before it (at the top if there is none), each entry
// titled with the heading's number and text. Pages are left 0.
func wantOutline(d *doc.Document) []outlineEntry {
	var out []outlineEntry
	underH1 := false
	for _, b := range d.Blocks {
		h, ok := b.(*doc.Heading)
		if !ok {
			continue
		}
		e := outlineEntry{Title: h.Number + h.Text.String()}
		switch h.Level {
		case 0:
			out, underH1 = append(out, e), false
		case 1:
			out, underH1 = append(out, e), true
		case 2:
			if underH1 {
				last := &out[len(out)-1]
				last.Kids = append(last.Kids, e)
			} else {
				out = append(out, e)
			}
		}
	}
	return out
}

// TestBookmarks reads the outline of every document's PDF with qpdf: one
// entry per title, level-1 and level-2 heading, nested as the document is,
// titled as the heading reads, pointing at the page the layout drew the
// heading on.
func TestBookmarks(t *testing.T) {
	if _, err := exec.LookPath("qpdf"); err != nil {
		t.Skip("qpdf not installed (apt-get install qpdf); skipping the outline check")
	}
	w := fontConfigs(t)[0].w
	docs := append(corpus(t), doctest.Case{Name: "hostile", Doc: doctest.Build(doc.Meta{},
		doctest.H(2, "（一）", "没有一级标题的二级标题"),
		doctest.Title(`标题) /Title (x) \ <FEFF>`),
		doctest.H(1, "一、", "(一级) endobj"),
		doctest.H(3, "1.", "三级标题不进目录"),
		doctest.H(2, "（一）", "二级"))})
	for _, c := range docs {
		t.Run(c.Name, func(t *testing.T) {
			d := printable(w.Fonts(), c.Doc)
			path, pages, _ := render(t, w, d)
			out, err := exec.Command("qpdf", "--json", "--json-key=outlines", path).Output()
			if err != nil {
				t.Fatal(err)
			}
			var got struct {
				Outlines []outlineEntry `json:"outlines"`
			}
			if err := json.Unmarshal(out, &got); err != nil {
				t.Fatal(err)
			}
			// The layout's record of which page each heading is on.
			var onPage []int
			for _, p := range pages {
				for range p.bookmarks {
					onPage = append(onPage, p.number)
				}
			}
			var flat []outlineEntry
			var walk func([]outlineEntry) []outlineEntry
			walk = func(es []outlineEntry) []outlineEntry {
				var titles []outlineEntry
				for _, e := range es {
					flat = append(flat, e)
					titles = append(titles, outlineEntry{Title: e.Title, Kids: walk(e.Kids)})
				}
				return titles
			}
			titles := walk(got.Outlines)
			if g, w := outlineString(titles), outlineString(wantOutline(d)); g != w {
				t.Errorf("outline\n%s\nwant\n%s", g, w)
			}
			if len(onPage) != len(flat) {
				t.Fatalf("the layout has %d bookmarks, the PDF %d", len(onPage), len(flat))
			}
			for i, e := range flat {
				if e.Page != onPage[i] {
					t.Errorf("bookmark %q points at page %d, the heading is on page %d", e.Title, e.Page, onPage[i])
				}
			}
		})
	}
}

// outlineString writes an outline one entry a line, indented by depth.
func outlineString(es []outlineEntry) string {
	var b strings.Builder
	var walk func([]outlineEntry, string)
	walk = func(es []outlineEntry, indent string) {
		for _, e := range es {
			b.WriteString(indent + e.Title + "\n")
			walk(e.Kids, indent+"  ")
		}
	}
	walk(es, "")
	return b.String()
}
