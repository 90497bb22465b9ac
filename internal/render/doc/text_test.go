package doc

import (
	"strings"
	"testing"

	"github.com/yuin/goldmark/ast"
)

// TestTextValue checks that escapes and character references resolve as in
// goldmark's HTML output, and that code span text stays as written.
func TestTextValue(t *testing.T) {
	tests := []struct{ name, md, want string }{
		{"plain", "入会率64.5%", "入会率64.5%"},
		{"backslash escapes", `\*\*不加粗\*\* \{\{ .X \}\}`, "**不加粗** {{ .X }}"},
		{"entities", "&amp; &lt;b&gt; &#x4E2D; &#20013; &copy;", "& <b> 中 中 ©"},
		{"escaped ampersand", `\&amp;`, "&amp;"},
		{"code span", "`\\*&amp;`", `\*&amp;`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Parse([]byte(tt.md), Meta{})
			para := firstOfKind(t, d, ast.KindParagraph)
			var b strings.Builder
			_ = ast.Walk(para, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
				if entering {
					b.WriteString(d.TextValue(n))
				}
				return ast.WalkContinue, nil
			})
			if got := b.String(); got != tt.want {
				t.Errorf("text %q, want %q", got, tt.want)
			}
		})
	}
}
