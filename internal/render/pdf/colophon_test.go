package pdf

import (
	"math"
	"slices"
	"strings"
	"testing"

	"zongjie/internal/doc"
	"zongjie/internal/doc/doctest"
	"zongjie/internal/render/style"
)

// issuedOfLines is a report issued as a document, with a 版头, whose body
// is one paragraph of about the given number of lines, signed and dated;
// with colophon it has a 版记 of two lines (抄送, 印发).
func issuedOfLines(lines int, colophon bool) *doc.Document {
	text := strings.Repeat("职工", 13) + strings.Repeat("会员", 14*(lines-1))
	d := doctest.Build(doc.Meta{Author: "云溪县总工会"},
		doctest.Title("云溪县总工会2026年工作要点"),
		doctest.P(text),
		doctest.Signature("云溪县总工会"),
		doctest.Date("2026年1月8日"))
	d.Issue = &doc.Issue{Authority: "云溪县总工会文件", Number: "云工〔2026〕1号"}
	if colophon {
		d.Issue.CopyTo = []string{"县委办公室", "县政府办公室"}
		d.Issue.Printer = "云溪县总工会办公室"
		d.Issue.Printed = "2026年1月8日"
	}
	return d
}

// TestColophonOnLastEvenPage lays out documents whose text ends on an odd
// page, on an even page with room for the 版记 (two lines, just two), and
// on an even page without, and checks that the 版记 stands at the foot of
// the last page, an even one, and which pages carry a number (GB/T 9704
// §7.4, §7.5): the text's pages do, the 版记's page does only when the
// text ends on it, a blank page before it does not.
func TestColophonOnLastEvenPage(t *testing.T) {
	tests := []struct {
		name  string
		lines int
		// textPages and linesLeft describe the layout without the 版记:
		// how many pages the text fills, how many lines the last one has
		// left under the date. They make sure each case is the one named.
		textPages, linesLeft int
		colophon             int   // the page of the 版记, from 1
		numbered             []int // the pages that carry a number
	}{
		{"ends on page 1", 3, 1, 3, 2, []int{1}},
		{"ends on page 3, as the clerk's 工作要点", 30, 3, 9, 4, []int{1, 2, 3}},
		{"ends on page 2 with room", 13, 2, 4, 2, []int{1, 2}},
		{"ends on page 2 with just room", 15, 2, 2, 2, []int{1, 2}},
		{"ends on page 2 without room", 16, 2, 1, 4, []int{1, 2}},
		{"ends on page 4 without room", 60, 4, 1, 6, []int{1, 2, 3, 4}},
	}
	for _, fc := range fontConfigs(t) {
		for _, tt := range tests {
			t.Run(fc.name+"/"+tt.name, func(t *testing.T) {
				plain, err := fc.w.layout(issuedOfLines(tt.lines, false))
				if err != nil {
					t.Fatal(err)
				}
				if n, left := len(plain), linesLeftUnder(plain[len(plain)-1]); n != tt.textPages || left != tt.linesLeft {
					t.Fatalf("without the 版记 the text fills %d pages and leaves %d lines, want %d and %d", n, left, tt.textPages, tt.linesLeft)
				}
				for _, p := range plain {
					if len(p.numberRun) == 0 {
						t.Errorf("without a 版记, page %d has no number", p.number)
					}
				}
				d := issuedOfLines(tt.lines, true)
				pages, err := fc.w.layout(d)
				if err != nil {
					t.Fatal(err)
				}
				checkColophonPages(t, d, pages, tt.textPages, tt.colophon, tt.numbered)
			})
		}
	}
}

// linesLeftUnder is how many body lines fit under the last line drawn on
// the page.
func linesLeftUnder(p *page) int {
	bottom := blockTop
	for _, r := range p.runs {
		bottom = max(bottom, r.y)
	}
	return int(math.Floor((blockTop + blockHeight - bottom) / 28.9))
}

// checkColophonPages checks that the 版记 of d is on page colophon, the
// last, its last rule on the foot of the text block; that the pages
// between the text's last and it are blank; that the numbered pages are
// those of numbered, each "— n —" at its outer side.
func checkColophonPages(t *testing.T, d *doc.Document, pages []*page, textPages, colophon int, numbered []int) {
	t.Helper()
	if len(pages) != colophon {
		t.Errorf("%d pages, want the 版记's page %d last", len(pages), colophon)
	}
	at := 0
	for _, p := range pages {
		for _, r := range p.runs {
			if strings.Contains(r.text, d.Issue.Printer) {
				at = p.number
			}
		}
	}
	if at != colophon {
		t.Fatalf("the 版记 is on page %d, want %d", at, colophon)
	}
	foot := pages[at-1].rules[len(pages[at-1].rules)-1]
	if math.Abs(foot.y1-(blockTop+blockHeight)) > 0.01 {
		t.Errorf("the 版记's last rule at y=%.2f, want the foot of the text block, %.2f", foot.y1, blockTop+blockHeight)
	}
	for _, p := range pages[min(textPages, at-1) : at-1] {
		if !p.blank() {
			t.Errorf("page %d, between the text and the 版记, is not blank", p.number)
		}
	}
	var got []int
	for _, p := range pages {
		if len(p.numberRun) == 0 {
			continue
		}
		got = append(got, p.number)
		if right := p.numberRun[0].x > pageWidth/2; right != (p.number%2 == 1) {
			t.Errorf("page %d: number at x=%.1f, want the outer side", p.number, p.numberRun[0].x)
		}
		var text strings.Builder
		for _, r := range p.numberRun {
			text.WriteString(r.text)
		}
		if got, want := stripSpace(text.String()), stripSpace(style.PageNumber(p.number)); got != want {
			t.Errorf("page %d is numbered %q, want %q", p.number, got, want)
		}
	}
	if !slices.Equal(got, numbered) {
		t.Errorf("numbered pages %v, want %v", got, numbered)
	}
}

// TestColophonReadsBack reads back with pdftotext a document whose text
// ends on an even page without room for the 版记: page 3 is blank, page 4
// holds the 版记 and no page number, pages 1 and 2 end with theirs.
func TestColophonReadsBack(t *testing.T) {
	w := fontConfigs(t)[0].w
	d := issuedOfLines(16, true)
	path, pages, _ := render(t, w, d)
	if len(pages) != 4 {
		t.Fatalf("%d pages, want 4", len(pages))
	}
	text := extractedPages(t, path, pages) // each ends with its number, if any
	if text[2] != "" {
		t.Errorf("page 3 is not blank: %s", text[2])
	}
	if !strings.HasSuffix(text[3], stripSpace(d.Issue.Printer+style.PrintedLine(d.Issue.Printed))) {
		t.Errorf("page 4 does not end with the 版记's 印发 line: …%s", tail(text[3], 40))
	}
	prefix, _ := style.PageNumberAffixes()
	for _, i := range []int{2, 3} {
		if strings.Contains(text[i], stripSpace(prefix)) {
			t.Errorf("page %d carries a page number: %s", i+1, text[i])
		}
	}
}
