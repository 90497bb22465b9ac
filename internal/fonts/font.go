package fonts

import (
	"encoding/binary"
	"errors"
	"fmt"
	"sort"
)

// Font is one parsed TrueType face: its bytes (a standalone font, face
// extracted from a collection), its names and the metrics a layout needs.
// A Font is immutable after Parse and safe for concurrent use.
type Font struct {
	// Family is the face's family name, English where the font has one.
	Family string
	// PostScriptName is the font's PostScript name, "" if it has none.
	PostScriptName string
	// Source says where the font came from: a file path (with "#N" for face
	// N>0 of a collection) or "embedded:NAME" for a built-in fallback.
	Source string
	// Data is the standalone TrueType font. It must not be modified: it
	// may be a read-only mapping of the font file or the program's own
	// embedded data.
	Data []byte

	unitsPerEm int
	advances   []uint16 // per glyph, font units

	// The tables a subset is made from, slices of Data.
	dir                          directory
	head, hhea, maxp, hmtx, post []byte
	loca, glyf                   []byte
	longLoca                     bool // head.indexToLocFormat == 1
	numHMetrics                  int

	bmp  cmap4     // the (3,1) format 4 subtable: the Basic Multilingual Plane
	full []group12 // the (3,10) format 12 subtable, if any
}

// Parse reads a standalone TrueType font (use ExtractFace first for a
// collection). It fails for fonts a PDF writer cannot embed as TrueType:
// CFF outlines, or no Windows Unicode BMP cmap.
func Parse(data []byte, source string) (*Font, error) {
	r := byteReader(data)
	d, err := readDirectory(r, 0)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", source, err)
	}
	if d.version == tagCFF {
		return nil, fmt.Errorf("%s: CFF (PostScript) outlines cannot be embedded, a TrueType font is needed", source)
	}
	f := &Font{Source: source, Data: data, dir: d}
	if err := f.parseMetrics(); err != nil {
		return nil, fmt.Errorf("%s: %w", source, err)
	}
	cmap, err := f.table("cmap")
	if err != nil {
		return nil, fmt.Errorf("%s: %w", source, err)
	}
	if err := f.parseCmap(cmap); err != nil {
		return nil, fmt.Errorf("%s: %w", source, err)
	}
	fi, err := readFaceInfo(r, 0)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", source, err)
	}
	if !fi.trueType {
		return nil, fmt.Errorf("%s: font has no TrueType outlines (glyf table)", source)
	}
	if err := f.parseOutlines(); err != nil {
		return nil, fmt.Errorf("%s: %w", source, err)
	}
	f.PostScriptName = fi.postScript
	f.Family = preferredName(fi.names)
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

// table returns the bytes of a table, a slice of f.Data.
func (f *Font) table(tag string) ([]byte, error) {
	b, ok := f.rawTable(tag)
	if !ok {
		return nil, fmt.Errorf("font has no %q table, or it lies outside the file", tag)
	}
	return b, nil
}

// rawTable returns the bytes of a table, false if the font has none or it
// lies outside the data.
func (f *Font) rawTable(tag string) ([]byte, bool) {
	t, ok := f.dir.find(tag)
	if !ok || uint64(t.offset)+uint64(t.length) > uint64(len(f.Data)) {
		return nil, false
	}
	return f.Data[t.offset : t.offset+t.length : t.offset+t.length], true
}

func (f *Font) parseMetrics() error {
	var err error
	if f.head, err = f.table("head"); err != nil {
		return err
	}
	if len(f.head) < 54 || binary.BigEndian.Uint32(f.head[12:]) != 0x5F0F3CF5 {
		return errors.New("bad head table")
	}
	f.unitsPerEm = int(binary.BigEndian.Uint16(f.head[18:]))
	if f.unitsPerEm == 0 {
		return errors.New("unitsPerEm is 0")
	}
	if f.hhea, err = f.table("hhea"); err != nil {
		return err
	}
	if len(f.hhea) < 36 {
		return errors.New("bad hhea table")
	}
	f.numHMetrics = int(binary.BigEndian.Uint16(f.hhea[34:]))
	if f.maxp, err = f.table("maxp"); err != nil {
		return err
	}
	if len(f.maxp) < 6 {
		return errors.New("bad maxp table")
	}
	numGlyphs := int(binary.BigEndian.Uint16(f.maxp[4:]))
	if f.hmtx, err = f.table("hmtx"); err != nil {
		return err
	}
	if f.numHMetrics == 0 || f.numHMetrics > numGlyphs || len(f.hmtx) < 4*f.numHMetrics {
		return errors.New("bad hmtx table")
	}
	f.advances = make([]uint16, numGlyphs)
	for g := range f.advances {
		if g < f.numHMetrics {
			f.advances[g] = binary.BigEndian.Uint16(f.hmtx[4*g:])
		} else {
			f.advances[g] = f.advances[f.numHMetrics-1]
		}
	}
	return nil
}

// parseOutlines finds the glyf and loca tables a subset copies glyphs from.
func (f *Font) parseOutlines() error {
	var err error
	if f.glyf, err = f.table("glyf"); err != nil {
		return err
	}
	if f.loca, err = f.table("loca"); err != nil {
		return err
	}
	f.longLoca = binary.BigEndian.Uint16(f.head[50:]) == 1
	entry := 2
	if f.longLoca {
		entry = 4
	}
	if len(f.loca) < entry*(len(f.advances)+1) {
		return errors.New("loca table shorter than the glyph count")
	}
	f.post, _ = f.rawTable("post")
	return nil
}

// Glyph returns the glyph index of r, and false if the font has no glyph
// for it (glyph 0, .notdef, counts as none).
func (f *Font) Glyph(r rune) (uint16, bool) {
	var g uint16
	if r <= 0xFFFF {
		g = f.bmp.lookup(r)
	} else {
		i := sort.Search(len(f.full), func(i int) bool { return f.full[i].end >= uint32(r) })
		if i < len(f.full) && f.full[i].start <= uint32(r) {
			g = uint16(f.full[i].glyph + uint32(r) - f.full[i].start)
		}
	}
	if g == 0 || int(g) >= len(f.advances) {
		return 0, false
	}
	return g, true
}

// Has reports whether the font has a glyph for r.
func (f *Font) Has(r rune) bool {
	_, ok := f.Glyph(r)
	return ok
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
	return float64(int(f.advances[g])*1000/f.unitsPerEm) / 1000
}

// String names the font and its source, for messages.
func (f *Font) String() string { return f.Family + " (" + f.Source + ")" }

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
	if os2, ok := f.rawTable("OS/2"); ok && len(os2) >= 90 && binary.BigEndian.Uint16(os2) >= 2 {
		if c := s16(os2, 88); c > 0 {
			m.CapHeight = scale(c)
		}
	}
	if len(f.post) >= 16 {
		m.ItalicAngle = float64(int32(binary.BigEndian.Uint32(f.post[4:]))) / 65536
		m.FixedPitch = binary.BigEndian.Uint32(f.post[12:]) != 0
	}
	return m
}
