package style

import "zongjie/internal/fonts"

// Families names the font families a document asks for, for the writers
// that name fonts instead of embedding them (DOCX, HTML). The zero value
// asks for the defaults: the Windows/WPS names first (fonts.Families), and
// Times New Roman for digits and Latin letters. A family a user chose for a
// face (--font-body 仿宋_GB2312, or the family of a font file they named)
// comes before the defaults.
type Families struct {
	// Chosen holds the family a user chose, by face.
	Chosen map[fonts.Face]string
	// Latin is the family for digits and Latin letters; "" is
	// fonts.LatinFamily, NoLatin uses each Chinese font's own.
	Latin string
}

// NoLatin is Families.Latin for "set digits and letters in the Chinese
// fonts themselves".
const NoLatin = "none"

// TitleFamily is the face GB/T 9704 asks for titles, 方正小标宋简体.
const TitleFamily = "方正小标宋简体"

// Primary is the one family a document that names a single font per face
// (DOCX) asks for: the chosen one, else the Windows/WPS name (宋体, 仿宋,
// 黑体, 楷体).
func (fs Families) Primary(f fonts.Face) string {
	if c := fs.Chosen[f]; c != "" {
		return c
	}
	return f.String()
}

// Title is the title's family: the chosen 宋 face, else 方正小标宋简体.
func (fs Families) Title() string {
	if c := fs.Chosen[fonts.Song]; c != "" {
		return c
	}
	return TitleFamily
}

// Names lists the families to ask for face f, most wanted first: the
// chosen one, then fonts.Families.
func (fs Families) Names(f fonts.Face) []string {
	names := fonts.Families[f]
	if c := fs.Chosen[f]; c != "" {
		names = append([]string{c}, names...)
	}
	return names
}

// LatinName is the family for digits and Latin letters, or "" when the
// Chinese fonts set them (NoLatin).
func (fs Families) LatinName() string {
	switch fs.Latin {
	case "":
		return fonts.LatinFamily
	case NoLatin:
		return ""
	}
	return fs.Latin
}
