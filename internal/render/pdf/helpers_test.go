package pdf

import (
	"bytes"
	"compress/zlib"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"unicode"

	"zongjie/internal/doc"
	"zongjie/internal/doc/doctest"
	"zongjie/internal/fonts"
	"zongjie/internal/render/style"
)

// corpus returns the test documents: those doctest builds and every
// example's report of every kind.
func corpus(t *testing.T) []doctest.Case {
	t.Helper()
	return doctest.All(t)
}

// printable returns d with every character that some face of set lacks
// (doctest's edge document has ©, which the embedded fonts do not) replaced
// by "?", so the read-back tests can print it with any fonts. Write refuses
// such a character instead (TestMissingGlyphIsAnError).
func printable(set *fonts.Set, d *doc.Document) *doc.Document {
	return doctest.MapText(d, func(s string) string {
		return strings.Map(func(r rune) rune {
			if lacksGlyph(set, string(r)) {
				return '?'
			}
			return r
		}, s)
	})
}

// lacksGlyph reports whether some printable character of s has no glyph in
// one of the faces a report uses.
func lacksGlyph(set *fonts.Set, s string) bool {
	for _, r := range s {
		if unicode.IsSpace(r) {
			continue
		}
		for _, face := range []fonts.Face{fonts.Song, fonts.FangSong, fonts.Hei, fonts.Kai} {
			if set.For(face, r) == nil {
				return true
			}
		}
	}
	return false
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
			if !r.repeat && !r.figure {
				b.WriteString(r.text)
			}
		}
	}
	return stripSpace(b.String())
}

// figureLabels returns, for each chart drawn on the page, a pattern that
// matches its labels as a reader extracts them: the label runs in drawing
// order, white space allowed between any two characters.
func figureLabels(p *page) []*regexp.Regexp {
	var out []*regexp.Regexp
	var cur strings.Builder
	block := -2
	flush := func() {
		if cur.Len() == 0 {
			return
		}
		var parts []string
		for _, r := range stripSpace(cur.String()) {
			parts = append(parts, regexp.QuoteMeta(string(r)))
		}
		out = append(out, regexp.MustCompile(strings.Join(parts, `\s*`)))
		cur.Reset()
	}
	for _, r := range p.runs {
		if !r.figure || r.block != block {
			flush()
			block = -2
		}
		if r.figure {
			cur.WriteString(r.text)
			block = r.block
		}
	}
	flush()
	return out
}

// cutFigures removes the labels of the page's charts from text extracted
// from it, and reports an error when a chart's labels are not there, in
// drawing order, as text.
func cutFigures(t *testing.T, p *page, text string) string {
	t.Helper()
	for _, re := range figureLabels(p) {
		loc := re.FindStringIndex(text)
		if loc == nil {
			t.Errorf("page %d: the chart labels %s do not extract as text", p.number, re)
			continue
		}
		text = text[:loc[0]] + text[loc[1]:]
	}
	return text
}

// drawnLines returns the text of every drawn line, in order, without the
// table headers repeated on a continuation page.
func drawnLines(pages []*page) []string {
	var lines []string
	last := -1
	for _, p := range pages {
		for _, r := range p.runs {
			if r.repeat || r.figure {
				continue
			}
			if r.line != last {
				lines = append(lines, "")
				last = r.line
			}
			lines[len(lines)-1] += r.text
		}
	}
	return lines
}

// expectedText is what a reader should find in the PDF: the text of every
// block, as doctest writes it independently of the writer, of the document
// as printed (style.Printed: tables as they are set), without white space
// (the layout decides where lines break).
func expectedText(d *doc.Document) string {
	head, foot := issueText(d)
	return stripSpace(head + doctest.Text(style.Printed(d)) + foot)
}

// issueText is the text of the 版头, drawn before the body, and of the 版记,
// drawn after it, as a reader finds them.
func issueText(d *doc.Document) (head, foot string) {
	if d.Masthead() {
		head = doc.CleanText(d.Issue.Authority) + doc.CleanText(d.Issue.Number)
	}
	if d.Colophon() {
		var copyTo []string
		for _, c := range d.Issue.CopyTo {
			if c = doc.CleanText(c); c != "" {
				copyTo = append(copyTo, c)
			}
		}
		foot = style.CopyToLine(copyTo) + doc.CleanText(d.Issue.Printer) + style.PrintedLine(doc.CleanText(d.Issue.Printed))
	}
	return head, foot
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
		text = cutFigures(t, p, strings.TrimSuffix(text, n))
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
		switch n := len(lines); {
		case p.unnumbered:
		case n > 0 && stripSpace(lines[n-1]) == stripSpace(num.String()):
			lines = lines[:n-1]
		default:
			t.Errorf("page %d does not end with its number", p.number)
		}
		lines = strings.Split(cutFigures(t, p, strings.Join(lines, "\n")), "\n")
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
