package pdf

import (
	"fmt"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"zongjie/internal/doc"
	"zongjie/internal/doc/doctest"
	"zongjie/internal/render/style"
)

// TestLayoutRules lays out every test document, every example's report of
// every kind and the report of every kind of every data file of the corpus
// (examples/corpus, examples/sector), with the embedded fonts and with the
// installed ones, and checks from the drawn runs what a reader of a 公文
// looks for (issue 18):
//
//   - no table cell is split inside a figure (a number with its unit, a
//     year), nor anywhere style.Breaks does not allow;
//   - no header cell is split inside a word;
//   - no paragraph ends with a line of fewer than three characters;
//   - no heading is the last line of a page, and no table's intro line
//     stands at the foot of a page without its table;
//   - a title of two lines breaks between words, the organisation's name
//     whole.
func TestLayoutRules(t *testing.T) {
	cases := append(corpus(t), doctest.Corpus(t)...)
	for _, fc := range fontConfigs(t) {
		checked := map[string]int{}
		for _, c := range cases {
			d := printable(fc.w.Fonts(), c.Doc)
			pages, err := fc.w.layout(d)
			if err != nil {
				t.Fatalf("%s: %v", c.Name, err)
			}
			for _, problem := range layoutProblems(d, pages, checked) {
				t.Errorf("%s/%s: %s", fc.name, c.Name, problem)
			}
		}
		t.Logf("%s fonts, %d documents: %v", fc.name, len(cases), checked)
		for _, what := range []string{"two-line titles", "wrapped header cells", "paragraphs of several lines", "pages", "table intros", "figures"} {
			if checked[what] == 0 {
				t.Errorf("%s fonts: no %s checked", fc.name, what)
			}
		}
	}
}

// drawnLine is one drawn line: its text, page and what it belongs to.
type drawnLine struct {
	text  string
	page  int
	block int
	role  doc.Role
	cell  *cellRef
}

// drawnLinesOf returns the drawn lines of the layout in drawing order,
// without repeated table headers.
func drawnLinesOf(pages []*page) []drawnLine {
	var lines []drawnLine
	last := -1
	for i, p := range pages {
		for _, r := range p.runs {
			if r.repeat {
				continue
			}
			if r.line != last {
				lines = append(lines, drawnLine{page: i, block: r.block, role: r.role, cell: r.cell})
				last = r.line
			}
			lines[len(lines)-1].text += r.text
		}
	}
	return lines
}

// layoutProblems checks the rules of TestLayoutRules on one laid-out
// document, counting in checked what it looked at.
func layoutProblems(d *doc.Document, pages []*page, checked map[string]int) []string {
	var out []string
	lines := drawnLinesOf(pages)
	byBlock := map[int][]drawnLine{}
	cells := map[[3]int][]drawnLine{}
	for _, l := range lines {
		if l.cell != nil {
			k := [3]int{l.block, l.cell.row, l.cell.col}
			cells[k] = append(cells[k], l)
			continue
		}
		byBlock[l.block] = append(byBlock[l.block], l)
	}

	for i, b := range d.Blocks {
		bl := byBlock[i]
		switch b := b.(type) {
		case *doc.Chart:
			if len(bl) > 0 {
				checked["figures"]++
				if bl[0].page != bl[len(bl)-1].page {
					out = append(out, fmt.Sprintf("the figure %q starts on page %d, its caption ends on page %d", b.Caption, bl[0].page+1, bl[len(bl)-1].page+1))
				}
			}
		case *doc.Heading:
			if b.Level == 0 && len(bl) > 1 {
				checked["two-line titles"]++
				out = append(out, checkBreaks("title", bl, style.Breaks(joinLines(bl), d.Meta.Author))...)
			}
			if b.Level > 0 && len(bl) > 1 {
				checked["paragraphs of several lines"]++
				out = append(out, checkLastLine(b.Number+b.Text.String(), bl)...)
			}
		case *doc.Paragraph:
			if b.Kind == doc.RoleBody && len(b.Lines) == 1 && len(bl) > 1 {
				checked["paragraphs of several lines"]++
				out = append(out, checkLastLine(b.Number+b.Text(), bl)...)
			}
			if _, table := next(d.Blocks, i).(*doc.Table); table && len(bl) > 0 {
				checked["table intros"]++
				first := firstLineOf(lines, i+1)
				if first != nil && first.page != bl[len(bl)-1].page {
					out = append(out, fmt.Sprintf("the intro %q stands on page %d, its table starts on page %d",
						tail(bl[len(bl)-1].text, 20), bl[len(bl)-1].page+1, first.page+1))
				}
			}
		}
	}

	keys := make([][3]int, 0, len(cells))
	for k := range cells {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(a, b int) bool {
		for i := range 3 {
			if keys[a][i] != keys[b][i] {
				return keys[a][i] < keys[b][i]
			}
		}
		return false
	})
	for _, k := range keys {
		cl := cells[k]
		if len(cl) < 2 {
			continue
		}
		text := joinLines(cl)
		what := fmt.Sprintf("body cell (row %d, column %d)", k[1]+1, k[2]+1)
		if k[1] < 0 {
			what = fmt.Sprintf("header cell (column %d)", k[2]+1)
			checked["wrapped header cells"]++
		}
		if _, _, ok := doc.SplitFigure(text); ok {
			out = append(out, fmt.Sprintf("%s: the figure %q is split over %d lines", what, text, len(cl)))
			continue
		}
		out = append(out, checkBreaks(what, cl, style.Breaks(text))...)
	}

	for i, p := range pages {
		checked["pages"]++
		lastLine := -1
		var last textRun
		for _, r := range p.runs {
			if r.block >= 0 && r.line > lastLine {
				lastLine, last = r.line, r
			}
		}
		if lastLine < 0 || last.cell != nil || last.block == len(d.Blocks)-1 {
			continue
		}
		if _, heading := d.Blocks[last.block].(*doc.Heading); heading {
			out = append(out, fmt.Sprintf("page %d ends with the heading %q", i+1, d.Blocks[last.block].(*doc.Heading).Text.String()))
		}
	}
	return out
}

// checkBreaks reports the line breaks of lines that fall where ok does not
// allow one (inside a word, a figure, the organisation's name).
func checkBreaks(what string, lines []drawnLine, ok []bool) []string {
	var out []string
	at := 0
	for i, l := range lines[:len(lines)-1] {
		at += utf8.RuneCountInString(l.text)
		if at < len(ok) && !ok[at] {
			out = append(out, fmt.Sprintf("%s breaks inside a word: %q / %q", what, l.text, lines[i+1].text))
		}
	}
	return out
}

// checkLastLine reports a last line of fewer than style.MinLastLineRunes
// characters.
func checkLastLine(text string, lines []drawnLine) []string {
	last := stripSpace(lines[len(lines)-1].text)
	if n := utf8.RuneCountInString(last); n < style.MinLastLineRunes {
		return []string{fmt.Sprintf("the paragraph …%s ends with a line of %d characters: %q", tail(text, 12), n, last)}
	}
	return nil
}

func joinLines(lines []drawnLine) string {
	var b strings.Builder
	for _, l := range lines {
		b.WriteString(l.text)
	}
	return b.String()
}

func next(blocks []doc.Block, i int) doc.Block {
	if i+1 < len(blocks) {
		return blocks[i+1]
	}
	return nil
}

// firstLineOf returns the first drawn line of block i, nil if none.
func firstLineOf(lines []drawnLine, i int) *drawnLine {
	for k := range lines {
		if lines[k].block == i {
			return &lines[k]
		}
	}
	return nil
}
