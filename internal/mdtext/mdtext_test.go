package mdtext

import "testing"

func TestEscape(t *testing.T) {
	cases := []struct{ in, want string }{
		{"**不加粗**", `\*\*不加粗\*\*`},
		{"<script>", `\<script\>`},
		{"{{ .X }}", `\{\{ .X \}\}`},
		{"&amp; | $ ~ #", `\&amp; \| \$ \~ \#`},
		{`a\b`, `a\\b`},
		{"普通文字 100%", "普通文字 100%"},
	}
	for _, c := range cases {
		if got := Escape(c.in); got != c.want {
			t.Errorf("Escape(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestEscapeLineStart(t *testing.T) {
	cases := []struct{ in, want string }{
		{"# 标题", `\# 标题`},
		{"- 列表", `\- 列表`},
		{"1. 列表", `1\. 列表`},
		{"12) 列表", `12\) 列表`},
		{"1.召开大会", "1.召开大会"},
		{"2014年", "2014年"},
		{"> 引用", `\> 引用`},
		{"    代码", "代码"},
		{"", ""},
		{"**加粗**开头", "**加粗**开头"},
		{"===", `\===`},
		{"-:", `\-:`},
		{"|---|:-:|", `\|---|:-:|`},
		{"--", `\--`},
		{"\t缩进", "缩进"},
		{"#号不是标题", "#号不是标题"},
		{"*", `\*`},
		{"* * *", `\* * *`},
		{"___", `\___`},
		{"_下划线_", "_下划线_"},
		{"```代码", "\\```代码"},
		{"`代码`", "`代码`"},
		{"``` `` ```", "``` `` ```"},
		{"~~~", `\~~~`},
		{"###### 六级", `\###### 六级`},
		{"####### 七个", "####### 七个"},
	}
	for _, c := range cases {
		if got := EscapeLineStart(c.in); got != c.want {
			t.Errorf("EscapeLineStart(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
