package sheet

import (
	"archive/zip"
	"bytes"
	"io"
	"strings"
	"testing"
	"time"

	"zongjie/internal/hostile"
	"zongjie/internal/record"
)

// fuzzBook wraps a worksheet's XML into a workbook: its 单位 sheet, with a
// 基本情况 sheet naming the union and the year, so every input the fuzzer
// makes reaches the cell reader and the table reader.
func fuzzBook(sheetXML []byte) []byte {
	var b bytes.Buffer
	z := zip.NewWriter(&b)
	put := func(name string, body []byte) {
		w, _ := z.Create(name)
		_, _ = w.Write(body)
	}
	put("[Content_Types].xml", []byte("<Types/>"))
	put("xl/workbook.xml", []byte(`<workbook xmlns:r="r"><sheets><sheet name="基本情况" r:id="rId1"/><sheet name="单位" r:id="rId2"/></sheets></workbook>`))
	put("xl/_rels/workbook.xml.rels", []byte(`<Relationships><Relationship Id="rId1" Type="x/worksheet" Target="worksheets/sheet1.xml"/>`+
		`<Relationship Id="rId2" Type="x/worksheet" Target="worksheets/sheet2.xml"/><Relationship Id="rId3" Type="x/sharedStrings" Target="sharedStrings.xml"/>`+
		`<Relationship Id="rId4" Type="x/styles" Target="styles.xml"/></Relationships>`))
	put("xl/sharedStrings.xml", []byte(`<sst><si><t>单位名称</t></si><si><t>职工人数</t></si><si><t>甲校</t></si><si><r><t>乙</t></r><r><t>校</t></r></si></sst>`))
	put("xl/styles.xml", []byte(`<styleSheet><numFmts><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;"/></numFmts>`+
		`<cellXfs><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="10"/><xf numFmtId="176"/></cellXfs></styleSheet>`))
	put("xl/worksheets/sheet1.xml", []byte(`<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>工会名称</t></is></c>`+
		`<c r="B1" t="inlineStr"><is><t>甲工会</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>年度</t></is></c><c r="B2"><v>2023</v></c></row></sheetData></worksheet>`))
	put("xl/worksheets/sheet2.xml", sheetXML)
	_ = z.Close()
	return b.Bytes()
}

// FuzzXLSX reads fuzzed workbooks: whole .xlsx files, and (for an input
// that is not a zip) a worksheet's XML inside a workbook. The seeds are
// worksheets' XML: mutated, a zip's compressed bytes only break its
// checksums, while the XML reaches every reader. Reading must
// end, within the limits, with records or with messages that name a
// place; records read must write out (as YAML: the workbook writer is
// tried on every example instead, it is too slow for a fuzzer's loop) and
// read back the same.
func FuzzXLSX(f *testing.F) {
	for _, file := range []string{"../../examples/yongjia-edu-2013.yaml", "../../testdata/hostile/inputs/base.yaml"} {
		p, err := record.LoadAndValidate(file, record.DefaultLimits)
		if err != nil {
			f.Fatal(err)
		}
		data, err := Workbook(p, Options{})
		if err != nil {
			f.Fatal(err)
		}
		zr, _ := zip.NewReader(bytes.NewReader(data), int64(len(data)))
		for _, zf := range zr.File {
			if strings.HasPrefix(zf.Name, "xl/worksheets/") && zf.UncompressedSize64 < 20000 {
				rc, _ := zf.Open()
				x, _ := io.ReadAll(rc)
				f.Add(x)
			}
		}
	}
	f.Add([]byte(`<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>` +
		`<row r="2"><c r="A2" t="s"><v>3</v></c><c r="B2"><f>SUM(B3:B4)</f><v>12</v></c></row>` +
		`<row r="3"><c r="A3" t="inlineStr"><is><t>合计</t></is></c><c r="B3" s="2"><v>0.5</v></c></row></sheetData></worksheet>`))
	f.Add([]byte(`<x:worksheet xmlns:x="m"><x:sheetData><x:row><x:c t="s"><x:v>0</x:v></x:c><x:c><x:v>1E3</x:v></x:c></x:row>` +
		`<x:row><x:c t="s"><x:v>2</x:v></x:c><x:c s="1"><x:v>41426</x:v></x:c><x:c t="e"><x:v>#N/A</x:v></x:c></x:row></x:sheetData></x:worksheet>`))
	lim := record.DefaultLimits
	lim.MaxNodes = 100_000
	lim.MaxBytes = 4 << 20
	f.Fuzz(func(t *testing.T, data []byte) {
		defer hostile.Watchdog(10 * time.Second)()
		book := data
		if !bytes.HasPrefix(data, zipMagic) {
			book = fuzzBook(data)
		}
		p, err := record.Parse("fuzz.xlsx", book, lim)
		if err != nil {
			es, ok := err.(record.Errors)
			if !ok {
				t.Fatalf("not a list of problems: %v", err)
			}
			for _, e := range es {
				if e.Msg() == "" || e.Pos.File != "fuzz.xlsx" {
					t.Fatalf("a problem without a message or a file: %#v", e)
				}
			}
			return
		}
		for _, e := range record.Validate(p) {
			if e.Msg() == "" {
				t.Fatalf("empty message at %s", e.Pos)
			}
		}
		out, err := YAML(p, "")
		if err != nil {
			t.Fatal(err)
		}
		q, err := record.Parse("again.yaml", out, lim)
		if err != nil {
			t.Fatalf("the records read do not read back from their YAML: %v\n%s", err, out)
		}
		if d := differences(p, q); len(d) > 0 {
			t.Fatalf("written as YAML and read back, the records differ: %v", d)
		}
	})
}
