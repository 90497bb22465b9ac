package html

import (
	"strings"
	"testing"

	"zongjie/internal/doc"
)

// TestHostileTextIsEscaped feeds markup a clerk might type, in the body and
// in the metadata, and wants it shown as text: no element, attribute or URL
// of it survives as markup.
func TestHostileTextIsEscaped(t *testing.T) {
	tests := []struct {
		name string
		md   string
		meta doc.Meta
		want string // must appear in the output
	}{
		{"inline script", "写道：<script>alert(1)</script>。", doc.Meta{},
			"写道：&lt;script&gt;alert(1)&lt;/script&gt;。"},
		{"script block", "<script>\nalert(1)\n</script>", doc.Meta{},
			"&lt;script&gt;<br>\nalert(1)<br>\n&lt;/script&gt;"},
		{"event handler", `<img src=x onerror="alert(1)">`, doc.Meta{},
			"&lt;img src=x onerror=&#34;alert(1)&#34;&gt;"},
		{"javascript link", "[点此](javascript:alert(1))", doc.Meta{}, `<p class="body">点此</p>`},
		{"remote image", "![图](http://evil.example/x.png)", doc.Meta{}, `<p class="body">图</p>`},
		{"entities stay text", "&lt;script&gt;", doc.Meta{}, "&lt;script&gt;"},
		{"title", "正文", doc.Meta{Title: "</title><script>alert(1)</script>"},
			"<title>&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title>"},
		{"author attribute", "正文", doc.Meta{Author: `"><script>alert(1)</script>`},
			`<meta name="author" content="&#34;&gt;&lt;script&gt;alert(1)&lt;/script&gt;">`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := renderString(t, tt.md, tt.meta)
			if !strings.Contains(out, tt.want) {
				t.Errorf("output lacks %q:\n%s", tt.want, out[strings.Index(out, "<body>"):])
			}
			lower := strings.ToLower(out)
			for _, bad := range []string{"<script", "<img", "javascript:", "evil.example", "raw html omitted"} {
				if strings.Contains(lower, bad) {
					t.Errorf("output contains %q", bad)
				}
			}
		})
	}
}

// TestSelfContained checks that no report loads anything: no external
// style sheet, script, image, frame or url(); a policy forbids them too.
func TestSelfContained(t *testing.T) {
	for _, tc := range loadCases(t) {
		out := strings.ToLower(renderString(t, string(tc.doc.Source), tc.doc.Meta))
		for _, bad := range []string{"<link", "<script", "<img", "<iframe", " src=", "url(", "@import"} {
			if strings.Contains(out, bad) {
				t.Errorf("%s: output contains %q", tc.name, bad)
			}
		}
		if !strings.Contains(out, "default-src 'none'") {
			t.Errorf("%s: no content security policy", tc.name)
		}
	}
}
