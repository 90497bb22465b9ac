// Package doc is the document model of a zongjie report: the contract
// between the composer (internal/report), which builds a Document, and the
// writers (internal/render/md, html, docx, pdf), which each walk it once.
//
// A Document is a flat list of blocks in reading order — headings,
// paragraphs, tables and charts — and its metadata. Meaning travels in types: a
// block's role (title, level-1 heading, body, salutation, signature …) says
// how it is laid out, a table column's kind says how its cells align; text
// is plain Unicode in styled spans, never markup. Nothing in a Document is
// Markdown, HTML or a marker: the writers never parse text.
//
// How a role looks on paper (fonts, sizes, indents, alignment) is stated
// once, in internal/render/style, for every writer. Adding a role is a change
// here, in the composer that makes it, and in each writer that lays it out
// (and in style), nothing else.
package doc

// Document is one composed report.
type Document struct {
	Meta Meta
	// Blocks are the report's blocks in reading order; the first is the
	// title (a Heading of level 0).
	Blocks []Block
	// Issue is the apparatus of a report issued as an official document
	// (版头 and 版记); nil, the default, for a report without.
	Issue *Issue
	// Warnings are what the composer noticed about the records while
	// writing (a year missing from a term review, thin sections); they are
	// for the clerk, not part of the text, and no writer prints them.
	Warnings []Warning
}

// Issue is what a report issued as an official document (公文) prints
// besides its body, per GB/T 9704: the 版头 above the title and the 版记
// at the foot of the last page. Either part is left out when its text is
// empty.
type Issue struct {
	// Authority is the 发文机关标志 of the 版头, "永嘉县教育工会文件",
	// printed large in red over a red rule; "" for no 版头.
	Authority string
	// Number is the 发文字号, "永教工〔2014〕1号", centred between the
	// authority and the rule; may be "".
	Number string
	// CopyTo lists the 抄送机关 of the 版记; may be empty.
	CopyTo []string
	// Printer is the 印发机关 of the 版记 and Printed its 印发日期 as
	// reports write dates, "2014年1月5日"; Printer "" for no 版记.
	Printer string
	Printed string
}

// Masthead reports whether d has a 版头.
func (d *Document) Masthead() bool { return d.Issue != nil && d.Issue.Authority != "" }

// Colophon reports whether d has a 版记.
func (d *Document) Colophon() bool { return d.Issue != nil && d.Issue.Printer != "" }

// Warning is a note to the clerk about the report, in Chinese.
type Warning struct {
	Text string
	// Mismatch marks a report kind that does not fit the records (a term
	// review of one year, a half-year summary of a whole year): the
	// command line refuses it unless forced.
	Mismatch bool
}

// Meta is what a writer needs besides the body: document properties.
type Meta struct {
	Title  string // document title, for properties and the HTML <title>
	Author string // the organisation that issues the report
	// Date is the report date as the report states it, e.g. "2013年12月31日";
	// writers never use the wall clock.
	Date string
	// ISODate is the same date as YYYY-MM-DD, for document properties.
	ISODate string
}

// Block is one block of a document: a *Heading, a *Paragraph, a *Table or
// a *Chart.
// The set is closed; writers switch over these types.
type Block interface {
	// Role is the typographic role of the block (of a table: of its cells).
	Role() Role
	block()
}

// Role is the typographic role of a block: what it is in an office
// document, which decides its face, size, indent and alignment.
type Role int

// The roles. RoleTitle to RoleH4 belong to headings, RoleTable to tables,
// the others to paragraphs.
const (
	RoleBody       Role = iota // body paragraph, 仿宋, first-line indent of two characters
	RoleTitle                  // the document title, 小标宋, centred
	RoleH1                     // level-1 heading 一、, 黑体
	RoleH2                     // level-2 heading （一）, 楷体
	RoleH3                     // level-3 heading 1., 仿宋
	RoleH4                     // level-4 heading （1）, 仿宋
	RoleCenter                 // a centred line under the title: the meeting, the speaker, the date of a speech
	RoleSalutation             // the flush-left salutation of a speech: 各位代表、同志们：
	RoleSignature              // the issuing organisation at the end (落款)
	RoleTable                  // the cells of a table
	RoleDate                   // the date under the signature (成文日期)
	RoleCaption                // the caption under a figure (图1 …)
)

// roleNames are the roles' names for debugging and tests.
var roleNames = [...]string{"body", "title", "h1", "h2", "h3", "h4", "center", "salutation", "signature", "table", "date", "caption"}

// String returns the role's name ("body", "h1", "signature" …).
func (r Role) String() string {
	if r >= 0 && int(r) < len(roleNames) {
		return roleNames[r]
	}
	return "unknown"
}

// Heading is the title (Level 0) or a numbered section heading.
type Heading struct {
	// Level is 0 for the title, 1 for 一、, 2 for （一）, 3 for 1., 4 for （1）.
	Level int
	// Number is the heading's number as printed, "一、", "（二）", "3."; ""
	// for the title.
	Number string
	// Text is the heading text after the number.
	Text Line
	// ID is the report section the heading opens ("organisation"), for
	// anchors and bookmarks; "" for the title.
	ID string
}

// Role maps the level to RoleTitle … RoleH4.
func (h *Heading) Role() Role {
	switch {
	case h.Level <= 0:
		return RoleTitle
	case h.Level >= 4:
		return RoleH4
	}
	return RoleH1 + Role(h.Level-1)
}

func (*Heading) block() {}

// Paragraph is a paragraph of text: body text, a salutation, a centred
// line, the signature, its date.
//
// The 落款 is two paragraphs: the organisation (RoleSignature) and, right
// after it, the date (RoleDate). Writers set them as a pair (GB/T 9704
// §7.3.5.2, see style.Signature): the date two characters in from the right
// margin, the name centred over it.
type Paragraph struct {
	// Kind is RoleBody, RoleCenter, RoleSalutation, RoleSignature or
	// RoleDate.
	Kind Role
	// Number is a numbered work item's number, "1.", printed before the
	// text; "" for other paragraphs.
	Number string
	// Lines are the paragraph's lines: one for ordinary text, more where the
	// text has hard line breaks.
	Lines []Line
}

// Role returns the paragraph's kind.
func (p *Paragraph) Role() Role { return p.Kind }

func (*Paragraph) block() {}

// Table is a table of figures: a header row and body rows, cells of plain
// text. Every row has one cell per column.
type Table struct {
	Columns []Column
	Header  []Line
	Rows    [][]Line
}

// Role returns RoleTable.
func (*Table) Role() Role { return RoleTable }

func (*Table) block() {}

// Column describes one column of a table.
type Column struct {
	Kind ColumnKind
	// Unit is the unit every figure of a ColumnNumber column is given in
	// ("万元", "%", "人"): each cell of the column is either a figure in
	// it, as SplitFigure reads one ("2.15万元"), or no figure at all ("—",
	// empty). "" when the figures do not share a unit. Cells always hold
	// the whole figure with its unit; a writer that sets the table on
	// paper prints the unit once, in the header ("慈善捐款（万元）"), and
	// the figures bare, to one precision (see style.LayTable).
	Unit string
}

// ColumnKind is what a column holds, which decides how its cells align.
type ColumnKind int

// Column kinds.
const (
	ColumnLabel  ColumnKind = iota // names of rows: a year, a unit; aligned at the start
	ColumnNumber                   // figures; aligned at the end
)

// Line is a run of styled text without line breaks.
type Line []Span

// Span is text in one style. Text never holds a line break.
type Span struct {
	Text  string
	Style Style
}

// Style is how a span is set, a set of flags. Chinese faces have no bold
// or italic: writers set Strong text in 黑体 and Emphasis in 楷体.
type Style uint8

// Span styles.
const (
	Strong   Style = 1 << iota // 加粗: set in 黑体
	Emphasis                   // 强调: set in 楷体
	Code                       // literal text as written
)

// String returns the line's text without styles.
func (l Line) String() string {
	switch len(l) {
	case 0:
		return ""
	case 1:
		return l[0].Text
	}
	n := 0
	for _, s := range l {
		n += len(s.Text)
	}
	b := make([]byte, 0, n)
	for _, s := range l {
		b = append(b, s.Text...)
	}
	return string(b)
}

// Plain returns a line of one unstyled span, or an empty line for "".
func Plain(text string) Line {
	if text == "" {
		return nil
	}
	return Line{{Text: text}}
}

// Text returns the text of a paragraph's lines joined by "\n".
func (p *Paragraph) Text() string {
	switch len(p.Lines) {
	case 0:
		return ""
	case 1:
		return p.Lines[0].String()
	}
	s := p.Lines[0].String()
	for _, l := range p.Lines[1:] {
		s += "\n" + l.String()
	}
	return s
}
