package report

import (
	"strings"

	"zongjie/internal/doc"
)

// build turns a settled document into the document model the writers read:
// each section's heading, each paragraph with its role and each table with
// its column kinds; the marks go and each line's inline Markdown is parsed
// into styled spans (inline.go).
func (d *document) build(meta doc.Meta) *doc.Document {
	title := &doc.Heading{Level: 0, Text: inline(headingLine(d.title))}
	meta.Title = strings.TrimSpace(title.Text.String())
	out := &doc.Document{Meta: meta, Blocks: []doc.Block{title}}
	buildSection(out, d.root)
	return out
}

func buildSection(out *doc.Document, s *section) {
	for _, c := range s.children {
		if c.sec != nil {
			out.Blocks = append(out.Blocks, &doc.Heading{
				Level:  c.sec.level,
				Number: c.sec.number,
				Text:   inline(headingLine(c.sec.heading)),
				ID:     c.sec.id,
			})
			buildSection(out, c.sec)
			continue
		}
		out.Blocks = append(out.Blocks, c.para.block())
	}
}

// headingLine is a heading's text on one line, without marks (a point
// opener, seq, means nothing outside a paragraph).
func headingLine(s string) string {
	return strings.TrimSpace(doc.CleanText(strings.ReplaceAll(stripMarks(s), "\n", "")))
}

// paraRoles maps the paragraph styles of the templates to document roles.
var paraRoles = map[paraStyle]doc.Role{
	styleBody:   doc.RoleBody,
	styleItem:   doc.RoleBody,
	styleCenter: doc.RoleCenter,
	styleFlush:  doc.RoleSalutation,
	styleRight:  doc.RoleSignature,
	styleDate:   doc.RoleDate,
}

// block converts a settled paragraph or table.
func (p *para) block() doc.Block {
	switch p.style {
	case styleTable:
		return p.table()
	case styleChart:
		ch := p.chart
		ch.Caption = p.caption
		return &doc.Chart{Chart: ch, Caption: p.caption}
	}
	b := &doc.Paragraph{Kind: paraRoles[p.style], Number: p.number}
	for _, l := range p.lines {
		b.Lines = append(b.Lines, inline(stripMarks(l)))
	}
	return b
}

// table converts a settled table: the first column names the rows, the
// others hold figures.
func (p *para) table() *doc.Table {
	t := &doc.Table{}
	for i, r := range p.rows {
		cells := make([]doc.Line, len(r))
		for j, c := range r {
			cells[j] = inline(strings.TrimSpace(strings.ReplaceAll(stripMarks(c), "\n", " ")))
		}
		if i == 0 {
			t.Header = cells
			for j := range r {
				k := doc.ColumnNumber
				if j == 0 {
					k = doc.ColumnLabel
				}
				t.Columns = append(t.Columns, doc.Column{Kind: k})
			}
			continue
		}
		t.Rows = append(t.Rows, cells)
	}
	sharedUnits(t)
	return t
}

// sharedUnits states the unit of each figure column whose figures all give
// one ("2.15万元", "3.68万元", "—"): the writers that set tables on paper
// print it once, in the header.
func sharedUnits(t *doc.Table) {
	for c := range t.Columns {
		if t.Columns[c].Kind != doc.ColumnNumber {
			continue
		}
		unit, seen, mixed := "", false, false
		for _, r := range t.Rows {
			if c >= len(r) {
				continue
			}
			_, u, ok := doc.SplitFigure(r[c].String())
			if !ok {
				continue
			}
			if seen && u != unit {
				mixed = true
				break
			}
			unit, seen = u, true
		}
		if !mixed {
			t.Columns[c].Unit = unit
		}
	}
}
