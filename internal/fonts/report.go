package fonts

import (
	"fmt"
	"strings"
)

// Role is one use of a face in a 公文 and the typeface the standard and
// common practice set it in.
type Role struct {
	Name   string // what the face sets: 标题, 正文, …
	Face   Face
	Wanted string // the font a 公文 asks for
	// Genuine are the names that typeface is installed under (Windows,
	// WPS, Founder, macOS): a font with any of them is the real thing, any
	// other is a stand-in.
	Genuine []string
}

// xiaoBiaoSong are the names of 方正小标宋, the title face of a 公文.
var xiaoBiaoSong = []string{"方正小标宋简体", "方正小标宋_GBK", "方正小标宋", "FZXiaoBiaoSong-B05S", "FZXiaoBiaoSong-B05", "FZXBSJW--GB1-0", "FZXBSK--GBK1-0"}

// Roles lists the uses of the faces in a 公文, the title's 小标宋 first.
// 标题 and 宋体 are both served by the Song face.
var Roles = []Role{
	{"标题", Song, "方正小标宋简体", xiaoBiaoSong},
	{"宋体", Song, "宋体", append([]string{"宋体", "SimSun", "新宋体", "NSimSun", "华文宋体", "STSong", "宋体-简", "Songti SC", "方正书宋简体", "方正书宋_GBK"}, xiaoBiaoSong...)},
	{"正文", FangSong, "仿宋_GB2312", []string{"仿宋_GB2312", "仿宋", "FangSong_GB2312", "FangSong", "华文仿宋", "STFangsong", "方正仿宋简体", "方正仿宋_GBK"}},
	{"一级标题、加粗", Hei, "黑体", []string{"黑体", "SimHei", "华文黑体", "STHeiti", "黑体-简", "Heiti SC", "方正黑体简体", "方正黑体_GBK"}},
	{"二级标题", Kai, "楷体_GB2312", []string{"楷体_GB2312", "楷体", "KaiTi_GB2312", "KaiTi", "华文楷体", "STKaiti", "楷体-简", "Kaiti SC", "方正楷体简体", "方正楷体_GBK"}},
}

// latinRole is the Latin text's: digits and Latin letters in Times New
// Roman, as Word sets a 公文.
var latinRole = Role{"数字和西文", -1, LatinFamily, []string{LatinFamily, "TimesNewRomanPSMT"}}

// Choice is, for one role, the font a 公文 wants and the one this Set
// uses for it.
type Choice struct {
	Role
	// Font is the font used; nil only for the Latin text when each Chinese
	// font's own digits and letters are used.
	Font *Font
	// How says in Chinese how Font was chosen: 指定的文件, 指定的字体名“…”,
	// 本机安装, 内置, or 用中文字体自带的; Font.Where says where it is.
	How string
	// Substitute is true when Font is not the wanted typeface and the user
	// did not choose it: the report looks other than a 公文 should.
	Substitute bool
}

// Choices lists, role by role, the font wanted and the font used, the
// Latin text last.
func (s *Set) Choices() []Choice {
	var out []Choice
	for _, r := range Roles {
		out = append(out, choice(r, s.faces[r.Face]))
	}
	return append(out, choice(latinRole, s.latin))
}

func choice(r Role, p pick) Choice {
	c := Choice{Role: r, Font: p.font}
	switch p.how {
	case howFile:
		c.How = "指定的文件"
	case howFamily:
		c.How = "指定的字体名“" + p.named + "”"
	case howInstalled:
		c.How = "本机安装"
	case howEmbedded:
		c.How = "内置"
	default:
		c.How = "用中文字体自带的"
	}
	c.Substitute = (p.how == howInstalled || p.how == howEmbedded || p.how == howNone) && !r.is(p.font)
	return c
}

// is reports whether f is the role's typeface, by any of its names.
func (r Role) is(f *Font) bool {
	if f == nil {
		return false
	}
	for _, n := range f.names {
		for _, g := range r.Genuine {
			if normalizeFamily(n) == normalizeFamily(g) {
				return true
			}
		}
	}
	return false
}

// Warning returns the notice, in Chinese, that the document is set with
// stand-ins for missing 公文 fonts, naming each missing font and its
// stand-in; "" when every face has its font or the user chose it. It
// covers the faces a report draws with (宋体 only serves the title), and
// not the Latin font: Times New Roman's free stand-ins have its metrics.
func (s *Set) Warning() string {
	var missing []string
	for _, c := range s.Missing() {
		missing = append(missing, fmt.Sprintf("%s应为%s,现用 %s", c.Role.Name, c.Wanted, c.Font))
	}
	if len(missing) == 0 {
		return ""
	}
	return "注意:本机没有这些公文用字体,PDF 中用替代字体排版:" + strings.Join(missing, ";") +
		"。文件可以照常使用,只是字体与公文格式的要求不同;安装这些字体,或用 --font-title、--font-body、--font-hei、--font-kai 指定字体文件,即可消除此提示。运行 zongjie fonts 查看本机找到的字体。"
}

// Missing returns the Choices that Warning names: the roles a report
// draws with (the title for the Song face, not 宋体 again; not the Latin
// text) whose wanted font is missing and replaced by a stand-in.
func (s *Set) Missing() []Choice {
	var out []Choice
	for _, c := range s.Choices() {
		if c.Substitute && c.Role.Name != "宋体" && c.Face >= 0 {
			out = append(out, c)
		}
	}
	return out
}
