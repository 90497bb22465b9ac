// Package style is the one place that states how a zongjie report is laid
// out on paper: the GB/T 9704-2012 conventions as Chinese offices apply them.
// The HTML, DOCX and PDF writers all read their page, fonts, sizes and
// spacing from here, so the three formats agree.
package style

import (
	"strconv"

	"zongjie/internal/render/doc"
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
	TablePt      = 14.0 // 四号, so a table fits the 156 mm block
)

// LinePitchPt is the fixed line spacing: 225 mm over 22 lines ≈ 28.95 pt.
const LinePitchPt = 28.95

// FirstLineIndentChars is the first-line indent of body paragraphs, in characters.
const FirstLineIndentChars = 2

// Face names a Chinese typeface by its role. Writers map a Face to an actual
// font: a font file for PDF, a family name for DOCX and HTML.
type Face int

// The four faces an office document uses.
const (
	Song     Face = iota // 宋体 (and 小标宋 for titles)
	FangSong             // 仿宋
	Hei                  // 黑体, also used for bold Chinese text
	Kai                  // 楷体
)

// String returns the Chinese name of the face.
func (f Face) String() string {
	switch f {
	case FangSong:
		return "仿宋"
	case Hei:
		return "黑体"
	case Kai:
		return "楷体"
	default:
		return "宋体"
	}
}

// Families lists, per face, the family names to ask for, most wanted first:
// Windows/WPS names, then macOS, then free fonts found on Linux.
var Families = map[Face][]string{
	Song:     {"方正小标宋简体", "宋体", "SimSun", "STSong", "AR PL SungtiL GB", "Noto Serif CJK SC"},
	FangSong: {"仿宋_GB2312", "仿宋", "FangSong", "STFangsong", "AR PL SungtiL GB", "Noto Serif CJK SC"},
	Hei:      {"黑体", "SimHei", "STHeiti", "Droid Sans Fallback", "Noto Sans CJK SC"},
	Kai:      {"楷体_GB2312", "楷体", "KaiTi", "STKaiti", "AR PL KaitiM GB", "Noto Serif CJK SC"},
}

// LatinFamily is the font for digits and Latin letters inside Chinese text.
const LatinFamily = "Times New Roman"

// Block is the typography of one role.
type Block struct {
	Face        Face
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

// For returns the typography of a role.
func For(r doc.Role) Block {
	switch r {
	case doc.RoleTitle:
		return Block{Face: Song, SizePt: TitlePt, Align: Center, SpaceAfterLines: 1}
	case doc.RoleH1:
		return Block{Face: Hei, SizePt: BodyPt, Align: Justify, IndentChars: FirstLineIndentChars}
	case doc.RoleH2:
		return Block{Face: Kai, SizePt: BodyPt, Align: Justify, IndentChars: FirstLineIndentChars}
	case doc.RoleH3, doc.RoleH4:
		return Block{Face: FangSong, SizePt: BodyPt, Align: Justify, IndentChars: FirstLineIndentChars}
	case doc.RoleCenter:
		return Block{Face: Kai, SizePt: BodyPt, Align: Center}
	case doc.RoleSignature:
		return Block{Face: FangSong, SizePt: BodyPt, Align: Right, SpaceBeforeLines: 1}
	case doc.RoleTable:
		return Block{Face: FangSong, SizePt: TablePt, Align: Center}
	case doc.RoleFlush:
		return Block{Face: FangSong, SizePt: BodyPt, Align: Left}
	default:
		return Block{Face: FangSong, SizePt: BodyPt, Align: Justify, IndentChars: FirstLineIndentChars}
	}
}

// PageNumber formats a page number the way offices print it: "— 1 —".
func PageNumber(n int) string { return "— " + strconv.Itoa(n) + " —" }

// MMToPt converts millimetres to points.
func MMToPt(mm float64) float64 { return mm * 72 / 25.4 }
