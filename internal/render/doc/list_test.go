package doc

import (
	"slices"
	"testing"

	"github.com/yuin/goldmark/ast"
)

// TestListMarker checks the number text of each item.
func TestListMarker(t *testing.T) {
	tests := []struct {
		name, md string
		want     []string
	}{
		{"ordered", "1. 甲\n2. 乙\n3. 丙", []string{"1.", "2.", "3."}},
		{"start", "7. 甲\n8. 乙", []string{"7.", "8."}},
		{"paren", "1) 甲\n2) 乙", []string{"1)", "2)"}},
		{"bullet", "- 甲\n- 乙", []string{BulletMarker, BulletMarker}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Parse([]byte(tt.md), Meta{})
			list := firstOfKind(t, d, ast.KindList)
			var got []string
			for item := list.FirstChild(); item != nil; item = item.NextSibling() {
				got = append(got, ListMarker(item))
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("markers %q, want %q", got, tt.want)
			}
		})
	}
	if got := ListMarker(ast.NewParagraph()); got != "" {
		t.Errorf("ListMarker(paragraph) = %q, want empty", got)
	}
}
