package fonts

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"sync"
)

// faces lists the four faces in a fixed order.
var faces = []Face{Song, FangSong, Hei, Kai}

// Set is the fonts one document is set in: a font per face, an optional
// Latin font, and the embedded fallbacks for characters none of them has.
// Load a Set once and share it: it is immutable apart from the lazily
// loaded fallbacks, and safe for concurrent use.
type Set struct {
	faces [4]*Font
	latin *Font
	why   [4]string // how each face's font was chosen
	// fallbacks are the embedded fonts, loaded the first time a character
	// is missing from every chosen font.
	fallbackOnce sync.Once
	fallbacks    []*Font
}

// Load resolves every face: a font named in opts, else the first installed
// font of Families, else the embedded fallback. Each file is read and
// parsed once even when several faces use it.
func Load(opts Options) (*Set, error) {
	l := loader{byPath: map[string]*Font{}}
	if !opts.NoSystemFonts || len(opts.Dirs) > 0 {
		dirs := opts.Dirs
		if dirs == nil {
			dirs = SystemDirs()
		}
		l.dirs = dirs
	}
	s := &Set{}
	for _, face := range faces {
		f, why, err := l.resolve(face.String(), opts.Faces[face], Families[face])
		if err != nil {
			return nil, err
		}
		if f == nil {
			if f, err = Embedded(face); err != nil {
				return nil, err
			}
			why = "embedded fallback"
		}
		s.faces[face], s.why[face] = f, why
	}
	if !strings.EqualFold(opts.Latin, "none") {
		f, _, err := l.resolve("Latin", opts.Latin, LatinFamilies)
		if err != nil {
			return nil, err
		}
		s.latin = f
	}
	return s, nil
}

// loader finds and parses font files for one Load call.
type loader struct {
	dirs   []string
	cat    *catalogue
	byPath map[string]*Font
}

// resolve returns the font a user named (path or family), or the first
// usable installed font of families; nil, nil if nothing was named and
// nothing is installed.
func (l *loader) resolve(what, named string, families []string) (*Font, string, error) {
	if named != "" {
		if path, face, ok := splitFacePath(named); ok {
			f, err := l.load(path, face)
			if err != nil {
				return nil, "", fmt.Errorf("font for %s: %w", what, err)
			}
			return f, "named file", nil
		}
		for _, in := range l.catalogue().find([]string{named}) {
			if f, err := l.load(in.path, in.face); err == nil {
				return f, "named family " + named, nil
			}
		}
		return nil, "", fmt.Errorf("font for %s: no usable installed TrueType font named %q", what, named)
	}
	for _, in := range l.catalogue().find(families) {
		if f, err := l.load(in.path, in.face); err == nil {
			return f, "installed", nil
		}
	}
	return nil, "", nil
}

func (l *loader) catalogue() *catalogue {
	if l.cat == nil {
		l.cat = scan(l.dirs)
	}
	return l.cat
}

// splitFacePath recognises a font file argument, "path" or "path#N".
func splitFacePath(s string) (string, int, bool) {
	path, face := s, 0
	if i := strings.LastIndexByte(s, '#'); i > 0 {
		if n, err := strconv.Atoi(s[i+1:]); err == nil && n >= 0 {
			path, face = s[:i], n
		}
	}
	if st, err := os.Stat(path); err == nil && !st.IsDir() {
		return path, face, true
	}
	if strings.ContainsAny(s, `/\`) || isFontFile(path) {
		// It looks like a path: report it as a missing file, not a family.
		return path, face, true
	}
	return "", 0, false
}

// load reads face of a font file, extracting it from a collection.
func (l *loader) load(path string, face int) (*Font, error) {
	key := path + "#" + strconv.Itoa(face)
	if f, ok := l.byPath[key]; ok {
		return f, nil
	}
	data, err := readFontFile(path)
	if err != nil {
		return nil, err
	}
	one, err := ExtractFace(data, face)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	source := path
	if face > 0 {
		source = key
	}
	f, err := Parse(one, source)
	if err != nil {
		return nil, err
	}
	l.byPath[key] = f
	return f, nil
}

// Face returns the font of a face.
func (s *Set) Face(f Face) *Font { return s.faces[f] }

// Latin returns the font for digits and Latin letters, nil if there is none
// (each Chinese font's own Latin glyphs are used then).
func (s *Set) Latin() *Font { return s.latin }

// Describe lists which font serves each face and why, one line each, for
// a "which fonts?" report to the user.
func (s *Set) Describe() []string {
	var out []string
	for _, face := range faces {
		out = append(out, fmt.Sprintf("%s: %s [%s]", face, s.faces[face], s.why[face]))
	}
	if s.latin != nil {
		out = append(out, fmt.Sprintf("Latin: %s", s.latin))
	} else {
		out = append(out, "Latin: the Chinese fonts' own glyphs")
	}
	return out
}

// IsLatin reports whether r is set in the Latin font: ASCII and the Latin
// letters of Latin-1 and Latin Extended-A/B. Chinese punctuation, including
// the curly quotes and dashes, stays with the Chinese font.
func IsLatin(r rune) bool {
	return r >= 0x20 && r <= 0x7E || r >= 0xC0 && r <= 0x24F && r != 0xD7 && r != 0xF7
}

// For returns the font that draws r in text of the given face: the Latin
// font for Latin characters (except in 黑体, whose own digits match its
// weight), else the face's font, else any other face's font, the Latin font
// and the embedded fallbacks. It returns nil if no font has r.
func (s *Set) For(face Face, r rune) *Font {
	primary := s.faces[face]
	if IsLatin(r) {
		if face != Hei && s.latin != nil && s.latin.Has(r) {
			return s.latin
		}
		if primary.Has(r) {
			return primary
		}
		if s.latin != nil && s.latin.Has(r) {
			return s.latin
		}
	}
	if primary.Has(r) {
		return primary
	}
	for _, f := range s.faces {
		if f.Has(r) {
			return f
		}
	}
	// The Latin font before the embedded fallbacks: asking a fallback unpacks
	// it (megabytes), which a bullet or a symbol the Latin font has must not cost.
	if s.latin != nil && s.latin.Has(r) {
		return s.latin
	}
	for _, f := range s.fallbackFonts() {
		if f.Has(r) {
			return f
		}
	}
	return nil
}

// fallbackFonts loads the embedded fonts the first time a character is
// missing from every chosen font.
func (s *Set) fallbackFonts() []*Font {
	s.fallbackOnce.Do(func() {
		for _, face := range []Face{Song, Hei} {
			if f, err := Embedded(face); err == nil {
				s.fallbacks = append(s.fallbacks, f)
			}
		}
	})
	return s.fallbacks
}
