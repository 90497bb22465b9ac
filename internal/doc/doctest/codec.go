package doctest

import (
	"bytes"
	"strings"
	"testing"

	"zongjie/internal/doc"
)

// The writers' fuzz targets fuzz documents, not Markdown: Decode reads any
// bytes as a document, so every mutation the fuzzer makes is a document a
// writer must handle, and Encode writes a document in that form, so the
// documents here and every example report seed the fuzzers.
//
// The form is a record per block, each ended by a line feed. A record's
// first byte says what it is and the separator bytes FS, GS, RS and US (the
// ASCII information separators, which no report text holds) split it:
//
//	M title US author US date US isodate    the metadata
//	I authority US number US copy GS copy …
//	  US printer US printed                 the 公文 apparatus (doc.Issue)
//	0 number US text US id                  the title (a heading of level 0)
//	1…4 number US text US id                a heading of that level
//	P|C|S|G|D number US line RS line …      a body paragraph, a centred line,
//	                                        a salutation, a signature, a date
//	T kinds US row RS row …                 a table: a letter per column
//	                                        (N figures, else labels), each
//	                                        N followed by its unit if it has
//	                                        one ("LN万元N%"), then the
//	                                        header and body rows, cells
//	                                        separated by GS
//	F caption US kind US title …            a chart (see chartcodec.go)
//
// A line is spans: text starts an unstyled span, FS and a style byte (its
// low three bits are the doc.Style flags) start a styled one. A record of
// any other first byte is a body paragraph of its whole text. Text is taken
// as it is, control characters included, except that the model's text is
// Unicode without line breaks: bytes that are not UTF-8 read as U+FFFD and
// a carriage return is dropped.
const (
	sepSpan  = 0x1c // FS: a span follows, its style byte first
	sepCell  = 0x1d // GS: between the cells of a table row
	sepLine  = 0x1e // RS: between lines of a paragraph, rows of a table
	sepField = 0x1f // US: between the fields of a record
)

// paragraphKinds maps record bytes to paragraph roles.
var paragraphKinds = map[byte]doc.Role{
	'P': doc.RoleBody, 'C': doc.RoleCenter, 'S': doc.RoleSalutation, 'G': doc.RoleSignature, 'D': doc.RoleDate,
}

// paragraphBytes maps paragraph roles to record bytes.
var paragraphBytes = map[doc.Role]byte{
	doc.RoleBody: 'P', doc.RoleCenter: 'C', doc.RoleSalutation: 'S', doc.RoleSignature: 'G', doc.RoleDate: 'D',
}

// Decode reads data as a document (see the form above). Any bytes give a
// document that keeps the model's rules (see Check).
func Decode(data []byte) *doc.Document {
	d := &doc.Document{}
	for rec := range bytes.SplitSeq(data, []byte{'\n'}) {
		rec = bytes.ReplaceAll(rec, []byte{'\r'}, nil)
		if len(rec) == 0 {
			continue
		}
		kind, rest := rec[0], rec[1:]
		fields := bytes.Split(rest, []byte{sepField})
		field := func(i int) []byte {
			if i < len(fields) {
				return fields[i]
			}
			return nil
		}
		switch {
		case kind == 'M':
			d.Meta = doc.Meta{Title: plain(field(0)), Author: plain(field(1)), Date: plain(field(2)), ISODate: plain(field(3))}
		case kind == 'I':
			is := &doc.Issue{Authority: plain(field(0)), Number: plain(field(1)), Printer: plain(field(3)), Printed: plain(field(4))}
			for c := range bytes.SplitSeq(field(2), []byte{sepCell}) {
				if len(c) > 0 {
					is.CopyTo = append(is.CopyTo, plain(c))
				}
			}
			d.Issue = is
		case kind >= '0' && kind <= '4':
			d.Blocks = append(d.Blocks, &doc.Heading{Level: int(kind - '0'), Number: plain(field(0)),
				Text: decodeLine(field(1)), ID: plain(field(2))})
		case isParagraph(kind):
			p := &doc.Paragraph{Kind: paragraphKinds[kind], Number: plain(field(0))}
			for l := range bytes.SplitSeq(bytes.Join(fields[min(1, len(fields)):], nil), []byte{sepLine}) {
				p.Lines = append(p.Lines, decodeLine(l))
			}
			d.Blocks = append(d.Blocks, p)
		case kind == 'T':
			d.Blocks = append(d.Blocks, decodeTable(field(0), bytes.Join(fields[min(1, len(fields)):], nil)))
		case kind == 'F':
			d.Blocks = append(d.Blocks, decodeChart(fields))
		default:
			d.Blocks = append(d.Blocks, &doc.Paragraph{Kind: doc.RoleBody, Lines: []doc.Line{decodeLine(rec)}})
		}
	}
	return d
}

func isParagraph(kind byte) bool {
	_, ok := paragraphKinds[kind]
	return ok
}

// plain is the text of a field with the separators taken out and bytes
// that are not UTF-8 as U+FFFD.
func plain(b []byte) string {
	return string(bytes.Map(func(r rune) rune {
		if r >= sepSpan && r <= sepField {
			return -1
		}
		return r
	}, b))
}

// decodeLine reads the spans of a line.
func decodeLine(b []byte) doc.Line {
	var l doc.Line
	parts := bytes.Split(b, []byte{sepSpan})
	if len(parts[0]) > 0 {
		l = append(l, doc.Span{Text: plain(parts[0])})
	}
	for _, p := range parts[1:] {
		var st doc.Style
		if len(p) > 0 {
			st, p = doc.Style(p[0]&7), p[1:]
		}
		l = append(l, doc.Span{Text: plain(p), Style: st})
	}
	return l
}

// decodeTable reads a table: as many columns as kinds has letters, or as
// the header has cells; short rows are filled with empty cells, long ones
// cut. A unit that not every cell of its column keeps is dropped.
func decodeTable(spec, rows []byte) *doc.Table {
	kinds, units := decodeKinds(spec)
	var lines [][]doc.Line
	for r := range bytes.SplitSeq(rows, []byte{sepLine}) {
		var cells []doc.Line
		for c := range bytes.SplitSeq(r, []byte{sepCell}) {
			cells = append(cells, decodeLine(c))
		}
		lines = append(lines, cells)
	}
	n := len(kinds)
	if n == 0 {
		n = len(lines[0])
	}
	t := &doc.Table{Columns: make([]doc.Column, n)}
	for i := range n {
		if i < len(kinds) && kinds[i] == 'N' {
			t.Columns[i].Kind = doc.ColumnNumber
			t.Columns[i].Unit = units[i]
		}
	}
	fit := func(cells []doc.Line) []doc.Line {
		out := make([]doc.Line, n)
		copy(out, cells)
		return out
	}
	t.Header = fit(lines[0])
	for _, r := range lines[1:] {
		t.Rows = append(t.Rows, fit(r))
	}
	for i := range t.Columns {
		if !unitKept(t, i) {
			t.Columns[i].Unit = ""
		}
	}
	return t
}

// decodeKinds reads the kinds field of a table: a column for every ASCII
// byte but % and /, the unit of an N column the bytes up to the next one.
func decodeKinds(spec []byte) (kinds []byte, units []string) {
	s := plain(spec)
	for i := 0; i < len(s); {
		c := s[i]
		j := i + 1
		for j < len(s) && (s[j] >= 0x80 || s[j] == '%' || s[j] == '/') {
			j++
		}
		if c >= 0x80 || c == '%' || c == '/' {
			i = j // a unit before any column
			continue
		}
		kinds = append(kinds, c)
		units = append(units, s[i+1:j])
		i = j
	}
	return kinds, units
}

// Encode writes d in the form Decode reads; Decode(Encode(d)) is d for
// every document that keeps the model's rules (see Check) and whose text
// holds none of the separator bytes, lines no empty unstyled first span and
// paragraphs at least one line. Warnings are left out: no writer reads them.
func Encode(d *doc.Document) []byte {
	var b bytes.Buffer
	m := d.Meta
	if m != (doc.Meta{}) {
		b.WriteByte('M')
		b.WriteString(strings.Join([]string{m.Title, m.Author, m.Date, m.ISODate}, string(rune(sepField))))
		b.WriteByte('\n')
	}
	if is := d.Issue; is != nil {
		b.WriteByte('I')
		b.WriteString(strings.Join([]string{is.Authority, is.Number, strings.Join(is.CopyTo, string(rune(sepCell))), is.Printer, is.Printed},
			string(rune(sepField))))
		b.WriteByte('\n')
	}
	for _, blk := range d.Blocks {
		switch blk := blk.(type) {
		case *doc.Heading:
			b.WriteByte('0' + byte(min(max(blk.Level, 0), 4)))
			b.WriteString(blk.Number)
			b.WriteByte(sepField)
			encodeLine(&b, blk.Text)
			b.WriteByte(sepField)
			b.WriteString(blk.ID)
		case *doc.Paragraph:
			kind, ok := paragraphBytes[blk.Kind]
			if !ok {
				kind = 'P'
			}
			b.WriteByte(kind)
			b.WriteString(blk.Number)
			b.WriteByte(sepField)
			for i, l := range blk.Lines {
				if i > 0 {
					b.WriteByte(sepLine)
				}
				encodeLine(&b, l)
			}
		case *doc.Table:
			b.WriteByte('T')
			for _, c := range blk.Columns {
				if c.Kind == doc.ColumnNumber {
					b.WriteByte('N')
					b.WriteString(c.Unit)
				} else {
					b.WriteByte('L')
				}
			}
			b.WriteByte(sepField)
			for i, r := range append([][]doc.Line{blk.Header}, blk.Rows...) {
				if i > 0 {
					b.WriteByte(sepLine)
				}
				for j, c := range r {
					if j > 0 {
						b.WriteByte(sepCell)
					}
					encodeLine(&b, c)
				}
			}
		case *doc.Chart:
			b.WriteByte('F')
			encodeChart(&b, blk)
		}
		b.WriteByte('\n')
	}
	return b.Bytes()
}

func encodeLine(b *bytes.Buffer, l doc.Line) {
	for i, s := range l {
		if i > 0 || s.Style != 0 {
			b.WriteByte(sepSpan)
			b.WriteByte('0' + byte(s.Style&7))
		}
		b.WriteString(s.Text)
	}
}

// Seeds returns fuzz seeds for the writers: every test document (All)
// encoded whole, and cut into its level-1 sections, each under the
// document's title, so the fuzzer also starts from small inputs, which it
// mutates and minimises much faster.
func Seeds(t testing.TB) [][]byte {
	var seeds [][]byte
	for _, c := range All(t) {
		seeds = append(seeds, Encode(c.Doc))
		d := c.Doc
		var title []doc.Block
		if h, ok := d.Blocks[0].(*doc.Heading); ok && h.Level == 0 {
			title = d.Blocks[:1]
		}
		start := -1
		for i := len(title); i <= len(d.Blocks); i++ {
			if i < len(d.Blocks) {
				if h, ok := d.Blocks[i].(*doc.Heading); !ok || h.Level != 1 {
					continue
				}
			}
			if start >= 0 {
				part := &doc.Document{Meta: d.Meta, Blocks: append(append([]doc.Block{}, title...), d.Blocks[start:i]...)}
				seeds = append(seeds, Encode(part))
			}
			start = i
		}
	}
	return seeds
}
