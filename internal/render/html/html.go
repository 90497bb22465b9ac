// Package html writes a report as one self-contained HTML file: CSS inline,
// nothing loaded from the network, no script. On screen it shows an A4 sheet;
// printed it lays out like the office document of GB/T 9704 as
// internal/render/style states it: A4 margins, 仿宋 三号 body with a
// two-character first-line indent, 黑体 and 楷体 headings, bordered tables and
// "— 1 —" page numbers at the outer side where the browser supports page
// margin boxes.
//
// Every text is escaped: nothing in a report becomes markup.
package html

import (
	"bytes"
	stdhtml "html"
	"io"

	"zongjie/internal/doc"
	"zongjie/internal/render/style"
)

// Options configures a Writer.
type Options struct {
	// Families are the font families the style sheet asks for (the
	// defaults when zero).
	Families style.Families
}

// Writer writes HTML files; it is safe for concurrent use.
type Writer struct{ opts Options }

// New returns a Writer.
func New(opts Options) *Writer { return &Writer{opts: opts} }

// Write renders d as one self-contained HTML file with the default fonts.
func Write(w io.Writer, d *doc.Document) error { return New(Options{}).Write(w, d) }

// Write renders d as one self-contained HTML file.
func (wr *Writer) Write(w io.Writer, d *doc.Document) error {
	var out bytes.Buffer
	writeHead(&out, d.Meta.Cleaned(), wr.opts.Families)
	out.WriteString("<body>\n<article class=\"page\">\n")
	if d.Masthead() {
		writeMasthead(&out, d.Issue)
	}
	writeBlocks(&out, d, fontFamilies{wr.opts.Families})
	if d.Colophon() {
		writeColophon(&out, d.Issue)
	}
	out.WriteString("</article>\n</body>\n</html>\n")
	_, err := w.Write(out.Bytes())
	return err
}

// contentSecurityPolicy forbids scripts and every network load; only the
// inline style sheet applies.
const contentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'"

// writeHead writes the document up to <body>: language, properties, the
// security policy and the style sheet.
func writeHead(b *bytes.Buffer, m doc.Meta, fs style.Families) {
	b.WriteString("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
	b.WriteString("<meta http-equiv=\"Content-Security-Policy\" content=\"" + contentSecurityPolicy + "\">\n")
	b.WriteString("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
	b.WriteString("<meta name=\"generator\" content=\"zongjie\">\n")
	if m.Author != "" {
		b.WriteString("<meta name=\"author\" content=\"" + stdhtml.EscapeString(m.Author) + "\">\n")
	}
	if m.ISODate != "" {
		b.WriteString("<meta name=\"date\" content=\"" + stdhtml.EscapeString(m.ISODate) + "\">\n")
	}
	b.WriteString("<title>" + stdhtml.EscapeString(m.Title) + "</title>\n")
	b.WriteString("<style>\n")
	b.WriteString(styleSheet(fs))
	b.WriteString("</style>\n</head>\n")
}
