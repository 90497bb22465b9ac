package sheet

import (
	"archive/zip"
	"bytes"
	"fmt"
	"html"
	"strings"
	"testing"
)

// A workbook written part by part, as spreadsheet programs write them, for
// what excelize does not write: saved formula results, shared and inline
// rich text, error values, 1904 dates, custom number formats.

// rawSheet is one sheet: its name, whether hidden, and its rows, each cell
// written as XML ("<c r=\"A1\" t=\"s\"><v>0</v></c>") or by the shorthands
// of cellXML.
type rawSheet struct {
	name   string
	hidden bool
	rows   [][]string // cells, by shorthand; "" for none
	extra  string     // XML after sheetData (mergeCells …)
}

// cellXML writes a shorthand cell at ref:
//
//	"s:text"  a shared string     "n:3.5"   a number
//	"i:text"  an inline string    "d14:41426" a number with style 1 (numFmt 14)
//	"f:SUM(A1:A2)=3" a formula with a saved number
//	"fs:A1&B1=ab" a formula with a saved text   "f0:SUM(A1)" a formula never calculated
//	"e:#DIV/0!" an error value    "b:1" a boolean
//	"x:<c …>…</c>" raw XML        "p:0.761" a number styled as a percentage
//	"m:41395" a number styled yyyy"年"m"月"   "w:22.8" a number styled #,##0.00
//	"t:text" text as a number would be written by a program (t="str")
type rawBook struct {
	sheets   []rawSheet
	date1904 bool
	strings  []string
}

func (b *rawBook) cell(ref, v string) string {
	kind, val, _ := strings.Cut(v, ":")
	esc := html.EscapeString
	switch kind {
	case "s":
		b.strings = append(b.strings, val)
		return fmt.Sprintf(`<c r="%s" t="s"><v>%d</v></c>`, ref, len(b.strings)-1)
	case "i":
		return fmt.Sprintf(`<c r="%s" t="inlineStr"><is><t>%s</t></is></c>`, ref, esc(val))
	case "t":
		return fmt.Sprintf(`<c r="%s" t="str"><v>%s</v></c>`, ref, esc(val))
	case "n":
		return fmt.Sprintf(`<c r="%s"><v>%s</v></c>`, ref, val)
	case "d14":
		return fmt.Sprintf(`<c r="%s" s="1"><v>%s</v></c>`, ref, val)
	case "p":
		return fmt.Sprintf(`<c r="%s" s="2"><v>%s</v></c>`, ref, val)
	case "m":
		return fmt.Sprintf(`<c r="%s" s="3"><v>%s</v></c>`, ref, val)
	case "w":
		return fmt.Sprintf(`<c r="%s" s="4"><v>%s</v></c>`, ref, val)
	case "f":
		f, saved, _ := strings.Cut(val, "=")
		return fmt.Sprintf(`<c r="%s"><f>%s</f><v>%s</v></c>`, ref, esc(f), saved)
	case "fs":
		f, saved, _ := strings.Cut(val, "=")
		return fmt.Sprintf(`<c r="%s" t="str"><f>%s</f><v>%s</v></c>`, ref, esc(f), esc(saved))
	case "f0":
		return fmt.Sprintf(`<c r="%s"><f>%s</f></c>`, ref, esc(val))
	case "e":
		return fmt.Sprintf(`<c r="%s" t="e"><v>%s</v></c>`, ref, esc(val))
	case "b":
		return fmt.Sprintf(`<c r="%s" t="b"><v>%s</v></c>`, ref, val)
	case "x":
		return strings.ReplaceAll(val, "REF", ref)
	case "styled":
		return fmt.Sprintf(`<c r="%s" s="4"/>`, ref)
	}
	b.strings = append(b.strings, v)
	return fmt.Sprintf(`<c r="%s" t="s"><v>%d</v></c>`, ref, len(b.strings)-1)
}

// bytes writes the workbook.
func (b *rawBook) bytes(t testing.TB) []byte {
	t.Helper()
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	put := func(name, body string) {
		w, err := z.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(body)); err != nil {
			t.Fatal(err)
		}
	}
	var sheets, rels, types strings.Builder
	var sheetXML []string
	for i, s := range b.sheets {
		state := ""
		if s.hidden {
			state = ` state="hidden"`
		}
		fmt.Fprintf(&sheets, `<sheet name="%s" sheetId="%d"%s r:id="rId%d"/>`, html.EscapeString(s.name), i+1, state, i+1)
		fmt.Fprintf(&rels, `<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>`, i+1, i+1)
		fmt.Fprintf(&types, `<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`, i+1)
		var x strings.Builder
		x.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n")
		x.WriteString(`<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`)
		for r, row := range s.rows {
			if len(row) == 0 {
				continue
			}
			fmt.Fprintf(&x, `<row r="%d">`, r+1)
			for c, v := range row {
				if v == "" {
					continue
				}
				x.WriteString(b.cell(fmt.Sprintf("%s%d", colLetters(c+1), r+1), v))
			}
			x.WriteString(`</row>`)
		}
		x.WriteString(`</sheetData>` + s.extra + `</worksheet>`)
		sheetXML = append(sheetXML, x.String())
	}
	pr := ""
	if b.date1904 {
		pr = `<workbookPr date1904="1"/>`
	}
	put("[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">`+
		`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>`+
		`<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>`+types.String()+`</Types>`)
	put("_rels/.rels", `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`+
		`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`)
	put("xl/workbook.xml", `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" `+
		`xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">`+pr+`<sheets>`+sheets.String()+`</sheets></workbook>`)
	put("xl/_rels/workbook.xml.rels", `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`+rels.String()+
		`<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>`+
		`<Relationship Id="rIdT" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`)
	put("xl/styles.xml", `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">`+
		`<numFmts count="2"><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;"/><numFmt numFmtId="177" formatCode="#,##0.00"/></numFmts>`+
		`<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="10" applyNumberFormat="1"/><xf numFmtId="176" applyNumberFormat="1"/><xf numFmtId="177" applyNumberFormat="1"/></cellXfs></styleSheet>`)
	for i, x := range sheetXML {
		put(fmt.Sprintf("xl/worksheets/sheet%d.xml", i+1), x)
	}
	var sst strings.Builder
	for _, s := range b.strings {
		if strings.HasPrefix(s, "<") {
			sst.WriteString(s) // a rich text item written out
			continue
		}
		fmt.Fprintf(&sst, `<si><t xml:space="preserve">%s</t></si>`, html.EscapeString(s))
	}
	put("xl/sharedStrings.xml", `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">`+sst.String()+`</sst>`)
	if err := z.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func colLetters(n int) string {
	s := ""
	for n > 0 {
		n--
		s = string(rune('A'+n%26)) + s
		n /= 26
	}
	return s
}
