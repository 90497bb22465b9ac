// Package style is the one place that states how a zongjie report is laid
// out on paper: the GB/T 9704-2012 conventions as Chinese offices apply them.
// The HTML, DOCX and PDF writers all read their page, fonts, sizes and
// spacing from here, so the three formats agree.
package style

import (
	"strconv"

	"zongjie/internal/doc"
	"zongjie/internal/fonts"
)

// Millimetre lengths of the A4 page and its margins (天头 37 mm, 订口 28 mm;
// the text block is 156 × 225 mm).
const (
	PageWidthMM    = 210.0
	PageHeightMM   = 297.0
	MarginTopMM    = 37.0
	MarginBottomMM = 35.0
	MarginLeftMM   = 28.0
	MarginRightMM  = 26.0
	// FooterGapMM is the distance from the bottom of the text block to the
	// page number line.
	FooterGapMM = 7.0
)

// Font sizes in points (号 in brackets).
const (
	TitlePt      = 22.0 // 二号
	BodyPt       = 16.0 // 三号
	PageNumberPt = 14.0 // 四号
	TablePt      = 14.0 // 四号, the size of tables (TableSmallPt for wide ones)
)

// LinePitchPt is the fixed line spacing: 225 mm over 22 lines ≈ 28.95 pt.
const LinePitchPt = 28.95

// FirstLineIndentChars is the first-line indent of body paragraphs, in characters.
const FirstLineIndentChars = 2

// Block is the typography of one role.
type Block struct {
	Face        fonts.Face
	SizePt      float64
	Align       Align
	IndentChars int  // first-line indent in characters
	Bold        bool // only ever true with Face == Hei (宋/仿宋 have no bold)
	// SpaceBeforeLines and SpaceAfterLines are blank space in line pitches.
	SpaceBeforeLines float64
	SpaceAfterLines  float64
}

// Align is horizontal alignment.
type Align int

// Alignments.
const (
	Justify Align = iota
	Center
	Right
	Left
)

// String is the alignment's CSS text-align value: justify, center, right
// or left.
func (a Align) String() string {
	switch a {
	case Center:
		return "center"
	case Right:
		return "right"
	case Left:
		return "left"
	}
	return "justify"
}

// For returns the typography of a role.
func For(r doc.Role) Block {
	switch r {
	case doc.RoleTitle:
		return Block{Face: fonts.Song, SizePt: TitlePt, Align: Center, SpaceAfterLines: 1}
	case doc.RoleH1:
		return Block{Face: fonts.Hei, SizePt: BodyPt, Align: Justify, IndentChars: FirstLineIndentChars}
	case doc.RoleH2:
		return Block{Face: fonts.Kai, SizePt: BodyPt, Align: Justify, IndentChars: FirstLineIndentChars}
	case doc.RoleH3, doc.RoleH4:
		return Block{Face: fonts.FangSong, SizePt: BodyPt, Align: Justify, IndentChars: FirstLineIndentChars}
	case doc.RoleCenter:
		return Block{Face: fonts.Kai, SizePt: BodyPt, Align: Center}
	case doc.RoleSignature:
		return Block{Face: fonts.FangSong, SizePt: BodyPt, Align: Right, SpaceBeforeLines: 1}
	case doc.RoleDate:
		return Block{Face: fonts.FangSong, SizePt: BodyPt, Align: Right}
	case doc.RoleTable:
		return Block{Face: fonts.FangSong, SizePt: TablePt, Align: Center}
	case doc.RoleCaption:
		return Block{Face: fonts.Hei, SizePt: TablePt, Align: Center, SpaceAfterLines: 0.5}
	case doc.RoleSalutation:
		return Block{Face: fonts.FangSong, SizePt: BodyPt, Align: Left}
	default:
		return Block{Face: fonts.FangSong, SizePt: BodyPt, Align: Justify, IndentChars: FirstLineIndentChars}
	}
}

// PageNumber formats a page number the way offices print it: "— 1 —".
func PageNumber(n int) string { return "— " + strconv.Itoa(n) + " —" }

// MMToPt converts millimetres to points.
func MMToPt(mm float64) float64 { return mm * 72 / 25.4 }
