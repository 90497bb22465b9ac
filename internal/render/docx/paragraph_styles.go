package docx

import (
	"zongjie/internal/doc"
	"zongjie/internal/fonts"
	"zongjie/internal/render/style"
)

// paraStyle is a named paragraph style of styles.xml. Built-in Word names
// (Title, heading 1…, Body Text, Signature) are shown localised by Chinese
// Word and WPS (标题, 标题 1, 正文文本, 签名); the others carry Chinese names.
// The clerk restyles the report by editing these.
type paraStyle struct {
	id, name string
	block    style.Block
	font     font
	linePt   float64 // fixed line spacing
	outline  int     // outline level 0–8, or -1 for body text
	keepNext bool    // keep with the next paragraph (headings)
	noGrid   bool    // do not snap to the line grid (sizes other than 三号)
	tracking int     // character spacing in twips (see page.bodyTracking)
}

// Style ids of the roles the document uses.
const (
	styleNormal       = "Normal"
	styleTitle        = "Title"
	styleBody         = "BodyText"
	styleCenter       = "Centered"
	styleSignature    = "Signature"
	styleDate         = "Date"
	styleFlush        = "Salutation"
	styleTableText    = "TableText"
	styleTableHeading = "TableHeading"
	styleTableNumber  = "TableNumber"
	styleMasthead     = "Masthead"
	styleDocNumber    = "DocumentNumber"
	styleColophon     = "Colophon"
	styleFooter       = "Footer"
	styleTable        = "ReportTable"
)

// roleStyle returns the id of the paragraph style of role r.
func roleStyle(r doc.Role) string {
	switch r {
	case doc.RoleTitle:
		return styleTitle
	case doc.RoleH1:
		return "Heading1"
	case doc.RoleH2:
		return "Heading2"
	case doc.RoleH3:
		return "Heading3"
	case doc.RoleH4:
		return "Heading4"
	case doc.RoleCenter:
		return styleCenter
	case doc.RoleSignature:
		return styleSignature
	case doc.RoleDate:
		return styleDate
	case doc.RoleSalutation:
		return styleFlush
	case doc.RoleTable:
		return styleTableText
	case doc.RoleCaption:
		return styleCaption
	default:
		return styleBody
	}
}

// paraStyles returns the role styles of page p in styles.xml order.
func paraStyles(p page, n fontNames) []paraStyle {
	role := func(r doc.Role, name string, outline int) paraStyle {
		s := paraStyle{
			id: roleStyle(r), name: name, block: style.For(r), font: n.role(r),
			linePt: style.LinePitchPt, outline: outline, keepNext: outline >= 0,
		}
		if s.block.SizePt == style.BodyPt {
			s.tracking = p.bodyTracking
		}
		return s
	}
	title := role(doc.RoleTitle, "Title", -1)
	title.keepNext, title.noGrid = true, true
	table := role(doc.RoleTable, "表格文字", -1)
	table.linePt, table.noGrid = style.TableLinePitchPt, true
	tableHeading := table
	tableHeading.id, tableHeading.name, tableHeading.font = styleTableHeading, "表头", n.strong()
	tableNumber := table
	tableNumber.id, tableNumber.name = styleTableNumber, "表格数字"
	tableNumber.block.Align = style.Right
	// The 版头's 发文机关标志 and the 版记 (doc.Issue).
	masthead := role(doc.RoleTitle, "发文机关标志", -1)
	masthead.id, masthead.block.SpaceAfterLines, masthead.noGrid = styleMasthead, 0, true
	masthead.block.SizePt = style.AuthorityMaxPt
	number := role(doc.RoleCenter, "发文字号", -1)
	number.id, number.font = styleDocNumber, n.face(fonts.FangSong)
	number.block.Face = fonts.FangSong
	colophon := role(doc.RoleBody, "版记", -1)
	colophon.id, colophon.font, colophon.noGrid, colophon.tracking = styleColophon, n.face(fonts.FangSong), true, 0
	colophon.block = style.Block{Face: fonts.FangSong, SizePt: style.ColophonPt, Align: style.Left}
	caption := role(doc.RoleCaption, "caption", -1)
	caption.noGrid = true
	return []paraStyle{
		title,
		role(doc.RoleH1, "heading 1", 0),
		role(doc.RoleH2, "heading 2", 1),
		role(doc.RoleH3, "heading 3", 2),
		role(doc.RoleH4, "heading 4", 3),
		role(doc.RoleBody, "Body Text", -1),
		role(doc.RoleCenter, "居中", -1),
		role(doc.RoleSignature, "Signature", -1),
		role(doc.RoleDate, "Date", -1),
		role(doc.RoleSalutation, "称呼", -1),
		table,
		tableHeading,
		tableNumber,
		masthead,
		number,
		colophon,
		caption,
	}
}

// writeParaProps writes the w:pPr content of s (without the w:pPr element).
func (s paraStyle) writeParaProps(x *xmlWriter) {
	if s.keepNext {
		x.empty("w:keepNext")
	}
	if s.noGrid {
		x.empty("w:snapToGrid", "w:val", "0")
	}
	line := ptTwips(s.linePt)
	x.empty("w:spacing",
		"w:before", itoa(int(s.block.SpaceBeforeLines*float64(line))),
		"w:after", itoa(int(s.block.SpaceAfterLines*float64(line))),
		"w:line", itoa(line), "w:lineRule", "exact")
	indent := s.block.IndentChars
	x.empty("w:ind",
		"w:firstLineChars", itoa(indent*100),
		"w:firstLine", itoa(indent*ptTwips(s.block.SizePt)))
	x.empty("w:jc", "w:val", jc(s.block.Align))
	if s.outline >= 0 {
		x.empty("w:outlineLvl", "w:val", itoa(s.outline))
	}
}

// jc is the w:jc value of an alignment: Word calls justified text "both".
func jc(a style.Align) string {
	if a == style.Justify {
		return "both"
	}
	return a.String()
}
