package report

import "testing"

func TestEscapeText(t *testing.T) {
	cases := []struct{ in, want string }{
		{"**不加粗**", `\*\*不加粗\*\*`},
		{"<script>alert(1)</script>", `\<script\>alert(1)\</script\>`},
		{"{{ .Org.Name }}", `\{\{ .Org.Name \}\}`},
		{"民办学校(幼儿园)", "民办学校（幼儿园）"},
		{"大部分为校级干部,也有个别工会主席", "大部分为校级干部，也有个别工会主席"},
		{"1,234 and (a)", "1,234 and (a)"},
		{"a\x01b\x1ec", "abc"},
		{"中\ufffe!\uffff", "中！"}, // noncharacters go before punctuation is widened
		{"[链接](http://x)", `\[链接\](http://x)`},
		{"&amp;", `\&amp;`},
	}
	for _, c := range cases {
		if got := escapeText(c.in); got != c.want {
			t.Errorf("escapeText(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
