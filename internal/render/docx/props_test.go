package docx

import (
	"bytes"
	"strconv"
	"testing"

	"zongjie/internal/doc"
	"zongjie/internal/doc/doctest"
)

// TestCoreProperties checks title, author and date in docProps.
func TestCoreProperties(t *testing.T) {
	tests := []struct {
		name                    string
		meta                    doc.Meta
		title, creator, created string
		company                 string
	}{
		{"full", doc.Meta{Title: "工作总结", Author: "某工会", Date: "2013年12月31日", ISODate: "2013-12-31"},
			"工作总结", "某工会", "2013-12-31T00:00:00Z", "某工会"},
		{"no date", doc.Meta{Title: "工作总结 <&>", Author: "某工会"}, "工作总结 <&>", "某工会", "", "某工会"},
		{"markup", doc.Meta{Title: "</dc:title><x>", Author: `"&amp;'`, ISODate: "2024-01-05"},
			"</dc:title><x>", `"&amp;'`, "2024-01-05T00:00:00Z", `"&amp;'`},
		{"empty", doc.Meta{}, "", "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			parts := renderParts(t, doctest.Build(tt.meta, doctest.P("正文")))
			core, app := parts["docProps/core.xml"], parts["docProps/app.xml"]
			got := []string{text(core.first("title")), text(core.first("creator")),
				text(core.first("created")), text(app.first("Company"))}
			want := []string{tt.title, tt.creator, tt.created, tt.company}
			for i := range got {
				if got[i] != want[i] {
					t.Errorf("title, creator, created, company = %q, want %q", got, want)
					break
				}
			}
		})
	}
}

// TestBadISODate checks that a malformed date is an error, not a guess.
func TestBadISODate(t *testing.T) {
	var buf bytes.Buffer
	err := Write(&buf, doctest.Build(doc.Meta{ISODate: "2013年12月31日"}, doctest.P("正文")))
	if err == nil {
		t.Fatal("Write accepted ISODate 2013年12月31日")
	}
	if buf.Len() != 0 {
		t.Error("Write wrote bytes despite the error")
	}
}

func text(n *node) string {
	if n == nil {
		return ""
	}
	return n.text
}

func atoi(t *testing.T, s string) int {
	t.Helper()
	i, err := strconv.Atoi(s)
	if err != nil {
		t.Fatal(err)
	}
	return i
}
