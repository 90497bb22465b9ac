package xlsx

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"zongjie/internal/zipfile"
)

const (
	xmlHeader = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"
	nsMain    = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
	nsRel     = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
	nsPkgRel  = "http://schemas.openxmlformats.org/package/2006/relationships"
	ctPrefix  = "application/vnd.openxmlformats-officedocument.spreadsheetml."
)

// Bytes returns the workbook as an .xlsx file.
func (b *Workbook) Bytes() ([]byte, error) {
	var buf bytes.Buffer
	if err := b.Write(&buf); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// Write writes the workbook as an .xlsx file to w.
func (b *Workbook) Write(w io.Writer) error {
	if len(b.sheets) == 0 {
		return fmt.Errorf("xlsx: a workbook needs a sheet")
	}
	strs := &sharedStrings{index: map[string]int{}}
	type part struct {
		name string
		data []byte
	}
	var sheets []part
	for i, s := range b.sheets {
		sheets = append(sheets, part{"xl/worksheets/sheet" + strconv.Itoa(i+1) + ".xml", s.xml(strs, i == b.activeSheet())})
	}
	parts := []part{
		{"[Content_Types].xml", b.contentTypes()},
		{"_rels/.rels", []byte(xmlHeader + `<Relationships xmlns="` + nsPkgRel + `">` +
			`<Relationship Id="rId1" Type="` + nsRel + `/officeDocument" Target="xl/workbook.xml"/>` +
			`<Relationship Id="rId2" Type="` + nsPkgRel + `/metadata/core-properties" Target="docProps/core.xml"/>` +
			`<Relationship Id="rId3" Type="` + nsRel + `/extended-properties" Target="docProps/app.xml"/>` +
			`</Relationships>`)},
		{"docProps/core.xml", b.coreXML()},
		{"docProps/app.xml", []byte(xmlHeader + `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>zongjie</Application></Properties>`)},
		{"xl/workbook.xml", b.workbookXML()},
		{"xl/_rels/workbook.xml.rels", b.workbookRels()},
		{"xl/styles.xml", b.stylesXML()},
	}
	parts = append(parts, sheets...)
	parts = append(parts, part{"xl/sharedStrings.xml", strs.xml()})

	zp := make([]zipfile.Part, len(parts))
	for i, p := range parts {
		zp[i] = zipfile.Part{Name: p.name, Data: p.data}
	}
	return zipfile.Write(w, zp)
}

// activeSheet is the index of the sheet the workbook opens on: the one
// SetActive named, or the first visible one when that one is hidden.
func (b *Workbook) activeSheet() int {
	if !b.sheets[b.active].Hidden {
		return b.active
	}
	for i, s := range b.sheets {
		if !s.Hidden {
			return i
		}
	}
	return 0
}

func (b *Workbook) contentTypes() []byte {
	var x strings.Builder
	x.WriteString(xmlHeader + `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">`)
	x.WriteString(`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>`)
	x.WriteString(`<Default Extension="xml" ContentType="application/xml"/>`)
	x.WriteString(`<Override PartName="/xl/workbook.xml" ContentType="` + ctPrefix + `sheet.main+xml"/>`)
	for i := range b.sheets {
		x.WriteString(`<Override PartName="/xl/worksheets/sheet` + strconv.Itoa(i+1) + `.xml" ContentType="` + ctPrefix + `worksheet+xml"/>`)
	}
	x.WriteString(`<Override PartName="/xl/styles.xml" ContentType="` + ctPrefix + `styles+xml"/>`)
	x.WriteString(`<Override PartName="/xl/sharedStrings.xml" ContentType="` + ctPrefix + `sharedStrings+xml"/>`)
	x.WriteString(`<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>`)
	x.WriteString(`<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>`)
	x.WriteString(`</Types>`)
	return []byte(x.String())
}

func (b *Workbook) coreXML() []byte {
	var x strings.Builder
	x.WriteString(xmlHeader + `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">`)
	p := b.props
	if p.Title != "" {
		x.WriteString(`<dc:title>` + escapeText(p.Title) + `</dc:title>`)
	}
	if p.Creator != "" {
		x.WriteString(`<dc:creator>` + escapeText(p.Creator) + `</dc:creator>`)
	}
	if p.LastModifiedBy != "" {
		x.WriteString(`<cp:lastModifiedBy>` + escapeText(p.LastModifiedBy) + `</cp:lastModifiedBy>`)
	}
	if p.Created != "" {
		x.WriteString(`<dcterms:created xsi:type="dcterms:W3CDTF">` + escapeText(p.Created) + `</dcterms:created>`)
	}
	if p.Modified != "" {
		x.WriteString(`<dcterms:modified xsi:type="dcterms:W3CDTF">` + escapeText(p.Modified) + `</dcterms:modified>`)
	}
	x.WriteString(`</cp:coreProperties>`)
	return []byte(x.String())
}

func (b *Workbook) workbookXML() []byte {
	var x strings.Builder
	x.WriteString(xmlHeader + `<workbook xmlns="` + nsMain + `" xmlns:r="` + nsRel + `">`)
	x.WriteString(`<bookViews><workbookView activeTab="` + strconv.Itoa(b.activeSheet()) + `"/></bookViews><sheets>`)
	for i, s := range b.sheets {
		x.WriteString(`<sheet name="` + escape(s.Name) + `" sheetId="` + strconv.Itoa(i+1) + `"`)
		if s.Hidden {
			x.WriteString(` state="hidden"`)
		}
		x.WriteString(` r:id="rId` + strconv.Itoa(i+1) + `"/>`)
	}
	x.WriteString(`</sheets></workbook>`)
	return []byte(x.String())
}

func (b *Workbook) workbookRels() []byte {
	var x strings.Builder
	x.WriteString(xmlHeader + `<Relationships xmlns="` + nsPkgRel + `">`)
	n := len(b.sheets)
	for i := range b.sheets {
		x.WriteString(`<Relationship Id="rId` + strconv.Itoa(i+1) + `" Type="` + nsRel + `/worksheet" Target="worksheets/sheet` + strconv.Itoa(i+1) + `.xml"/>`)
	}
	x.WriteString(`<Relationship Id="rId` + strconv.Itoa(n+1) + `" Type="` + nsRel + `/styles" Target="styles.xml"/>`)
	x.WriteString(`<Relationship Id="rId` + strconv.Itoa(n+2) + `" Type="` + nsRel + `/sharedStrings" Target="sharedStrings.xml"/>`)
	x.WriteString(`</Relationships>`)
	return []byte(x.String())
}

// xml writes the sheet's part; its text goes into strs.
func (s *Sheet) xml(strs *sharedStrings, selected bool) []byte {
	var x strings.Builder
	x.WriteString(xmlHeader + `<worksheet xmlns="` + nsMain + `" xmlns:r="` + nsRel + `">`)
	rows := sortedKeys(s.rows)
	for r := range s.heights {
		if _, ok := s.rows[r]; !ok {
			rows = append(rows, r)
		}
	}
	rows = sortedKeys(setOf(rows))
	maxCol := 1
	for _, r := range s.rows {
		for c := range r {
			maxCol = max(maxCol, c)
		}
	}
	dim := "A1"
	if len(rows) > 0 {
		dim = "A1:" + ColumnName(maxCol) + strconv.Itoa(max(rows[len(rows)-1], 1))
	}
	x.WriteString(`<dimension ref="` + dim + `"/><sheetViews><sheetView`)
	if selected {
		x.WriteString(` tabSelected="1"`)
	}
	x.WriteString(` workbookViewId="0">`)
	if s.frozenCols > 0 || s.frozenRows > 0 {
		pane := "bottomRight"
		switch {
		case s.frozenCols == 0:
			pane = "bottomLeft"
		case s.frozenRows == 0:
			pane = "topRight"
		}
		x.WriteString(`<pane`)
		if s.frozenCols > 0 {
			x.WriteString(` xSplit="` + strconv.Itoa(s.frozenCols) + `"`)
		}
		if s.frozenRows > 0 {
			x.WriteString(` ySplit="` + strconv.Itoa(s.frozenRows) + `"`)
		}
		x.WriteString(` topLeftCell="` + ColumnName(s.frozenCols+1) + strconv.Itoa(s.frozenRows+1) + `" activePane="` + pane + `" state="frozen"/>`)
		x.WriteString(`<selection pane="` + pane + `"/>`)
	}
	x.WriteString(`</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>`)
	if len(s.widths) > 0 {
		x.WriteString(`<cols>`)
		for _, c := range sortedKeys(s.widths) {
			col := strconv.Itoa(c)
			x.WriteString(`<col min="` + col + `" max="` + col + `" width="` + strconv.FormatFloat(s.widths[c], 'f', -1, 64) + `" customWidth="1"/>`)
		}
		x.WriteString(`</cols>`)
	}
	x.WriteString(`<sheetData>`)
	for _, r := range rows {
		row := strconv.Itoa(r)
		x.WriteString(`<row r="` + row + `"`)
		if h, ok := s.heights[r]; ok {
			x.WriteString(` ht="` + strconv.FormatFloat(h, 'f', -1, 64) + `" customHeight="1"`)
		}
		x.WriteString(`>`)
		cells := s.rows[r]
		for _, c := range sortedKeys(cells) {
			cl := cells[c]
			x.WriteString(`<c r="` + ColumnName(c) + row + `"`)
			if cl.style != 0 {
				x.WriteString(` s="` + strconv.Itoa(cl.style) + `"`)
			}
			switch {
			case cl.isText:
				x.WriteString(` t="s"><v>` + strconv.Itoa(strs.add(cl.text)) + `</v></c>`)
			case cl.number != "":
				x.WriteString(`><v>` + escapeText(cl.number) + `</v></c>`)
			default:
				x.WriteString(`/>`)
			}
		}
		x.WriteString(`</row>`)
	}
	x.WriteString(`</sheetData>`)
	if len(s.validations) > 0 {
		x.WriteString(`<dataValidations count="` + strconv.Itoa(len(s.validations)) + `">`)
		for _, v := range s.validations {
			v.xml(&x)
		}
		x.WriteString(`</dataValidations>`)
	}
	x.WriteString(`<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`)
	return []byte(x.String())
}

// setOf returns the set of ints in list.
func setOf(list []int) map[int]bool {
	m := make(map[int]bool, len(list))
	for _, v := range list {
		m[v] = true
	}
	return m
}

// sharedStrings is the workbook's string table, in order of first use.
type sharedStrings struct {
	list  []string
	index map[string]int
	count int
}

func (t *sharedStrings) add(s string) int {
	t.count++
	if i, ok := t.index[s]; ok {
		return i
	}
	t.index[s] = len(t.list)
	t.list = append(t.list, s)
	return len(t.list) - 1
}

func (t *sharedStrings) xml() []byte {
	var x strings.Builder
	x.WriteString(xmlHeader + `<sst xmlns="` + nsMain + `" count="` + strconv.Itoa(t.count) + `" uniqueCount="` + strconv.Itoa(len(t.list)) + `">`)
	for _, s := range t.list {
		x.WriteString(`<si><t xml:space="preserve">` + escapeText(s) + `</t></si>`)
	}
	x.WriteString(`</sst>`)
	return []byte(x.String())
}

// ColumnName is a column's letters: 1 is A, 27 is AA.
func ColumnName(col int) string {
	var b []byte
	for col > 0 {
		col--
		b = append([]byte{byte('A' + col%26)}, b...)
		col /= 26
	}
	return string(b)
}

// checkSheetName reports a name Excel would not take.
func checkSheetName(name string) error {
	if name == "" || utf8.RuneCountInString(name) > 31 || strings.ContainsAny(name, `:\/?*[]`) ||
		strings.HasPrefix(name, "'") || strings.HasSuffix(name, "'") {
		return fmt.Errorf("xlsx: %q is not a sheet name Excel takes", name)
	}
	return nil
}

// escape escapes s for an XML attribute value; characters XML 1.0
// cannot carry become U+FFFD.
func escape(s string) string {
	if !strings.ContainsAny(s, "<>&'\"\r\n\t") && validXML(s) {
		return s
	}
	var b strings.Builder
	_ = xml.EscapeText(&b, []byte(s))
	return b.String()
}

// textEscaper escapes element text: quotes, tabs and line breaks stay as
// they are (a formula's "是,否" reads as Excel writes it).
var textEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", "\r", "&#xD;")

// escapeText escapes s for XML element text; characters XML 1.0 cannot
// carry become U+FFFD.
func escapeText(s string) string {
	if !validXML(s) {
		var b strings.Builder
		for _, r := range s {
			if !xmlChar(r) {
				r = '\uFFFD'
			}
			b.WriteRune(r)
		}
		s = b.String()
	}
	return textEscaper.Replace(s)
}

// validXML reports whether every character of s may appear in XML 1.0.
func validXML(s string) bool {
	for _, r := range s {
		if !xmlChar(r) {
			return false
		}
	}
	return true
}

// xmlChar reports whether r may appear in XML 1.0.
func xmlChar(r rune) bool {
	return r >= 0x20 && r < 0xD800 || r == '\t' || r == '\n' || r == '\r' || r >= 0xE000 && r <= 0xFFFD || r >= 0x10000 && r <= 0x10FFFF
}
