// Package doc is the one document model every writer walks: the goldmark AST
// of the Markdown that internal/report composed, plus the document's metadata.
//
// The composer writes ordinary CommonMark (with GFM tables). A few layout facts
// that Markdown cannot say are carried by marker comments that any Markdown
// viewer hides:
//
//	<!-- zongjie:center -->   the next paragraph is centred (subtitle, date line)
//	<!-- zongjie:right -->    the next paragraph is right-aligned (落款: signature and date)
//	<!-- zongjie:left -->     the next paragraph is flush left, not indented (称呼)
//
// Heading levels map to the office-document roles of GB/T 9704:
// "#" is the title, "##" a level-1 heading (一、), "###" level 2 ((一)),
// "####" level 3 (1.), "#####" level 4 ((1)).
package doc

import (
	"bytes"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/text"
)

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

// Document is a parsed report: the source Markdown, its AST and its metadata.
type Document struct {
	Source []byte
	Root   ast.Node
	Meta   Meta
}

// Markdown returns the goldmark instance every stage uses to parse reports:
// CommonMark, GFM tables and the CJK extension (no spaces inserted at soft
// line breaks between Chinese characters).
func Markdown() goldmark.Markdown {
	return goldmark.New(goldmark.WithExtensions(extension.Table, extension.CJK))
}

var md = Markdown()

// Parse parses composed Markdown once; every writer then walks the result.
// Text no output format can carry (bytes that are not UTF-8, control
// characters) is cleaned first, in the source and the metadata alike.
func Parse(source []byte, meta Meta) *Document {
	source = cleanSource(source)
	meta.Title = cleanString(meta.Title)
	meta.Author = cleanString(meta.Author)
	meta.Date = cleanString(meta.Date)
	meta.ISODate = cleanString(meta.ISODate)
	root := md.Parser().Parse(text.NewReader(source))
	return &Document{Source: source, Root: root, Meta: meta}
}

// Role is the typographic role of a block.
type Role int

// The roles, from the title down to table cells.
const (
	RoleBody      Role = iota // body paragraph, 仿宋, first-line indent 2 characters
	RoleTitle                 // document title, 小标宋, centred
	RoleH1                    // 一、 黑体
	RoleH2                    // (一) 楷体
	RoleH3                    // 1. 仿宋
	RoleH4                    // (1) 仿宋
	RoleCenter                // centred paragraph (subtitle, speaker, date line), no indent
	RoleSignature             // right-aligned 落款, no indent
	RoleTable                 // table cell text
	RoleFlush                 // flush-left paragraph without indent (称呼: 各位代表、同志们：)
)

// HeadingRole maps a Markdown heading level to its role.
func HeadingRole(level int) Role {
	switch level {
	case 1:
		return RoleTitle
	case 2:
		return RoleH1
	case 3:
		return RoleH2
	case 4:
		return RoleH3
	default:
		return RoleH4
	}
}

// BlockRole returns the role of a heading or paragraph node of d.
func (d *Document) BlockRole(n ast.Node) Role {
	switch n := n.(type) {
	case *ast.Heading:
		return HeadingRole(n.Level)
	case *ast.Paragraph, *ast.TextBlock:
		if _, ok := n.Parent().(*ast.Document); !ok {
			return RoleBody
		}
		switch d.marker(n.PreviousSibling()) {
		case "center":
			return RoleCenter
		case "right":
			return RoleSignature
		case "left":
			return RoleFlush
		}
	}
	return RoleBody
}

// IsMarker reports whether n is a zongjie marker comment, which writers skip.
func (d *Document) IsMarker(n ast.Node) bool { return d.marker(n) != "" }

func (d *Document) marker(n ast.Node) string {
	h, ok := n.(*ast.HTMLBlock)
	if !ok {
		return ""
	}
	var b bytes.Buffer
	lines := h.Lines()
	for i := 0; i < lines.Len(); i++ {
		seg := lines.At(i)
		b.Write(seg.Value(d.Source))
	}
	s := strings.TrimSpace(b.String())
	if !strings.HasPrefix(s, "<!-- zongjie:") || !strings.HasSuffix(s, "-->") {
		return ""
	}
	return strings.TrimSpace(strings.TrimSuffix(strings.TrimPrefix(s, "<!-- zongjie:"), "-->"))
}

// PlainText returns the text of n with inline markup removed, joining soft
// line breaks without a space (Chinese text) and hard breaks with "\n".
func (d *Document) PlainText(n ast.Node) string {
	var b strings.Builder
	d.appendText(&b, n)
	return b.String()
}

func (d *Document) appendText(b *strings.Builder, n ast.Node) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Text:
			b.WriteString(d.TextValue(c))
			if c.HardLineBreak() {
				b.WriteByte('\n')
			}
		case *ast.String:
			b.WriteString(d.TextValue(c))
		case *ast.RawHTML:
			b.WriteString(d.Literal(c))
		default:
			d.appendText(b, c)
		}
	}
}
