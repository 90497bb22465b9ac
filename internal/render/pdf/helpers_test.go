package pdf

import (
	"bytes"
	"compress/zlib"
	"html"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"unicode"

	"github.com/yuin/goldmark/ast"

	"zongjie/internal/doc"
	"zongjie/internal/fonts"
)

// corpusPatterns are where the test documents live: this package's
// testdata, the document model's samples, the reports the composer writes
// for the examples (its golden files), and any composed report kept under
// examples/. Add a *.md file to any of them and every data-driven test
// here covers it.
var corpusPatterns = []string{
	"testdata/*.md",
	"../doc/testdata/*.md",
	"../../report/testdata/golden/*.md",
	"../../../examples/*.md",
	"../../../examples/*/*.md",
}

func corpus(t *testing.T) []string {
	t.Helper()
	var files []string
	for _, p := range corpusPatterns {
		m, err := filepath.Glob(p)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, m...)
	}
	sort.Strings(files)
	if len(files) == 0 {
		t.Fatal("no Markdown test documents found")
	}
	return files
}

func parseFile(t *testing.T, path string) *doc.Document {
	t.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return doc.Parse(src, doc.Meta{Author: "永嘉县教育工会", Date: "2013年12月31日", ISODate: "2013-12-31"})
}

// Writers are shared by all tests: fonts load once per configuration.
var shared struct {
	once      sync.Once
	embedded  *Writer
	installed *Writer
	err       error
}

type fontConfig struct {
	name string
	w    *Writer
}

// fontConfigs returns a writer using only the embedded fallback fonts (a
// machine with no Chinese fonts) and one using the installed fonts.
func fontConfigs(t *testing.T) []fontConfig {
	t.Helper()
	shared.once.Do(func() {
		shared.embedded, shared.err = New(Options{Fonts: fonts.Options{NoSystemFonts: true}})
		if shared.err == nil {
			shared.installed, shared.err = New(Options{})
		}
	})
	if shared.err != nil {
		t.Fatal(shared.err)
	}
	return []fontConfig{{"embedded", shared.embedded}, {"installed", shared.installed}}
}

func stripSpace(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

// drawnText is the body text the layout drew, in drawing order, without
// page numbers and repeated table headers.
func drawnText(pages []*page) string {
	var b strings.Builder
	for _, p := range pages {
		for _, r := range p.runs {
			if !r.repeat {
				b.WriteString(r.text)
			}
		}
	}
	return stripSpace(b.String())
}

// drawnLines returns the text of every drawn line, in order.
func drawnLines(pages []*page) []string {
	var lines []string
	last := -1
	for _, p := range pages {
		for _, r := range p.runs {
			if r.line != last {
				lines = append(lines, "")
				last = r.line
			}
			lines[len(lines)-1] += r.text
		}
	}
	return lines
}

var backslashEscape = regexp.MustCompile("\\\\([!-/:-@\\[-`{-~])")

// expectedText is what a reader should find in the PDF: the text of every
// node of the Markdown, written independently of the writer's own walker.
func expectedText(d *doc.Document, bullet rune) string {
	var b strings.Builder
	lines := func(n ast.Node) {
		l := n.Lines()
		for i := 0; i < l.Len(); i++ {
			seg := l.At(i)
			b.Write(seg.Value(d.Source))
		}
	}
	var walk func(n ast.Node)
	walk = func(n ast.Node) {
		switch n := n.(type) {
		case *ast.Text:
			v := string(n.Segment.Value(d.Source))
			if _, code := n.Parent().(*ast.CodeSpan); !code {
				v = html.UnescapeString(backslashEscape.ReplaceAllString(v, "$1"))
			}
			b.WriteString(v)
			return
		case *ast.String:
			b.Write(n.Value)
			return
		case *ast.RawHTML:
			for i := 0; i < n.Segments.Len(); i++ {
				seg := n.Segments.At(i)
				b.Write(seg.Value(d.Source))
			}
			return
		case *ast.AutoLink:
			b.Write(n.Label(d.Source))
			return
		case *ast.HTMLBlock:
			if !d.IsMarker(n) && !strings.HasPrefix(strings.TrimSpace(string(n.Lines().Value(d.Source))), "<!--") {
				lines(n)
			}
			return
		case *ast.FencedCodeBlock, *ast.CodeBlock:
			lines(n)
			return
		case *ast.ListItem:
			list := n.Parent().(*ast.List)
			if list.IsOrdered() {
				i := 0
				for c := list.FirstChild(); c != n; c = c.NextSibling() {
					i++
				}
				b.WriteString(strconv.Itoa(list.Start+i) + string(list.Marker))
			} else {
				b.WriteRune(bullet)
			}
		}
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			walk(c)
		}
	}
	walk(d.Root)
	return stripSpace(b.String())
}

// render writes d to a temporary PDF file and returns its path and layout.
func render(t *testing.T, w *Writer, d *doc.Document) (string, []*page, []byte) {
	t.Helper()
	pages, err := w.layout(d) // what Write lays out, kept to read back
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := w.Write(&buf, d); err != nil {
		t.Fatal(err)
	}
	data := buf.Bytes()
	path := filepath.Join(t.TempDir(), "out.pdf")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path, pages, data
}

// poppler runs a poppler-utils tool, skipping the test if it is missing.
func poppler(t *testing.T, tool string, args ...string) string {
	t.Helper()
	if _, err := exec.LookPath(tool); err != nil {
		t.Skipf("%s not installed (apt-get install poppler-utils); skipping the check that reads the PDF back", tool)
	}
	out, err := exec.Command(tool, args...).Output()
	if err != nil {
		t.Fatalf("%s %v: %v", tool, args, err)
	}
	return string(out)
}

// extractedPages returns pdftotext's text of each page in content order,
// whitespace removed, with the page number and repeated table headers cut.
func extractedPages(t *testing.T, path string, pages []*page) []string {
	t.Helper()
	raw := strings.Split(poppler(t, "pdftotext", "-raw", "-enc", "UTF-8", path, "-"), "\f")
	if len(raw) < len(pages) {
		t.Fatalf("pdftotext found %d pages, layout has %d", len(raw), len(pages))
	}
	out := make([]string, len(pages))
	for i, p := range pages {
		text := stripSpace(raw[i])
		var num strings.Builder
		for _, r := range p.numberRun {
			num.WriteString(r.text)
		}
		n := stripSpace(num.String())
		if !strings.HasSuffix(text, n) {
			t.Errorf("page %d: text does not end with its page number %q: …%s", p.number, n, tail(text, 40))
		}
		text = strings.TrimSuffix(text, n)
		var rep strings.Builder
		for _, r := range p.runs {
			if r.repeat {
				rep.WriteString(r.text)
			}
		}
		if h := stripSpace(rep.String()); h != "" {
			if !strings.HasPrefix(text, h) {
				t.Errorf("page %d: repeated table header %q not at the top: %s…", p.number, h, head(text, 40))
			}
			text = strings.TrimPrefix(text, h)
		}
		out[i] = text
	}
	return out
}

func head(s string, n int) string {
	r := []rune(s)
	return string(r[:min(n, len(r))])
}

func tail(s string, n int) string {
	r := []rune(s)
	return string(r[max(0, len(r)-n):])
}

// firstDiff describes where two strings part.
func firstDiff(got, want string) string {
	g, w := []rune(got), []rune(want)
	i := 0
	for i < len(g) && i < len(w) && g[i] == w[i] {
		i++
	}
	return "at rune " + strconv.Itoa(i) + ":\n got …" + string(g[max(0, i-10):min(len(g), i+20)]) +
		"\nwant …" + string(w[max(0, i-10):min(len(w), i+20)])
}

// extractedBody returns pdftotext's text (content order, line breaks kept)
// without page numbers and repeated table headers, for reading figures:
// the line breaks keep the numbers of neighbouring table cells apart.
func extractedBody(t *testing.T, path string, pages []*page) string {
	t.Helper()
	raw := strings.Split(poppler(t, "pdftotext", "-raw", "-enc", "UTF-8", path, "-"), "\f")
	var out []string
	for i, p := range pages {
		lines := strings.Split(strings.TrimRight(raw[i], "\n"), "\n")
		var num, rep strings.Builder
		for _, r := range p.numberRun {
			num.WriteString(r.text)
		}
		if n := len(lines); n > 0 && stripSpace(lines[n-1]) == stripSpace(num.String()) {
			lines = lines[:n-1]
		} else {
			t.Errorf("page %d does not end with its number", p.number)
		}
		for _, r := range p.runs {
			if r.repeat {
				rep.WriteString(r.text)
			}
		}
		header, seen := stripSpace(rep.String()), ""
		for header != "" && seen != header && len(lines) > 0 {
			seen += stripSpace(lines[0])
			lines = lines[1:]
		}
		if seen != header {
			t.Errorf("page %d: repeated header %q not found", p.number, header)
		}
		out = append(out, lines...)
	}
	return strings.Join(out, "\n")
}

// inflated returns the text of a PDF with every compressed stream inflated
// in place, so tests can look for the dictionaries kept in object streams.
func inflated(t *testing.T, pdf []byte) []byte {
	t.Helper()
	var out []byte
	for {
		i := bytes.Index(pdf, []byte("stream\n"))
		if i < 0 {
			return append(out, pdf...)
		}
		j := bytes.Index(pdf[i:], []byte("\nendstream"))
		if j < 0 {
			t.Fatal("a stream without endstream")
		}
		out = append(out, pdf[:i]...)
		zr, err := zlib.NewReader(bytes.NewReader(pdf[i+len("stream\n") : i+j]))
		if err != nil {
			t.Fatal(err)
		}
		data, err := io.ReadAll(zr)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, data...)
		pdf = pdf[i+j+len("\nendstream"):]
	}
}
