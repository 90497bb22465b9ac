package style

import (
	"math"
	"strings"
	"testing"

	"zongjie/internal/doc"
)

// table builds a table: kinds one letter per column (L labels, N figures),
// units the columns' units, header and rows of plain text.
func table(kinds string, units []string, header []string, rows ...[]string) *doc.Table {
	t := &doc.Table{}
	for i, k := range kinds {
		c := doc.Column{}
		if k == 'N' {
			c.Kind = doc.ColumnNumber
			if i < len(units) {
				c.Unit = units[i]
			}
		}
		t.Columns = append(t.Columns, c)
	}
	line := func(cells []string) []doc.Line {
		out := make([]doc.Line, len(cells))
		for i, s := range cells {
			out[i] = doc.Plain(s)
		}
		return out
	}
	t.Header = line(header)
	for _, r := range rows {
		t.Rows = append(t.Rows, line(r))
	}
	return t
}

func cellTexts(cells []doc.Line) string {
	var s []string
	for _, c := range cells {
		s = append(s, c.String())
	}
	return strings.Join(s, "|")
}

func headerTexts(l *TableLayout) string {
	var s []string
	for _, lines := range l.Header {
		var parts []string
		for _, line := range lines {
			parts = append(parts, line.String())
		}
		s = append(s, strings.Join(parts, "/"))
	}
	return strings.Join(s, "|")
}

// termTable is the term review's table of eight figures a year.
func termTable() *doc.Table {
	return table("LNNNNNNN", []string{"", "人", "人", "%", "万元", "万元", "件", "项"},
		[]string{"年度", "职工人数", "会员人数", "入会率", "慈善捐款", "慰问金额", "职工提案", "活动与比赛"},
		[]string{"2019年", "168人", "160人", "95.2%", "2.15万元", "2万元", "14件", "4项"},
		[]string{"2020年", "171人", "164人", "95.9%", "3.68万元", "2.78万元", "12件", "3项"},
		[]string{"2023年", "182人", "178人", "97.8%", "2.63万元", "3.14万元", "16件", "4项"})
}

// TestLayTablePrintedCells checks the cells as printed: a shared unit in
// the header and the figures bare, one precision per column, cells that
// are no figure in the unit (a dash, a rank) as they are.
func TestLayTablePrintedCells(t *testing.T) {
	l := LayTable(table("LNN", []string{"", "万元", ""},
		[]string{"学区", "捐款", "排名"},
		[]string{"甲", "2万元", "1"},
		[]string{"乙", "2.15万元", "2（并列）"},
		[]string{"丙", "—", "3"}))
	if got := headerTexts(l); got != "学区|捐款（万元）|排名" {
		t.Errorf("header %s", got)
	}
	var rows []string
	for _, r := range l.Rows {
		rows = append(rows, cellTexts(r))
	}
	if got := strings.Join(rows, "; "); got != "甲|2.00|1; 乙|2.15|2（并列）; 丙|—|3" {
		t.Errorf("rows %s", got)
	}
	if l.Align(0) != For(doc.RoleTable).Align || l.Align(1) != Right || l.Align(2) != Right {
		t.Errorf("alignment %v %v %v", l.Align(0), l.Align(1), l.Align(2))
	}
	if l.Rotated || l.SizePt != TablePt {
		t.Errorf("a narrow table set rotated %v at %v pt", l.Rotated, l.SizePt)
	}
}

// TestLayTableWide checks that a table too wide for 四号 turns (a table of
// row names and figures) or shrinks to 小四, and never passes the block.
func TestLayTableWide(t *testing.T) {
	l := LayTable(termTable())
	if !l.Rotated || l.SizePt != TablePt {
		t.Fatalf("the term table: rotated %v at %v pt, want rotated at 四号", l.Rotated, l.SizePt)
	}
	if got := headerTexts(l); got != RotatedCorner+"|2019年|2020年|2023年" {
		t.Errorf("rotated header %s", got)
	}
	if got := cellTexts(l.Rows[4]); got != "慰问金额（万元）|2.00|2.78|3.14" {
		t.Errorf("rotated row %s", got)
	}
	// Twelve label columns cannot turn: they shrink to 小四, broken
	// between words.
	var kinds string
	var header, row []string
	for range 12 {
		kinds += "L"
		header = append(header, "责任部门")
		row = append(row, "县教育工会")
	}
	l = LayTable(table(kinds, nil, header, row))
	if l.Rotated || l.SizePt != TableSmallPt {
		t.Errorf("twelve label columns: rotated %v at %v pt, want 小四", l.Rotated, l.SizePt)
	}
	for _, tb := range []*doc.Table{termTable(), table(kinds, nil, header, row),
		table("LL", nil, []string{"一", strings.Repeat("很长的表头", 40)}, []string{"https://example.org/" + strings.Repeat("x", 300), "甲"})} {
		l := LayTable(tb)
		total := 0.0
		for _, w := range l.Widths {
			total += w
			if w <= 0 {
				t.Errorf("a column of width %v", w)
			}
		}
		if math.Abs(total-TextWidthPt()) > 0.01 {
			t.Errorf("columns add up to %v, the block is %v", total, TextWidthPt())
		}
	}
}

// TestLayTableWidths checks that every column holds its widest unbroken
// unit (a figure, a year, a header word) and headers break only between
// words, at the width chosen.
func TestLayTableWidths(t *testing.T) {
	for _, tb := range []*doc.Table{termTable(),
		table("LNNN", nil, []string{"学区", "计划组建（个）", "实际组建（个）", "完成率"}, []string{"瓯北学区", "16", "16", "100%"}),
		table("LLL", nil, []string{"月份", "主要工作", "责任部门"}, []string{"11月", "开展工会财务检查和经费审查，评选先进基层工会", "经费审查委员会"})} {
		l := LayTable(tb)
		for c, w := range l.Widths {
			inner := w - 2*l.PadPt
			for _, r := range l.Rows {
				if s := r[c].String(); s != "" {
					if _, _, ok := doc.SplitFigure(s); ok && measureCell(s, l.SizePt).natural > inner {
						t.Errorf("column %d (%.1f pt inside) is narrower than the figure %q", c, inner, s)
					}
				}
			}
			for _, line := range l.Header[c] {
				if w := measureCell(line.String(), l.SizePt).natural; w > inner+0.01 {
					t.Errorf("header line %q is %.1f pt wide in %.1f pt", line.String(), w, inner)
				}
			}
			text := ""
			for _, line := range l.Header[c] {
				text += line.String()
			}
			ok := Breaks(text)
			at := 0
			for _, line := range l.Header[c][:len(l.Header[c])-1] {
				at += len([]rune(line.String()))
				if !ok[at] {
					t.Errorf("header %q breaks inside a word at %d", text, at)
				}
			}
		}
	}
}

// TestPrinted checks that Printed replaces tables by their printed form
// and leaves the other blocks as they are.
func TestPrinted(t *testing.T) {
	p := &doc.Paragraph{Kind: doc.RoleBody, Lines: []doc.Line{doc.Plain("正文")}}
	d := &doc.Document{Blocks: []doc.Block{p, termTable()}}
	out := Printed(d)
	if out.Blocks[0] != p {
		t.Error("a paragraph was copied")
	}
	if tb := out.Blocks[1].(*doc.Table); cellTexts(tb.Header) != RotatedCorner+"2019年|2020年|2023年" && cellTexts(tb.Header) != RotatedCorner+"|2019年|2020年|2023年" {
		t.Errorf("printed header %s", cellTexts(tb.Header))
	}
	if _, ok := d.Blocks[1].(*doc.Table); !ok || d.Blocks[1].(*doc.Table).Header[1].String() != "职工人数" {
		t.Error("Printed changed its input")
	}
}

// TestSignature checks the 落款 of GB/T 9704 §7.3.5.2.
func TestSignature(t *testing.T) {
	two := SignatureIndentChars * (BodyPt + Tracking(BodyPt))
	tests := []struct {
		name, date   float64
		wantN, wantD float64
		what         string
	}{
		{100, 100, two, two, "as long: both two characters in"},
		{60, 100, two + 20, two, "a shorter name is centred over the date"},
		{200, 100, two, two + 50, "a longer name stands two characters in, the date centred under it"},
		{100, 0, two, two, "no date"},
	}
	for _, tt := range tests {
		n, d := Signature(tt.name, tt.date)
		if math.Abs(n-tt.wantN) > 1e-9 || math.Abs(d-tt.wantD) > 1e-9 {
			t.Errorf("%s: Signature(%v, %v) = %v, %v; want %v, %v", tt.what, tt.name, tt.date, n, d, tt.wantN, tt.wantD)
		}
	}
	blocks := []doc.Block{
		&doc.Paragraph{Kind: doc.RoleSignature, Lines: []doc.Line{doc.Plain("某工会")}},
		&doc.Paragraph{Kind: doc.RoleDate, Lines: []doc.Line{doc.Plain("2013年12月31日")}},
	}
	if n, d := SignatureIndent(blocks, 0), SignatureIndent(blocks, 1); n <= d || d != two {
		t.Errorf("某工会 over 2013年12月31日: indents %v, %v", n, d)
	}
	if !KeepWithNext(blocks, 0) || KeepWithNext(blocks, 1) {
		t.Error("the signature is not kept with its date")
	}
	// the end of the text keeps with the 落款: it never stands alone
	text := append([]doc.Block{&doc.Paragraph{Kind: doc.RoleBody, Lines: []doc.Line{doc.Plain("特此报告。")}}}, blocks...)
	if !KeepWithNext(text, 0) {
		t.Error("the last paragraph of the text is not kept with the signature")
	}
}
