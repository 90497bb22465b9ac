package html

import (
	"bytes"
	"strings"
	"testing"

	"zongjie/internal/doc"
	"zongjie/internal/doc/doctest"
)

// renderString writes d and returns the whole HTML file.
func renderString(t *testing.T, d *doc.Document) string {
	t.Helper()
	var b bytes.Buffer
	if err := Write(&b, d); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// article returns what Write put inside <article class="page"> for a
// document of the given blocks.
func article(t *testing.T, blocks ...doc.Block) string {
	t.Helper()
	out := renderString(t, doctest.Build(doc.Meta{}, blocks...))
	_, rest, ok := strings.Cut(out, "<article class=\"page\">\n")
	if !ok {
		t.Fatal("no <article> in output")
	}
	body, _, ok := strings.Cut(rest, "</article>")
	if !ok {
		t.Fatal("no </article> in output")
	}
	return body
}
