package sheet

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/xuri/excelize/v2"

	"zongjie/internal/record"
)

// TestReaderAgreesWithExcelize: the cell reader gives every cell of every
// sheet the value excelize's own reader gives (raw values: numbers as
// stored), on the workbooks of every example, the filled template, the
// clerk's workbook and the one LibreOffice saved.
func TestReaderAgreesWithExcelize(t *testing.T) {
	for name, data := range testBooks(t) {
		wb, err := openWorkbook(name, data, record.DefaultLimits)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		x, err := excelize.OpenReader(bytes.NewReader(data))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		for _, ref := range wb.sheets {
			want, err := x.GetRows(ref.name, excelize.Options{RawCellValue: true})
			if err != nil {
				t.Fatalf("%s %s: %v", name, ref.name, err)
			}
			part, _ := wb.part(ref.part)
			got := map[[2]int]string{}
			err = wb.readSheet(part, func(r *xrow) error {
				for _, c := range r.cells {
					got[[2]int{r.num, c.col}] = c.text
				}
				return nil
			})
			if err != nil {
				t.Fatalf("%s %s: %v", name, ref.name, err)
			}
			n := 0
			for i, row := range want {
				for j, v := range row {
					if v == "" {
						continue
					}
					n++
					if g := got[[2]int{i + 1, j + 1}]; g != v {
						t.Errorf("%s %s!%s%d: %q, excelize reads %q", name, ref.name, record.ColumnName(j+1), i+1, g, v)
					}
				}
			}
			if n != len(got) {
				t.Errorf("%s %s: %d cells with a value, excelize reads %d", name, ref.name, len(got), n)
			}
		}
		x.Close()
	}
}

// testBooks are the workbooks of every example, the filled template, the
// clerk's workbook and the one LibreOffice saved, by name.
func testBooks(t *testing.T) map[string][]byte {
	t.Helper()
	books := map[string][]byte{"filled": filledHospital(t), "clerk": clerkBook(t)}
	data, err := os.ReadFile(filepath.Join("testdata", "libreoffice", "工会台账.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	books["libreoffice"] = data
	for _, f := range exampleFiles(t) {
		p, err := record.LoadAndValidate(f, record.DefaultLimits)
		if err != nil {
			t.Fatal(err)
		}
		if books[f], err = Workbook(p, Options{}); err != nil {
			t.Fatal(err)
		}
	}
	return books
}
