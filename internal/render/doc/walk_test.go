package doc

import (
	"testing"

	"github.com/yuin/goldmark/ast"
)

// firstOfKind returns the first node of kind k in d, depth first.
func firstOfKind(t *testing.T, d *Document, k ast.NodeKind) ast.Node {
	t.Helper()
	var found ast.Node
	_ = ast.Walk(d.Root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if entering && found == nil && n.Kind() == k {
			found = n
			return ast.WalkStop, nil
		}
		return ast.WalkContinue, nil
	})
	if found == nil {
		t.Fatalf("no %s node", k)
	}
	return found
}
