package docx

import (
	"zongjie/internal/doc"
	"zongjie/internal/fonts"
	"zongjie/internal/render/style"
)

// titleFont is the face GB/T 9704 asks for titles. Office machines that lack
// it substitute a Song face (fontTable.xml says it is a GB2312 serif).
const titleFont = "方正小标宋简体"

// font is a Chinese family name a run asks for in w:eastAsia. Digits and
// Latin letters always use fonts.LatinFamily.
type font string

// faceFont returns the Windows/WPS family name of face: 宋体, 仿宋, 黑体, 楷体.
func faceFont(f fonts.Face) font { return font(f.String()) }

// roleFont returns the font of the text of a block with role r.
func roleFont(r doc.Role) font {
	if r == doc.RoleTitle {
		return titleFont
	}
	return faceFont(style.For(r).Face)
}

// Fonts for inline markup: bold Chinese text is set in 黑体 (宋体 and 仿宋
// have no bold), emphasis in 楷体 (Chinese has no italics).
var (
	strongFont   = faceFont(fonts.Hei)
	emphasisFont = faceFont(fonts.Kai)
)

// fontInfo is what fontTable.xml says about a family, so that a machine
// without it substitutes a face of the same script.
type fontInfo struct {
	name    string
	altName string // the family's English name
	charset string // "86" is GB2312, "00" ANSI
	family  string
}

// fontTable lists every family the document uses, in a fixed order.
var fontTable = []fontInfo{
	{name: fonts.LatinFamily, charset: "00", family: "roman"},
	{name: string(faceFont(fonts.Song)), altName: "SimSun", charset: "86", family: "auto"},
	{name: string(faceFont(fonts.FangSong)), altName: "FangSong", charset: "86", family: "auto"},
	{name: string(faceFont(fonts.Hei)), altName: "SimHei", charset: "86", family: "auto"},
	{name: string(faceFont(fonts.Kai)), altName: "KaiTi", charset: "86", family: "auto"},
	{name: titleFont, altName: "FZXiaoBiaoSong-B05S", charset: "86", family: "auto"},
}

// fontTablePart renders word/fontTable.xml.
func fontTablePart() []byte {
	var x xmlWriter
	x.b.WriteString(xmlHeader)
	x.open("w:fonts", "xmlns:w", nsW)
	for _, f := range fontTable {
		x.open("w:font", "w:name", f.name)
		if f.altName != "" {
			x.empty("w:altName", "w:val", f.altName)
		}
		x.empty("w:charset", "w:val", f.charset)
		x.empty("w:family", "w:val", f.family)
		x.empty("w:pitch", "w:val", "variable")
		x.close("w:font")
	}
	x.close("w:fonts")
	return x.bytes()
}
