package html

import (
	"strings"
	"testing"

	"zongjie/internal/doc"
)

// TestBlocks checks the HTML of each kind of block: headings and paragraphs
// by role, marker comments skipped, lists as numbered body paragraphs,
// Markdown escapes resolved, Chinese soft breaks joined.
func TestBlocks(t *testing.T) {
	tests := []struct{ name, md, want string }{
		{"title", "# 工作总结", `<h1 class="title">工作总结</h1>` + "\n"},
		{"level 1", "## 一、主要工作", `<h2 class="level1">一、主要工作</h2>` + "\n"},
		{"level 2", "### （一）组建", `<h3 class="level2">（一）组建</h3>` + "\n"},
		{"level 3", "#### 1. 学区", `<h4 class="level3">1. 学区</h4>` + "\n"},
		{"level 4", "##### （1）经费", `<h5 class="level4">（1）经费</h5>` + "\n"},
		{"body", "入会率64.5%。", `<p class="body">入会率64.5%。</p>` + "\n"},
		{"centred", "<!-- zongjie:center -->\n（在大会上）", `<p class="center">（在大会上）</p>` + "\n"},
		{"signature", "<!-- zongjie:right -->\n某工会\\\n2013年12月31日",
			`<p class="signature">某工会<br>` + "\n" + `2013年12月31日</p>` + "\n"},
		{"strong and emphasis", "**一是**要*注意*", `<p class="body"><strong>一是</strong>要<em>注意</em></p>` + "\n"},
		{"ordered list", "2. 召开大会\n3. 举办培训",
			`<p class="body">2.召开大会</p>` + "\n" + `<p class="body">3.举办培训</p>` + "\n"},
		{"loose list", "1. 甲\n\n   续段\n2. 乙",
			`<p class="body">1.甲</p>` + "\n" + `<p class="body">续段</p>` + "\n" + `<p class="body">2.乙</p>` + "\n"},
		{"bullet list", "- 甲项", `<p class="body">` + doc.BulletMarker + `甲项</p>` + "\n"},
		{"escapes", `\*\*不加粗\*\* \{\{ .X \}\}`, `<p class="body">**不加粗** {{ .X }}</p>` + "\n"},
		{"chinese soft break", "第一行\n第二行", `<p class="body">第一行第二行</p>` + "\n"},
		{"latin soft break", "read\nbooks", `<p class="body">read books</p>` + "\n"},
		{"thematic break", "甲\n\n---\n\n乙", `<p class="body">甲</p>` + "\n" + `<p class="body">乙</p>` + "\n"},
		{"table", "| 学区 | 人数 |\n|---|--:|\n| 甲 | 1 |",
			"<table>\n<thead>\n<tr>\n<th>学区</th>\n<th>人数</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>甲</td>\n<td>1</td>\n</tr>\n</tbody>\n</table>\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := article(t, tt.md); got != tt.want {
				t.Errorf("got\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}

// TestStyleSheet checks that the style sheet carries the layout of
// internal/render/style.
func TestStyleSheet(t *testing.T) {
	css := styleSheet()
	for _, want := range []string{
		"@page { size: A4; margin: 37mm 26mm 35mm 28mm; }",
		`@page :right { @bottom-right { content: "— " counter(page) " —";`,
		`@page :left { @bottom-left { content: "— " counter(page) " —";`,
		"font-size: 16pt; line-height: 28.95pt;",
		`.page .title { font-family: "zongjie Latin", "方正小标宋简体"`,
		"font-size: 22pt; text-align: center;",
		`.page .level1 { font-family: "zongjie Latin", "黑体"`,
		`.page .level2 { font-family: "zongjie Latin", "楷体_GB2312"`,
		`.page .body { font-family: "zongjie Latin", "仿宋_GB2312"`,
		"text-align: justify; text-indent: 2em;",
		`.page .signature {`,
		"text-align: right; text-indent: 0em;",
		"border: 0.5pt solid #000",
		".page thead { display: table-header-group; }",
		`src: local("Times New Roman")`,
	} {
		if !strings.Contains(css, want) {
			t.Errorf("style sheet lacks %q", want)
		}
	}
}
