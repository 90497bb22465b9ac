package doc

import (
	"testing"

	"github.com/yuin/goldmark/ast"
)

// TestLiteral checks the verbatim text of raw HTML and code.
func TestLiteral(t *testing.T) {
	tests := []struct {
		name, md string
		kind     ast.NodeKind
		want     string
	}{
		{"inline html", "写道：<script>alert(1)</script>", ast.KindRawHTML, "<script>"},
		{"html block", "<div>\n甲 & 乙\n</div>", ast.KindHTMLBlock, "<div>\n甲 & 乙\n</div>"},
		{"script block with closure", "<script>\nx()\n</script>", ast.KindHTMLBlock, "<script>\nx()\n</script>"},
		{"indented code", "    第一行\n    第二行", ast.KindCodeBlock, "第一行\n第二行"},
		{"fenced code", "```\n<b>\n```", ast.KindFencedCodeBlock, "<b>"},
		{"paragraph", "正文", ast.KindParagraph, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Parse([]byte(tt.md), Meta{})
			if got := d.Literal(firstOfKind(t, d, tt.kind)); got != tt.want {
				t.Errorf("Literal = %q, want %q", got, tt.want)
			}
		})
	}
}
