package xlsx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// sample builds a workbook with every feature the package has.
func sample(t *testing.T) *Workbook {
	t.Helper()
	b := New()
	b.SetProps(Props{Title: "测试 <工作簿> & 数据", Creator: "zongjie", LastModifiedBy: "zongjie",
		Created: "2006-09-16T00:00:00Z", Modified: "2006-09-16T00:00:00Z"})
	help, err := b.AddSheet("说明")
	if err != nil {
		t.Fatal(err)
	}
	help.SetText(1, 1, "怎么填", b.AddStyle(Style{Bold: true, Size: 14}))
	help.SetColWidth(1, 120)
	units, err := b.AddSheet("单位")
	if err != nil {
		t.Fatal(err)
	}
	head := b.AddStyle(Style{Bold: true, Fill: "DDEBF7", HAlign: "center", VAlign: "center", Wrap: true, Border: "BFBFBF"})
	money := b.AddStyle(Style{NumFmt: "#,##0.00"})
	day := b.AddStyle(Style{NumFmt: "yyyy-mm-dd"})
	for i, h := range []string{"单位名称", "职工人数", "经费支出", "成立日期", "有工会"} {
		units.SetText(i+1, 1, h, head)
	}
	units.SetText(1, 3, "枫林镇中心小学", 0)
	units.SetNumber(2, 3, "120", 0)
	units.SetNumber(3, 3, "76713.5", money)
	units.SetNumber(4, 3, "41408", day) // 2013-05-14
	units.SetText(5, 3, "是", 0)
	units.SetText(1, 4, " 前后有空格 \n第二行", 0)
	units.SetStyle(2, 4, money) // styled, empty
	units.SetText(3, 4, "控制\x01字符 & <标记> \"引号\"", 0)
	units.SetRowHeight(2, 60)
	units.SetColWidth(1, 24)
	units.Freeze(1, 2)
	units.AddValidation(Validation{Range: "E3:E100", Type: List, Items: []string{"是", "否"}, Stop: true,
		ErrorTitle: "有工会", Error: "请填“是”或“否”", PromptTitle: "有工会", Prompt: "单位是否建有工会"})
	units.AddValidation(Validation{Range: "B3:B100", Type: Whole, Formula1: "0", Formula2: "2147483647",
		ErrorTitle: "职工人数", Error: "这里填整数"})
	units.AddValidation(Validation{Range: "D3:D100", Type: Date, Formula1: "DATE(1949,1,1)", Formula2: "DATE(2100,12,31)"})
	units.AddValidation(Validation{Range: "A3:A100", Type: List, Formula1: "'选项'!$A$1:$A$2"})
	units.AddValidation(Validation{Range: "C3:C100", Prompt: "金额(元)"})
	lists, err := b.AddSheet("选项")
	if err != nil {
		t.Fatal(err)
	}
	lists.Hidden = true
	lists.SetText(1, 1, "学校", 0)
	lists.SetText(1, 2, "幼儿园", 0)
	b.SetActive("单位")
	return b
}

// TestExcelizeReads opens a workbook with excelize, a second reader, and
// checks every feature came through.
func TestExcelizeReads(t *testing.T) {
	data, err := sample(t).Bytes()
	if err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got := f.GetSheetList(); strings.Join(got, ",") != "说明,单位,选项" {
		t.Errorf("sheets %v", got)
	}
	if f.GetActiveSheetIndex() != 1 {
		t.Errorf("active sheet %d, want 1", f.GetActiveSheetIndex())
	}
	if v, _ := f.GetSheetVisible("选项"); v {
		t.Error("选项 is visible")
	}
	cells := map[string]string{"A1": "单位名称", "A3": "枫林镇中心小学", "B3": "120", "C3": "76,713.50", "D3": "2013-05-14", "E3": "是", "A4": " 前后有空格 \n第二行", "C4": "控制\uFFFD字符 & <标记> \"引号\""}
	for ref, want := range cells {
		if got, err := f.GetCellValue("单位", ref); err != nil || got != want {
			t.Errorf("%s = %q, %v; want %q", ref, got, err, want)
		}
	}
	if raw, _ := f.GetCellValue("单位", "D3", excelize.Options{RawCellValue: true}); raw != "41408" {
		t.Errorf("D3 raw %q", raw)
	}
	id, _ := f.GetCellStyle("单位", "A1")
	st, err := f.GetStyle(id)
	// excelize reads colours through a theme part, which we do not write;
	// TestWellFormed finds them in styles.xml.
	if err != nil || st.Font == nil || !st.Font.Bold || st.Fill.Type != "pattern" || st.Fill.Pattern != 1 ||
		st.Alignment == nil || st.Alignment.Horizontal != "center" || !st.Alignment.WrapText || len(st.Border) != 4 {
		t.Errorf("header style %+v %v", st, err)
	}
	if id, _ := f.GetCellStyle("单位", "B4"); id == 0 {
		t.Error("the styled empty cell lost its style")
	}
	if w, _ := f.GetColWidth("单位", "A"); w != 24 {
		t.Errorf("column A width %v", w)
	}
	if h, _ := f.GetRowHeight("单位", 2); h != 60 {
		t.Errorf("row 2 height %v", h)
	}
	panes, err := f.GetPanes("单位")
	if err != nil || !panes.Freeze || panes.XSplit != 1 || panes.YSplit != 2 || panes.TopLeftCell != "B3" || panes.ActivePane != "bottomRight" {
		t.Errorf("panes %+v %v", panes, err)
	}
	dvs, err := f.GetDataValidations("单位")
	if err != nil || len(dvs) != 5 {
		t.Fatalf("validations %d %v", len(dvs), err)
	}
	if dv := dvs[0]; dv.Type != "list" || dv.Sqref != "E3:E100" || dv.Formula1 != `"是,否"` || dv.ErrorStyle != nil && *dv.ErrorStyle != "stop" ||
		dv.Prompt == nil || *dv.Prompt != "单位是否建有工会" || !dv.ShowErrorMessage || !dv.ShowInputMessage {
		t.Errorf("list validation %+v", dv)
	}
	if dv := dvs[1]; dv.Type != "whole" || dv.Operator != "between" || dv.Formula2 != "2147483647" || dv.ErrorStyle == nil || *dv.ErrorStyle != "warning" {
		t.Errorf("whole validation %+v", dv)
	}
	if dv := dvs[3]; dv.Formula1 != "'选项'!$A$1:$A$2" {
		t.Errorf("list from cells %+v", dv)
	}
	props, err := f.GetDocProps()
	if err != nil || props.Title != "测试 <工作簿> & 数据" || props.Creator != "zongjie" || props.Created != "2006-09-16T00:00:00Z" {
		t.Errorf("props %+v %v", props, err)
	}
}

// TestSameBytes checks that the same calls give the same bytes.
func TestSameBytes(t *testing.T) {
	a, err := sample(t).Bytes()
	if err != nil {
		t.Fatal(err)
	}
	b, err := sample(t).Bytes()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a, b) {
		t.Error("two runs gave different bytes")
	}
}

// TestWellFormed checks every part parses as XML and the package lists a
// content type for each.
func TestWellFormed(t *testing.T) {
	data, err := sample(t).Bytes()
	if err != nil {
		t.Fatal(err)
	}
	z, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	var types string
	for _, f := range z.File {
		r, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		body, err := io.ReadAll(r)
		if err != nil {
			t.Fatal(err)
		}
		d := xml.NewDecoder(bytes.NewReader(body))
		for {
			if _, err := d.Token(); err == io.EOF {
				break
			} else if err != nil {
				t.Fatalf("%s: %v", f.Name, err)
			}
		}
		if f.Name == "[Content_Types].xml" {
			types = string(body)
		}
		if f.Name == "xl/styles.xml" {
			for _, want := range []string{`<fgColor rgb="FFDDEBF7"/>`, `<left style="thin"><color rgb="FFBFBFBF"/></left>`, `formatCode="#,##0.00"`, `<b/><sz val="14"/>`} {
				if !strings.Contains(string(body), want) {
					t.Errorf("styles.xml lacks %s", want)
				}
			}
		}
	}
	for _, f := range z.File {
		if strings.HasSuffix(f.Name, ".xml") && f.Name != "[Content_Types].xml" && !strings.Contains(types, `"/`+f.Name+`"`) {
			t.Errorf("no content type for %s", f.Name)
		}
	}
}

// TestRefusals checks the names Excel would not take and a workbook
// without sheets.
func TestRefusals(t *testing.T) {
	b := New()
	if _, err := b.Bytes(); err == nil {
		t.Error("a workbook without sheets was written")
	}
	for _, name := range []string{"", "a/b", "[x]", "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二", "'q'"} {
		if _, err := b.AddSheet(name); err == nil {
			t.Errorf("sheet name %q taken", name)
		}
	}
	if _, err := b.AddSheet("表"); err != nil {
		t.Fatal(err)
	}
	if _, err := b.AddSheet("表"); err == nil {
		t.Error("a sheet name taken twice")
	}
}

// TestColumnName checks column letters.
func TestColumnName(t *testing.T) {
	for col, want := range map[int]string{1: "A", 26: "Z", 27: "AA", 52: "AZ", 53: "BA", 702: "ZZ", 703: "AAA", 16384: "XFD"} {
		if got := ColumnName(col); got != want {
			t.Errorf("ColumnName(%d) = %s, want %s", col, got, want)
		}
	}
}
