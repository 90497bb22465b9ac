package report

import (
	"strings"
	"testing"

	"zongjie/internal/doc"
)

// compose runs the structural pass over hand-made template output.
func settleOutput(t *testing.T, out string) string {
	t.Helper()
	d, err := parseOutput(out, nil)
	if err != nil {
		t.Fatal(err)
	}
	d.settle()
	return string(markdownOf(t, d.build(doc.Meta{})).Markdown)
}

func sec(id, heading string) string { return directive(dirSection, id, heading) }

var (
	end  = directive(dirEnd)
	pdir = directive(dirPara)
	fig  = func(s string) string { return string(markData) + s }
)

func TestDroppedSectionRenumbers(t *testing.T) {
	out := directive(dirTitle, "测试报告") +
		sec("a", "第一部分") + pdir + "会员" + fig("1761") + "人。" + end +
		sec("b", "第二部分") + pdir + "本节只有一个缺失的数字" + missing + "。" + "还有一句没有数据的话。" + end +
		sec("c", "第三部分") +
		sec("c1", "子项甲") + pdir + "经费" + fig("767.13万元") + "。" + end +
		sec("c2", "子项乙") + pdir + "缺失" + missing + "。" + end +
		sec("c3", "子项丙") + pdir + "划拨率" + fig("89.94%") + "。" + end +
		end +
		sec("d", "第四部分") + pdir + "慰问" + fig("475人") + "。" + end
	got := settleOutput(t, out)
	want := "# 测试报告\n\n" +
		"## 一、第一部分\n\n会员1761人。\n\n" +
		"## 二、第三部分\n\n" +
		"### （一）子项甲\n\n经费767.13万元。\n\n" +
		"### （二）子项丙\n\n划拨率89.94%。\n\n" +
		"## 三、第四部分\n\n慰问475人。\n"
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestMissingFigureDropsOnlyItsSentence(t *testing.T) {
	out := directive(dirTitle, "T") + pdir +
		"甲" + fig("1") + "人；乙" + missing + "人；丙" + fig("3") + "人；丁" + missing + "人。" +
		"《关于“慰问。”的通知》提到" + missing + "。最后一句" + fig("4") + "。"
	got := settleOutput(t, out)
	want := "# T\n\n甲1人；丙3人；最后一句4。\n"
	if got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	// a list whose last clause is dropped still ends with a full stop
	got = settleOutput(t, directive(dirTitle, "T")+pdir+"甲"+fig("1")+"人；乙"+missing+"人；")
	if want := "# T\n\n甲1人。\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestPointsAndItemsRenumberAfterDropping(t *testing.T) {
	seq := string(markSeq)
	item := directive(dirItem)
	out := directive(dirTitle, "T") +
		sec("p", "问题") +
		pdir + seq + "第一个问题" + fig("x") + "。" +
		pdir + seq + "第二个问题缺数" + missing + "。" +
		pdir + seq + "第三个问题" + fig("y") + "。" + end +
		sec("plan", "计划") +
		sec("g1", "甲") + item + "事项" + fig("1") + "。" + item + "缺" + missing + "。" + item + "事项" + fig("2") + "。" + end +
		sec("g2", "乙") + item + "事项" + fig("3") + "。" + item + "事项" + fig("4") + "。" + end + end
	got := settleOutput(t, out)
	for _, want := range []string{"一是第一个问题x。", "二是第三个问题y。", "### （一）甲", "1.事项1。", "2.事项2。", "1.事项3。", "2.事项4。", "## 二、计划"} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %q in\n%s", want, got)
		}
	}
	if strings.Contains(got, "三是") || strings.Contains(got, "3.") {
		t.Errorf("numbering has a gap:\n%s", got)
	}
}

// TestLonePoint: a single point, as written or left after dropping, has
// no 一是: "主要是：" and the point, as an office writes it.
func TestLonePoint(t *testing.T) {
	seq := string(markSeq)
	for _, tc := range []struct{ name, body string }{
		{"one written", pdir + "主要是：" + pdir + seq + "人手不足" + fig("1") + "。"},
		{"one left", pdir + "主要是：" + pdir + seq + "人手不足" + fig("1") + "。" + pdir + seq + "缺" + missing + "。"},
	} {
		got := settleOutput(t, directive(dirTitle, "T")+sec("p", "问题")+tc.body+end)
		if want := "# T\n\n## 一、问题\n\n主要是：\n\n人手不足1。\n"; got != want {
			t.Errorf("%s: got %q, want %q", tc.name, got, want)
		}
	}
}

// TestItemNumbering: work items are numbered under each heading from 1,
// and a heading left with one item (as written, or after dropping) shows
// it as a plain paragraph, in every report kind and at every level.
func TestItemNumbering(t *testing.T) {
	item := directive(dirItem)
	for _, tc := range []struct {
		name string
		body string
		want string
	}{
		{"one item", sec("plan", "计划") + item + "完成联合工会组建" + fig("1") + "个。" + end,
			"## 一、计划\n\n完成联合工会组建1个。\n"},
		{"one left after dropping", sec("plan", "计划") + item + "缺" + missing + "。" + item + "举办培训" + fig("2") + "次。" + end,
			"## 一、计划\n\n举办培训2次。\n"},
		{"two", sec("plan", "计划") + item + "甲" + fig("1") + "。" + item + "乙" + fig("2") + "。" + end,
			"## 一、计划\n\n1.甲1。\n\n2.乙2。\n"},
		{"restart under each heading", sec("plan", "计划") +
			sec("a", "组织") + item + "甲" + fig("1") + "。" + end +
			sec("b", "维权") + item + "乙" + fig("2") + "。" + item + "丙" + fig("3") + "。" + end + end,
			"## 一、计划\n\n### （一）组织\n\n甲1。\n\n### （二）维权\n\n1.乙2。\n\n2.丙3。\n"},
		// an item opening with a figure: "1．1月召开…", never the decimal
		// "1.1月", and the list keeps one point
		{"an item opening with a digit", sec("plan", "计划") + item + fig("1") + "月召开教代会。" + item + "乙" + fig("2") + "。" + end,
			"## 一、计划\n\n1．1月召开教代会。\n\n2．乙2。\n"},
	} {
		got := settleOutput(t, directive(dirTitle, "T")+tc.body)
		if want := "# T\n\n" + tc.want; got != want {
			t.Errorf("%s: got\n%s\nwant\n%s", tc.name, got, want)
		}
	}
}

func TestSectionWithoutDataIsDropped(t *testing.T) {
	out := directive(dirTitle, "T") +
		sec("a", "只有套话") + pdir + "我们高度重视这项工作。" + end +
		sec("b", "保留的套话") + directive(dirKeep) + pdir + "这一节无论如何都保留。" + end +
		sec("c", "有数") + pdir + "共" + fig("3") + "次。" + end
	got := settleOutput(t, out)
	if strings.Contains(got, "只有套话") {
		t.Errorf("section without data kept:\n%s", got)
	}
	if !strings.Contains(got, "## 一、保留的套话") || !strings.Contains(got, "## 二、有数") {
		t.Errorf("wrong numbering:\n%s", got)
	}
}

func TestTableDropsMissingRowsAndColumns(t *testing.T) {
	row := func(cells ...string) string { return strings.Join(cells, string(tableCellSep)) }
	tbl := directive(dirTable, strings.Join([]string{
		row("年度", "会员", "提案"),
		row("2019年", fig("160人"), missing),
		row("2020年", missing, missing),
		row("2021年", fig("169人"), missing),
	}, string(tableRowSep)))
	got := settleOutput(t, directive(dirTitle, "T")+sec("a", "表")+tbl+end)
	want := "# T\n\n## 一、表\n\n| 年度 | 会员 |\n|---|---:|\n| 2019年 | 160人 |\n| 2021年 | 169人 |\n"
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestUnbalancedSections(t *testing.T) {
	if _, err := parseOutput(directive(dirTitle, "T")+end, nil); err == nil {
		t.Error("endsection without section accepted")
	}
	deep := directive(dirTitle, "T")
	for i := 0; i < 5; i++ {
		deep += sec("x", "层")
	}
	if _, err := parseOutput(deep, nil); err == nil {
		t.Error("a fifth heading level accepted")
	}
}
