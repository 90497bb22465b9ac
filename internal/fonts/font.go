package fonts

import (
	"encoding/binary"
	"fmt"
	"sync/atomic"
)

// Font is one TrueType face: its names, the tables a layout and a subset
// use, and where its glyphs are. Opening a font reads the small tables
// (head, hhea, maxp, OS/2, post, cmap, hmtx and loca, together about
// 100–400 KB for a CJK font); its glyphs, most of the file, are read when a
// subset asks for them, only those it uses (glyphs.go). A Font is
// safe for concurrent use.
type Font struct {
	// Family is the face's family name, English where the font has one.
	Family string
	// PostScriptName is the font's PostScript name, "" if it has none.
	PostScriptName string
	// Source says where the font came from: a file path (with "#N" for face
	// N>0 of a collection) or "embedded:NAME" for a built-in fallback.
	Source string

	// names are all the family and full names the font states, in every
	// language, to tell a real 仿宋 from a stand-in.
	names []string
	// src is the font file: a collection for a face of a .ttc, whose table
	// offsets count from the start of the file.
	src *source

	unitsPerEm  int
	numGlyphs   int
	numHMetrics int
	longLoca    bool // head.indexToLocFormat == 1

	// The tables read when the font is opened; post and os2 may be empty.
	head, hhea, maxp, hmtx, loca, post, os2 []byte
	// glyf is the glyph table, in memory for a font in memory; glyphs
	// holds the glyphs read from a font file.
	glyf   []byte
	glyphs *glyphStore

	bmp  cmap4  // the (3,1) format 4 subtable: the Basic Multilingual Plane
	full cmap12 // the (3,10) format 12 subtable, if any

	lay *layout // where the tables are in the file

	// recent remembers lookups: a layout asks for the same few hundred
	// characters thousands of times, and a lookup in a CJK font's cmap is
	// a binary search over thousands of segments.
	recent *glyphCache
}

// glyphCache is a direct-mapped cache of cmap lookups. An entry holds a
// rune and its glyph (0 for none) with a bit that says it is in use; it is
// read and written atomically, so goroutines sharing the font share it.
type glyphCache [2048]atomic.Uint64

const cacheUsed = 1 << 63

// Parse reads a standalone TrueType font (the first face of a collection).
// It fails for fonts a PDF writer cannot embed as TrueType: CFF outlines,
// or no Windows Unicode BMP cmap.
func Parse(data []byte, source string) (*Font, error) {
	return parseFace(memSource(data, source), 0, source)
}

// parseFace reads face index of a font file or collection.
func parseFace(src *source, index int, source string) (*Font, error) {
	offs, err := faceOffsets(src)
	if err != nil {
		return nil, fontError(source, err)
	}
	if index < 0 || index >= len(offs) {
		return nil, fmt.Errorf("字体文件 %s 里有 %d 个字体,没有第 %d 个(编号从 0 起)", source, len(offs), index)
	}
	lay, err := readLayout(src, offs[index])
	if err != nil {
		return nil, fontError(source, err)
	}
	fi, err := readFaceInfo(src, offs[index])
	if err != nil {
		return nil, fontError(source, err)
	}
	return newFont(src, lay, fi.names, fi.postScript, source)
}

// newFont makes a Font of a face whose layout is known, from the font
// index or from readLayout, and reads its tables but the glyphs. The
// tables are checked only for what the lookups rely on: the file may have
// changed since it was indexed.
func newFont(src *source, lay *layout, names []string, postScript, source string) (*Font, error) {
	f := &Font{Source: source, src: src, names: names, PostScriptName: postScript, lay: lay, recent: new(glyphCache), glyphs: new(glyphStore),
		unitsPerEm: int(lay.unitsPerEm), numGlyphs: int(lay.numGlyphs), numHMetrics: int(lay.numHMetrics), longLoca: lay.longLoca}
	// Of the post table only its header is used (postHeader); the glyph
	// names after it run to tens of kilobytes in some fonts.
	post := lay.post
	post.len = min(post.len, postHeader)
	spans := []span{lay.head, lay.hhea, lay.maxp, lay.hmtx, lay.loca, post, lay.os2, lay.cmap4, lay.cmap12}
	if src.mem != nil {
		spans = append(spans, lay.glyf) // in memory, the glyf table is a slice like the others
	} else if uint64(lay.glyf.off)+uint64(lay.glyf.len) > uint64(src.size) {
		return nil, errOutside(src.name)
	}
	got, err := src.readSpans(spans)
	if err != nil {
		return nil, err
	}
	f.head, f.hhea, f.maxp, f.hmtx, f.loca, f.post, f.os2 = got[0], got[1], got[2], got[3], got[4], got[5], got[6]
	bmp, full := got[7], got[8]
	if src.mem != nil {
		f.glyf = got[9]
	}
	if f.unitsPerEm == 0 || f.numHMetrics == 0 || len(f.hmtx) < 4*f.numHMetrics || len(f.head) < 54 || len(f.hhea) < 36 {
		return nil, errOutside(src.name)
	}
	f.bmp = newCmap4(bmp)
	f.full = newCmap12(full)
	f.Family = preferredName(names)
	return f, nil
}

// preferredName picks the first ASCII name (the English family name), or
// the first name at all.
func preferredName(names []string) string {
	for _, n := range names {
		if asciiOnly([]byte(n)) != "" {
			return n
		}
	}
	if len(names) > 0 {
		return names[0]
	}
	return "unnamed"
}

// Glyph returns the glyph index of r, and false if the font has no glyph
// for it (glyph 0, .notdef, counts as none).
func (f *Font) Glyph(r rune) (uint16, bool) {
	if r < 0 || r > 0x10FFFF {
		return 0, false
	}
	slot := &f.recent[int(r)%len(f.recent)]
	var g uint16
	if e := slot.Load(); e&cacheUsed != 0 && rune(e>>16&0x1FFFFF) == r {
		g = uint16(e)
	} else {
		if r <= 0xFFFF {
			g = f.bmp.lookup(r)
		} else {
			g = f.full.lookup(r)
		}
		slot.Store(cacheUsed | uint64(r)<<16 | uint64(g))
	}
	if g == 0 || int(g) >= f.numGlyphs {
		return 0, false
	}
	return g, true
}

// Has reports whether the font has a glyph for r.
func (f *Font) Has(r rune) bool {
	_, ok := f.Glyph(r)
	return ok
}

// advance returns the advance width of glyph g in font units, from the
// hmtx table: its own for the first numberOfHMetrics glyphs, the last one
// stated for the rest.
func (f *Font) advance(g uint16) int {
	i := min(int(g), f.numHMetrics-1)
	return int(binary.BigEndian.Uint16(f.hmtx[4*i:]))
}

// Advance returns the advance width of r as a fraction of the font size,
// rounded down to 1/1000 em the way a PDF width array states it, so that a
// layout measured with Advance matches what a viewer draws. It returns 0
// for a rune the font lacks.
func (f *Font) Advance(r rune) float64 {
	g, ok := f.Glyph(r)
	if !ok {
		return 0
	}
	return float64(f.advance(g)*1000/f.unitsPerEm) / 1000
}

// String names the font and its source, for messages.
func (f *Font) String() string { return f.Family + "(" + f.Where() + ")" }

// Where says in Chinese where the font comes from: its file, or that it
// is built into zongjie.
func (f *Font) Where() string {
	if name, ok := embeddedName(f.Source); ok {
		return "内置 " + name
	}
	return f.Source
}

// Metrics are the font-wide measures a PDF font descriptor states, in
// 1/1000 em.
type Metrics struct {
	BBox        [4]int // xMin, yMin, xMax, yMax of all glyphs
	Ascent      int    // above the baseline
	Descent     int    // below the baseline, negative
	CapHeight   int
	ItalicAngle float64 // degrees, counter-clockwise from vertical
	FixedPitch  bool
}

// Metrics returns the font's descriptor metrics from its head, hhea, OS/2
// and post tables.
func (f *Font) Metrics() Metrics {
	scale := func(v int16) int { return int(v) * 1000 / f.unitsPerEm }
	s16 := func(b []byte, off int) int16 { return int16(binary.BigEndian.Uint16(b[off:])) }
	m := Metrics{
		BBox:    [4]int{scale(s16(f.head, 36)), scale(s16(f.head, 38)), scale(s16(f.head, 40)), scale(s16(f.head, 42))},
		Ascent:  scale(s16(f.hhea, 4)),
		Descent: scale(s16(f.hhea, 6)),
	}
	m.CapHeight = m.Ascent
	if len(f.os2) >= 90 && binary.BigEndian.Uint16(f.os2) >= 2 {
		if c := s16(f.os2, 88); c > 0 {
			m.CapHeight = scale(c)
		}
	}
	if len(f.post) >= 16 {
		m.ItalicAngle = float64(int32(binary.BigEndian.Uint32(f.post[4:]))) / 65536
		m.FixedPitch = binary.BigEndian.Uint32(f.post[12:]) != 0
	}
	return m
}
