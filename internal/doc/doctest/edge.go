package doctest

import "zongjie/internal/doc"

// Edge is a document of every block, role and span style, with text that
// every writer must print literally: markup of Markdown, HTML, XML, PDF and
// templates, character references, Latin words and long unbreakable words
// among Chinese text, tabs, and a title long enough to need two lines.
func Edge() *doc.Document {
	return Build(doc.Meta{
		Title:   "某某工会关于开展“书香工会”全民阅读活动和职工读书月系列活动的情况报告",
		Author:  "某某工会 <b>&amp;</b>",
		Date:    "2024年1月5日",
		ISODate: "2024-01-05",
	},
		Title("某某工会关于开展“书香工会”全民阅读活动和职工读书月系列活动的情况报告"),
		Center("（2024年1月5日在工会委员会上）"),
		Salutation("各位委员："),
		P("现将有关情况报告如下，请审议。Union members read more books."),
		H(1, "二、", "强调与加粗"),
		P(Em("强调"), "与", Strong("加粗"), "：", Strong("黑体 2024"), " 与 ", Code("代码 <b>"),
			" 与 ", doc.Span{Text: "又粗又斜", Style: doc.Strong | doc.Emphasis}, "。"),
		P(`<div onclick="alert(1)">块级 HTML 应原样显示 & 不执行</div> <script>alert(1)</script> {{ .X }} **不加粗** [链接](javascript:alert(1))`),
		P(`&amp; &lt;b&gt; &#x4E2D; © \& \< 与 A&B，"引号" 'single' ]]> <!-- 注释 --> <w:t>x</w:t> ) Tj ( \ 结尾`),
		P("制表符\t之后", "；一个很长的网址 https://example.org/a/very/long/path/that/cannot/break/anywhere/inside/it/at/all/index.html 之后还有中文。"),
		&doc.Paragraph{Kind: doc.RoleBody, Lines: []doc.Line{doc.Plain("第一行"), doc.Plain("第二行（硬换行）"), nil}},
		H(2, "（一）", "二级标题"),
		H(3, "1.", "三级标题"),
		H(4, "（1）", "四级标题"),
		Item("3.", "第三项，从3起编号"),
		Item("4.", "第四项"),
		P("1. 不是列表，# 不是标题，> 不是引用，- 不是列表项"),
		Table("LNL", []string{"项目", "数量", "说明"},
			[]string{"会员", "1761", "全县民办学校（幼儿园）会员，单元格中的文字较长时应当在单元格内换行而不是撑破表格"},
			[]string{"短行", "", ""},
			[]string{"<b>标签</b>", "1,234.56万元", "&amp;"}),
		Signature("某某工会"),
		Date("2024年1月5日"),
	)
}
