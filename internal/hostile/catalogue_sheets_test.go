package hostile

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf16"

	"github.com/xuri/excelize/v2"

	"zongjie/internal/record"
	"zongjie/internal/sheet"
)

// sheetEntries are the spreadsheets of issue 19: files that are not
// workbooks though named like one (old .xls, WPS .et, Numbers, ODS, a web
// page saved as .xls), a workbook with a password, cut short, or inflating
// to gigabytes, a sheet of 1 048 576 rows, a cell of 32 767 characters,
// formulas that refer to other files or were never calculated, and table
// files in other encodings or outside the data file's folder.
func sheetEntries() []entry {
	return []entry{
		// ── 工作簿与表格文件 ──
		{id: "xlsx-base", what: "base.yaml 转成的工作簿(对照:读入无误,报告与 YAML 的相同)", args: []string{"render", "-o", "报告.md", "base.xlsx"},
			setup: baseWorkbook("base.xlsx", nil), check: sameReportAsBase("报告.md")},
		{id: "xlsx-password", what: "设了打开密码的工作簿(Excel“用密码进行加密”)", args: []string{"check", "加密.xlsx"},
			setup: baseWorkbook("加密.xlsx", func(t *testing.T, f *excelize.File) []byte {
				var b bytes.Buffer
				if _, err := f.WriteTo(&b, excelize.Options{Password: "123456"}); err != nil {
					t.Fatal(err)
				}
				return b.Bytes()
			}), fast: time.Second},
		{id: "xls-binary", what: "旧版 Excel 的 .xls(97—2003 二进制格式)", args: []string{"check", "台账.xls"},
			setup: write("台账.xls", compoundFile("Workbook", "SummaryInformation")), fast: time.Second},
		{id: "xls-html", what: "业务系统导出的 .xls,其实是网页(HTML 表格)", args: []string{"check", "导出.xls"},
			setup: write("导出.xls", "<html><body><table><tr><td>单位名称</td><td>职工人数</td></tr></table></body></html>"), fast: time.Second},
		{id: "et-wps", what: "WPS 表格的 .et 文件", args: []string{"check", "台账.et"},
			setup: write("台账.et", compoundFile("Workbook", "WpsCustomData")), fast: time.Second},
		{id: "numbers", what: "苹果 Numbers 的 .numbers 文件", args: []string{"check", "台账.numbers"},
			setup: zipFile("台账.numbers", map[string]string{"Index/Document.iwa": "\x00\x01", "Metadata/Properties.plist": "<plist/>"}), fast: time.Second},
		{id: "ods", what: "OpenDocument 表格(.ods)改名为 .xlsx", args: []string{"check", "台账.xlsx"},
			setup: zipFile("台账.xlsx", map[string]string{"mimetype": "application/vnd.oasis.opendocument.spreadsheet", "content.xml": "<office:document-content/>"}), fast: time.Second},
		{id: "xlsx-truncated", what: "只下载了一半的工作簿(文件被截断)", args: []string{"check", "台账.xlsx"},
			setup: baseWorkbook("台账.xlsx", func(t *testing.T, f *excelize.File) []byte {
				b, _ := f.WriteToBuffer()
				return b.Bytes()[:b.Len()/2]
			}), fast: time.Second},
		{id: "xlsx-damaged-part", what: "目录完好、工作表的压缩数据被改写的工作簿", args: []string{"check", "台账.xlsx"},
			setup: func(t *testing.T, dir string) {
				data := zipBytes(t, map[string]string{"[Content_Types].xml": "<Types/>", "xl/workbook.xml": `<workbook><sheets><sheet name="单位" r:id="rId1" xmlns:r="r"/></sheets></workbook>`,
					"xl/_rels/workbook.xml.rels": `<Relationships><Relationship Id="rId1" Type="x/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
					"xl/worksheets/sheet1.xml":   "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>单位名称</t></is></c></row>" + strings.Repeat("<row/>", 2000) + "</sheetData></worksheet>"})
				name := []byte("xl/worksheets/sheet1.xml")
				i := bytes.Index(data, name) + len(name) // the sheet's compressed data starts here
				for j := i + 4; j < i+24; j++ {
					data[j] ^= 0x5a
				}
				writeFile(t, filepath.Join(dir, "台账.xlsx"), data)
			}, fast: time.Second},
		{id: "xlsx-zip-bomb", what: "压缩炸弹:工作簿里一张 300 MB 的工作表,压缩后不到 1 MB", args: []string{"check", "炸弹.xlsx"},
			setup: zipBomb("炸弹.xlsx", 300<<20), fast: time.Second,
			check: note("按压缩包目录中登记的解压后大小拒绝,没有解压")},
		{id: "xlsx-million-rows", what: "单位表有 1 048 576 行(Excel 的行数上限)", args: []string{"check", "百万行.xlsx"},
			setup: millionRows("百万行.xlsx"), fast: 5 * time.Second,
			check: note("读到第 200 001 行即停止,没有再往下读")},
		{id: "xlsx-last-row", what: "合计行写在第 1 048 576 行(中间全是空行)", args: []string{"check", "末行.xlsx"},
			setup: baseWorkbook("末行.xlsx", func(t *testing.T, f *excelize.File) []byte {
				must(t, f.SetCellValue("单位", "A1048576", "合计"))
				must(t, f.SetCellValue("单位", column(t, f, "单位", "职工人数")+"1048576", 1234))
				must(t, f.SetCellValue("单位", column(t, f, "单位", "会员人数")+"1048576", 1200))
				b, _ := f.WriteToBuffer()
				return b.Bytes()
			}), fast: 5 * time.Second},
		{id: "xlsx-long-cell", what: "一格 32 767 个字(Excel 的上限)的存在问题,和一格 32 767 位的职工总数", args: []string{"check", "长.xlsx"},
			setup: baseWorkbook("长.xlsx", func(t *testing.T, f *excelize.File) []byte {
				rows, _ := f.GetRows("文字材料")
				for i, r := range rows {
					if len(r) > 0 && r[0] == "存在问题" {
						must(t, f.SetCellValue("文字材料", fmt.Sprintf("B%d", i+1), strings.Repeat("长", 32767)))
					}
				}
				rows, _ = f.GetRows("基本情况")
				for i, r := range rows {
					if len(r) > 0 && r[0] == "职工总数" {
						must(t, f.SetCellValue("基本情况", fmt.Sprintf("B%d", i+1), strings.Repeat("9", 32767)))
					}
				}
				b, _ := f.WriteToBuffer()
				return b.Bytes()
			}), fast: time.Second},
		{id: "xlsx-external-formula", what: "公式引用其他工作簿(='[去年.xlsx]单位'!C2),文件里存着上次算出的值", args: []string{"check", "台账.xlsx"},
			setup: baseWorkbook("台账.xlsx", func(t *testing.T, f *excelize.File) []byte {
				must(t, f.SetCellFormula("单位", column(t, f, "单位", "职工人数")+"3", "'[去年.xlsx]单位'!C2"))
				b, _ := f.WriteToBuffer()
				return b.Bytes()
			})},
		{id: "xlsx-formula-no-value", what: "程序生成的工作簿里的公式(=SUM(C3:C4)),从没有在表格软件中计算过", args: []string{"check", "台账.xlsx"},
			setup: baseWorkbook("台账.xlsx", func(t *testing.T, f *excelize.File) []byte {
				rows, _ := f.GetRows("基本情况")
				for i, r := range rows {
					if len(r) > 0 && r[0] == "职工总数" {
						must(t, f.SetCellDefault("基本情况", fmt.Sprintf("B%d", i+1), ""))
						must(t, f.SetCellFormula("基本情况", fmt.Sprintf("B%d", i+1), "SUM(单位!C3:C4)"))
					}
				}
				b, _ := f.WriteToBuffer()
				return b.Bytes()
			})},
		{id: "xlsx-totals-wrong", what: "单位表的合计行与各行之和对不上", args: []string{"check", "台账.xlsx"},
			setup: baseWorkbook("台账.xlsx", func(t *testing.T, f *excelize.File) []byte {
				must(t, f.SetCellValue("单位", "A5", "合计"))
				must(t, f.SetCellValue("单位", column(t, f, "单位", "职工人数")+"5", 1234))
				must(t, f.SetCellValue("单位", column(t, f, "单位", "会员人数")+"5", 1199))
				b, _ := f.WriteToBuffer()
				return b.Bytes()
			})},
		{id: "csv-as-data", what: "把单位表的 CSV 当成整个数据文件", args: []string{"check", "单位.csv"},
			setup: write("单位.csv", "单位名称,职工人数,会员人数\n公路管理段,600,590\n"), fast: time.Second},
		{id: "csv-gbk-units", what: "--units 给出 GBK 编码、制表符分隔的单位表(Excel 另存为“文本文件”)", args: []string{"render", "-o", "报告.md", "--units", "单位.txt", "base.yaml"},
			setup: func(t *testing.T, dir string) {
				fromBase("base.yaml", replace("units:\n  - {name: 公路管理段, staff: 600, members: 590}\n  - {name: 运输管理所, staff: 634, members: 610}\n", ""))(t, dir)
				writeFile(t, filepath.Join(dir, "单位.txt"), encodeGBK([]byte("单位名称\t职工人数\t会员人数\r\n公路管理段\t600\t590\r\n运输管理所\t634\t610\r\n合计\t1,234\t1,200\r\n")))
			}, check: sameReportAsBase("报告.md")},
		{id: "csv-outside-folder", what: "数据文件写 units: ../别处/单位.csv(表格文件在数据文件的文件夹之外)", args: []string{"check", "数据/base.yaml"},
			setup: func(t *testing.T, dir string) {
				writeFile(t, filepath.Join(dir, "别处", "单位.csv"), []byte("单位名称,职工人数\n甲,1\n"))
				fromBase("数据/base.yaml", replace("units:\n  - {name: 公路管理段, staff: 600, members: 590}\n  - {name: 运输管理所, staff: 634, members: 610}\n", "units: ../别处/单位.csv\n"))(t, dir)
			}},
		{id: "csv-utf16-units", what: "数据文件写 units: 单位.csv,CSV 是 UTF-16(Excel“Unicode 文本”),数字带千分位", args: []string{"render", "-o", "报告.md", "base.yaml"},
			setup: func(t *testing.T, dir string) {
				fromBase("base.yaml", replace("units:\n  - {name: 公路管理段, staff: 600, members: 590}\n  - {name: 运输管理所, staff: 634, members: 610}\n", "units: 单位.csv\n"))(t, dir)
				u := utf16.Encode([]rune("\ufeff单位名称\t职工人数\t会员人数\n公路管理段\t600\t590\n运输管理所\t634\t610\n"))
				b := make([]byte, 2*len(u))
				for i, c := range u {
					b[2*i], b[2*i+1] = byte(c), byte(c>>8)
				}
				writeFile(t, filepath.Join(dir, "单位.csv"), b)
			}, check: sameReportAsBase("报告.md")},
	}
}

// column is the letters of the column of a sheet headed name.
func column(t *testing.T, f *excelize.File, sheet, name string) string {
	t.Helper()
	rows, err := f.GetRows(sheet)
	must(t, err)
	for i, h := range rows[0] {
		if h == name {
			return record.ColumnName(i + 1)
		}
	}
	t.Fatalf("%s has no column %s", sheet, name)
	return ""
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// baseWorkbook writes base.yaml as a workbook (sheet.Workbook), changed by
// edit when it is given.
func baseWorkbook(name string, edit func(*testing.T, *excelize.File) []byte) func(*testing.T, string) {
	return func(t *testing.T, dir string) {
		p, err := record.ParseAndValidate("base.yaml", readInput(t, "base.yaml"), record.DefaultLimits)
		if err != nil {
			t.Fatal(err)
		}
		data, err := sheet.Workbook(p, sheet.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if edit != nil {
			f, err := excelize.OpenReader(bytes.NewReader(data))
			if err != nil {
				t.Fatal(err)
			}
			data = edit(t, f)
		}
		writeFile(t, filepath.Join(dir, name), data)
	}
}

// compoundFile is the start of an old Office compound file whose directory
// names the streams given (what tells an .xls from an encrypted workbook).
func compoundFile(streams ...string) string {
	var b strings.Builder
	b.WriteString("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")
	b.WriteString(strings.Repeat("\x00", 504))
	for _, s := range streams {
		for _, c := range utf16.Encode([]rune(s)) {
			b.WriteByte(byte(c))
			b.WriteByte(byte(c >> 8))
		}
		b.WriteString(strings.Repeat("\x00", 128-2*len(s)))
	}
	return b.String()
}

func zipBytes(t *testing.T, files map[string]string) []byte {
	var b bytes.Buffer
	z := zip.NewWriter(&b)
	for _, name := range sortedNames(files) {
		w, err := z.Create(name)
		must(t, err)
		_, err = io.WriteString(w, files[name])
		must(t, err)
	}
	must(t, z.Close())
	return b.Bytes()
}

func sortedNames(m map[string]string) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j] < out[j-1]; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

func zipFile(name string, files map[string]string) func(*testing.T, string) {
	return func(t *testing.T, dir string) { writeFile(t, filepath.Join(dir, name), zipBytes(t, files)) }
}

// zipBomb writes a workbook whose one sheet inflates to size bytes.
func zipBomb(name string, size int) func(*testing.T, string) {
	return func(t *testing.T, dir string) {
		var b bytes.Buffer
		z := zip.NewWriter(&b)
		z.RegisterCompressor(zip.Deflate, func(w io.Writer) (io.WriteCloser, error) { return flate.NewWriter(w, flate.BestSpeed) })
		for _, f := range []struct{ name, body string }{
			{"[Content_Types].xml", "<Types/>"},
			{"xl/workbook.xml", `<workbook><sheets><sheet name="单位" r:id="rId1" xmlns:r="r"/></sheets></workbook>`},
			{"xl/_rels/workbook.xml.rels", `<Relationships><Relationship Id="rId1" Type="x/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`},
		} {
			w, err := z.Create(f.name)
			must(t, err)
			_, err = io.WriteString(w, f.body)
			must(t, err)
		}
		w, err := z.Create("xl/worksheets/sheet1.xml")
		must(t, err)
		_, err = io.WriteString(w, "<worksheet><sheetData>")
		must(t, err)
		chunk := bytes.Repeat([]byte("<row/>"), 1<<16)
		for n := 0; n < size; n += len(chunk) {
			_, err = w.Write(chunk)
			must(t, err)
		}
		_, err = io.WriteString(w, "</sheetData></worksheet>")
		must(t, err)
		must(t, z.Close())
		writeFile(t, filepath.Join(dir, name), b.Bytes())
	}
}

// millionRows writes a workbook whose 单位 sheet has a unit on every row
// Excel has.
func millionRows(name string) func(*testing.T, string) {
	return func(t *testing.T, dir string) {
		var x bytes.Buffer
		x.WriteString(`<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>单位名称</t></is></c><c r="B1" t="inlineStr"><is><t>职工人数</t></is></c></row>`)
		for r := 2; r <= 1048576; r++ {
			fmt.Fprintf(&x, `<row r="%d"><c r="A%d" t="inlineStr"><is><t>单位%d</t></is></c><c r="B%d"><v>1</v></c></row>`, r, r, r, r)
		}
		x.WriteString("</sheetData></worksheet>")
		data := zipBytes(t, map[string]string{
			"[Content_Types].xml": "<Types/>",
			"xl/workbook.xml":     `<workbook><sheets><sheet name="单位" r:id="rId1" xmlns:r="r"/></sheets></workbook>`,
			"xl/_rels/workbook.xml.rels": `<Relationships><Relationship Id="rId1" Type="x/worksheet" Target="worksheets/sheet1.xml"/>` +
				`</Relationships>`,
			"xl/worksheets/sheet1.xml": x.String(),
		})
		writeFile(t, filepath.Join(dir, name), data)
	}
}
