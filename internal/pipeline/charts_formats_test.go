package pipeline

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/xuri/excelize/v2"

	"zongjie/internal/chart"
	"zongjie/internal/chart/charttest"
	"zongjie/internal/doc"
	"zongjie/internal/render/style"
	"zongjie/internal/report"
)

// TestChartsInEveryFormat renders every example's report with its default
// charts in every format and reads the charts back: the Markdown holds
// each caption and the table of its figures; the HTML an inline SVG per
// chart whose labels are text; the DOCX a chart part per chart, with its
// categories and figures cached and an embedded workbook that excelize
// opens holding them; the PDF's text (pdftotext, when installed) each
// caption and every label.
func TestChartsInEveryFormat(t *testing.T) {
	r := New(Options{})
	_, havePDFText := exec.LookPath("pdftotext")
	if havePDFText != nil {
		t.Log("pdftotext not installed (apt-get install poppler-utils): the PDF's chart labels are not read back")
	}
	seen := 0
	for _, ex := range charttest.Examples(t) {
		kind := report.Annual
		if ex.Kind == "term" {
			kind = report.Term
		}
		d, err := report.Compose(ex.Result, kind, nil)
		if err != nil {
			t.Fatal(err)
		}
		var charts []*doc.Chart
		for _, b := range d.Blocks {
			if c, ok := b.(*doc.Chart); ok {
				charts = append(charts, c)
			}
		}
		if len(charts) == 0 {
			continue
		}
		seen += len(charts)
		t.Run(ex.Name, func(t *testing.T) {
			out := map[Format][]byte{}
			for _, f := range Formats() {
				var b bytes.Buffer
				if err := r.Write(&b, d, f); err != nil {
					t.Fatalf("%s: %v", f, err)
				}
				out[f] = b.Bytes()
			}
			md, html := string(out[Markdown]), string(out[HTML])
			if n := strings.Count(html, "<figure"); n != len(charts) {
				t.Errorf("html: %d figures, want %d", n, len(charts))
			}
			files := unzipAll(t, out[DOCX])
			pdfText := ""
			if havePDFText == nil {
				pdfText = squeeze(pdftotext(t, out[PDF]))
			}
			for i, c := range charts {
				if !strings.Contains(md, "\n"+c.Caption+"\n") {
					t.Errorf("markdown lacks the caption %q", c.Caption)
				}
				if !strings.Contains(html, ">"+c.Caption+"</figcaption>") {
					t.Errorf("html lacks the caption %q", c.Caption)
				}
				part := string(files[fmt.Sprintf("word/charts/chart%d.xml", i+1)])
				wb := workbookRows(t, files[fmt.Sprintf("word/embeddings/Microsoft_Excel_Worksheet%d.xlsx", i+1)])
				// The HTML draws the layout of the text width with grid
				// metrics: every label of it is a <text>.
				w, h := style.FigureSizePt()
				for _, label := range chart.Layout(c.Chart, chart.Size{W: w, H: h}, chart.GridMetrics{}).Texts() {
					var esc strings.Builder
					_ = xml.EscapeText(&esc, []byte(label.Text))
					if !strings.Contains(html, ">"+esc.String()+"</text>") {
						t.Errorf("html: the label %q is not text", label.Text)
					}
				}
				for j, cat := range c.Chart.Categories {
					if !strings.Contains(part, "<c:v>"+cat+"</c:v>") {
						t.Errorf("docx chart %d: the category %q is not cached", i+1, cat)
					}
					if j+1 >= len(wb) || len(wb[j+1]) == 0 || wb[j+1][0] != cat {
						t.Errorf("docx workbook %d: row %d is %q, want the category %q", i+1, j+2, wb[min(j+1, len(wb)-1)], cat)
					}
					for _, s := range c.Chart.Series {
						if !strings.Contains(part, "<c:v>"+s.Points[j].Shown+"</c:v>") {
							t.Errorf("docx chart %d: the figure %s is not cached", i+1, s.Points[j].Shown)
						}
					}
				}
				if pdfText == "" {
					continue
				}
				if !strings.Contains(pdfText, squeeze(c.Caption)) {
					t.Errorf("pdf text lacks the caption %q", c.Caption)
				}
				// The PDF lays the chart out with its fonts' widths, which
				// may wrap a category label elsewhere: read every category
				// and every figure.
				for j, cat := range c.Chart.Categories {
					if !strings.Contains(pdfText, squeeze(cat)) {
						t.Errorf("pdf text lacks the category %q", cat)
					}
					for _, s := range c.Chart.Series {
						// Crowded labels drop their unit (it stays in the
						// axis title).
						p := s.Points[j]
						if !strings.Contains(pdfText, squeeze(p.Label)) && !strings.Contains(pdfText, p.Shown) {
							t.Errorf("pdf text lacks the figure %q", p.Label)
						}
					}
				}
			}
		})
	}
	if seen == 0 {
		t.Fatal("no example has a chart")
	}
}

// squeeze drops white space, which text extraction puts where it sees fit.
func squeeze(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

func pdftotext(t *testing.T, pdf []byte) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "out.pdf")
	if err := os.WriteFile(path, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("pdftotext", "-enc", "UTF-8", path, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	return string(out)
}

func unzipAll(t *testing.T, data []byte) map[string][]byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][]byte{}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		out[f.Name] = b
	}
	return out
}

// workbookRows opens an embedded workbook with excelize and returns the
// rows of its first sheet.
func workbookRows(t *testing.T, data []byte) [][]string {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("the embedded workbook does not open: %v", err)
	}
	defer f.Close()
	rows, err := f.GetRows(f.GetSheetName(0))
	if err != nil {
		t.Fatal(err)
	}
	return rows
}
