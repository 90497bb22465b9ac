package report

import (
	"reflect"
	"strings"
	"testing"

	"zongjie/internal/doc"
)

func TestInline(t *testing.T) {
	cases := []struct {
		in   string
		want doc.Line
	}{
		{"入会率为64.5%。", doc.Plain("入会率为64.5%。")},
		{"**一是**要*注意*", doc.Line{{Text: "一是", Style: doc.Strong}, {Text: "要"}, {Text: "注意", Style: doc.Emphasis}}},
		{"`代码 <b>`与 <b>标签</b>", doc.Line{{Text: "代码 <b>", Style: doc.Code}, {Text: "与 <b>标签</b>"}}},
		{`\*\*不加粗\*\* \{\{ .X \}\}`, doc.Plain("**不加粗** {{ .X }}")},
		{"&amp; &#x4E2D; &#20013; &copy; &nosuch; \\&amp;", doc.Plain("& 中 中 © &nosuch; &amp;")},
		{"[链接](javascript:x) 与 ![图](x.png)", doc.Plain("链接 与 图")},
		{"<https://example.org/a?b=1&c=2>", doc.Plain("https://example.org/a?b=1&c=2")},
		{"# 不是标题", doc.Plain("# 不是标题")},
		{"1. 不是列表", doc.Plain("1. 不是列表")},
		{"<div>块级</div>", doc.Plain("<div>块级</div>")},
		{"  前后空格  ", doc.Plain("前后空格")},
	}
	for _, c := range cases {
		if got := inline(c.in); !reflect.DeepEqual(got, c.want) {
			t.Errorf("inline(%q) = %#v, want %#v", c.in, got, c.want)
		}
	}
}

// FuzzInlineLiteral checks the contract between escapeText and inline: any
// record text, escaped, comes back as exactly its (cleaned) text in one
// unstyled span, whatever markup it holds.
func FuzzInlineLiteral(f *testing.F) {
	for _, s := range []string{"**x**", "<script>", "&amp;", "# h", "1. a", "`c`", "[a](b)", `\`, "a\\\nb", "    code", "民办学校(幼儿园)"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		// record text is valid UTF-8 on one line by the time it is printed
		s = strings.ToValidUTF8(strings.ReplaceAll(s, "\n", ""), "\uFFFD")
		want := strings.TrimSpace(fullWidthPunct(cleanControl(s)))
		line := escapeText(s)
		got := inline(line).String()
		if strings.TrimSpace(got) != want && !strings.ContainsAny(want, "\t") {
			t.Errorf("escaped %q came back as %q, want %q", s, got, want)
		}
		for _, sp := range inline(line) {
			if sp.Style != 0 {
				t.Errorf("escaped %q gave a styled span %#v", s, sp)
			}
		}
	})
}
