package sheet

import (
	"encoding/csv"
	"flag"
	"fmt"
	"html"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"zongjie/internal/record"
)

var makeFixture = flag.Bool("libreoffice", false, "remake testdata/libreoffice/工会台账.xlsx with LibreOffice from the CSV files beside it")

// TestLibreOfficeWorkbook: a workbook LibreOffice saved (from the CSV files
// of testdata/libreoffice, one a sheet, with numbers, dates, percentages
// and SUM formulas typed into them) reads to the records of the YAML
// beside it. LibreOffice writes a workbook its own way: inline styles on
// every row, its own number formats, formulas with the results it
// computed. With -libreoffice the workbook is made again.
func TestLibreOfficeWorkbook(t *testing.T) {
	dir := filepath.Join("testdata", "libreoffice")
	book := filepath.Join(dir, "工会台账.xlsx")
	if *makeFixture {
		remakeFixture(t, dir, book)
	}
	data, err := os.ReadFile(book)
	if err != nil {
		t.Fatal(err)
	}
	got, err := record.ParseAndValidate("工会台账.xlsx", data, record.DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	want, err := record.LoadAndValidate(filepath.Join(dir, "工会台账.yaml"), record.DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	if d := differences(want, got); len(d) > 0 {
		t.Fatalf("%s", strings.Join(d, "\n"))
	}
}

// remakeFixture turns the CSV files into a flat OpenDocument spreadsheet
// (typing each cell as LibreOffice's own CSV import does) and has
// LibreOffice save it as .xlsx.
func remakeFixture(t *testing.T, dir, book string) {
	soffice, err := exec.LookPath("soffice")
	if err != nil {
		t.Fatal("-libreoffice needs LibreOffice (soffice)")
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.csv"))
	sort.Strings(files)
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles>
 <number:date-style style:name="N1"><number:year number:style="long"/><number:text>-</number:text><number:month number:style="long"/><number:text>-</number:text><number:day number:style="long"/></number:date-style>
 <number:percentage-style style:name="N2"><number:number number:decimal-places="1" number:min-integer-digits="1"/><number:text>%</number:text></number:percentage-style>
 <number:number-style style:name="N3"><number:number number:decimal-places="0" number:min-integer-digits="1" number:grouping="true"/></number:number-style>
 <style:style style:name="date" style:family="table-cell" style:data-style-name="N1"/>
 <style:style style:name="pct" style:family="table-cell" style:data-style-name="N2"/>
 <style:style style:name="grouped" style:family="table-cell" style:data-style-name="N3"/>
</office:automatic-styles>
<office:body><office:spreadsheet>
`)
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".csv")
		name = name[strings.IndexByte(name, '-')+1:]
		fh, err := os.Open(f)
		if err != nil {
			t.Fatal(err)
		}
		r := csv.NewReader(fh)
		r.FieldsPerRecord = -1
		rows, err := r.ReadAll()
		fh.Close()
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&b, "<table:table table:name=\"%s\">\n", html.EscapeString(name))
		for _, row := range rows {
			b.WriteString("<table:table-row>")
			for _, v := range row {
				b.WriteString(odsCell(v))
			}
			b.WriteString("</table:table-row>\n")
		}
		b.WriteString("</table:table>\n")
	}
	b.WriteString("</office:spreadsheet></office:body></office:document>\n")
	tmp := t.TempDir()
	fods := filepath.Join(tmp, "工会台账.fods")
	if err := os.WriteFile(fods, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(soffice, "--headless", "-env:UserInstallation=file://"+filepath.Join(tmp, "profile"), "--convert-to", "xlsx", "--outdir", tmp, fods)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
	data, err := os.ReadFile(filepath.Join(tmp, "工会台账.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(book, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

var (
	csvNumber  = regexp.MustCompile(`^-?[0-9][0-9,]*(\.[0-9]+)?$`)
	csvDate    = regexp.MustCompile(`^[0-9]{4}-[0-9]{2}-[0-9]{2}$`)
	csvPercent = regexp.MustCompile(`^([0-9]+(\.[0-9]+)?)%$`)
	csvRef     = regexp.MustCompile(`([A-Z]+[0-9]+)(:([A-Z]+[0-9]+))?`)
)

// odsCell types a CSV field as LibreOffice's CSV import does: a number
// (with thousands separators), a date, a percentage, a formula, or text.
func odsCell(v string) string {
	switch {
	case v == "":
		return "<table:table-cell/>"
	case strings.HasPrefix(v, "="):
		f := csvRef.ReplaceAllStringFunc(v[1:], func(r string) string {
			a, b, ok := strings.Cut(r, ":")
			if ok {
				return "[." + a + ":." + b + "]"
			}
			return "[." + a + "]"
		})
		return fmt.Sprintf(`<table:table-cell table:formula="of:=%s"/>`, html.EscapeString(f))
	case csvDate.MatchString(v):
		return fmt.Sprintf(`<table:table-cell table:style-name="date" office:value-type="date" office:date-value="%s"><text:p>%s</text:p></table:table-cell>`, v, v)
	case csvPercent.MatchString(v):
		m := csvPercent.FindStringSubmatch(v)
		var x float64
		fmt.Sscan(m[1], &x)
		return fmt.Sprintf(`<table:table-cell table:style-name="pct" office:value-type="percentage" office:value="%g"><text:p>%s</text:p></table:table-cell>`, x/100, v)
	case csvNumber.MatchString(v):
		style := ""
		if strings.Contains(v, ",") {
			style = ` table:style-name="grouped"`
		}
		return fmt.Sprintf(`<table:table-cell%s office:value-type="float" office:value="%s"><text:p>%s</text:p></table:table-cell>`, style, strings.ReplaceAll(v, ",", ""), v)
	}
	return fmt.Sprintf(`<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>`, html.EscapeString(v))
}
