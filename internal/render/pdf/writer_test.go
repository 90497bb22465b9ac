package pdf

import (
	"bytes"
	"errors"
	"fmt"
	"os/exec"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"zongjie/internal/doc"
	"zongjie/internal/doc/doctest"
	"zongjie/internal/fonts"
	"zongjie/internal/render/style"
)

var figure = regexp.MustCompile(`[0-9]+(\.[0-9]+)?`)

// TestCorpusReadsBack renders every document once per font setup (only
// the embedded fonts, as on a machine without Chinese fonts; and the
// installed fonts) and reads it back, from the layout's own record of what
// it drew and, where poppler-utils is installed, with pdftotext:
//
//   - no lost characters: the text is the document's whole text, in order;
//   - every figure of the document is there, in order;
//   - no line starts with a closing mark or ends with an opening one.
func TestCorpusReadsBack(t *testing.T) {
	for _, fc := range fontConfigs(t) {
		for _, c := range corpus(t) {
			t.Run(fc.name+"/"+c.Name, func(t *testing.T) {
				d := printable(fc.w.Fonts(), c.Doc)
				want := expectedText(d)
				head, foot := issueText(d)
				wantFigures := strings.Join(figure.FindAllString(head+doctest.Text(style.Printed(d))+foot, -1), " ")
				path, pages, _ := render(t, fc.w, d)

				// What the layout drew.
				if got := drawnText(pages); got != want {
					t.Errorf("drawn text differs %s", firstDiff(got, want))
				}
				if got := strings.Join(figure.FindAllString(strings.Join(drawnLines(pages), "\n"), -1), " "); got != wantFigures {
					t.Errorf("drawn figures\n got %s\nwant %s", got, wantFigures)
				}
				checkLineEnds(t, "drawn", drawnLines(pages))

				// What a reader of the PDF gets.
				if got := strings.Join(extractedPages(t, path, pages), ""); got != want {
					t.Errorf("pdftotext text differs %s", firstDiff(got, want))
				}
				if got := strings.Join(figure.FindAllString(extractedBody(t, path, pages), -1), " "); got != wantFigures {
					t.Errorf("extracted figures\n got %s\nwant %s", got, wantFigures)
				}
				for _, mode := range []string{"-raw", "-layout"} {
					checkLineEnds(t, "pdftotext "+mode, strings.Split(poppler(t, "pdftotext", mode, "-enc", "UTF-8", path, "-"), "\n"))
				}
			})
		}
	}
}

// checkLineEnds applies 禁则 to lines of text. ASCII brackets and stops are
// exempt: Latin text breaks at spaces, next to them.
func checkLineEnds(t *testing.T, where string, lines []string) {
	t.Helper()
	for i, l := range lines {
		r := []rune(strings.TrimSpace(l))
		if len(r) == 0 {
			continue
		}
		if noLineStart(r[0]) && !strings.ContainsRune(",.;:?!)]}%", r[0]) {
			t.Errorf("%s line %d starts with %q: %s", where, i, r[0], l)
		}
		if noLineEnd(r[len(r)-1]) && !strings.ContainsRune("([{", r[len(r)-1]) {
			t.Errorf("%s line %d ends with %q: %s", where, i, r[len(r)-1], l)
		}
	}
}

// TestQPDFCheck has qpdf check the structure of every document's PDF:
// cross-reference table, object syntax, stream encodings.
func TestQPDFCheck(t *testing.T) {
	if _, err := exec.LookPath("qpdf"); err != nil {
		t.Skip("qpdf not installed (apt-get install qpdf); skipping the structural check")
	}
	w := fontConfigs(t)[0].w
	for _, c := range corpus(t) {
		path, _, _ := render(t, w, printable(w.Fonts(), c.Doc))
		out, err := exec.Command("qpdf", "--check", path).CombinedOutput()
		if err != nil || !strings.Contains(string(out), "No syntax or stream encoding errors") {
			t.Errorf("%s: qpdf --check: %v\n%s", c.Name, err, out)
		}
	}
}

// TestFontsEmbeddedAsSubsets reads the font list of each PDF with pdffonts.
func TestFontsEmbeddedAsSubsets(t *testing.T) {
	for _, fc := range fontConfigs(t) {
		t.Run(fc.name, func(t *testing.T) {
			path, _, _ := render(t, fc.w, doctest.Sample())
			out := poppler(t, "pdffonts", path)
			rows := strings.Split(strings.TrimSpace(out), "\n")[2:]
			if len(rows) == 0 {
				t.Fatalf("no fonts in the PDF:\n%s", out)
			}
			for _, row := range rows {
				f := strings.Fields(row)
				// name type… encoding emb sub uni object ID
				n := len(f)
				if n < 7 || f[n-5] != "yes" || f[n-4] != "yes" || f[n-3] != "yes" {
					t.Errorf("font not embedded as a subset with ToUnicode: %s", row)
				}
				if !regexp.MustCompile(`^[A-Z]{6}\+`).MatchString(f[0]) {
					t.Errorf("font name %q has no subset tag", f[0])
				}
			}
		})
	}
}

// TestDeterministicBytes: the same document gives the same bytes, from the
// same writer and from a new one, with no creation date unless asked.
func TestDeterministicBytes(t *testing.T) {
	d := doctest.Sample()
	w := fontConfigs(t)[0].w
	_, _, a := render(t, w, d)
	_, _, b := render(t, w, d)
	fresh, err := New(Options{FontSet: w.Fonts()})
	if err != nil {
		t.Fatal(err)
	}
	_, _, c := render(t, fresh, d)
	if !bytes.Equal(a, b) || !bytes.Equal(a, c) {
		t.Fatal("output differs between runs")
	}
	if bytes.Contains(inflated(t, a), []byte("CreationDate")) {
		t.Error("a creation date was written without being asked for")
	}
	dated, err := New(Options{FontSet: w.Fonts(), CreationDate: time.Date(2013, 12, 31, 9, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	_, _, e := render(t, dated, d)
	if !bytes.Contains(inflated(t, e), []byte("/CreationDate (D:20131231")) {
		t.Error("the requested creation date is missing")
	}
}

// TestConcurrentWrites renders documents from many goroutines with one
// Writer and expects the bytes of sequential rendering.
func TestConcurrentWrites(t *testing.T) {
	w := fontConfigs(t)[0].w
	var docs []*doc.Document
	for _, c := range corpus(t)[:6] {
		docs = append(docs, printable(w.Fonts(), c.Doc))
	}
	want := make([][]byte, len(docs))
	for i, d := range docs {
		_, _, want[i] = render(t, w, d)
	}
	var wg sync.WaitGroup
	errs := make(chan error, 3*len(docs))
	for round := 0; round < 3; round++ {
		for i, d := range docs {
			wg.Add(1)
			go func() {
				defer wg.Done()
				var buf bytes.Buffer
				if err := w.Write(&buf, d); err != nil {
					errs <- err
					return
				}
				if !bytes.Equal(buf.Bytes(), want[i]) {
					errs <- fmt.Errorf("document %d: concurrent output differs", i)
				}
			}()
		}
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

// TestMissingGlyphIsAnError: a character no font has fails the write,
// naming the character, and nothing is written.
func TestMissingGlyphIsAnError(t *testing.T) {
	w := fontConfigs(t)[0].w
	d := doctest.Build(doc.Meta{}, doctest.Title("标题"), doctest.P("私用区字符\uE000不在任何字体中。"))
	var buf bytes.Buffer
	err := w.Write(&buf, d)
	var me *missingError
	if !errors.As(err, &me) || !strings.Contains(err.Error(), "U+E000") {
		t.Fatalf("err = %v, want a missing-glyph error naming U+E000", err)
	}
	if buf.Len() != 0 {
		t.Errorf("%d bytes written despite the error", buf.Len())
	}
}

// TestBodyGrid: body lines hold 28 characters (26 after the indent) and a
// page holds 22 lines; page numbers sit on the outer side below the block.
func TestBodyGrid(t *testing.T) {
	w := fontConfigs(t)[0].w
	text := strings.Repeat("字", 26+28*30)
	pages, err := w.layout(doctest.Build(doc.Meta{}, doctest.P(text)))
	if err != nil {
		t.Fatal(err)
	}
	lines := drawnLines(pages)
	if n := len([]rune(lines[0])); n != 26 {
		t.Errorf("first line has %d characters, want 26", n)
	}
	for i, l := range lines[1:] {
		if n := len([]rune(l)); n != 28 {
			t.Errorf("line %d has %d characters, want 28", i+1, n)
		}
	}
	if len(pages) != 2 {
		t.Fatalf("%d pages, want 2", len(pages))
	}
	perPage := map[int]bool{}
	for _, r := range pages[0].runs {
		perPage[r.line] = true
	}
	if len(perPage) != 22 {
		t.Errorf("page 1 has %d lines, want 22", len(perPage))
	}
	for _, p := range pages {
		num := p.numberRun[0]
		if num.y < blockTop+blockHeight+style.MMToPt(style.FooterGapMM) {
			t.Errorf("page %d: number at y=%.1f, inside the 7 mm gap", p.number, num.y)
		}
		odd := p.number%2 == 1
		if right := num.x > pageWidth/2; right != odd {
			t.Errorf("page %d: number at x=%.1f, want the outer side", p.number, num.x)
		}
	}
}

// TestTableSplitsWithRepeatedHeader lays out a table longer than a page.
func TestTableSplitsWithRepeatedHeader(t *testing.T) {
	var rows [][]string
	for i := 1; i <= 60; i++ {
		rows = append(rows, []string{strconv.Itoa(i), fmt.Sprintf("第%d基层工会", i), fmt.Sprintf("%d.%02d", 1000+i*37, i)})
	}
	w := fontConfigs(t)[0].w
	pages, err := w.layout(doctest.Build(doc.Meta{}, doctest.Title("表格"),
		doctest.Table("NLN", []string{"序号", "单位", "金额（元）"}, rows...)))
	if err != nil {
		t.Fatal(err)
	}
	if len(pages) < 3 {
		t.Fatalf("%d pages, want at least 3", len(pages))
	}
	for _, p := range pages[1:] {
		var header strings.Builder
		for _, r := range p.runs {
			if !r.repeat {
				break
			}
			header.WriteString(r.text)
		}
		if got := stripSpace(header.String()); got != "序号单位金额（元）" {
			t.Errorf("page %d starts with header %q", p.number, got)
		}
	}
	for i := 1; i <= 60; i++ {
		if !strings.Contains(drawnText(pages), fmt.Sprintf("%d第%d基层工会%d.%02d", i, i, 1000+i*37, i)) {
			t.Errorf("row %d missing or split", i)
		}
	}
}

// TestDocumentInformation: title, author and subject are in the PDF's
// document information as written, whatever PDF syntax they hold; without
// a title in the metadata, the title heading's text is used.
func TestDocumentInformation(t *testing.T) {
	w := fontConfigs(t)[0].w
	tests := []struct {
		name                   string
		meta                   doc.Meta
		title, author, subject string
	}{
		{"metadata", doc.Meta{Title: "永嘉县教育工会2013年工会工作总结", Author: "永嘉县教育工会", Date: "2013年12月31日"},
			"永嘉县教育工会2013年工会工作总结", "永嘉县教育工会", "永嘉县教育工会2013年工会工作总结 2013年12月31日"},
		{"title from the heading", doc.Meta{Author: "永嘉县教育工会"},
			"标题（副题）", "永嘉县教育工会", "标题（副题）"},
		{"PDF syntax in ASCII", doc.Meta{Title: `a) /Author (x) \ (`, Author: "%%EOF endobj >>"},
			`a) /Author (x) \ (`, "%%EOF endobj >>", `a) /Author (x) \ (`},
		{"PDF syntax among Chinese", doc.Meta{Title: "标题) /Title (x", Author: "某某工会 <b>&amp;</b> <FEFF>"},
			"标题) /Title (x", "某某工会 <b>&amp;</b> <FEFF>", "标题) /Title (x"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := doctest.Build(tt.meta, doctest.Title("标题（副题）"), doctest.P("正文。"))
			path, _, raw := render(t, w, d)
			if tt.name == "metadata" && !bytes.Contains(inflated(t, raw), []byte("/Author <FEFF"+utf16hex(tt.author)+">")) {
				t.Errorf("author not written as UTF-16")
			}
			info := poppler(t, "pdfinfo", "-enc", "UTF-8", path)
			for key, want := range map[string]string{"Title": tt.title, "Author": tt.author, "Subject": tt.subject} {
				if got := infoField(info, key); got != want {
					t.Errorf("%s %q, want %q", key, got, want)
				}
			}
		})
	}
}

func utf16hex(s string) string {
	var b strings.Builder
	for _, r := range s {
		fmt.Fprintf(&b, "%04X", r)
	}
	return b.String()
}

// infoField returns the value of a field of pdfinfo's output.
func infoField(info, key string) string {
	for _, l := range strings.Split(info, "\n") {
		if v, ok := strings.CutPrefix(l, key+":"); ok {
			return strings.TrimSpace(v)
		}
	}
	return ""
}

// TestWarmOrder: the first Write warms the fonts' glyphs in the order the
// blocks first use them, the same every time, so that the font Write
// subsets first (the first one its pages draw in: the body text's, with
// the most glyphs) is read first, not wherever a map's order puts it.
func TestWarmOrder(t *testing.T) {
	for _, fc := range fontConfigs(t) {
		for _, c := range corpus(t) {
			d := printable(fc.w.Fonts(), c.Doc)
			blocks := collectBlocks(d)
			warm := fc.w.glyphsToWarm(blocks, d.Issue)
			if len(warm) == 0 {
				continue
			}
			for range 10 {
				again := fc.w.glyphsToWarm(blocks, d.Issue)
				if len(again) != len(warm) {
					t.Fatalf("%s, %s: %d fonts to warm, then %d", fc.name, c.Name, len(warm), len(again))
				}
				for i := range warm {
					if again[i].font != warm[i].font || len(again[i].runes) != len(warm[i].runes) {
						t.Fatalf("%s, %s: the fonts to warm come in another order on another call", fc.name, c.Name)
					}
				}
			}
			pages, err := fc.w.layoutBlocks(blocks, d.Issue)
			if err != nil {
				t.Fatal(err)
			}
			if first := firstFontDrawn(pages); first != nil && first != warm[0].font {
				t.Errorf("%s, %s: %s is warmed first, but the pages first draw in %s", fc.name, c.Name, warm[0].font.Family, first.Family)
			}
		}
	}
}

// firstFontDrawn returns the font of the first text the pages draw, in the
// order Write embeds fonts.
func firstFontDrawn(pages []*page) *fonts.Font {
	for _, p := range pages {
		for _, runs := range [][]textRun{p.runs, p.numberRun} {
			for _, r := range runs {
				if r.text != "" {
					return r.font
				}
			}
		}
	}
	return nil
}

// TestAheadFindsEveryCharacter: for every corpus document, with embedded
// and with installed fonts, the characters glyphsToWarm finds for each
// font (so the subset Write's goroutine makes ahead) are exactly those the
// pages draw in it, page numbers, chart labels, 版头 and 版记 included. A
// font it got wrong is subset again, the same bytes later: this is what
// makes the work ahead count.
func TestAheadFindsEveryCharacter(t *testing.T) {
	for _, fc := range fontConfigs(t) {
		for _, c := range corpus(t) {
			d := printable(fc.w.Fonts(), c.Doc)
			blocks := collectBlocks(d)
			found := map[*fonts.Font]string{}
			for _, fr := range fc.w.glyphsToWarm(blocks, d.Issue) {
				found[fr.font] = runeSet(fr.runes)
			}
			pages, err := fc.w.layoutBlocks(blocks, d.Issue)
			if err != nil {
				t.Fatal(err)
			}
			drawn := map[*fonts.Font][]rune{}
			for _, p := range pages {
				for _, runs := range [][]textRun{p.runs, p.numberRun} {
					for _, r := range runs {
						drawn[r.font] = append(drawn[r.font], []rune(r.text)...)
					}
				}
			}
			for f, runes := range drawn {
				if got, want := found[f], runeSet(runes); got != want {
					t.Errorf("%s, %s: in %s, found %q ahead, the pages draw %q", fc.name, c.Name, f.Family, got, want)
				}
			}
			for f := range found {
				if _, ok := drawn[f]; !ok {
					t.Errorf("%s, %s: characters found ahead in %s, which the pages do not draw in", fc.name, c.Name, f.Family)
				}
			}
		}
	}
}

// runeSet returns the characters of runes sorted, without repeats.
func runeSet(runes []rune) string {
	return string(slices.Compact(slices.Sorted(slices.Values(runes))))
}

// TestFirstWriteSameBytes: a Writer's first document, written with its
// fonts subset and compressed ahead on another goroutine (warmGlyphs), is
// the same bytes as the same document written later, without.
func TestFirstWriteSameBytes(t *testing.T) {
	for _, fc := range fontConfigs(t) {
		opts := Options{}
		if fc.name == "embedded" {
			opts.Fonts.NoSystemFonts = true
		}
		for _, c := range corpus(t) {
			d := printable(fc.w.Fonts(), c.Doc)
			w, err := New(opts)
			if err != nil {
				t.Fatal(err)
			}
			var first, later bytes.Buffer
			if err := w.Write(&first, d); err != nil {
				t.Fatal(err)
			}
			if err := w.Write(&later, d); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(first.Bytes(), later.Bytes()) {
				t.Errorf("%s, %s: the first Write gives %d bytes, differing from the %d of the next", fc.name, c.Name, first.Len(), later.Len())
			}
		}
	}
}
