package doctest

import "zongjie/internal/doc"

// Issued is a report issued as a document: the 版头 and 版记 (doc.Issue),
// a title of two lines, a table too wide for the block whose figures carry
// their units (set turned, its units in the header), an intro line kept
// with its table, a paragraph whose last line would hold a stub, and a
// signature longer than its date.
func Issued() *doc.Document {
	d := Build(doc.Meta{
		Title:   "平川县交通运输局机关工会关于2023年工会工作情况的报告",
		Author:  "平川县交通运输局机关工会",
		Date:    "2024年1月5日",
		ISODate: "2024-01-05",
	},
		Title("平川县交通运输局机关工会关于2023年工会工作情况的报告"),
		Salutation("局党组："),
		P("2023年，局机关工会在局党组和县直机关工会工委的正确领导下，紧紧围绕交通运输中心工作，认真履行各项职能，较好地完成了全年各项工作任务。现将有关情况报告如下。"),
		H(1, "一、", "主要指标完成情况"),
		P("本届工会任期内各年度主要指标如下："),
		Table("LN人N人N%N万元N万元N件N项N人次",
			[]string{"年度", "职工人数", "会员人数", "入会率", "慈善捐款", "慰问金额", "职工提案", "活动与比赛", "培训人次"},
			[]string{"2019年", "168人", "160人", "95.2%", "2.15万元", "2万元", "14件", "4项", "98人次"},
			[]string{"2020年", "171人", "164人", "95.9%", "3.68万元", "2.78万元", "12件", "3项", "105人次"},
			[]string{"2021年", "175人", "169人", "96.6%", "2.42万元", "2.83万元", "15件", "3项", "110人次"},
			[]string{"2022年", "178人", "173人", "97.2%", "2.51万元", "1.97万元", "13件", "2项", "103人次"},
			[]string{"2023年", "182人", "178人", "97.8%", "2.63万元", "3.14万元", "16件", "4项", "141人次"}),
		H(1, "二、", "存在的问题"),
		P("工会干部均为兼职，投入工会工作的时间和精力有限，部分活动的组织还不够精细，参与面有待扩大，会员入会率。"),
		P("特此报告。"),
		Signature("平川县交通运输局机关工会"),
		Date("2024年1月5日"),
	)
	d.Issue = &doc.Issue{
		Authority: "平川县交通运输局机关工会文件",
		Number:    "平交工〔2024〕1号",
		CopyTo:    []string{"县总工会", "县直机关工会工委"},
		Printer:   "平川县交通运输局机关工会办公室",
		Printed:   "2024年1月5日",
	}
	return d
}
