package sheet

import (
	"reflect"
	"strings"
	"testing"

	"zongjie/internal/record"
)

// oddCells is a sheet whose cells are written in the shapes the fast
// reader leaves to the token scanner, next to plain ones: every one must
// read the same either way.
const oddCells = `<?xml version="1.0"?><worksheet><sheetData>` +
	`<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>` +
	`<row r="2"><c r="A2" t="s"><v>3</v></c><c r='B2'><v>12</v></c><c r="C2"s="1"><v>41426</v></c></row>` +
	`<row r="3"><c r="A3" t="inlineStr"><is><t>丙&amp;丁</t></is></c><c r="B3"><v> 7 </v></c><c r="C3" x:s="2"><v>0.5</v></c></row>` +
	`<row r="4"><c r="A4" t="str"><v>戊&#x5DF1;</v></c><c r="B4"><f>SUM(B2:B3)</f><v>19</v></c><c r="C4"><v><![CDATA[3]]></v></c></row>` +
	"<row r=\"5\">\n  <c r=\"A5\" t=\"s\">\n<v>4</v></c>\n<c r=\"B5\"><v>8</v>\n</c><c r=\"C5\" s=\"9\" t=\"n\"/></row>" +
	`<row r="6"><c r="A6" t="s" r="Z6"><v>5</v></c><c r="B6" s="x"><v>1E3</v></c><c t="e"><v>#N/A</v></c><c><v></v></c></row>` +
	`<row r="7"><c r="A7" t="s"><v>6</v></c><c r="B7" s="3"></c><c r="C7" t="b"><v>1</v></c><x:c r="D7"><x:v>4</x:v></x:c></row>` +
	`<row r="8"><cx r="A8"/><c r="B8" t="d"><v>2023-05-01T00:00:00</v></c><c r="C8" t="s"><v>7</v><!-- a comment --></c></row>` +
	`</sheetData></worksheet>`

// oddStrings are shared strings in every shape, plain or not.
const oddStrings = `<sst><si><t>单位名称</t></si><si><t xml:space="preserve">职工人数</t></si><si><t>会员人数</t></si>` +
	`<si><t>甲校</t></si><si><r><t>乙</t></r><r><t>校</t></r></si><si><t>丙&amp;校</t></si>` +
	"<si>\n<t>丁校</t></si><si><t>合计</t><rPh><t>hj</t></rPh></si><si/><si><t xml:space='preserve'>戊_x000D_校</t></si></sst>"

// fastBooks are the workbooks the two readers are compared on: the test
// books (testBooks) and one of odd cells.
func fastBooks(t *testing.T) map[string][]byte {
	books := testBooks(t)
	books["odd"] = fuzzBook([]byte(oddCells))
	return books
}

// withFast runs fn with the fast reader on or off.
func withFast(on bool, fn func()) {
	defer func(was bool) { fastCells = was }(fastCells)
	fastCells = on
	fn()
}

// TestFastCellsSame: the fast reader and the token scanner read every
// cell of every sheet, and every shared string, to the same value, and
// every workbook to the same tree (records, positions and messages).
func TestFastCellsSame(t *testing.T) {
	for name, data := range fastBooks(t) {
		var cells [2][]xrow
		var sst [2][]string
		var trees [2]*record.Tree
		var errs [2]string
		for i, on := range []bool{false, true} {
			withFast(on, func() {
				wb, err := openWorkbook(name, data, record.DefaultLimits)
				if err != nil {
					t.Fatalf("%s: %v", name, err)
				}
				sst[i] = wb.sst
				for _, ref := range wb.sheets {
					part, _ := wb.part(ref.part)
					err := wb.readSheet(part, func(r *xrow) error {
						cells[i] = append(cells[i], xrow{num: r.num, cells: append([]xcell(nil), r.cells...)})
						return nil
					})
					if err != nil {
						errs[i] += ref.name + ": " + err.Error() + "\n"
					}
				}
				tree, err := readWorkbook(name, data, record.DefaultLimits)
				trees[i] = tree
				if err != nil {
					errs[i] += err.Error()
				}
			})
		}
		if !reflect.DeepEqual(sst[0], sst[1]) {
			t.Errorf("%s: shared strings differ:\n%q\n%q", name, sst[0], sst[1])
		}
		if !reflect.DeepEqual(cells[0], cells[1]) {
			t.Errorf("%s: cells differ:\n%+v\n%+v", name, cells[0], cells[1])
		}
		if errs[0] != errs[1] {
			t.Errorf("%s: problems differ:\n%s\n%s", name, errs[0], errs[1])
		}
		if !reflect.DeepEqual(trees[0], trees[1]) {
			t.Errorf("%s: the trees read differ", name)
		}
	}
}

// TestFastCellsOdd: the sheet of odd cells reads as the token scanner
// reads it, cell by cell, the shared strings included.
func TestFastCellsOdd(t *testing.T) {
	for _, sheetXML := range []string{oddCells, strings.ReplaceAll(oddCells, "<c ", "<c  ")} {
		var got [2][]xrow
		var errs [2]error
		var sst [2][]string
		for i, on := range []bool{false, true} {
			withFast(on, func() {
				wb := &workbook{file: "odd.xlsx", formats: []fmtClass{{}, {date: dateDay}, {percent: true}}}
				if err := wb.sharedStrings([]byte(oddStrings)); err != nil {
					t.Fatal(err)
				}
				sst[i] = wb.sst
				errs[i] = wb.readSheet([]byte(sheetXML), func(r *xrow) error {
					got[i] = append(got[i], xrow{num: r.num, cells: append([]xcell(nil), r.cells...)})
					return nil
				})
			})
		}
		if errs[0] != nil || len(got[0]) != 8 {
			t.Fatalf("the odd sheet reads to %d rows, %v", len(got[0]), errs[0])
		}
		if !reflect.DeepEqual(got[0], got[1]) || !reflect.DeepEqual(errs[0], errs[1]) {
			t.Errorf("cells differ:\n%+v %v\n%+v %v", got[0], errs[0], got[1], errs[1])
		}
		if !reflect.DeepEqual(sst[0], sst[1]) || len(sst[0]) != 10 {
			t.Errorf("shared strings differ:\n%q\n%q", sst[0], sst[1])
		}
	}
}

// FuzzFastCells reads fuzzed worksheets and shared strings with the fast
// reader and with the token scanner alone: the cells, the strings and the
// errors must be the same.
func FuzzFastCells(f *testing.F) {
	f.Add([]byte(oddCells), []byte(oddStrings))
	f.Add([]byte(`<worksheet><sheetData><row r="1"><c r="A1" s="1"><v>3</v></c><c r="B1" t="s"/><c r="C1"></c></row></sheetData></worksheet>`),
		[]byte(`<sst><si><t>a</t></si><si><t xml:space="preserve"> b </t></si></sst>`))
	f.Fuzz(func(t *testing.T, sheetXML, strs []byte) {
		var cells [2][]xrow
		var errs [2]error
		var sst [2][]string
		var serrs [2]error
		for i, on := range []bool{false, true} {
			withFast(on, func() {
				wb := &workbook{file: "fuzz.xlsx", formats: []fmtClass{{}, {date: dateDay}, {percent: true}}}
				serrs[i] = wb.sharedStrings(strs)
				sst[i] = wb.sst
				if len(wb.sst) == 0 {
					wb.sst = []string{"甲"}
				}
				errs[i] = wb.readSheet(sheetXML, func(r *xrow) error {
					cells[i] = append(cells[i], xrow{num: r.num, cells: append([]xcell(nil), r.cells...)})
					return nil
				})
			})
		}
		if !reflect.DeepEqual(sst, [2][]string{sst[0], sst[0]}) || !reflect.DeepEqual(serrs[0], serrs[1]) {
			t.Fatalf("shared strings differ:\n%q %v\n%q %v", sst[0], serrs[0], sst[1], serrs[1])
		}
		if !reflect.DeepEqual(cells[0], cells[1]) || !reflect.DeepEqual(errs[0], errs[1]) {
			t.Fatalf("cells differ:\n%+v %v\n%+v %v", cells[0], errs[0], cells[1], errs[1])
		}
	})
}
