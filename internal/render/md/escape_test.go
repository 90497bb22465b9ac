package md

import (
	"fmt"
	"testing"

	"zongjie/internal/doc"
	"zongjie/internal/doc/doctest"
)

// hostileTexts are texts that are markup in Markdown, HTML or a template
// language, or start another kind of block.
var hostileTexts = []string{
	"**不加粗** __不加粗__ *不斜* _不斜_ ~~不删~~",
	"<script>alert(1)</script> <b>粗</b> <!-- 注释 --> <div onclick=\"x\">",
	"[链接](javascript:alert(1)) ![图](http://evil.example/x.png) <https://example.org> https://example.org",
	"&amp; &lt;b&gt; &#x4E2D; &#20013; &copy; & A&B",
	`反斜杠 \ \\ \* \& 结尾\`,
	"`代码` ``两个`` ```",
	"{{ .X }} ${x} $x$ %s",
	"| 竖线 | 表格 |",
	"# 不是标题",
	"###### 六级",
	"1. 不是列表",
	"1) 不是列表",
	"2024. 年份加点",
	"- 不是列表项",
	"+ 不是列表项",
	"* 不是列表项",
	"> 不是引用",
	"=== 不是下划线",
	"---",
	"***",
	"~~~ 不是代码",
	"``` 不是代码",
	"    缩进四格",
	"\t制表符开头",
	"[^1] [x]: http://example.org",
	"行尾两个空格  ",
	"标题 #",
}

// TestHostileTextReadsAsWritten puts each hostile text in a body paragraph,
// a work item, a heading, a styled span and a table cell, and reads the
// Markdown back: the text is there as written (but for white space at the
// ends of a line), and nothing of it became markup.
func TestHostileTextReadsAsWritten(t *testing.T) {
	for i, s := range hostileTexts {
		places := []struct {
			name  string
			block doc.Block
		}{
			{"paragraph", doctest.P("正文", s)},
			{"line start", doctest.P(s)},
			{"work item", doctest.Item("1.", s)},
			{"second line", doctest.Signature("某工会", s)},
			{"heading", doctest.H(2, "（一）", s)},
			{"heading number", doctest.H(2, s, "标题")},
			{"item number", doctest.Item(s, "正文")},
			{"title", doctest.Title(s)},
			{"strong", doctest.P("前", doctest.Strong(s), "后")},
			{"emphasis", doctest.P("前", doctest.Em(s), "后")},
			{"code", doctest.P("前", doctest.Code(s), "后")},
			{"inside strong", doctest.P("前", doctest.Strong("粗"+s+"粗"), "后")},
			{"inside emphasis", doctest.P("前", doctest.Em("斜"+s+"斜"), "后")},
			{"table cell", doctest.Table("LL", []string{"项目", s}, []string{s, "说明"})},
		}
		for _, p := range places {
			t.Run(fmt.Sprintf("%d/%s", i, p.name), func(t *testing.T) {
				d := doctest.Build(doc.Meta{}, doctest.P("前一段"), p.block, doctest.P("后一段"))
				md := write(t, d)
				got, err := readBack(md)
				if err != nil {
					t.Fatal(err)
				}
				if diff := diffBlocks(got, wantBlocks(d)); diff != "" {
					t.Errorf("%s\nMarkdown:\n%s", diff, md)
				}
			})
		}
	}
}
