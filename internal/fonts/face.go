package fonts

// Face names a Chinese typeface by its role in an office document. Writers
// map a Face to an actual font: a font file for PDF, a family name for DOCX
// and HTML.
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

// roleName names what a face sets, for messages: 标题宋体, 正文仿宋, ….
func (f Face) roleName() string {
	switch f {
	case FangSong:
		return "正文仿宋"
	case Hei:
		return "黑体"
	case Kai:
		return "楷体"
	default:
		return "标题宋体"
	}
}

// LatinFamily is the font for digits and Latin letters inside Chinese text.
const LatinFamily = "Times New Roman"
