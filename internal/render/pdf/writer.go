// Package pdf writes a report as a PDF laid out the way Chinese offices
// print documents (GB/T 9704, see internal/render/style): A4, 22 lines of
// 28 characters, 仿宋 body text with a two-character first-line indent,
// 黑体 and 楷体 headings, justified lines that follow the Chinese
// line-breaking rules (禁则), tables that continue across pages under a
// repeated header, and "— n —" page numbers on the outer side.
//
// The layout is zongjie's own: the line breaker in linebreak.go, the page
// flow in flow.go and table.go. The pdfobj package below writes the file:
// fonts subset and embedded with a ToUnicode map, so the text can be
// searched and copied; the output bytes depend only on the input.
package pdf

import (
	"fmt"
	"io"
	"runtime"
	"strings"
	"sync/atomic"
	"time"

	"zongjie/internal/chart"
	"zongjie/internal/doc"
	"zongjie/internal/fonts"
	"zongjie/internal/render/pdf/pdfobj"
)

// Options configures a Writer.
type Options struct {
	// Fonts chooses the font files (overrides per face, search directories).
	Fonts fonts.Options
	// FontSet, if not nil, is used instead of loading Fonts, so several
	// writers (or other packages) can share one loaded set.
	FontSet *fonts.Set
	// CreationDate is written to the document information if it is not
	// zero. By default there is none, so equal input gives equal bytes.
	CreationDate time.Time
	// Creator names the producing application in the document
	// information; empty means "zongjie".
	Creator string
}

// Writer writes PDF documents. It loads and parses its fonts once, in New;
// Write may then be called any number of times, also concurrently from
// several goroutines.
type Writer struct {
	set  *fonts.Set
	opts Options
	// warmed is set by the first Write, which has the fonts read the
	// glyphs its document draws alongside the layout (warmGlyphs).
	warmed atomic.Bool
}

// New loads the fonts and returns a Writer.
func New(opts Options) (*Writer, error) {
	set := opts.FontSet
	if set == nil {
		var err error
		if set, err = fonts.Load(opts.Fonts); err != nil {
			return nil, err
		}
	}
	w := &Writer{set: set, opts: opts}
	// Try each chosen font now, so that a font that cannot be embedded is
	// reported before any document is laid out.
	for _, face := range []fonts.Face{fonts.Song, fonts.FangSong, fonts.Hei, fonts.Kai} {
		if err := checkEmbeddable(set.Face(face)); err != nil {
			return nil, err
		}
	}
	if l := set.Latin(); l != nil {
		if err := checkEmbeddable(l); err != nil {
			return nil, err
		}
	}
	go pdfobj.WarmWriters()
	return w, nil
}

// Fonts returns the font set the writer uses.
func (w *Writer) Fonts() *fonts.Set { return w.set }

// Write lays out d and writes it as PDF to out. It fails, writing nothing,
// if a character of d is in none of the fonts: no character is ever dropped.
func (w *Writer) Write(out io.Writer, d *doc.Document) error {
	blocks := collectBlocks(d)
	var ahead *handover
	if w.warmed.CompareAndSwap(false, true) {
		ahead = &handover{ch: make(chan []*pdfobj.Ahead, 1)}
		go w.warmGlyphs(blocks, d.Issue, ahead)
	}
	pages, err := w.layoutBlocks(blocks, d.Issue)
	var aheads []*pdfobj.Ahead
	if ahead != nil {
		ahead.waiting.Store(true)
		aheads = <-ahead.ch
	}
	if err != nil {
		for _, a := range aheads {
			a.Drop()
		}
		return err
	}
	return w.emit(out, pages, w.info(d, blocks), aheads)
}

// warmGlyphs works ahead of Write's layout, on a goroutine of its own (the
// first Write starts it, on another processor when there is one). It
// finds the characters that the blocks' text (headings, paragraphs,
// captions, table cells, chart labels) and the page furniture (page
// numbers, 版头, 版记) draw in each font, resolved to fonts as the layout
// resolves them, and sends on ahead a pdfobj.Ahead for each font: its
// subset to those characters. Then, font by font in the order the blocks
// first use them, which is the order Write embeds them in, it has the
// font read the glyph data of those characters (fonts.Font.WarmGlyphs)
// and runs the font's Ahead: makes its subset and compresses the program.
//
// Write then finds its fonts subset and compressed, or partly so, and does
// the rest itself (see pdfobj.Ahead). What this goroutine misses, Subset
// reads itself, and a font drawing other characters than it found is
// subset again: the output does not depend on it. It only reads: the
// blocks are not changed once made, and the fonts are safe for concurrent
// use. The Writer's later documents, in a batch, find most of their glyphs
// read already, and the batch keeps every processor busy with documents.
//
// The order matters: a Subset that starts while its font's glyphs are
// being read waits for that read, and the first font, the body text's,
// has by far the most glyphs. (In a map's order, the body font came last
// in some runs, and its Subset waited for most of its read: up to 4 ms in
// a trace of the yongjia PDF.)
func (w *Writer) warmGlyphs(blocks []*block, is *doc.Issue, ahead *handover) {
	warm := w.glyphsToWarm(blocks, is)
	aheads := make([]*pdfobj.Ahead, len(warm))
	for i, fr := range warm {
		aheads[i] = pdfobj.NewAhead(fr.font, fr.runes)
	}
	ahead.ch <- aheads
	if ahead.waiting.Load() {
		// Write, its layout done, waits for aheads: let it go on first, as
		// an Ahead's Run does for a waiting take (0.8 ms in a trace of the
		// yongjia PDF).
		runtime.Gosched()
	}
	for i, fr := range warm {
		fr.font.WarmGlyphs(fr.runes)
		aheads[i].Run()
	}
}

// handover carries the Aheads from warmGlyphs to Write, and tells
// warmGlyphs whether Write is already waiting for them.
type handover struct {
	ch      chan []*pdfobj.Ahead
	waiting atomic.Bool
}

// fontRunes is a font and the characters drawn in it.
type fontRunes struct {
	font  *fonts.Font
	runes []rune
}

// glyphsToWarm returns the fonts the blocks' text and the page furniture
// draw in, in the order the blocks first use them, each with its
// characters (repeated as they recur).
func (w *Writer) glyphsToWarm(blocks []*block, is *doc.Issue) []fontRunes {
	var out []fontRunes
	at := map[*fonts.Font]int{}
	add := func(s styled) {
		for i, r := range s.runes {
			if r == '\n' {
				continue
			}
			f := w.set.For(s.faces[i], r)
			if f == nil {
				continue
			}
			j, ok := at[f]
			if !ok {
				j = len(out)
				at[f] = j
				out = append(out, fontRunes{font: f})
			}
			out[j].runes = append(out[j].runes, r)
		}
	}
	for _, s := range mastheadTexts(is) {
		add(s)
	}
	sh := &shaper{set: w.set, missing: map[rune]bool{}}
	for _, b := range blocks {
		add(b.text)
		if fb := b.figure; fb != nil {
			for _, p := range drawChart(sh, fb).Prims {
				if t, ok := p.(*chart.Text); ok {
					var s styled
					s.add(t.Text, t.Face)
					add(s)
				}
			}
		}
		if t := b.table; t != nil {
			for _, c := range t.header {
				add(c.text)
			}
			for _, row := range t.rows {
				for _, c := range row {
					add(c.text)
				}
			}
		}
	}
	for _, s := range colophonTexts(is) {
		add(s)
	}
	// Every page but the 版记's and a blank one before it has its number;
	// the first one's characters are those of the others but for the
	// digits.
	add(pageNumberText(1))
	return out
}

// layout turns a document into laid-out pages.
func (w *Writer) layout(d *doc.Document) ([]*page, error) {
	return w.layoutBlocks(collectBlocks(d), d.Issue)
}

func (w *Writer) layoutBlocks(blocks []*block, is *doc.Issue) ([]*page, error) {
	sh := &shaper{set: w.set, missing: map[rune]bool{}}
	pages := layout(sh, blocks, is)
	if err := sh.err(); err != nil {
		return nil, err
	}
	return pages, nil
}

// info builds the document information dictionary; without a title in
// the metadata, the document's title heading is used.
func (w *Writer) info(d *doc.Document, blocks []*block) pdfobj.Info {
	meta := d.Meta.Cleaned()
	title := meta.Title
	if title == "" {
		for _, b := range blocks {
			if b.role == doc.RoleTitle {
				title = string(b.text.runes)
				break
			}
		}
	}
	creator := w.opts.Creator
	if creator == "" {
		creator = "zongjie"
	}
	return pdfobj.Info{
		Title:        title,
		Author:       meta.Author,
		Subject:      strings.TrimSpace(title + " " + meta.Date),
		Creator:      creator,
		Producer:     creator,
		CreationDate: w.opts.CreationDate,
	}
}

// checkEmbeddable makes a small subset of f, as every document does with
// the characters it draws in f.
func checkEmbeddable(f *fonts.Font) error {
	if _, err := f.Subset([]rune("一0A")); err != nil {
		return fmt.Errorf("%w;无法嵌入 PDF,请为这一字体另选一个字体文件", err)
	}
	return nil
}

// emit turns laid-out pages into the PDF object layer's pages and writes
// the file.
func (w *Writer) emit(out io.Writer, pages []*page, info pdfobj.Info, ahead []*pdfobj.Ahead) error {
	d := &pdfobj.Document{Width: pageWidth, Height: pageHeight, Info: info, Pages: make([]*pdfobj.Page, len(pages)), Ahead: ahead}
	for i, p := range pages {
		op := &pdfobj.Page{Paths: p.paths}
		for _, r := range p.rules {
			op.Lines = append(op.Lines, pdfobj.Line{X1: r.x1, Y1: r.y1, X2: r.x2, Y2: r.y2, Width: r.width, Color: r.color})
		}
		for _, runs := range [][]textRun{p.runs, p.numberRun} {
			for _, r := range runs {
				op.Texts = append(op.Texts, pdfobj.Text{Font: r.font, Size: r.size, Spacing: r.spacing, X: r.x, Y: r.y, S: r.text, Color: r.color, Rotate: r.rotate})
			}
		}
		for _, b := range p.bookmarks {
			op.Bookmarks = append(op.Bookmarks, pdfobj.Bookmark{Title: b.title, Y: b.y, Level: b.level})
		}
		d.Pages[i] = op
	}
	return pdfobj.Write(out, d)
}
