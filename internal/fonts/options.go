package fonts

import (
	"fmt"
	"strings"
)

// Options says which fonts to use. The zero value looks for the faces of
// Families among the installed fonts and falls back to the embedded
// fonts for any face it cannot find.
type Options struct {
	// Faces overrides the font of a face. A value is either a font file
	// (.ttf, or .ttc whose face 0 is used; append "#N" for face N) or a
	// family name to look up among the installed fonts ("仿宋_GB2312").
	// A named font that cannot be loaded is an error, never silently replaced.
	Faces map[Face]string
	// Latin overrides the font for digits and Latin letters the same way.
	// Empty looks for LatinFamilies; "none" uses each Chinese font's own
	// Latin glyphs.
	Latin string
	// Dirs replaces the system font directories (SystemDirs) in the search.
	Dirs []string
	// NoSystemFonts ignores installed fonts: only files named in Faces and
	// Latin and the embedded fallbacks are used, as on a fresh machine.
	NoSystemFonts bool
	// IndexPath is the font index file that spares a run reading every
	// installed font file; "" is DefaultIndexPath.
	IndexPath string
	// NoIndex neither reads nor writes a font index: every font file is
	// read. The fonts found are the same either way.
	NoIndex bool
}

// LatinFamilies lists the fonts looked for to set digits and Latin letters
// inside Chinese text: Times New Roman first (LatinFamily), then free
// fonts with the same metrics, then DejaVu Serif.
var LatinFamilies = []string{LatinFamily, "TimesNewRomanPSMT", "Liberation Serif", "Tinos", "DejaVu Serif"}

// Config is the font section of a zongjie configuration file (YAML keys in
// tags); Options converts it.
type Config struct {
	Song     string   `yaml:"song"`     // 宋体, also the title's 小标宋
	FangSong string   `yaml:"fangsong"` // 仿宋, the body text
	Hei      string   `yaml:"hei"`      // 黑体, level-1 headings and bold
	Kai      string   `yaml:"kai"`      // 楷体, level-2 headings
	Latin    string   `yaml:"latin"`    // digits and Latin letters
	Dirs     []string `yaml:"dirs"`     // extra font directories, searched first
}

// Options turns a configuration into Options; dirs named in the
// configuration are searched before the system directories.
func (c Config) Options() Options {
	o := Options{Faces: map[Face]string{}, Latin: strings.TrimSpace(c.Latin)}
	for face, v := range map[Face]string{Song: c.Song, FangSong: c.FangSong, Hei: c.Hei, Kai: c.Kai} {
		if v = strings.TrimSpace(v); v != "" {
			o.Faces[face] = v
		}
	}
	if len(c.Dirs) > 0 {
		o.Dirs = append(append([]string(nil), c.Dirs...), SystemDirs()...)
	}
	return o
}

// ParseFace parses a face name as a user may write it on a command line:
// song/宋体, fangsong/仿宋, hei/黑体, kai/楷体.
func ParseFace(s string) (Face, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "song", "宋", "宋体", "title":
		return Song, nil
	case "fangsong", "仿宋", "body":
		return FangSong, nil
	case "hei", "黑", "黑体", "heading":
		return Hei, nil
	case "kai", "楷", "楷体":
		return Kai, nil
	}
	return 0, fmt.Errorf("没有“%s”这种字体;可用 song(宋体)、fangsong(仿宋)、hei(黑体)、kai(楷体)", s)
}
