package html

import (
	"bytes"
	stdhtml "html"
	"strconv"

	"zongjie/internal/doc"
)

// writeBlocks writes the blocks of d: headings as <h1>…<h5> and paragraphs
// as <p>, each with the class of its role; tables as <table>.
func writeBlocks(b *bytes.Buffer, d *doc.Document) {
	for _, blk := range d.Blocks {
		switch blk := blk.(type) {
		case *doc.Heading:
			tag := "h" + strconv.Itoa(min(blk.Level+1, 6))
			b.WriteString("<" + tag + ` class="` + roleClass(blk.Role()) + `">`)
			b.WriteString(stdhtml.EscapeString(doc.CleanText(blk.Number)))
			writeLine(b, blk.Text)
			b.WriteString("</" + tag + ">\n")
		case *doc.Paragraph:
			b.WriteString(`<p class="` + roleClass(blk.Role()) + `">`)
			b.WriteString(stdhtml.EscapeString(doc.CleanText(blk.Number)))
			for i, l := range blk.Lines {
				if i > 0 {
					b.WriteString("<br>\n")
				}
				writeLine(b, l)
			}
			b.WriteString("</p>\n")
		case *doc.Table:
			writeTable(b, blk)
		}
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

// writeTable writes a table: the header row in <thead>, which a browser
// repeats on every printed page, the others in <tbody>.
func writeTable(b *bytes.Buffer, t *doc.Table) {
	b.WriteString("<table>\n<thead>\n")
	writeRow(b, t.Header, "th")
	b.WriteString("</thead>\n")
	if len(t.Rows) > 0 {
		b.WriteString("<tbody>\n")
		for _, r := range t.Rows {
			writeRow(b, r, "td")
		}
		b.WriteString("</tbody>\n")
	}
	b.WriteString("</table>\n")
}

func writeRow(b *bytes.Buffer, cells []doc.Line, tag string) {
	b.WriteString("<tr>\n")
	for _, c := range cells {
		b.WriteString("<" + tag + ">")
		writeLine(b, c)
		b.WriteString("</" + tag + ">\n")
	}
	b.WriteString("</tr>\n")
}
