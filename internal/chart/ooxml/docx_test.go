package ooxml

import (
	"archive/zip"
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"zongjie/internal/chart"
	"zongjie/internal/chart/catalog"
	"zongjie/internal/chart/charttest"
	"zongjie/internal/fonts"
)

// testDOCX builds the smallest DOCX package that shows the charts, each
// in its own paragraph with its caption under it, the way the DOCX writer
// will add them: the parts, their content types, the document's
// relationships and Inline's drawing.
func testDOCX(t *testing.T, charts []chart.Chart, box chart.Size) []byte {
	t.Helper()
	const w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
	var body strings.Builder
	overrides := map[string]string{
		"/word/document.xml": "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
	}
	defaults := map[string]string{"rels": ContentTypeRels, "xml": "application/xml"}
	rels := []string{}
	files := map[string][]byte{}
	for i, c := range charts {
		p, err := Build(c, i+1, Options{Box: box})
		if err != nil {
			t.Fatal(err)
		}
		files[p.Name], files[p.RelsName], files[p.WorkbookName] = p.XML, p.Rels, p.Workbook
		for k, v := range p.Overrides {
			overrides[k] = v
		}
		for k, v := range p.Defaults {
			defaults[k] = v
		}
		id := "rIdChart" + strconv.Itoa(i+1)
		rels = append(rels, `<Relationship Id="`+id+`" Type="`+RelChart+`" Target="`+p.Target+`"/>`)
		body.WriteString(`<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r>`)
		body.Write(Inline(id, i+1, box, c))
		body.WriteString(`</w:r></w:p>`)
		body.WriteString(`<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:rFonts w:eastAsia="黑体"/></w:rPr><w:t>` +
			xmlText(c.Caption) + `</w:t></w:r></w:p>`)
	}
	files["word/document.xml"] = []byte(xmlHeader + `<w:document xmlns:w="` + w + `"><w:body>` + body.String() +
		`<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr></w:body></w:document>`)
	files["word/_rels/document.xml.rels"] = []byte(xmlHeader + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
		strings.Join(rels, "") + `</Relationships>`)
	files["_rels/.rels"] = []byte(xmlHeader + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
		`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`)
	var ct strings.Builder
	ct.WriteString(xmlHeader + `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">`)
	for _, k := range sortedKeys(defaults) {
		ct.WriteString(`<Default Extension="` + k + `" ContentType="` + defaults[k] + `"/>`)
	}
	for _, k := range sortedKeys(overrides) {
		ct.WriteString(`<Override PartName="` + k + `" ContentType="` + overrides[k] + `"/>`)
	}
	ct.WriteString(`</Types>`)
	files["[Content_Types].xml"] = []byte(ct.String())
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	// [Content_Types].xml first, as Word writes it.
	names := sortedKeys(files)
	sort.SliceStable(names, func(i, j int) bool { return names[i] == "[Content_Types].xml" && names[j] != names[i] })
	for _, name := range names {
		f, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := f.Write(files[name]); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func sortedKeys[V any](m map[string]V) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func xmlText(s string) string {
	var b bytes.Buffer
	escape(&b, s)
	return b.String()
}

// TestLibreOffice converts a DOCX holding the example term review's and
// the 永嘉 report's charts to PDF with LibreOffice and reads it back with
// pdftotext: LibreOffice draws the charts from the cached values, every
// category and figure included. It runs with ZONGJIE_SOFFICE=1, as the
// DOCX writer's LibreOffice tests do; ZONGJIE_SOFFICE_OUT=DIR keeps the
// .docx, the .pdf and a PNG of each page there.
func TestLibreOffice(t *testing.T) {
	if os.Getenv("ZONGJIE_SOFFICE") != "1" {
		t.Skip("set ZONGJIE_SOFFICE=1 to convert with LibreOffice")
	}
	soffice, err := exec.LookPath("soffice")
	if err != nil {
		t.Fatal("soffice not found:", err)
	}
	dir := os.Getenv("ZONGJIE_SOFFICE_OUT")
	if dir == "" {
		dir = t.TempDir()
	}
	var charts []chart.Chart
	for _, ex := range charttest.Examples(t) {
		if ex.Name != "term" && ex.Name != "yongjia-edu-2013" && ex.Name != "corpus/004-wuxi-post-2009h1" {
			continue
		}
		for _, id := range catalog.IDs() {
			if c, ok := catalog.Build(id, ex.Result); ok {
				c.Caption = "图" + strconv.Itoa(len(charts)+1) + " " + c.Title
				charts = append(charts, c)
			}
		}
	}
	in := filepath.Join(dir, "charts.docx")
	if err := os.WriteFile(in, testDOCX(t, charts, chart.Size{W: 442, H: 260}), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(soffice, "--headless", "--convert-to", "pdf", "--outdir", dir, in)
	cmd.Env = append(os.Environ(), "HOME="+fontHome(t))
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
	pdf := filepath.Join(dir, "charts.pdf")
	if ppm, err := exec.LookPath("pdftoppm"); err == nil {
		if out, err := exec.Command(ppm, "-png", "-r", "80", pdf, filepath.Join(dir, "charts")).CombinedOutput(); err != nil {
			t.Fatalf("pdftoppm: %v\n%s", err, out)
		}
	}
	out, err := exec.Command("pdftotext", "-enc", "UTF-8", pdf, "-").Output()
	if err != nil {
		t.Skip("pdftotext:", err)
	}
	text := strings.Join(strings.Fields(string(out)), "")
	chars := map[rune]int{}
	for _, r := range text {
		chars[r]++
	}
	need := map[rune]int{}
	for _, c := range charts {
		d := chart.Layout(c, chart.Size{W: 442, H: 260}, chart.GridMetrics{})
		turned := false
		for _, tx := range d.Texts() {
			turned = turned || tx.Role == chart.RoleCategoryLabel && tx.Rotate != 0
		}
		for _, cat := range c.Categories {
			cat = strings.Join(strings.Fields(cat), "")
			if turned {
				// pdftotext reads turned text a character at a time: the
				// PDF must hold every character of the turned labels, as
				// often as they do (a cut label would lack some).
				for _, r := range cat {
					need[r]++
				}
				continue
			}
			if !strings.Contains(text, cat) {
				t.Errorf("%s: category %q is not in LibreOffice's PDF", c.Title, cat)
			}
		}
		for _, s := range c.Series {
			for _, p := range s.Points {
				if !strings.Contains(text, p.Shown) {
					t.Errorf("%s: figure %s is not in LibreOffice's PDF", c.Title, p.Label)
				}
			}
		}
	}
	for r, n := range need {
		if chars[r] < n {
			t.Errorf("turned category labels have %d × %q, LibreOffice's PDF %d", n, r, chars[r])
		}
	}
}

// fontHome is a HOME whose fontconfig maps the report's families (宋体,
// 黑体 …) to the fonts installed, as the DOCX writer's tests do.
func fontHome(t *testing.T) string {
	home := t.TempDir()
	var b strings.Builder
	b.WriteString(`<?xml version="1.0"?>` + "\n" + `<!DOCTYPE fontconfig SYSTEM "fonts.dtd">` + "\n<fontconfig>\n")
	for _, face := range []fonts.Face{fonts.Song, fonts.FangSong, fonts.Hei, fonts.Kai} {
		names := append([]string{face.String()}, fonts.Families[face]...)
		for _, name := range names {
			b.WriteString("<alias binding=\"same\"><family>" + xmlText(name) + "</family><prefer>")
			for _, n := range fonts.Families[face] {
				b.WriteString("<family>" + xmlText(n) + "</family>")
			}
			b.WriteString("</prefer></alias>\n")
		}
	}
	b.WriteString("</fontconfig>\n")
	dir := filepath.Join(home, ".config", "fontconfig")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "fonts.conf"), []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return home
}
