package md

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"

	"zongjie/internal/doc"
)

// The tests read the Markdown back the way a Markdown tool would: goldmark
// (CommonMark, GFM tables, the CJK rules, as the composer parses template
// output) renders it to HTML with raw HTML left out, and the HTML is read
// into blocks of styled text. That is independent of the writer, so the
// round trip shows what a reader of the Markdown gets.

// mdBlock is a block as a reader of the Markdown finds it: a heading of a
// level ("h0" for the title), a paragraph ("p") or a table ("table"), and
// its lines of spans; a table's lines are its cells, row by row.
type mdBlock struct {
	kind  string
	lines []doc.Line
	cols  int // a table's columns
}

func (b mdBlock) String() string {
	var s strings.Builder
	s.WriteString(b.kind)
	if b.kind == "table" {
		fmt.Fprintf(&s, "(%d)", b.cols)
	}
	for _, l := range b.lines {
		s.WriteString(" |")
		for _, sp := range l {
			if sp.Style != 0 {
				fmt.Fprintf(&s, "<%d>", sp.Style)
			}
			s.WriteString(sp.Text)
			if sp.Style != 0 {
				fmt.Fprintf(&s, "</%d>", sp.Style)
			}
		}
	}
	return s.String()
}

// reader is the Markdown parser of the round trip.
var reader = goldmark.New(goldmark.WithExtensions(extension.Table, extension.CJK))

// readBack parses Markdown and returns its blocks. It fails on anything a
// report's Markdown must not hold: raw HTML, links, images, lists, quotes,
// code blocks, thematic breaks.
func readBack(src []byte) ([]mdBlock, error) {
	var html bytes.Buffer
	if err := reader.Convert(src, &html); err != nil {
		return nil, err
	}
	if bytes.Contains(html.Bytes(), []byte("raw HTML omitted")) {
		return nil, fmt.Errorf("raw HTML in the Markdown:\n%s", html.Bytes())
	}
	dec := xml.NewDecoder(bytes.NewReader(html.Bytes()))
	dec.Strict = false
	dec.Entity = xml.HTMLEntity
	var blocks []mdBlock
	var cur *mdBlock
	var style doc.Style
	inCell := false
	add := func(text string) {
		if cur == nil || text == "" {
			return
		}
		l := &cur.lines[len(cur.lines)-1]
		if n := len(*l); n > 0 && (*l)[n-1].Style == style {
			(*l)[n-1].Text += text
			return
		}
		*l = append(*l, doc.Span{Text: text, Style: style})
	}
	for {
		tok, err := dec.RawToken()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			switch n := tok.Name.Local; n {
			case "h1", "h2", "h3", "h4", "h5", "h6":
				blocks = append(blocks, mdBlock{kind: "h" + string(n[1]-1), lines: []doc.Line{nil}})
				cur = &blocks[len(blocks)-1]
			case "p":
				blocks = append(blocks, mdBlock{kind: "p", lines: []doc.Line{nil}})
				cur = &blocks[len(blocks)-1]
			case "table":
				blocks = append(blocks, mdBlock{kind: "table"})
				cur = &blocks[len(blocks)-1]
			case "th", "td":
				cur.lines = append(cur.lines, nil)
				inCell = true
			case "br":
				cur.lines = append(cur.lines, nil)
			case "strong":
				style |= doc.Strong
			case "em":
				style |= doc.Emphasis
			case "code":
				style |= doc.Code
			case "thead", "tbody", "tr":
			default:
				return nil, fmt.Errorf("<%s> in the Markdown's HTML:\n%s", n, html.Bytes())
			}
		case xml.EndElement:
			switch tok.Name.Local {
			case "h1", "h2", "h3", "h4", "h5", "h6", "p", "table":
				cur = nil
			case "th", "td":
				inCell = false
			case "tr":
				if cur.cols == 0 {
					cur.cols = len(cur.lines) // the header row
				}
			case "strong":
				style &^= doc.Strong
			case "em":
				style &^= doc.Emphasis
			case "code":
				style &^= doc.Code
			}
		case xml.CharData:
			if cur != nil && (cur.kind != "table" || inCell) {
				add(strings.ReplaceAll(string(tok), "\n", ""))
			}
		}
	}
	return blocks, nil
}

// wantBlocks is what a reader of d's Markdown should find: each block's
// kind and its text, numbers first, in the spans of the model with
// neighbours of one style merged. Markdown cannot carry white space at the
// start of a line or at the end of a block or cell, a paragraph without
// text, or a role other than a heading's level: centred lines,
// salutations and signatures read as paragraphs.
func wantBlocks(d *doc.Document) []mdBlock {
	var out []mdBlock
	for _, blk := range d.Blocks {
		switch blk := blk.(type) {
		case *doc.Heading:
			l := append(doc.Line{{Text: blk.Number}}, blk.Text...)
			out = append(out, mdBlock{kind: "h" + fmt.Sprint(blk.Level), lines: []doc.Line{normalise(l, true)}})
		case *doc.Paragraph:
			if strings.Trim(blk.Number+blk.Text(), " \t\n") == "" {
				continue // Markdown has no empty paragraph
			}
			b := mdBlock{kind: "p"}
			// A line without text is left out: Markdown has no empty line
			// inside a paragraph.
			var lines []doc.Line
			for i, l := range blk.Lines {
				if i == 0 {
					l = append(doc.Line{{Text: blk.Number}}, l...)
				}
				if len(normalise(l, true)) > 0 {
					lines = append(lines, l)
				}
			}
			for i, l := range lines {
				b.lines = append(b.lines, normalise(l, i == len(lines)-1))
			}
			out = append(out, b)
		case *doc.Table:
			b := mdBlock{kind: "table", cols: len(blk.Columns)}
			for _, r := range append([][]doc.Line{blk.Header}, blk.Rows...) {
				for _, c := range r {
					b.lines = append(b.lines, normalise(c, true))
				}
			}
			out = append(out, b)
		case *doc.Chart:
			// A chart reads back as the table of its figures and the
			// caption under it.
			ch := blk.Chart
			if !ch.Valid() {
				continue
			}
			b := mdBlock{kind: "table", cols: len(ch.Series) + 1}
			b.lines = append(b.lines, nil)
			for _, s := range ch.Series {
				b.lines = append(b.lines, normalise(doc.Plain(seriesHeader(s.Name, s.Unit)), true))
			}
			for i, cat := range ch.Categories {
				b.lines = append(b.lines, normalise(doc.Plain(cat), true))
				for _, s := range ch.Series {
					b.lines = append(b.lines, normalise(doc.Plain(s.Points[i].Shown), true))
				}
			}
			out = append(out, b)
			if c := normalise(doc.Plain(blk.Caption), true); len(c) > 0 {
				out = append(out, mdBlock{kind: "p", lines: []doc.Line{c}})
			}
		}
	}
	return out
}

// normalise merges neighbouring spans of one style, drops empty ones and
// trims white space at the start of the line and, if end, at its end,
// except in code, which keeps its spaces.
func normalise(l doc.Line, end bool) doc.Line {
	var out doc.Line
	for _, s := range asWritten(l) {
		if s.Text == "" {
			continue
		}
		if n := len(out); n > 0 && out[n-1].Style == s.Style {
			out[n-1].Text += s.Text
			continue
		}
		out = append(out, s)
	}
	for len(out) > 0 && out[0].Style&doc.Code == 0 {
		out[0].Text = strings.TrimLeft(out[0].Text, " \t")
		if out[0].Text != "" {
			break
		}
		out = out[1:]
	}
	for end && len(out) > 0 && out[len(out)-1].Style&doc.Code == 0 {
		n := len(out) - 1
		out[n].Text = strings.TrimRight(out[n].Text, " \t")
		if out[n].Text != "" {
			break
		}
		out = out[:n]
	}
	return out
}

// asWritten is l as the writer promises to write it where Markdown cannot
// say it exactly: code that is also strong or emphasised is written as
// strong or emphasised text (code looks like other text in every format),
// and the punctuation and spaces at the ends of a strong or emphasised
// span stand outside its marks (CommonMark would not read the marks).
func asWritten(l doc.Line) doc.Line {
	var out doc.Line
	for _, s := range mergeSpans(l) {
		if s.Style&doc.Code != 0 && s.Style&(doc.Strong|doc.Emphasis) != 0 {
			s.Style &^= doc.Code
		}
		if s.Style&doc.Code != 0 || s.Style == 0 {
			out = append(out, s)
			continue
		}
		lead, core, trail := splitEdges(s.Text)
		out = append(out, doc.Span{Text: lead}, doc.Span{Text: core, Style: s.Style}, doc.Span{Text: trail})
	}
	return out
}

// diffBlocks describes the first block where got and want differ, or "".
func diffBlocks(got, want []mdBlock) string {
	for i := 0; i < len(got) || i < len(want); i++ {
		var g, w string
		if i < len(got) {
			g = got[i].String()
		}
		if i < len(want) {
			w = want[i].String()
		}
		if g != w {
			return fmt.Sprintf("block %d:\n got %s\nwant %s", i, g, w)
		}
	}
	return ""
}
