package sheet

import (
	"strings"
	"testing"

	"zongjie/internal/record"
)

// clerkBook is a workbook as a union office keeps it: a title row, units
// in two blocks with their own headers, block titles, 小计 and 合计 rows,
// a two-row header under merged cells, numbers stored as numbers and as
// text, 767.13万, 1,761, amounts in 万元, dates as serial numbers, as text
// and in a month format, a percentage, formulas with their saved results,
// rich text, trailing styled cells, blank rows and a hidden sheet of
// working.
func clerkBook(t *testing.T) []byte {
	b := &rawBook{sheets: []rawSheet{
		{name: "基本情况", rows: [][]string{
			{"项目", "内容", "说明"},
			{"工会组织"},
			{"工会名称", "i:甲县教育工会"},
			{"组织类型", "教育系统"},
			{"领导", "县教育局党委"},
			{"", "上级工会"},
			{},
			{"报告期"},
			{"年度", "n:2023"},
			{"报告日期", "d14:45280"},
			{"会员情况"},
			{"职工总数", "t:1,761"},
			{"会员数", "f:SUM(单位!F5:F12)=1700"},
			{"工会经费"},
			{"工会科目支出", "767.13万"},
			{"划拨经费", "w:6899700"},
			{"结余", "n:-1234.5"},
		}},
		{name: "单位", rows: [][]string{
			{"2023年基层工会统计表"},
			{"序号", "单位名称", "分组", "人数", "", "个人捐款(万元)", "建会日期", "已建会", "", "styled"},
			{"", "", "", "职工人数", "会员人数", "", "", "", "", "styled"},
			{"一、学校"},
			{"n:1", "s:<si><r><t>甲</t></r><r><t>小学</t></r><rPh sb=\"0\" eb=\"1\"><t>コウ</t></rPh></si>", "一学区", "n:900", "n:880", "n:1.5", "d14:43466", "b:1", "", "styled"},
			{"n:2", "乙中学", "一学区", "t:800", "n:790", "w:2.25", "2019年5月", "是"},
			{"小计", "", "", "f:SUM(D5:D6)=1700", "n:1670", "f:SUM(F5:F6)=3.75"},
			{},
			{"二、幼儿园"},
			{"序号", "单位名称", "分组", "职工人数", "会员人数"},
			{"n:3", "丙幼儿园", "二学区", "n:61", "n:30", "", "n:41395"},
			{"合计", "", "", "n:1761", "f:SUM(E5:E6,E11)=1700"},
			{"", "", "", "", "", "", "", "", "", "styled"},
		}},
		{name: "分组", rows: [][]string{
			{"名称", "类别"},
			{"一学区", "学区"},
			{"二学区", "学区"},
		}},
		{name: "慈善捐款", rows: [][]string{
			{"活动名称", "开始", "善款总额", "个人榜首", "", ""},
			{"", "", "", "姓名", "身份", "金额"},
			{"慈善一日捐", "m:44958", "fs:TEXT(1341911,\"0\")=1341911", "徐时忠", "校长", "n:600"},
			{"", "", "", "章定炉"},
		}},
		{name: "比率", rows: [][]string{
			{"名称", "比率", "栏目"},
			{"会员参赛率", "p:0.761", "文体活动"},
			{"满意程度", "80%以上", "文体活动"},
		}},
		{name: "草稿", hidden: true, rows: [][]string{{"随便写的", "n:1"}}},
	}}
	return b.bytes(t)
}

const clerkYAML = `
organisation: {name: 甲县教育工会, kind: 教育系统, leadership: [县教育局党委, 上级工会]}
period: {year: 2023, report_date: 2023-12-20}
membership: {staff: 1761, members: 1700}
finance: {spent: 767.13万, transferred: 6899700, balance: -1234.5}
groups: [{name: 一学区, kind: 学区}, {name: 二学区, kind: 学区}]
units:
  - {name: 甲小学, group: 一学区, staff: 900, members: 880, donation: 1.5万, founded: 2019-01-01, has_union: true}
  - {name: 乙中学, group: 一学区, staff: 800, members: 790, donation: 2.25万, founded: 2019-05, has_union: true}
  - {name: 丙幼儿园, group: 二学区, staff: 61, members: 30, founded: 2013-05-01}
charity:
  - name: 慈善一日捐
    start: 2023-02
    total: 1341911
    top_individual: {names: [徐时忠, 章定炉], title: 校长, amount: 600}
rates:
  - {label: 会员参赛率, rate: 76.1, section: activities}
  - {label: 满意程度, rate: 80%以上, section: activities}
`

// TestCellsAsTyped: a workbook kept the way clerks keep theirs reads to
// the records its YAML gives.
func TestCellsAsTyped(t *testing.T) {
	got, err := record.ParseAndValidate("台账.xlsx", clerkBook(t), record.DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	want, err := record.ParseAndValidate("台账.yaml", []byte(clerkYAML), record.DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	if d := differences(want, got); len(d) > 0 {
		t.Fatalf("%s", strings.Join(d, "\n"))
	}
	for path, want := range map[string]string{
		"units[0].staff":                  "台账.xlsx:单位!D5",
		"units[2].name":                   "台账.xlsx:单位!B11",
		"charity[0].top_individual.names": "台账.xlsx:慈善捐款!D3",
		"membership.members":              "台账.xlsx:基本情况!B13",
		"rates[0].rate":                   "台账.xlsx:比率!B2",
	} {
		if got := got.Pos(path).String(); got != want {
			t.Errorf("%s at %s, want %s", path, got, want)
		}
	}
}

// TestCellProblems: what cannot be read is reported at its cell, in
// Chinese, and a totals row that does not add up names both figures.
func TestCellProblems(t *testing.T) {
	b := &rawBook{sheets: []rawSheet{
		{name: "基本情况", rows: [][]string{
			{"工会名称", "甲工会"},
			{"年度", "n:2023"},
			{"职工总数", "n:15"},
			{"会员情况"},
			{"职工总数", "f0:SUM(单位!C2:C3)"},
			{"会员数", "e:#DIV/0!"},
			{"会员人数", "n:5"},
			{"", "孤零零的内容"},
		}},
		{name: "单位", rows: [][]string{
			{"单位名称", "联系人", "职工人数", "会员人数", "", "人均捐款"},
			{"甲校", "张三", "n:10", "f:[1]Sheet1!A1=9", "多出来的", "n:100"},
			{"乙校", "李四", "n:5", "十二"},
			{"合计", "", "n:16", "", "", "n:200"},
		}},
		{name: "活动-成绩", rows: [][]string{
			{"所属活动", "获奖者", "奖项"},
			{"运动会", "甲校", "一等奖"},
		}},
		{name: "工作记录", rows: [][]string{{}, {"", "随手记"}}},
	}}
	_, err := record.ParseAndValidate("台账.xlsx", b.bytes(t), record.DefaultLimits)
	want := []string{
		"台账.xlsx:基本情况!A7: membership.会员人数: 不认识的项“会员人数”",
		"台账.xlsx:基本情况!A3: “职工总数”在会员情况、工资集体协商里都有,不知道是哪一项",
		"台账.xlsx:基本情况!B5: membership.staff: 这一格是公式(=SUM(单位!C2:C3)),文件里却没有保存计算结果",
		"台账.xlsx:基本情况!B6: membership.members: 这一格是错误值 #DIV/0!(公式算不出结果)",
		"台账.xlsx:基本情况!B8: 这一行只填了内容,没有写项目名(A 列)",
		"台账.xlsx:单位!B1: units: 列名“联系人”不认识",
		"台账.xlsx:单位!D2: units[0](甲校).members: 这一格的公式(=[1]Sheet1!A1)引用了其他文件",
		"台账.xlsx:单位!E2: units: E 列没有列名,这一列的内容没有读入",
		"台账.xlsx:单位!C4: units: 合计行的“职工人数”是 16,上面各行加起来是 15",
		"台账.xlsx:单位!D3: units[1](乙校).members: “十二”",
		"台账.xlsx:'活动-成绩'!A2: activities.results: 在“活动”表里找不到“运动会”",
		"台账.xlsx:工作记录!B2: 工作表“工作记录”不认识",
	}
	if err == nil {
		t.Fatal("no problem reported")
	}
	msg := err.Error()
	for _, w := range want {
		if !strings.Contains(msg, w) {
			t.Errorf("missing %q in:\n%s", w, msg)
		}
	}
	if strings.Contains(msg, "人均捐款") {
		t.Errorf("a per-head column is not a total:\n%s", msg)
	}
}

// TestBlankRequiredAtItsCell: a required value left blank is reported at
// the cell it belongs in, by the name of its column or row there, not at
// the row's first cell by its English key.
func TestBlankRequiredAtItsCell(t *testing.T) {
	b := &rawBook{sheets: []rawSheet{
		{name: "基本情况", rows: [][]string{
			{"项目", "内容"},
			{"工会组织"},
			{"行业", "医院"},
			{"工会名称", ""},
			{"报告期"},
			{"年度", "n:2025"},
		}},
		{name: "慰问帮扶", rows: [][]string{
			{"序号", "事由", "人数", "金额"},
			{"n:1", "春节慰问", "n:10", "n:5000"},
			{"n:2", "", "n:5", "n:900"},
		}},
		{name: "活动", rows: [][]string{
			{"序号", "日期", "活动名称", "类别"},
			{"n:1", "", "", "文体"},
		}},
	}}
	_, err := record.ParseAndValidate("台账.xlsx", b.bytes(t), record.DefaultLimits)
	if err == nil {
		t.Fatal("no problem reported")
	}
	msg := err.Error()
	for _, w := range []string{
		"台账.xlsx:基本情况!B4: organisation.name: 缺少“工会名称”(工会全称),请补上",
		"台账.xlsx:慰问帮扶!B3: relief.batches[1].occasion: 缺少“事由”(慰问事由),请补上",
		"台账.xlsx:活动!C2: activities[0](文体).name: 缺少“活动名称”,请补上",
	} {
		if !strings.Contains(msg, w) {
			t.Errorf("missing %q in:\n%s", w, msg)
		}
	}
}

// TestOtherValueByCell: a message about a value that exceeds another names
// the other by its Chinese name and cell in a workbook, not by its data
// path, which a workbook never shows.
func TestOtherValueByCell(t *testing.T) {
	b := &rawBook{sheets: []rawSheet{
		{name: "基本情况", rows: [][]string{
			{"项目", "内容"},
			{"工会名称", "甲工会"},
			{"年度", "n:2025"},
			{"会员情况"},
			{"会员数", "n:90"},
			{"新发展会员", "n:95"},
		}},
	}}
	_, err := record.ParseAndValidate("台账.xlsx", b.bytes(t), record.DefaultLimits)
	want := "台账.xlsx:基本情况!B6: membership.new_members: 新发展会员数(95)不能多于 会员数(90,在 基本情况!B5)"
	if err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("got %v\nwant %q", err, want)
	}
}

// TestMeasureWordAtItsCell: a count typed with a measure word that is not
// what its column counts (户 in 职工人数, 人次 on a row whose 计量 is 人)
// is reported at its cell; one that agrees is read as the number.
func TestMeasureWordAtItsCell(t *testing.T) {
	book := func(staff, persons, measure string) []byte {
		return (&rawBook{sheets: []rawSheet{
			{name: "基本情况", rows: [][]string{{"项目", "内容"}, {"工会名称", "甲工会"}, {"年度", "n:2025"}}},
			{name: "单位", rows: [][]string{{"单位名称", "职工人数"}, {"城关所", staff}}},
			{name: "慰问帮扶", rows: [][]string{{"事由", "人数", "计量"}, {"春节送温暖", persons, measure}}},
		}}).bytes(t)
	}
	for _, tt := range []struct {
		staff, persons, measure string
		want                    []string
	}{
		{"612人", "1,260人次", "人次", nil},
		{"62", "52", "", nil},
		{"62户", "52人次", "人", []string{
			"台账.xlsx:单位!B2: units[0](城关所).staff: “62户”的“户”与这一项不符:“职工人数”按人计;请去掉“户”,只写 62",
			"台账.xlsx:慰问帮扶!B2: relief.batches[0](春节送温暖).persons: “52人次”的“人次”与这一行的“计量”(人)不符:“人数”按计量计;数的是人次的话,请把“计量”改为“人次”,否则去掉“人次”,只写 52",
		}},
	} {
		_, err := record.ParseAndValidate("台账.xlsx", book(tt.staff, tt.persons, tt.measure), record.DefaultLimits)
		if len(tt.want) == 0 {
			if err != nil {
				t.Errorf("%s, %s %s: %v", tt.staff, tt.persons, tt.measure, err)
			}
			continue
		}
		if err == nil {
			t.Errorf("%s, %s %s: no problem reported", tt.staff, tt.persons, tt.measure)
			continue
		}
		for _, w := range tt.want {
			if !strings.Contains(err.Error(), w) {
				t.Errorf("missing %q in:\n%v", w, err)
			}
		}
	}
}

// TestPlanHeadingOnEveryRow: a 下一期工作 sheet with its 标题 typed on every
// row of a group reads as the groups of one with the 标题 typed once.
func TestPlanHeadingOnEveryRow(t *testing.T) {
	book := func(again string) []byte {
		return (&rawBook{sheets: []rawSheet{
			{name: "基本情况", rows: [][]string{{"项目", "内容"}, {"工会名称", "甲工会"}, {"年度", "n:2025"}}},
			{name: "下一期工作", rows: [][]string{
				{"序号", "标题", "事项"},
				{"n:1", "强化思想政治引领", "开展主题宣讲"},
				{"", again, "加强职工思想动态分析"},
				{"n:2", "推进民主管理", "召开职代会"},
			}},
		}}).bytes(t)
	}
	once, err := record.ParseAndValidate("台账.xlsx", book(""), record.DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	every, err := record.ParseAndValidate("台账.xlsx", book("强化思想政治引领"), record.DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	if len(once.Text.Plan) != 2 {
		t.Fatalf("plan = %v", once.Text.Plan)
	}
	if d := differences(once, every); len(d) > 0 {
		t.Errorf("the 标题 repeated reads differently:\n%s", strings.Join(d, "\n"))
	}
}

// TestTargetByColumn: a target without its 指标, or without the figure its
// 指标 takes, is reported at the cell left blank, by the names of the
// columns the clerk sees, not by data keys.
func TestTargetByColumn(t *testing.T) {
	b := &rawBook{sheets: []rawSheet{
		{name: "基本情况", rows: [][]string{{"项目", "内容"}, {"工会名称", "甲工会"}, {"年度", "n:2025"}}},
		{name: "目标", rows: [][]string{
			{"序号", "指标", "目标金额", "目标数量", "目标比率", "目标年度", "表述"},
			{"n:1", "", "", "n:20", "", "n:2026"},
			{"n:2", "慈善捐款", "", "", "", "n:2026"},
		}},
	}}
	_, err := record.ParseAndValidate("台账.xlsx", b.bytes(t), record.DefaultLimits)
	if err == nil {
		t.Fatal("no problem reported")
	}
	msg := err.Error()
	for _, w := range []string{
		"台账.xlsx:目标!B2: targets[0].metric: “指标”没有填;请从下拉列表选一项,或在“表述”列写文字",
		"台账.xlsx:目标!C3: targets[1](慈善捐款).amount: 指标“慈善捐款”是金额,请填写“目标金额”",
	} {
		if !strings.Contains(msg, w) {
			t.Errorf("missing %q in:\n%s", w, msg)
		}
	}
	for _, key := range []string{"metric", "text", "amount"} {
		if strings.Contains(msg, ": "+key) || strings.Contains(msg, "填写 "+key) {
			t.Errorf("a data key (%s) in a workbook's message:\n%s", key, msg)
		}
	}
}
