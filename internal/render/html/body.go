package html

import (
	"bytes"
	stdhtml "html"
	"strconv"

	"zongjie/internal/doc"
	"zongjie/internal/render/style"
)

// writeBlocks writes the blocks of d: headings as <h1>…<h5> and paragraphs
// as <p>, each with the class of its role; tables as <table>. The title
// breaks where style.TitleBreaks says, the 落款 stands where
// style.SignatureIndent puts it, and a paragraph kept with the next block
// (style.KeepWithNext: a table's intro, the signature) has the class keep.
//
// A chart is a <figure>: its drawing as inline SVG in the report's font
// families, its caption under it as a <figcaption>.
func writeBlocks(b *bytes.Buffer, d *doc.Document, ff fontFamilies) {
	figures := 0
	for i, blk := range d.Blocks {
		switch blk := blk.(type) {
		case *doc.Heading:
			tag := "h" + strconv.Itoa(min(blk.Level+1, 6))
			b.WriteString("<" + tag + ` class="` + roleClass(blk.Role()) + `">`)
			b.WriteString(stdhtml.EscapeString(doc.CleanText(blk.Number)))
			lines := []doc.Line{blk.Text}
			if blk.Role() == doc.RoleTitle && blk.Number == "" {
				lines = style.SplitLine(blk.Text, style.TitleBreaks(blk.Text, d.Meta.Author))
			}
			writeLines(b, lines)
			b.WriteString("</" + tag + ">\n")
		case *doc.Paragraph:
			class := roleClass(blk.Role())
			if style.KeepWithNext(d.Blocks, i) {
				class += " keep"
			}
			b.WriteString(`<p class="` + class + `"`)
			if right := style.SignatureIndent(d.Blocks, i); right != 0 {
				b.WriteString(` style="margin-right: ` + pt(right) + `"`)
			}
			b.WriteString(">")
			b.WriteString(stdhtml.EscapeString(doc.CleanText(blk.Number)))
			writeLines(b, blk.Lines)
			b.WriteString("</p>\n")
		case *doc.Table:
			writeTable(b, blk)
		case *doc.Chart:
			figures++
			writeFigure(b, blk, figures, ff)
		}
	}
}

// writeLines writes lines with <br> between them.
func writeLines(b *bytes.Buffer, lines []doc.Line) {
	for i, l := range lines {
		if i > 0 {
			b.WriteString("<br>\n")
		}
		writeLine(b, l)
	}
}

// writeLine writes a line's spans escaped; strong text is <strong>, emphasis
// <em> (the style sheet sets them in 黑体 and 楷体), code <code>.
func writeLine(b *bytes.Buffer, l doc.Line) {
	for _, s := range l {
		var open, close string
		if s.Style&doc.Emphasis != 0 {
			open, close = open+"<em>", "</em>"+close
		}
		if s.Style&doc.Strong != 0 {
			open, close = open+"<strong>", "</strong>"+close
		}
		if s.Style&doc.Code != 0 {
			open, close = open+"<code>", "</code>"+close
		}
		b.WriteString(open)
		b.WriteString(stdhtml.EscapeString(doc.CleanText(s.Text)))
		b.WriteString(close)
	}
}

// writeTable writes a table as style.LayTable sets it: its column widths in
// a <colgroup>, the header row in <thead>, which a browser repeats on every
// printed page, its cells broken where the layout breaks them; figures
// right-aligned and never broken; class small for a table set in 小四.
func writeTable(b *bytes.Buffer, t *doc.Table) {
	l := style.LayTable(t)
	if l == nil {
		return
	}
	b.WriteString("<table")
	if l.SizePt != style.TablePt {
		b.WriteString(` class="small"`)
	}
	b.WriteString(">\n<colgroup>")
	for _, w := range l.Widths {
		b.WriteString(`<col style="width: ` + pt(round2(w)) + `">`)
	}
	b.WriteString("</colgroup>\n<thead>\n<tr>\n")
	for _, lines := range l.Header {
		b.WriteString("<th>")
		for i, line := range lines {
			if i > 0 {
				b.WriteString("<br>")
			}
			writeLine(b, line)
		}
		b.WriteString("</th>\n")
	}
	b.WriteString("</tr>\n</thead>\n")
	if len(l.Rows) > 0 {
		b.WriteString("<tbody>\n")
		for _, r := range l.Rows {
			b.WriteString("<tr>\n")
			for c, cell := range r {
				b.WriteString("<td")
				_, _, figure := doc.SplitFigure(cell.String())
				switch {
				case l.Align(c) == style.Right:
					b.WriteString(` class="num"`)
				case figure:
					b.WriteString(` class="fig"`)
				}
				b.WriteString(">")
				writeLine(b, cell)
				b.WriteString("</td>\n")
			}
			b.WriteString("</tr>\n")
		}
		b.WriteString("</tbody>\n")
	}
	b.WriteString("</table>\n")
}

// round2 rounds a length to hundredths, so the page's bytes do not depend
// on the last bits of a float.
func round2(v float64) float64 { return float64(int64(v*100+0.5)) / 100 }
