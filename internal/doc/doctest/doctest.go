// Package doctest provides the documents the writers' tests render: small
// documents built here in Go (a sample report, a long term review, an edge
// case of every block, span and hostile text), and every example's report
// of every kind as the composer writes it. The HTML, DOCX, PDF and Markdown
// writers' tests share them so they test alike.
package doctest

import (
	"math/big"
	"strings"

	"zongjie/internal/chart"
	"zongjie/internal/doc"
)

// Case is one test document.
type Case struct {
	Name string
	Doc  *doc.Document
}

// Built returns the documents built in Go, in a fixed order.
func Built() []Case {
	return []Case{
		{"sample", Sample()},
		{"edge", Edge()},
		{"annual", Annual()},
		{"term-review", TermReview()},
		{"issued", Issued()},
	}
}

// Build makes a document of the given blocks.
func Build(meta doc.Meta, blocks ...doc.Block) *doc.Document {
	return &doc.Document{Meta: meta, Blocks: blocks}
}

// yongjiaMeta is the metadata of the sample reports.
var yongjiaMeta = doc.Meta{
	Title:   "永嘉县教育工会2013年工会工作总结",
	Author:  "永嘉县教育工会",
	Date:    "2013年12月31日",
	ISODate: "2013-12-31",
}

// Title is the document title.
func Title(text string) *doc.Heading { return &doc.Heading{Level: 0, Text: doc.Plain(text)} }

// H is a numbered heading of a level (1 to 4).
func H(level int, number, text string) *doc.Heading {
	return &doc.Heading{Level: level, Number: number, Text: doc.Plain(text)}
}

// Strong is a span in 黑体.
func Strong(s string) doc.Span { return doc.Span{Text: s, Style: doc.Strong} }

// Em is an emphasised span, in 楷体.
func Em(s string) doc.Span { return doc.Span{Text: s, Style: doc.Emphasis} }

// Code is a literal span.
func Code(s string) doc.Span { return doc.Span{Text: s, Style: doc.Code} }

// line makes a line of strings (plain) and spans.
func line(parts ...any) doc.Line {
	var l doc.Line
	for _, p := range parts {
		switch p := p.(type) {
		case string:
			l = append(l, doc.Span{Text: p})
		case doc.Span:
			l = append(l, p)
		default:
			panic("doctest: a line is made of strings and spans")
		}
	}
	return l
}

func para(kind doc.Role, parts ...any) *doc.Paragraph {
	return &doc.Paragraph{Kind: kind, Lines: []doc.Line{line(parts...)}}
}

// P is a body paragraph of strings and spans.
func P(parts ...any) *doc.Paragraph { return para(doc.RoleBody, parts...) }

// Center is a centred line.
func Center(s string) *doc.Paragraph { return para(doc.RoleCenter, s) }

// Salutation is a speech's salutation.
func Salutation(s string) *doc.Paragraph { return para(doc.RoleSalutation, s) }

// Item is a numbered work item.
func Item(number string, parts ...any) *doc.Paragraph {
	p := P(parts...)
	p.Number = number
	return p
}

// Date is the date under the signature.
func Date(s string) *doc.Paragraph { return para(doc.RoleDate, s) }

// Signature is the organisation of the 落款, one paragraph of one line per
// argument (the composer writes one line, and the date after it as Date).
func Signature(lines ...string) *doc.Paragraph {
	p := &doc.Paragraph{Kind: doc.RoleSignature}
	for _, l := range lines {
		p.Lines = append(p.Lines, doc.Plain(l))
	}
	return p
}

// Table is a table; kinds has one letter per column, L for a label column
// and N for figures, an N followed by the column's unit if it has one
// ("LN万元N").
func Table(kinds string, header []string, rows ...[]string) *doc.Table {
	t := &doc.Table{}
	letters, units := decodeKinds([]byte(kinds))
	for i, k := range letters {
		c := doc.Column{Kind: doc.ColumnLabel}
		if k == 'N' {
			c.Kind, c.Unit = doc.ColumnNumber, units[i]
		}
		t.Columns = append(t.Columns, c)
	}
	cells := func(r []string) []doc.Line {
		out := make([]doc.Line, len(r))
		for i, s := range r {
			out[i] = doc.Plain(s)
		}
		return out
	}
	t.Header = cells(header)
	for _, r := range rows {
		t.Rows = append(t.Rows, cells(r))
	}
	return t
}

// Text returns the text a reader should find in d, block by block in
// reading order, each block's text on a line of its own (a heading with
// its number, a work item with its number, table cells separated by
// spaces). It is written independently of every writer.
func Text(d *doc.Document) string {
	var b strings.Builder
	for _, blk := range d.Blocks {
		switch blk := blk.(type) {
		case *doc.Heading:
			b.WriteString(blk.Number + blk.Text.String())
		case *doc.Paragraph:
			b.WriteString(blk.Number + blk.Text())
		case *doc.Table:
			for _, r := range append([][]doc.Line{blk.Header}, blk.Rows...) {
				for i, c := range r {
					if i > 0 {
						b.WriteByte(' ')
					}
					b.WriteString(c.String())
				}
				b.WriteByte('\n')
			}
			continue
		case *doc.Chart:
			// A figure's text is its caption; a chart no writer can draw
			// leaves nothing.
			if !blk.Chart.Valid() || doc.CleanText(blk.Caption) == "" {
				continue
			}
			b.WriteString(blk.Caption)
		}
		b.WriteByte('\n')
	}
	return b.String()
}

// Figure is a chart block with its caption: a chart of the given kind
// over categories, each series built by Series.
func Figure(caption string, kind chart.Kind, categories []string, series ...chart.Series) *doc.Chart {
	c := chart.Chart{Kind: kind, Title: caption, Caption: caption, Categories: categories, Series: series}
	if i := strings.IndexByte(caption, ' '); i >= 0 {
		c.Title = caption[i+1:]
	}
	return &doc.Chart{Chart: c, Caption: caption}
}

// Series is a chart series of figures written as the report prints them
// ("6214", "92.3"), in unit, on axis.
func Series(name, unit string, axis chart.Axis, figures ...string) chart.Series {
	s := chart.Series{Name: name, Unit: unit, Axis: axis}
	for _, f := range figures {
		r, ok := new(big.Rat).SetString(f)
		if !ok {
			panic("doctest: not a figure: " + f)
		}
		if i := strings.IndexByte(f, '.'); i >= 0 {
			s.Precision = max(s.Precision, len(f)-i-1)
		}
		s.Points = append(s.Points, chart.Point{Exact: r, Shown: f, Label: f + unit})
	}
	return s
}
