// Package pdf writes a report as a PDF laid out the way Chinese offices
// print documents (GB/T 9704, see internal/render/style): A4, 22 lines of
// 28 characters, 仿宋 body text with a two-character first-line indent,
// 黑体 and 楷体 headings, justified lines that follow the Chinese
// line-breaking rules (禁则), tables that continue across pages under a
// repeated header, and "— n —" page numbers on the outer side.
//
// The layout is zongjie's own (gopdf only draws glyphs at positions): the
// line breaker in linebreak.go, the page flow in flow.go and table.go.
// Fonts are subset and embedded with a ToUnicode map, so the text can be
// searched and copied; the output bytes depend only on the input.
package pdf

import (
	"bytes"
	"fmt"
	"hash/fnv"
	"io"
	"strings"
	"sync"
	"time"

	"github.com/signintech/gopdf"

	"zongjie/internal/fonts"
	"zongjie/internal/render/doc"
	"zongjie/internal/render/style"
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
	set    *fonts.Set
	opts   Options
	bullet rune

	mu        sync.Mutex
	container *gopdf.FontContainer
	families  map[*fonts.Font]string // font -> its family key in container
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
	w := &Writer{set: set, opts: opts, container: &gopdf.FontContainer{}, families: map[*fonts.Font]string{}}
	w.bullet = bulletMarks[len(bulletMarks)-1]
	for _, r := range bulletMarks {
		if set.For(style.FangSong, r) != nil {
			w.bullet = r
			break
		}
	}
	// Parse every chosen font for gopdf now, so Write never does.
	for _, face := range []style.Face{style.Song, style.FangSong, style.Hei, style.Kai} {
		if _, err := w.family(set.Face(face)); err != nil {
			return nil, err
		}
	}
	if l := set.Latin(); l != nil {
		if _, err := w.family(l); err != nil {
			return nil, err
		}
	}
	return w, nil
}

// Fonts returns the font set the writer uses.
func (w *Writer) Fonts() *fonts.Set { return w.set }

// Write lays out d and writes it as PDF to out. It fails, writing nothing,
// if a character of d is in none of the fonts: no character is ever dropped.
func (w *Writer) Write(out io.Writer, d *doc.Document) error {
	blocks := collectBlocks(d, w.bullet)
	pages, err := w.layoutBlocks(blocks)
	if err != nil {
		return err
	}
	data, err := w.emit(pages, w.info(d, blocks))
	if err != nil {
		return err
	}
	_, err = out.Write(data)
	return err
}

// layout turns a document into laid-out pages.
func (w *Writer) layout(d *doc.Document) ([]*page, error) {
	return w.layoutBlocks(collectBlocks(d, w.bullet))
}

func (w *Writer) layoutBlocks(blocks []*block) ([]*page, error) {
	sh := &shaper{set: w.set, missing: map[rune]bool{}}
	pages := layout(sh, blocks)
	if err := sh.err(); err != nil {
		return nil, err
	}
	return pages, nil
}

// info builds the document information dictionary; without a title in
// the metadata, the document's title heading is used.
func (w *Writer) info(d *doc.Document, blocks []*block) gopdf.PdfInfo {
	title := d.Meta.Title
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
	return gopdf.PdfInfo{
		Title:        title,
		Author:       d.Meta.Author,
		Subject:      strings.TrimSpace(title + " " + d.Meta.Date),
		Creator:      creator,
		Producer:     creator + " (gopdf)",
		CreationDate: w.opts.CreationDate,
	}
}

// family returns the name under which font is registered in the shared
// font container, parsing it for gopdf the first time. The name is a
// subset tag and the PostScript name, so viewers and pdffonts show the
// embedded font as a subset.
func (w *Writer) family(f *fonts.Font) (name string, err error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if name, ok := w.families[f]; ok {
		return name, nil
	}
	defer func() {
		if r := recover(); r != nil { // gopdf panics on some malformed fonts
			name, err = "", fmt.Errorf("pdf: font %s cannot be embedded: %v; name another font for this face", f, r)
		}
	}()
	name = subsetTag(f) + "+" + pdfName(f)
	if err := w.container.AddTTFFontData(name, f.Data); err != nil {
		return "", fmt.Errorf("pdf: font %s cannot be embedded: %w; name another font for this face", f, err)
	}
	w.families[f] = name
	return name, nil
}

// subsetTag derives the six capital letters that mark an embedded subset
// from the font's name and source: stable, so output is reproducible.
func subsetTag(f *fonts.Font) string {
	h := fnv.New32a()
	io.WriteString(h, f.PostScriptName+"\x00"+f.Family+"\x00"+f.Source)
	v := h.Sum32()
	tag := make([]byte, 6)
	for i := range tag {
		tag[i] = byte('A' + v%26)
		v /= 26
	}
	return string(tag)
}

// pdfName makes a PDF name from the font's PostScript or family name.
func pdfName(f *fonts.Font) string {
	name := f.PostScriptName
	if name == "" {
		name = f.Family
	}
	var b strings.Builder
	for _, r := range name {
		if r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-' || r == '_' {
			b.WriteRune(r)
		}
	}
	if b.Len() == 0 {
		return "Font"
	}
	return b.String()
}

// emit draws laid-out pages with gopdf and returns the PDF bytes.
func (w *Writer) emit(pages []*page, info gopdf.PdfInfo) (data []byte, err error) {
	defer func() {
		if r := recover(); r != nil {
			data, err = nil, fmt.Errorf("pdf: %v", r)
		}
	}()
	gp := &gopdf.GoPdf{}
	gp.Start(gopdf.Config{PageSize: gopdf.Rect{W: pageWidth, H: pageHeight}, Unit: gopdf.UnitPT})
	gp.SetInfo(info)
	names := map[*fonts.Font]string{}
	for _, p := range pages {
		for _, runs := range [][]textRun{p.runs, p.numberRun} {
			for _, r := range runs {
				if _, ok := names[r.font]; ok {
					continue
				}
				name, err := w.family(r.font)
				if err != nil {
					return nil, err
				}
				if err := gp.AddTTFFontFromFontContainer(name, w.container); err != nil {
					return nil, fmt.Errorf("pdf: font %s: %w", r.font, err)
				}
				names[r.font] = name
			}
		}
	}
	var curFont string
	curSize, curSpacing := -1.0, 0.0
	for _, p := range pages {
		gp.AddPage()
		for _, b := range p.bookmarks {
			gp.SetY(b.y)
			gp.AddOutlineWithPosition(b.title)
		}
		for _, r := range p.rules {
			gp.SetLineWidth(r.width)
			gp.Line(r.x1, r.y1, r.x2, r.y2)
		}
		for _, runs := range [][]textRun{p.runs, p.numberRun} {
			for _, r := range runs {
				if name := names[r.font]; name != curFont || r.size != curSize {
					if err := gp.SetFont(name, "", r.size); err != nil {
						return nil, fmt.Errorf("pdf: %w", err)
					}
					curFont, curSize = name, r.size
				}
				if r.spacing != curSpacing {
					if err := gp.SetCharSpacing(r.spacing); err != nil {
						return nil, fmt.Errorf("pdf: %w", err)
					}
					curSpacing = r.spacing
				}
				gp.SetXY(r.x, r.y)
				if err := gp.Text(r.text); err != nil {
					return nil, fmt.Errorf("pdf: %w", err)
				}
			}
		}
	}
	var buf bytes.Buffer
	if _, err := gp.WriteTo(&buf); err != nil {
		return nil, fmt.Errorf("pdf: %w", err)
	}
	return buf.Bytes(), nil
}
