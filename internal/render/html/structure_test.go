package html

import (
	"strings"
	"testing"

	"zongjie/internal/doc"
	"zongjie/internal/doc/doctest"
	"zongjie/internal/render/style"
)

// TestBlocks checks the HTML of each kind of block: headings by level,
// paragraphs by role, numbers before the text, span styles, line breaks
// and tables.
func TestBlocks(t *testing.T) {
	tests := []struct {
		name  string
		block doc.Block
		want  string
	}{
		{"title", doctest.Title("工作总结"), `<h1 class="title">工作总结</h1>` + "\n"},
		{"level 1", doctest.H(1, "一、", "主要工作"), `<h2 class="level1">一、主要工作</h2>` + "\n"},
		{"level 2", doctest.H(2, "（一）", "组建"), `<h3 class="level2">（一）组建</h3>` + "\n"},
		{"level 3", doctest.H(3, "1.", "学区"), `<h4 class="level3">1.学区</h4>` + "\n"},
		{"level 4", doctest.H(4, "（1）", "经费"), `<h5 class="level4">（1）经费</h5>` + "\n"},
		{"heading spans", &doc.Heading{Level: 1, Number: "二、", Text: doc.Line{doctest.Strong("加粗"), {Text: "与"}, doctest.Em("强调")}},
			`<h2 class="level1">二、<strong>加粗</strong>与<em>强调</em></h2>` + "\n"},
		{"body", doctest.P("入会率64.5%。"), `<p class="body">入会率64.5%。</p>` + "\n"},
		{"centred", doctest.Center("（在大会上）"), `<p class="center">（在大会上）</p>` + "\n"},
		{"salutation", doctest.Salutation("各位代表："), `<p class="flush">各位代表：</p>` + "\n"},
		{"signature of two lines, two characters in", doctest.Signature("某工会", "2013年12月31日"),
			`<p class="signature" style="margin-right: 31.5pt">某工会<br>` + "\n" + `2013年12月31日</p>` + "\n"},
		{"date alone, two characters in", doctest.Date("2013年12月31日"),
			`<p class="date" style="margin-right: 31.5pt">2013年12月31日</p>` + "\n"},
		{"work item", doctest.Item("3.", "召开大会"), `<p class="body">3.召开大会</p>` + "\n"},
		{"strong and emphasis", doctest.P(doctest.Strong("一是"), "要", doctest.Em("注意")),
			`<p class="body"><strong>一是</strong>要<em>注意</em></p>` + "\n"},
		{"strong emphasis", doctest.P(doc.Span{Text: "又粗又斜", Style: doc.Strong | doc.Emphasis}),
			`<p class="body"><em><strong>又粗又斜</strong></em></p>` + "\n"},
		{"code", doctest.P("见", doctest.Code("x := 1")), `<p class="body">见<code>x := 1</code></p>` + "\n"},
		{"empty last line", &doc.Paragraph{Kind: doc.RoleBody, Lines: []doc.Line{doc.Plain("甲"), nil}},
			`<p class="body">甲<br>` + "\n" + `</p>` + "\n"},
		{"table", doctest.Table("LN", []string{"学区", "人数"}, []string{"甲", "1"}, []string{"乙", ""}),
			"<table>\n<colgroup><col style=\"width: 221.1pt\"><col style=\"width: 221.1pt\"></colgroup>\n<thead>\n<tr>\n<th>学区</th>\n<th>人数</th>\n</tr>\n</thead>\n<tbody>\n" +
				"<tr>\n<td>甲</td>\n<td class=\"num\">1</td>\n</tr>\n<tr>\n<td>乙</td>\n<td class=\"num\"></td>\n</tr>\n</tbody>\n</table>\n"},
		{"table: the shared unit in the header, figures to one precision, a year whole",
			doctest.Table("LN万元", []string{"年度", "捐款"}, []string{"2019年", "2.15万元"}, []string{"2020年", "3万元"}),
			"<table>\n<colgroup><col style=\"width: 201.85pt\"><col style=\"width: 240.35pt\"></colgroup>\n<thead>\n<tr>\n<th>年度</th>\n<th>捐款（万元）</th>\n</tr>\n</thead>\n<tbody>\n" +
				"<tr>\n<td class=\"fig\">2019年</td>\n<td class=\"num\">2.15</td>\n</tr>\n<tr>\n<td class=\"fig\">2020年</td>\n<td class=\"num\">3.00</td>\n</tr>\n</tbody>\n</table>\n"},
		{"table without rows", doctest.Table("L", []string{"学区"}),
			"<table>\n<colgroup><col style=\"width: 442.2pt\"></colgroup>\n<thead>\n<tr>\n<th>学区</th>\n</tr>\n</thead>\n</table>\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := article(t, tt.block); got != tt.want {
				t.Errorf("got\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}

// TestTextReadsBack reads every document's page back: a reader finds the
// whole text of the document, in order, and nothing else.
func TestTextReadsBack(t *testing.T) {
	for _, tc := range doctest.All(t) {
		got, err := readText([]byte(renderString(t, tc.Doc)))
		if err != nil {
			t.Fatalf("%s: %v", tc.Name, err)
		}
		if want := doctest.Text(style.Printed(tc.Doc)); got != want {
			t.Errorf("%s: text read back differs:\n got %q\nwant %q", tc.Name, got, want)
		}
	}
}

// TestHead checks the document properties in the head.
func TestHead(t *testing.T) {
	out := renderString(t, doctest.Sample())
	for _, want := range []string{
		`<html lang="zh-CN">`,
		`<meta charset="utf-8">`,
		`<meta name="author" content="永嘉县教育工会">`,
		`<meta name="date" content="2013-12-31">`,
		`<title>永嘉县教育工会2013年工会工作总结</title>`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("head lacks %q", want)
		}
	}
	bare := renderString(t, doctest.Build(doc.Meta{}, doctest.P("正文")))
	if strings.Contains(bare, `name="author"`) || strings.Contains(bare, `name="date"`) {
		t.Error("empty author or date written")
	}
}

// TestStyleSheet checks that the style sheet carries the layout of
// internal/render/style.
func TestStyleSheet(t *testing.T) {
	css := styleSheet(style.Families{})
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
		`.page .flush {`,
		`.page strong { font-family: "zongjie Latin", "黑体"`,
		`.page em { font-family: "zongjie Latin", "楷体_GB2312"`,
		"border: 0.5pt solid #000",
		".page thead { display: table-header-group; }",
		`src: local("Times New Roman")`,
	} {
		if !strings.Contains(css, want) {
			t.Errorf("style sheet lacks %q", want)
		}
	}
}

// TestEveryRoleHasARule checks that the style sheet has a rule for the
// class of every role a heading or paragraph can have.
func TestEveryRoleHasARule(t *testing.T) {
	css := styleSheet(style.Families{})
	for _, r := range []doc.Role{doc.RoleBody, doc.RoleTitle, doc.RoleH1, doc.RoleH2, doc.RoleH3, doc.RoleH4,
		doc.RoleCenter, doc.RoleSalutation, doc.RoleSignature} {
		if !strings.Contains(css, ".page ."+roleClass(r)+" {") {
			t.Errorf("no rule for role %s (class %s)", r, roleClass(r))
		}
	}
}
