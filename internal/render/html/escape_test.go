package html

import (
	"strings"
	"testing"

	"zongjie/internal/doc"
	"zongjie/internal/doc/doctest"
)

// TestHostileTextIsEscaped puts markup a clerk might type in every place a
// document holds text — spans of each style, heading and item numbers,
// table cells, the metadata — and wants it shown as text: escaped, no
// element or attribute of it in the page, and read back as written.
func TestHostileTextIsEscaped(t *testing.T) {
	const script = "<script>alert(1)</script>"
	const escaped = "&lt;script&gt;alert(1)&lt;/script&gt;"
	tests := []struct {
		name string
		d    *doc.Document
		want string // must appear in the output
	}{
		{"body text", doctest.Build(doc.Meta{}, doctest.P("写道："+script+"。")), "写道：" + escaped + "。"},
		{"event handler", doctest.Build(doc.Meta{}, doctest.P(`<img src=x onerror="alert(1)">`)),
			"&lt;img src=x onerror=&#34;alert(1)&#34;&gt;"},
		{"link syntax is text", doctest.Build(doc.Meta{}, doctest.P("[点此](javascript:alert(1))")),
			`<p class="body">[点此](javascript:alert(1))</p>`},
		{"character references stay text", doctest.Build(doc.Meta{}, doctest.P("&lt;script&gt; &#x4E2D; &copy;")),
			"&amp;lt;script&amp;gt; &amp;#x4E2D; &amp;copy;"},
		{"strong", doctest.Build(doc.Meta{}, doctest.P(doctest.Strong(script))), "<strong>" + escaped + "</strong>"},
		{"emphasis", doctest.Build(doc.Meta{}, doctest.P(doctest.Em(script))), "<em>" + escaped + "</em>"},
		{"code", doctest.Build(doc.Meta{}, doctest.P(doctest.Code("</code>"+script))), "<code>&lt;/code&gt;" + escaped + "</code>"},
		{"heading", doctest.Build(doc.Meta{}, doctest.H(1, "<b>", script)), `<h2 class="level1">&lt;b&gt;` + escaped + "</h2>"},
		{"item number", doctest.Build(doc.Meta{}, doctest.Item(`"><i>`, "正文")), `<p class="body">&#34;&gt;&lt;i&gt;正文</p>`},
		{"table cell", doctest.Build(doc.Meta{}, doctest.Table("LN", []string{"</th>", "<td>"}, []string{script, "&"})),
			"<th>&lt;/th&gt;</th>\n<th>&lt;td&gt;</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>" + escaped + "</td>\n<td class=\"num\">&amp;</td>"},
		{"title", doctest.Build(doc.Meta{Title: "</title>" + script}, doctest.P("正文")), "<title>&lt;/title&gt;" + escaped + "</title>"},
		{"author attribute", doctest.Build(doc.Meta{Author: `">` + script}, doctest.P("正文")),
			`<meta name="author" content="&#34;&gt;` + escaped + `">`},
		{"date attribute", doctest.Build(doc.Meta{ISODate: `2013" onload="x`}, doctest.P("正文")),
			`<meta name="date" content="2013&#34; onload=&#34;x">`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := renderString(t, tt.d)
			if !strings.Contains(out, tt.want) {
				t.Errorf("output lacks %q:\n%s", tt.want, out[strings.Index(out, "<body>"):])
			}
			if err := checkHTML([]byte(out)); err != nil {
				t.Error(err)
			}
			if got, err := readText([]byte(out)); err != nil || got != doctest.Text(tt.d) {
				t.Errorf("text read back %q, %v; want %q", got, err, doctest.Text(tt.d))
			}
		})
	}
}

// TestSelfContained checks that no page loads anything: no external style
// sheet, script, image, frame or url(); a policy forbids them too.
func TestSelfContained(t *testing.T) {
	for _, tc := range doctest.All(t) {
		out := renderString(t, tc.Doc)
		if err := checkHTML([]byte(out)); err != nil {
			t.Errorf("%s: %v", tc.Name, err)
		}
		lower := strings.ToLower(out)
		for _, bad := range []string{"<link", "<script", "<img", "<iframe", " src=", "url(", "@import"} {
			if strings.Contains(lower, bad) {
				t.Errorf("%s: output contains %q", tc.Name, bad)
			}
		}
		if !strings.Contains(lower, "default-src 'none'") {
			t.Errorf("%s: no content security policy", tc.Name)
		}
	}
}

// TestUncleanText writes text with characters HTML cannot carry and wants
// a valid page that keeps the rest of the text.
func TestUncleanText(t *testing.T) {
	d := doctest.Build(doc.Meta{Title: "标题\xff"}, doctest.P("控制\x01字符\x7f与\u0085和\ufffe，制表符\t保留"))
	out := renderString(t, d)
	if err := checkHTML([]byte(out)); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "控制") || !strings.Contains(out, "制表符\t保留") {
		t.Errorf("text lost:\n%s", out)
	}
}
