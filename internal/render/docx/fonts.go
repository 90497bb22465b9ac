package docx

import (
	"zongjie/internal/doc"
	"zongjie/internal/fonts"
	"zongjie/internal/render/style"
)

// font is what a run asks for: a Chinese family in w:eastAsia and a family
// for digits and Latin letters.
type font struct {
	east  string
	latin string
}

// fontNames are the families one document names (see style.Families).
type fontNames struct {
	families style.Families
}

// face is the font of face f.
func (n fontNames) face(f fonts.Face) font {
	return font{east: n.families.Primary(f), latin: n.latin(n.families.Primary(f))}
}

// latin is the family for digits and letters beside a Chinese family east.
func (n fontNames) latin(east string) string {
	if l := n.families.LatinName(); l != "" {
		return l
	}
	return east
}

// role returns the font of the text of a block with role r: the title's
// own family (小标宋) or the face of its style.
func (n fontNames) role(r doc.Role) font {
	if r == doc.RoleTitle {
		t := n.families.Title()
		return font{east: t, latin: n.latin(t)}
	}
	return n.face(style.For(r).Face)
}

// Fonts for inline markup: bold Chinese text is set in 黑体 (宋体 and 仿宋
// have no bold), emphasis in 楷体 (Chinese has no italics).
func (n fontNames) strong() font   { return n.face(fonts.Hei) }
func (n fontNames) emphasis() font { return n.face(fonts.Kai) }

// fontInfo is what fontTable.xml says about a family, so that a machine
// without it substitutes a face of the same script.
type fontInfo struct {
	name    string
	altName string // the family's English name
	charset string // "86" is GB2312, "00" ANSI
	family  string
}

// table lists every family the document uses, in a fixed order: the Latin
// family, the four faces, the title's family.
func (n fontNames) table() []fontInfo {
	var out []fontInfo
	seen := map[string]bool{}
	add := func(f fontInfo) {
		if f.name != "" && !seen[f.name] {
			seen[f.name] = true
			out = append(out, f)
		}
	}
	add(fontInfo{name: n.families.LatinName(), charset: "00", family: "roman"})
	for _, f := range []struct {
		face fonts.Face
		alt  string
	}{{fonts.Song, "SimSun"}, {fonts.FangSong, "FangSong"}, {fonts.Hei, "SimHei"}, {fonts.Kai, "KaiTi"}} {
		name := n.families.Primary(f.face)
		alt := f.alt
		if name != f.face.String() {
			alt = ""
		}
		add(fontInfo{name: name, altName: alt, charset: "86", family: "auto"})
	}
	alt := "FZXiaoBiaoSong-B05S"
	if n.families.Title() != style.TitleFamily {
		alt = ""
	}
	add(fontInfo{name: n.families.Title(), altName: alt, charset: "86", family: "auto"})
	return out
}

// fontTablePart renders word/fontTable.xml.
func (n fontNames) fontTablePart() []byte {
	var x xmlWriter
	x.b.WriteString(xmlHeader)
	x.open("w:fonts", "xmlns:w", nsW)
	for _, f := range n.table() {
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
