package doctest

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"zongjie/internal/chart"
	"zongjie/internal/doc"
)

// Check returns what in d breaks the rules the model's doc comments state,
// or nil: headings of level 0 to 4, paragraphs of a paragraph role, span
// text in UTF-8 without line breaks, tables of at least one column with one cell per
// column in the header and every row, column units their cells keep.
func Check(d *doc.Document) error {
	for i, blk := range d.Blocks {
		var lines []doc.Line
		switch blk := blk.(type) {
		case *doc.Heading:
			if blk.Level < 0 || blk.Level > 4 {
				return fmt.Errorf("block %d: heading level %d", i, blk.Level)
			}
			lines = []doc.Line{blk.Text}
		case *doc.Paragraph:
			switch blk.Kind {
			case doc.RoleBody, doc.RoleCenter, doc.RoleSalutation, doc.RoleSignature, doc.RoleDate:
			default:
				return fmt.Errorf("block %d: paragraph of role %s", i, blk.Kind)
			}
			lines = blk.Lines
		case *doc.Table:
			n := len(blk.Columns)
			if n == 0 {
				return fmt.Errorf("block %d: table without columns", i)
			}
			for j, r := range append([][]doc.Line{blk.Header}, blk.Rows...) {
				if len(r) != n {
					return fmt.Errorf("block %d: table row %d has %d cells for %d columns", i, j, len(r), n)
				}
				lines = append(lines, r...)
			}
			for j := range blk.Columns {
				if !unitKept(blk, j) {
					return fmt.Errorf("block %d: column %d has the unit %q that its cells do not keep", i, j, blk.Columns[j].Unit)
				}
			}
		case *doc.Chart:
			texts := append([]string{blk.Caption, blk.Chart.Title}, blk.Chart.Categories...)
			for _, s := range blk.Chart.Series {
				texts = append(texts, s.Name, s.Unit)
			}
			for _, s := range texts {
				lines = append(lines, doc.Plain(s))
			}
		default:
			return fmt.Errorf("block %d: unknown block %T", i, blk)
		}
		for _, l := range lines {
			for _, s := range l {
				if strings.ContainsAny(s.Text, "\n\r") {
					return fmt.Errorf("block %d: span %q holds a line break", i, s.Text)
				}
				if !utf8.ValidString(s.Text) {
					return fmt.Errorf("block %d: span %q is not UTF-8", i, s.Text)
				}
			}
		}
	}
	return nil
}

// unitKept reports whether column i keeps what doc.Column.Unit promises:
// no unit, or a unit of a figure column that is a unit SplitFigure reads,
// and every body cell a figure in it or no figure at all.
func unitKept(t *doc.Table, i int) bool {
	u := t.Columns[i].Unit
	if u == "" {
		return true
	}
	if _, unit, ok := doc.SplitFigure("1" + u); !ok || unit != u || t.Columns[i].Kind != doc.ColumnNumber {
		return false
	}
	for _, r := range t.Rows {
		if _, unit, ok := doc.SplitFigure(r[i].String()); ok && unit != u {
			return false
		}
	}
	return true
}

// Unclean names the characters of d's text (metadata included) that no
// output format can carry as they are — bytes that are not UTF-8 ("byte
// 0xFF"), control characters other than tab, DEL, the C1 controls and the
// noncharacters U+FFFE and U+FFFF ("U+0001") — each once, in order of first
// appearance; nil if there are none. The composer strips them from record
// text, but a user's template may hold them.
func Unclean(d *doc.Document) []string {
	var out []string
	seen := map[string]bool{}
	add := func(name string) {
		if !seen[name] {
			seen[name] = true
			out = append(out, name)
		}
	}
	EachText(d, func(s string) {
		for i, r := range s {
			if r == utf8.RuneError {
				if _, size := utf8.DecodeRuneInString(s[i:]); size == 1 {
					add(fmt.Sprintf("byte 0x%02X", s[i]))
					continue
				}
			}
			if isUnclean(r) {
				add(fmt.Sprintf("U+%04X", r))
			}
		}
	})
	return out
}

func isUnclean(r rune) bool {
	switch {
	case r == '\t':
		return false
	case r < 0x20 || r == 0x7f:
		return true
	case r >= 0x80 && r < 0xa0:
		return true
	}
	return r == 0xfffe || r == 0xffff
}

// EachText calls f with every text of d: the metadata, the numbers and
// spans of headings and paragraphs, the spans of table cells, a chart's
// caption, title, categories and series names.
func EachText(d *doc.Document, f func(string)) {
	for _, s := range []string{d.Meta.Title, d.Meta.Author, d.Meta.Date, d.Meta.ISODate} {
		f(s)
	}
	if is := d.Issue; is != nil {
		for _, s := range append([]string{is.Authority, is.Number, is.Printer, is.Printed}, is.CopyTo...) {
			f(s)
		}
	}
	line := func(l doc.Line) {
		for _, s := range l {
			f(s.Text)
		}
	}
	for _, blk := range d.Blocks {
		switch blk := blk.(type) {
		case *doc.Heading:
			f(blk.Number)
			line(blk.Text)
		case *doc.Paragraph:
			f(blk.Number)
			for _, l := range blk.Lines {
				line(l)
			}
		case *doc.Table:
			for _, r := range append([][]doc.Line{blk.Header}, blk.Rows...) {
				for _, c := range r {
					line(c)
				}
			}
		case *doc.Chart:
			f(blk.Caption)
			f(blk.Chart.Title)
			for _, c := range blk.Chart.Categories {
				f(c)
			}
			for _, s := range blk.Chart.Series {
				f(s.Name)
			}
		}
	}
}

// MapText returns a copy of d with every text (as EachText lists them)
// replaced by f of it.
func MapText(d *doc.Document, f func(string) string) *doc.Document {
	line := func(l doc.Line) doc.Line {
		if l == nil {
			return nil
		}
		out := make(doc.Line, len(l))
		for i, s := range l {
			out[i] = doc.Span{Text: f(s.Text), Style: s.Style}
		}
		return out
	}
	lines := func(ls []doc.Line) []doc.Line {
		if ls == nil {
			return nil
		}
		out := make([]doc.Line, len(ls))
		for i, l := range ls {
			out[i] = line(l)
		}
		return out
	}
	m := d.Meta
	out := &doc.Document{Meta: doc.Meta{Title: f(m.Title), Author: f(m.Author), Date: f(m.Date), ISODate: f(m.ISODate)}}
	if is := d.Issue; is != nil {
		c := &doc.Issue{Authority: f(is.Authority), Number: f(is.Number), Printer: f(is.Printer), Printed: f(is.Printed)}
		for _, s := range is.CopyTo {
			c.CopyTo = append(c.CopyTo, f(s))
		}
		out.Issue = c
	}
	for _, blk := range d.Blocks {
		switch blk := blk.(type) {
		case *doc.Heading:
			h := *blk
			h.Number, h.Text = f(h.Number), line(h.Text)
			out.Blocks = append(out.Blocks, &h)
		case *doc.Paragraph:
			p := *blk
			p.Number, p.Lines = f(p.Number), lines(p.Lines)
			out.Blocks = append(out.Blocks, &p)
		case *doc.Table:
			t := &doc.Table{Columns: append([]doc.Column(nil), blk.Columns...), Header: lines(blk.Header)}
			for _, r := range blk.Rows {
				t.Rows = append(t.Rows, lines(r))
			}
			out.Blocks = append(out.Blocks, t)
		case *doc.Chart:
			c := *blk
			c.Caption, c.Chart.Title, c.Chart.Caption = f(c.Caption), f(c.Chart.Title), f(c.Chart.Caption)
			c.Chart.Categories = make([]string, len(blk.Chart.Categories))
			for i, s := range blk.Chart.Categories {
				c.Chart.Categories[i] = f(s)
			}
			c.Chart.Series = append([]chart.Series(nil), blk.Chart.Series...)
			for i := range c.Chart.Series {
				c.Chart.Series[i].Name = f(c.Chart.Series[i].Name)
			}
			out.Blocks = append(out.Blocks, &c)
		default:
			out.Blocks = append(out.Blocks, blk)
		}
	}
	return out
}
