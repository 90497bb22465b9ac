package pipeline

import (
	"archive/zip"
	"bytes"
	"io"
	"path/filepath"
	"strings"
	"testing"

	"zongjie/internal/fonts"
	"zongjie/internal/record"
	"zongjie/internal/render/pdf"
	"zongjie/internal/report"
)

func load(t *testing.T, files ...string) []*record.Period {
	t.Helper()
	var ps []*record.Period
	for _, f := range files {
		p, err := record.LoadAndValidate("../../examples/"+f, record.DefaultLimits)
		if err != nil {
			t.Fatal(err)
		}
		ps = append(ps, p)
	}
	return ps
}

// TestRenderEveryFormat follows the yongjia annual report from records to
// every format and checks that the figures the seed states arrive in each.
func TestRenderEveryFormat(t *testing.T) {
	r := New(Options{})
	ps := load(t, "yongjia-edu-2013.yaml")
	md, err := r.Bytes(ps, report.Annual, Markdown)
	if err != nil {
		t.Fatal(err)
	}
	figures := []string{"89.94%", "64.5%", "475人", "99.9万元", "767.13万元", "134.1911万元",
		"岩头学区、瓯北学区并列第二（均为136元）", "枫林镇中心小学248元"}
	for _, f := range figures {
		if !bytes.Contains(md, []byte(f)) {
			t.Errorf("markdown lacks %q", f)
		}
	}
	html, err := r.Bytes(ps, report.Annual, HTML)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range figures {
		if !bytes.Contains(html, []byte(f)) {
			t.Errorf("html lacks %q", f)
		}
	}
	docx, err := r.Bytes(ps, report.Annual, DOCX)
	if err != nil {
		t.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(docx), int64(len(docx)))
	if err != nil {
		t.Fatalf("docx is not a zip: %v", err)
	}
	var body strings.Builder
	for _, f := range zr.File {
		if f.Name == "word/document.xml" {
			rc, _ := f.Open()
			var b bytes.Buffer
			b.ReadFrom(rc)
			rc.Close()
			body.Write(b.Bytes())
		}
	}
	if !strings.Contains(body.String(), "89.94%") {
		t.Error("docx document.xml lacks 89.94%")
	}
	pdf, err := r.Bytes(ps, report.Annual, PDF)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(pdf, []byte("%PDF-")) || !bytes.Contains(pdf[len(pdf)-32:], []byte("%%EOF")) {
		t.Error("pdf is not a complete PDF file")
	}
}

func TestFormatOf(t *testing.T) {
	tests := []struct {
		path string
		want Format
		err  bool
	}{
		{"a.md", Markdown, false},
		{"报告.DOCX", DOCX, false},
		{"x/y.pdf", PDF, false},
		{"r.htm", HTML, false},
		{"r.txt", "", true},
		{"noext", "", true},
	}
	for _, tt := range tests {
		got, err := FormatOf(tt.path)
		if (err != nil) != tt.err || got != tt.want {
			t.Errorf("FormatOf(%q) = %q, %v", tt.path, got, err)
		}
	}
}

func TestRefusesMixedOrganisations(t *testing.T) {
	r := New(Options{})
	_, err := r.Compose(load(t, "yongjia-edu-2013.yaml", "dangyang-zhujian-2014h1.yaml"), report.Annual)
	if err == nil || !strings.Contains(err.Error(), "不是同一个工会组织") {
		t.Fatalf("want a refusal naming both organisations, got %v", err)
	}
}

// TestPrepare: parsing the templates and loading the fonts in the
// background while the records are read gives the PDF a Renderer makes
// without it, also for a kind other than the one prepared, and a font
// failure is reported by the write, not lost in the background.
func TestPrepare(t *testing.T) {
	ps := load(t, "yongjia-edu-2013.yaml")
	plain, err := New(Options{}).Bytes(ps, report.Annual, PDF)
	if err != nil {
		t.Fatal(err)
	}
	r := New(Options{})
	r.Prepare(report.Annual, PDF)
	r.Prepare(report.Annual, PDF) // a second call starts nothing more
	r.Prepare(report.Annual, Markdown)
	prepared, err := r.Bytes(ps, report.Annual, PDF)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(plain, prepared) {
		t.Error("a prepared Renderer writes other bytes")
	}
	other := New(Options{})
	other.Prepare(report.Plan, PDF)
	if got, err := other.Bytes(ps, report.Annual, PDF); err != nil || !bytes.Equal(plain, got) {
		t.Errorf("a Renderer prepared for another kind: err %v, same bytes %v", err, bytes.Equal(plain, got))
	}

	bad := New(Options{PDF: pdf.Options{Fonts: fonts.Options{Faces: map[fonts.Face]string{fonts.Song: "/nonexistent/font.ttf"}}}})
	bad.Prepare(report.Annual, PDF)
	if _, err := bad.Bytes(ps, report.Annual, PDF); err == nil || !strings.Contains(err.Error(), "/nonexistent/font.ttf") {
		t.Errorf("err = %v, want one naming the missing font", err)
	}
}

// TestFontChoicesReachEveryFormat: a family chosen for a face, or the
// family of a font file named for it, is what DOCX and HTML ask for, as
// PDF embeds it.
func TestFontChoicesReachEveryFormat(t *testing.T) {
	file, err := filepath.Glob("/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf")
	if err != nil || len(file) == 0 {
		file = nil
	}
	cases := []struct{ spec, family string }{{"仿宋_GB2312", "仿宋_GB2312"}}
	if file != nil {
		cases = append(cases, struct{ spec, family string }{file[0], "AR PL KaitiM GB"})
	} else {
		t.Log("fonts-arphic-gkai00mp is not installed: the font-file case is skipped")
	}
	periods := load(t, "yongjia-edu-2013.yaml")
	for _, c := range cases {
		opts := Options{}
		opts.PDF.Fonts = fonts.Options{Faces: map[fonts.Face]string{fonts.FangSong: c.spec}, Latin: "DejaVu Serif"}
		r := New(opts)
		htmlOut, err := r.Bytes(periods, report.Annual, HTML)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(htmlOut), `.page .body { font-family: "zongjie Latin", "`+c.family+`"`) || !strings.Contains(string(htmlOut), `local("DejaVu Serif")`) {
			t.Errorf("%s: the HTML body style does not ask for %s", c.spec, c.family)
		}
		docxOut, err := r.Bytes(periods, report.Annual, DOCX)
		if err != nil {
			t.Fatal(err)
		}
		styles := zipPart(t, docxOut, "word/styles.xml")
		if !strings.Contains(styles, `w:ascii="DejaVu Serif" w:hAnsi="DejaVu Serif" w:eastAsia="`+c.family+`"`) {
			t.Errorf("%s: the DOCX styles do not ask for %s", c.spec, c.family)
		}
		if !strings.Contains(zipPart(t, docxOut, "word/fontTable.xml"), `w:name="`+c.family+`"`) {
			t.Errorf("%s: %s is not in the DOCX font table", c.spec, c.family)
		}
	}
}

// zipPart returns the text of one part of a zip file.
func zipPart(t *testing.T, data []byte, name string) string {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range zr.File {
		if f.Name == name {
			rc, err := f.Open()
			if err != nil {
				t.Fatal(err)
			}
			defer rc.Close()
			b, err := io.ReadAll(rc)
			if err != nil {
				t.Fatal(err)
			}
			return string(b)
		}
	}
	t.Fatalf("no %s in the package", name)
	return ""
}
