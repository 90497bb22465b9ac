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
	// Data is the standalone TrueType font, as a PDF writer embeds it.
	Data []byte

	unitsPerEm int
	advances   []uint16 // per glyph, font units

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
	f := &Font{Source: source, Data: data}
	if err := f.parseMetrics(r, d); err != nil {
		return nil, fmt.Errorf("%s: %w", source, err)
	}
	cmap, err := readTable(r, d, "cmap")
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

func (f *Font) parseMetrics(r byteReader, d directory) error {
	head, err := readTable(r, d, "head")
	if err != nil {
		return err
	}
	if len(head) < 54 || binary.BigEndian.Uint32(head[12:]) != 0x5F0F3CF5 {
		return errors.New("bad head table")
	}
	f.unitsPerEm = int(binary.BigEndian.Uint16(head[18:]))
	if f.unitsPerEm == 0 {
		return errors.New("unitsPerEm is 0")
	}
	hhea, err := readTable(r, d, "hhea")
	if err != nil {
		return err
	}
	if len(hhea) < 36 {
		return errors.New("bad hhea table")
	}
	numHMetrics := int(binary.BigEndian.Uint16(hhea[34:]))
	maxp, err := readTable(r, d, "maxp")
	if err != nil {
		return err
	}
	if len(maxp) < 6 {
		return errors.New("bad maxp table")
	}
	numGlyphs := int(binary.BigEndian.Uint16(maxp[4:]))
	hmtx, err := readTable(r, d, "hmtx")
	if err != nil {
		return err
	}
	if numHMetrics == 0 || numHMetrics > numGlyphs || len(hmtx) < 4*numHMetrics {
		return errors.New("bad hmtx table")
	}
	f.advances = make([]uint16, numGlyphs)
	for g := range f.advances {
		if g < numHMetrics {
			f.advances[g] = binary.BigEndian.Uint16(hmtx[4*g:])
		} else {
			f.advances[g] = f.advances[numHMetrics-1]
		}
	}
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
