package pdf

import (
	"strings"
	"testing"

	"zongjie/internal/doc"
	"zongjie/internal/doc/doctest"
)

// body returns a paragraph that fills exactly n body lines (the first
// line holds 26 characters after the indent, the others 28).
func body(n int) doc.Block {
	return doctest.P(strings.Repeat("字", 26+28*(n-1)))
}

// linesPerPage counts the drawn lines on each page.
func linesPerPage(pages []*page) []int {
	var out []int
	for _, p := range pages {
		seen := map[int]bool{}
		for _, r := range p.runs {
			seen[r.line] = true
		}
		out = append(out, len(seen))
	}
	return out
}

func TestPageBreakRules(t *testing.T) {
	h1 := doctest.H(1, "二、", "标题")
	h2 := doctest.H(2, "（一）", "小标题")
	tests := []struct {
		name   string
		blocks []doc.Block
		want   []int // lines on each page
	}{
		{"a paragraph flows on", []doc.Block{body(20), body(4)}, []int{22, 2}},
		{"orphan: a first line is not left alone at the foot", []doc.Block{body(21), body(3)}, []int{21, 3}},
		{"widow: a last line is not carried over alone", []doc.Block{body(19), body(4)}, []int{21, 2}},
		{"a heading is kept with two lines of its text", []doc.Block{body(20), h1, body(3)}, []int{20, 4}},
		{"a heading and its subheading stay together", []doc.Block{body(19), h1, h2, body(3)}, []int{19, 5}},
		// h1, h2 and the three lines that cannot split need five lines: with
		// four left, both headings go over, not h1 alone at the foot
		{"a heading over a subheading keeps what the subheading keeps", []doc.Block{body(18), h1, h2, body(3)}, []int{18, 5}},
		{"a heading that fits with its text stays", []doc.Block{body(18), h1, body(3)}, []int{22}},
		{"a heading goes down with a three-line paragraph that cannot split", []doc.Block{body(19), h1, body(3)}, []int{19, 4}},
		{"a heading needs only two lines of a longer paragraph below it", []doc.Block{body(19), h1, body(5)}, []int{22, 3}},
		{"a signature's lines stay together", []doc.Block{body(21), doctest.Signature("某工会", "2024年1月5日")}, []int{21, 2}},
		// A table row of two cells counts two drawn lines.
		{"a table at the foot goes to the next page with its first row", []doc.Block{body(21),
			doctest.Table("LN", []string{"学区", "人数"}, []string{"甲", "1"})}, []int{21, 4}},
	}
	w := fontConfigs(t)[0].w
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pages, err := w.layout(doctest.Build(doc.Meta{}, tt.blocks...))
			if err != nil {
				t.Fatal(err)
			}
			got := linesPerPage(pages)
			if len(got) != len(tt.want) {
				t.Fatalf("lines per page %v, want %v", got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Fatalf("lines per page %v, want %v", got, tt.want)
				}
			}
		})
	}
}
