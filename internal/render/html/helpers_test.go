package html

import (
	"bytes"
	"strings"
	"testing"

	"zongjie/internal/doc"
)

// renderString renders md with meta and returns the whole HTML file.
func renderString(t *testing.T, md string, meta doc.Meta) string {
	t.Helper()
	var b bytes.Buffer
	if err := Write(&b, doc.Parse([]byte(md), meta)); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// article returns what Write put inside <article class="page">.
func article(t *testing.T, md string) string {
	t.Helper()
	out := renderString(t, md, doc.Meta{})
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
