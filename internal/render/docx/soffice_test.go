package docx

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"

	"zongjie/internal/doc"
	"zongjie/internal/doc/doctest"
	"zongjie/internal/fonts"
	"zongjie/internal/render/style"
)

// libreOffice returns the soffice command and the directory converted files
// go to, or skips the test: it runs only with ZONGJIE_SOFFICE=1 (CI has no
// LibreOffice). With ZONGJIE_SOFFICE_OUT=DIR the .docx, .pdf and, when
// pdftoppm is installed, PNGs of the pages are kept in DIR for a look.
func libreOffice(t *testing.T) (soffice, dir string) {
	if os.Getenv("ZONGJIE_SOFFICE") != "1" {
		t.Skip("set ZONGJIE_SOFFICE=1 to convert with LibreOffice")
	}
	soffice, err := exec.LookPath("soffice")
	if err != nil {
		t.Fatal("soffice not found:", err)
	}
	dir = os.Getenv("ZONGJIE_SOFFICE_OUT")
	if dir == "" {
		dir = t.TempDir()
	}
	return soffice, dir
}

// convert writes d as NAME.docx in dir and has LibreOffice convert it to
// NAME.pdf there, whose path it returns.
func convert(t *testing.T, soffice, dir, name string, d *doc.Document) string {
	t.Helper()
	var buf bytes.Buffer
	if err := Write(&buf, d); err != nil {
		t.Fatal(err)
	}
	in := filepath.Join(dir, name+".docx")
	if err := os.WriteFile(in, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(soffice, "--headless", "--convert-to", "pdf", "--outdir", dir, in)
	cmd.Env = append(os.Environ(), "HOME="+fontHome(t))
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
	pdf := filepath.Join(dir, name+".pdf")
	info, err := os.Stat(pdf)
	if err != nil {
		t.Fatal("no PDF:", err)
	}
	if info.Size() == 0 {
		t.Fatal("empty PDF")
	}
	return pdf
}

// TestLibreOfficeConverts converts every test document to PDF with
// LibreOffice.
func TestLibreOfficeConverts(t *testing.T) {
	soffice, dir := libreOffice(t)
	for _, tc := range doctest.All(t) {
		t.Run(tc.Name, func(t *testing.T) {
			pdf := convert(t, soffice, dir, tc.Name, tc.Doc)
			if ppm, err := exec.LookPath("pdftoppm"); err == nil {
				png := filepath.Join(dir, tc.Name)
				if out, err := exec.Command(ppm, "-png", "-r", "60", pdf, png).CombinedOutput(); err != nil {
					t.Fatalf("pdftoppm: %v\n%s", err, out)
				}
			}
		})
	}
}

// TestLibreOfficeKeepsFigures converts every test document to PDF with
// LibreOffice and reads it back with pdftotext: every figure of the
// document is there, whole and in order.
func TestLibreOfficeKeepsFigures(t *testing.T) {
	soffice, dir := libreOffice(t)
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext not installed")
	}
	for _, tc := range doctest.All(t) {
		t.Run(tc.Name, func(t *testing.T) {
			d := withoutCharts(tc.Doc)
			pages := pdfPages(t, convert(t, soffice, dir, tc.Name, d))
			if want := figures(readerText(d)); !figuresWithRepeats(pages, d, want) {
				t.Errorf("figures in LibreOffice's PDF\n got %s\nwant %s", figures(strings.Join(pages, "\n")), want)
			}
		})
	}
}

// TestLibreOfficeShowsAllText converts every test document to PDF with
// LibreOffice and reads it back with pdftotext: LibreOffice must show the
// document's whole text, in order, and nothing else but page numbers and
// the table headers it repeats on a new page.
func TestLibreOfficeShowsAllText(t *testing.T) {
	soffice, dir := libreOffice(t)
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext not installed")
	}
	for _, tc := range doctest.All(t) {
		t.Run(tc.Name, func(t *testing.T) {
			d := withoutCharts(tc.Doc)
			pages := pdfPages(t, convert(t, soffice, dir, tc.Name, d))
			if err := readsAs(pages, d); err != "" {
				t.Errorf("LibreOffice's PDF reads differently %s", err)
			}
		})
	}
}

// withoutCharts is d without its charts: LibreOffice draws a chart with
// labels of its own choosing (its ticks, its legend), which the text
// checks cannot predict. TestLibreOfficeConverts converts the charts, and
// internal/chart/ooxml's TestLibreOffice reads them back.
func withoutCharts(d *doc.Document) *doc.Document {
	out := *d
	out.Blocks = nil
	for _, b := range d.Blocks {
		if _, ok := b.(*doc.Chart); !ok {
			out.Blocks = append(out.Blocks, b)
		}
	}
	return &out
}

// TestLibreOfficeTables converts every table of the test documents, each
// alone under a title, with LibreOffice and reads the PDF back with
// pdftotext: every header line as style.LayTable broke it, and every
// figure cell (a number, a year), stands whole on one line: LibreOffice
// breaks no header word and no figure.
func TestLibreOfficeTables(t *testing.T) {
	soffice, dir := libreOffice(t)
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext not installed")
	}
	n := 0
	for _, tc := range doctest.All(t) {
		for i, b := range tc.Doc.Blocks {
			tb, ok := b.(*doc.Table)
			if !ok {
				continue
			}
			n++
			name := fmt.Sprintf("%s.table%d", tc.Name, i)
			t.Run(name, func(t *testing.T) {
				d := doctest.Build(tc.Doc.Meta, doctest.Title("表"), tb)
				out, err := exec.Command("pdftotext", "-raw", "-enc", "UTF-8", convert(t, soffice, dir, name, d), "-").Output()
				if err != nil {
					t.Fatal(err)
				}
				var lines []string
				for _, l := range strings.Split(string(out), "\n") {
					lines = append(lines, stripSpace(l))
				}
				l := style.LayTable(tb)
				var want []string
				for _, h := range l.Header {
					for _, line := range h {
						want = append(want, stripSpace(line.String()))
					}
				}
				for _, r := range l.Rows {
					for _, c := range r {
						if _, _, ok := doc.SplitFigure(c.String()); ok {
							want = append(want, c.String())
						}
					}
				}
				for _, w := range want {
					if w != "" && !slices.ContainsFunc(lines, func(l string) bool { return strings.Contains(l, w) }) {
						t.Errorf("%q is not whole on any line of LibreOffice's PDF:\n%s", w, out)
					}
				}
			})
		}
	}
	if n == 0 {
		t.Error("no table in the test documents")
	}
}

// pdfPages returns pdftotext's text of each page of a PDF (content order,
// white space kept), without the page number at its foot.
func pdfPages(t *testing.T, pdf string) []string {
	t.Helper()
	out, err := exec.Command("pdftotext", "-raw", "-enc", "UTF-8", pdf, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	pages := strings.Split(strings.TrimSuffix(string(out), "\f"), "\f")
	for i, p := range pages {
		pages[i] = strings.TrimSuffix(strings.TrimRightFunc(p, unicode.IsSpace), style.PageNumber(i+1))
	}
	return pages
}

// readerText is the text a reader of the converted document finds: the
// 版头, the document as printed (style.Printed), the 版记.
func readerText(d *doc.Document) string {
	var head, foot string
	if d.Masthead() {
		head = doc.CleanText(d.Issue.Authority) + doc.CleanText(d.Issue.Number) + "\n"
	}
	if d.Colophon() {
		foot = style.CopyToLine(cleanAll(d.Issue.CopyTo)) + doc.CleanText(d.Issue.Printer) +
			style.PrintedLine(doc.CleanText(d.Issue.Printed)) + "\n"
	}
	return head + doctest.Text(style.Printed(d)) + foot
}

// tableHeaders returns the header rows of d's tables as printed
// (style.Printed), without white space.
func tableHeaders(d *doc.Document) []string {
	var hs []string
	for _, b := range style.Printed(d).Blocks {
		if t, ok := b.(*doc.Table); ok {
			var h strings.Builder
			for _, c := range t.Header {
				h.WriteString(c.String())
			}
			hs = append(hs, stripSpace(h.String()))
		}
	}
	return hs
}

// readsAs reports where the pages' text parts from d's, or "". White
// space does not count. A page may start with a table header that the
// text does not have there: the header row repeated on a new page.
func readsAs(pages []string, d *doc.Document) string {
	want := stripSpace(readerText(d))
	done := 0
	for _, p := range pages {
		p = stripSpace(p)
		if !strings.HasPrefix(want[done:], p) {
			for _, h := range tableHeaders(d) {
				if rest, ok := strings.CutPrefix(p, h); ok && h != "" && strings.HasPrefix(want[done:], rest) {
					p = rest
					break
				}
			}
		}
		if !strings.HasPrefix(want[done:], p) {
			return firstRuneDiff(p, want[done:])
		}
		done += len(p)
	}
	if done != len(want) {
		return "at the end: the text goes on with " + want[done:min(len(want), done+60)]
	}
	return ""
}

var figure = regexp.MustCompile(`[0-9]+(\.[0-9]+)?`)

// figures lists the figures of a text, in order.
func figures(s string) string {
	return strings.Join(figure.FindAllString(s, -1), " ")
}

// figuresWithRepeats reports whether the pages hold the figures want once
// the lines of a table header at the top of a page are taken away.
func figuresWithRepeats(pages []string, d *doc.Document, want string) bool {
	var b strings.Builder
	for i, p := range pages {
		lines := strings.Split(p, "\n")
		if i > 0 {
			for _, h := range tableHeaders(d) {
				seen, n := "", 0
				for n < len(lines) && len(seen) < len(h) {
					seen += stripSpace(lines[n])
					n++
				}
				if h != "" && seen == h {
					lines = lines[n:]
					break
				}
			}
		}
		b.WriteString(strings.Join(lines, "\n") + "\n")
	}
	return figures(b.String()) == want
}

// fontHome returns a HOME whose fontconfig maps the Windows names of the
// Chinese faces (黑体, 楷体, …) to the free fonts fonts.Families lists, so
// LibreOffice on Linux shows each role in a face of its kind rather than one
// fallback for all.
func fontHome(t *testing.T) string {
	home := t.TempDir()
	var b strings.Builder
	b.WriteString(`<?xml version="1.0"?>` + "\n" + `<!DOCTYPE fontconfig SYSTEM "fonts.dtd">` + "\n<fontconfig>\n")
	for _, face := range []fonts.Face{fonts.Song, fonts.FangSong, fonts.Hei, fonts.Kai} {
		names := fonts.Families[face]
		for _, name := range names {
			b.WriteString("<alias binding=\"same\"><family>" + escape(name) + "</family><prefer>")
			for _, n := range names {
				b.WriteString("<family>" + escape(n) + "</family>")
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

func stripSpace(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

// firstRuneDiff describes where two strings part.
func firstRuneDiff(got, want string) string {
	g, w := []rune(got), []rune(want)
	i := 0
	for i < len(g) && i < len(w) && g[i] == w[i] {
		i++
	}
	return "at rune " + itoa(i) + ":\n got …" + string(g[max(0, i-10):min(len(g), i+20)]) +
		"\nwant …" + string(w[max(0, i-10):min(len(w), i+20)])
}

// TestLibreOfficeDrawsCharts converts every test document that has charts
// and reads the PDF back: LibreOffice draws each native chart, its
// categories are there as text, and its caption follows it.
func TestLibreOfficeDrawsCharts(t *testing.T) {
	soffice, dir := libreOffice(t)
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext not installed")
	}
	n := 0
	for _, tc := range doctest.All(t) {
		var charts []*doc.Chart
		for _, b := range tc.Doc.Blocks {
			if c, ok := b.(*doc.Chart); ok {
				charts = append(charts, c)
			}
		}
		if len(charts) == 0 {
			continue
		}
		n++
		t.Run(tc.Name, func(t *testing.T) {
			text := strings.Join(pdfPages(t, convert(t, soffice, dir, tc.Name+".charts", tc.Doc)), "")
			text = strings.Join(strings.Fields(text), "")
			for _, c := range charts {
				caption := strings.Join(strings.Fields(c.Caption), "")
				at := strings.Index(text, caption)
				if at < 0 {
					t.Errorf("the caption %q is not in LibreOffice's PDF", c.Caption)
					continue
				}
				for _, cat := range c.Chart.Categories {
					if !strings.Contains(text[:at], strings.Join(strings.Fields(cat), "")) {
						t.Errorf("%s: the category %q is not drawn before its caption", c.Caption, cat)
					}
				}
			}
		})
	}
	if n == 0 {
		t.Fatal("no test document has a chart")
	}
}
