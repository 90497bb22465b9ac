package pdf

import (
	"strings"
	"testing"

	"zongjie/internal/doc"
)

// body returns a paragraph that fills exactly n body lines (the first
// line holds 26 characters after the indent, the others 28).
func body(n int) string {
	return strings.Repeat("字", 26+28*(n-1)) + "\n\n"
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
	tests := []struct {
		name string
		md   string
		want []int // lines on each page
	}{
		{"a paragraph flows on", body(20) + body(4), []int{22, 2}},
		{"orphan: a first line is not left alone at the foot", body(21) + body(3), []int{21, 3}},
		{"widow: a last line is not carried over alone", body(19) + body(4), []int{21, 2}},
		{"a heading is kept with two lines of its text", body(20) + "## 二、标题\n\n" + body(3), []int{20, 4}},
		{"a heading and its subheading stay together", body(19) + "## 二、标题\n\n### （一）小标题\n\n" + body(3), []int{19, 5}},
		{"a heading that fits with its text stays", body(18) + "## 二、标题\n\n" + body(3), []int{22}},
		{"a heading goes down with a three-line paragraph that cannot split", body(19) + "## 二、标题\n\n" + body(3), []int{19, 4}},
		{"a heading needs only two lines of a longer paragraph below it", body(19) + "## 二、标题\n\n" + body(5), []int{22, 3}},
	}
	w := fontConfigs(t)[0].w
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pages, err := w.layout(doc.Parse([]byte(tt.md), doc.Meta{}))
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
