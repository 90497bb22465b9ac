// Package docx writes a report as a real Office Open XML document that
// Word, WPS and LibreOffice open without repair, laid out per GB/T 9704 as
// internal/render/style states it: A4 with the official margins, 28
// characters by 22 lines, named paragraph styles per role (title, headings, body,
// table) so the clerk can restyle, East Asian fonts on every run (仿宋 body,
// 黑体 level 1 and bold, 楷体 level 2, 小标宋 title) with Times New Roman for
// digits, fixed line spacing, and "— 1 —" page numbers at the outer side.
//
// The XML is written by hand: no Go DOCX library sets East Asian fonts
// correctly. Output is deterministic: fixed zip times, fixed ids, no clock.
package docx

import (
	"bytes"
	"io"

	"zongjie/internal/chart"
	"zongjie/internal/doc"
	"zongjie/internal/render/style"
)

// Options configures a Writer.
type Options struct {
	// Families are the font families the document names (the defaults
	// when zero).
	Families style.Families
}

// Writer writes DOCX files; it is safe for concurrent use.
type Writer struct {
	fonts fontNames
}

// New returns a Writer.
func New(opts Options) *Writer { return &Writer{fonts: fontNames{families: opts.Families}} }

// Write renders d as a .docx file with the default fonts.
func Write(w io.Writer, d *doc.Document) error { return New(Options{}).Write(w, d) }

// Write renders d as a .docx file.
func (wr *Writer) Write(w io.Writer, d *doc.Document) error {
	parts, err := wr.packageParts(d)
	if err != nil {
		return err
	}
	// Build the whole file first, so a failure writes nothing to w.
	var buf bytes.Buffer
	if err := writeZip(&buf, parts); err != nil {
		return err
	}
	_, err = w.Write(buf.Bytes())
	return err
}

// packageParts returns every part of the package in zip order.
func (wr *Writer) packageParts(d *doc.Document) ([]part, error) {
	p := a4()
	body, charts, err := documentPart(d, p, wr.fonts)
	if err != nil {
		return nil, err
	}
	chartParts, chartRels, err := wr.chartParts(charts)
	if err != nil {
		return nil, err
	}
	core, err := corePart(d.Meta.Cleaned())
	if err != nil {
		return nil, err
	}
	rels := append([]relationship{
		{relStyles, relTypeStyles, "styles.xml"},
		{relSettings, relTypeSettings, "settings.xml"},
		{relFontTable, relTypeFontTable, "fontTable.xml"},
		{relFooterOdd, relTypeFooter, "footer1.xml"},
		{relFooterEven, relTypeFooter, "footer2.xml"},
	}, chartRels...)
	footers := []part{
		{name: "word/footer1.xml", contentType: ctFooter, data: footerPart(footerOdd, wr.fonts)},
		{name: "word/footer2.xml", contentType: ctFooter, data: footerPart(footerEven, wr.fonts)},
	}
	if d.Colophon() {
		blank, rel := blankFooter(len(charts))
		footers = append(footers, blank)
		rels = append(rels, rel)
	}
	parts := []part{
		{name: "_rels/.rels", data: relsPart([]relationship{
			{"rId1", relTypeDocument, "word/document.xml"},
			{"rId2", relTypeCore, "docProps/core.xml"},
			{"rId3", relTypeApp, "docProps/app.xml"},
		})},
		{name: "docProps/core.xml", contentType: ctCore, data: core},
		{name: "docProps/app.xml", contentType: ctApp, data: appPart(d.Meta.Cleaned())},
		{name: "word/document.xml", contentType: ctDocument, data: body},
		{name: "word/styles.xml", contentType: ctStyles, data: stylesPart(p, wr.fonts)},
		{name: "word/settings.xml", contentType: ctSettings, data: settingsPart()},
		{name: "word/fontTable.xml", contentType: ctFontTable, data: wr.fonts.fontTablePart()},
	}
	parts = append(parts, footers...)
	parts = append(parts, part{name: "word/_rels/document.xml.rels", data: relsPart(rels)})
	parts = append(parts, chartParts...)
	types := part{name: "[Content_Types].xml", data: contentTypesPart(parts, len(charts) > 0)}
	return append([]part{types}, parts...), nil
}

// documentPart renders word/document.xml: the body blocks, then the
// section properties of the A4 page. It returns the charts the body
// places, in order, whose parts the package must hold.
func documentPart(d *doc.Document, p page, n fontNames) ([]byte, []chart.Chart, error) {
	var x xmlWriter
	x.b.WriteString(xmlHeader)
	x.open("w:document", "xmlns:w", nsW, "xmlns:r", nsR)
	x.open("w:body")
	w := bodyWriter{x: &x, page: p, fonts: n}
	if d.Colophon() {
		w.sectionEnd = lastParagraph(d)
	}
	if d.Masthead() {
		w.masthead(d.Issue)
	}
	w.blocks(d)
	last := bodySection
	if d.Colophon() {
		if !w.sectionEnded {
			w.pad(true)
		}
		w.colophon(d.Issue)
		last = colophonSection(len(w.charts))
	}
	w.finish()
	p.writeSectPr(&x, last)
	x.close("w:body")
	x.close("w:document")
	return x.bytes(), w.charts, nil
}
