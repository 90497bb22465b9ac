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
	faces [4]pick
	latin pick
	// fallbacks are the embedded fonts, loaded the first time a character
	// is missing from every chosen font.
	fallbackOnce sync.Once
	fallbacks    []*Font
}

// pick is the font chosen for a face and how it was chosen.
type pick struct {
	font  *Font
	how   how
	named string // what the user named, for howFile and howFamily
}

// how a font was chosen.
type how int

const (
	howNone      how = iota // no font (Latin only: each Chinese font's own)
	howFile                 // the user named its file
	howFamily               // the user named its family
	howInstalled            // found among the installed fonts
	howEmbedded             // the built-in fallback
)

// Load resolves every face: a font named in opts, else the first installed
// font of Families, else the embedded fallback. Each file is read and
// parsed once even when several faces use it. The installed fonts are
// found through the font index (see DefaultIndexPath), which Load brings
// up to date.
func Load(opts Options) (*Set, error) {
	return load(newLoader(opts), opts)
}

// load resolves the faces of opts with the given loader.
func load(l *loader, opts Options) (*Set, error) {
	s := &Set{}
	for _, face := range faces {
		p, err := l.resolve(face.roleName(), opts.Faces[face], Families[face])
		if err != nil {
			return nil, err
		}
		if p.font == nil {
			if p.font, err = Embedded(face); err != nil {
				return nil, err
			}
			p.how = howEmbedded
		}
		s.faces[face] = p
	}
	if !strings.EqualFold(opts.Latin, "none") {
		p, err := l.resolve("数字和西文", opts.Latin, LatinFamilies)
		if err != nil {
			return nil, err
		}
		s.latin = p
	}
	l.saveIndex()
	return s, nil
}

// loader finds and parses font files for one Load call.
type loader struct {
	dirs      []string // font directories to search; none with NoSystemFonts
	indexPath string   // the font index file, "" for none
	known     map[string]*fileRecord
	cat       *catalogue
	byPath    map[string]*Font
	// opened says that a face was opened whose layout the index lacked.
	opened bool
}

func newLoader(opts Options) *loader {
	l := &loader{byPath: map[string]*Font{}}
	if !opts.NoSystemFonts || len(opts.Dirs) > 0 {
		l.dirs = opts.Dirs
		if l.dirs == nil {
			l.dirs = SystemDirs()
		}
	}
	if !opts.NoIndex {
		l.indexPath = opts.IndexPath
		if l.indexPath == "" {
			l.indexPath = DefaultIndexPath()
		}
	}
	return l
}

// resolve returns the font a user named (path or family), or the first
// usable installed font of families; a zero pick if nothing was named and
// nothing is installed. what names the use in messages (正文仿宋).
func (l *loader) resolve(what, named string, families []string) (pick, error) {
	if named != "" {
		if path, face, ok := splitFacePath(named); ok {
			f, err := l.load(path, face, nil)
			if err != nil {
				return pick{}, fmt.Errorf("%s字体:%w", what, err)
			}
			return pick{f, howFile, named}, nil
		}
		for _, in := range l.catalogue().find([]string{named}) {
			if f, err := l.load(in.file.path, in.face.index, &in); err == nil {
				return pick{f, howFamily, named}, nil
			}
		}
		return pick{}, fmt.Errorf("%s字体:本机没有名为“%s”的可用 TrueType 字体;请安装它,或给出字体文件(.ttf 或 .ttc)的路径;zongjie fonts 列出本机找到的字体", what, named)
	}
	for _, in := range l.catalogue().find(families) {
		if f, err := l.load(in.file.path, in.face.index, &in); err == nil {
			return pick{f, howInstalled, ""}, nil
		}
	}
	return pick{}, nil
}

// catalogue scans the font directories once per Load, through the index.
func (l *loader) catalogue() *catalogue {
	if l.cat == nil {
		if len(l.dirs) > 0 {
			l.known = loadIndex(l.indexPath)
		}
		l.cat = scan(l.dirs, l.known)
	}
	return l.cat
}

// saveIndex writes the index file if the scan or the fonts opened found
// something it does not hold. The files it knows outside the directories
// scanned this time are kept while they exist.
func (l *loader) saveIndex() {
	if l.cat == nil || len(l.dirs) == 0 || l.indexPath == "" || !l.cat.changed && !l.opened {
		return
	}
	files := l.cat.files
	for path, f := range l.known {
		if !under(path, l.dirs) {
			if _, err := os.Stat(path); err == nil {
				files = append(files, f)
			}
		}
	}
	_ = saveIndex(l.indexPath, files) // the next run reads the fonts again
}

// splitFacePath recognises a font file argument, "path" or "path#N".
func splitFacePath(s string) (string, int, bool) {
	path, face := s, 0
	if i := strings.LastIndexByte(s, '#'); i > 0 {
		if n, err := strconv.Atoi(s[i+1:]); err == nil && n >= 0 {
			path, face = s[:i], n
		}
	}
	if _, err := os.Lstat(path); err == nil {
		return path, face, true
	}
	if strings.ContainsAny(s, `/\`) || isFontFile(path) {
		// It looks like a path: report it as a missing file, not a family.
		return path, face, true
	}
	return "", 0, false
}

// load opens face of a font file. An installed face (in, from the
// catalogue) whose file is as the index recorded it is opened from the
// recorded layout without reading the file; otherwise its tables are read
// and checked, and the layout is kept for the index.
func (l *loader) load(path string, face int, in *installed) (*Font, error) {
	key := path + "#" + strconv.Itoa(face)
	if f, ok := l.byPath[key]; ok {
		return f, nil
	}
	src, stamp, err := fileSource(path)
	if err != nil {
		return nil, err
	}
	source := path
	if face > 0 {
		source = key
	}
	var f *Font
	if in != nil && in.file.stamp == stamp {
		rec := in.face
		if rec.lay == nil {
			offs, err := faceOffsets(src)
			if err != nil || face >= len(offs) {
				src.close()
				return nil, fontError(source, errNotFont)
			}
			if rec.lay, err = readLayout(src, offs[face]); err != nil {
				src.close()
				return nil, fontError(source, err)
			}
			l.opened = true
		}
		f, err = newFont(src, rec.lay, rec.info.names, rec.info.postScript, source)
	} else {
		f, err = parseFace(src, face, source)
	}
	if err != nil {
		src.close()
		return nil, err
	}
	l.byPath[key] = f
	return f, nil
}

// Face returns the font of a face.
func (s *Set) Face(f Face) *Font { return s.faces[f].font }

// Latin returns the font for digits and Latin letters, nil if there is none
// (each Chinese font's own Latin glyphs are used then).
func (s *Set) Latin() *Font { return s.latin.font }

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
	primary := s.faces[face].font
	latin := s.latin.font
	if IsLatin(r) {
		if face != Hei && latin != nil && latin.Has(r) {
			return latin
		}
		if primary.Has(r) {
			return primary
		}
		if latin != nil && latin.Has(r) {
			return latin
		}
	}
	if primary.Has(r) {
		return primary
	}
	for _, p := range s.faces {
		if p.font.Has(r) {
			return p.font
		}
	}
	// The Latin font before the embedded fallbacks: asking a fallback parses
	// it, which a bullet or a symbol the Latin font has must not cost.
	if latin != nil && latin.Has(r) {
		return latin
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
