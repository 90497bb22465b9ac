package fonts

import (
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
	"strings"
	"unicode/utf16"
)

// Subset is a font program cut down to the glyphs of some characters, as
// a PDF embeds it.
type Subset struct {
	// Runes are the characters the subset draws, in increasing order.
	Runes []rune
	// glyphs[i] is the subset's glyph for Runes[i].
	glyphs []uint16
	// Widths holds each subset glyph's advance in 1/1000 em, rounded down
	// as Font.Advance states it, indexed by subset glyph.
	Widths []int
	// program is the CID font program; tables are its tables, by tag.
	program []byte
	tables  map[string][]byte
}

// Program returns the subset as a standalone TrueType font, with a cmap
// for exactly its characters.
func (s *Subset) Program() []byte {
	tables := make(map[string][]byte, len(s.tables)+1)
	for tag, b := range s.tables {
		tables[tag] = b
	}
	tables["cmap"] = subsetCmap(s)
	return assembleSfnt(tagTrueType, tables)
}

// CIDProgram returns the subset as the font program of a PDF CIDFontType2
// font, which addresses glyphs by number and so needs no cmap table:
// Program without it.
// The bytes are shared: they must not be modified.
func (s *Subset) CIDProgram() []byte {
	return s.program
}

// Glyph returns the subset's glyph for r, and false if the subset does not
// draw r.
func (s *Subset) Glyph(r rune) (uint16, bool) {
	i, ok := slices.BinarySearch(s.Runes, r)
	if !ok {
		return 0, false
	}
	return s.glyphs[i], true
}

// Subset returns the font cut down to what drawing runes needs: .notdef,
// the glyph of each rune, and the components of any composite glyph among
// them, renumbered from 0 in the order of the original glyph numbers.
// The font program holds the tables a PDF viewer reads (head, hhea, maxp,
// OS/2, hmtx, loca, glyf, a cmap for exactly the runes, a post table
// without glyph names and a name table with the family and PostScript
// names); the glyphs lose their hinting instructions (see appendUnhinted)
// and the hinting tables cvt, fpgm and prep are left out with them.
// Runes the font lacks are left out.
//
// A report uses a few hundred of a CJK font's 7 000–50 000 glyphs, so the
// embedded program and its metric and location tables shrink by one to two
// orders of magnitude. The result depends only on the font and the set of
// runes.
func (f *Font) Subset(runes []rune) (*Subset, error) {
	runes = slices.Clone(runes)
	slices.Sort(runes)
	runes = slices.Compact(runes)
	glyphs := make([]uint16, 0, len(runes))
	runes = slices.DeleteFunc(runes, func(r rune) bool {
		g, ok := f.Glyph(r)
		if ok {
			glyphs = append(glyphs, g)
		}
		return !ok
	})

	keep, err := f.glyphClosure(glyphs)
	if err != nil {
		return nil, err
	}
	newID := func(g uint16) uint16 {
		i, _ := slices.BinarySearch(keep, g)
		return uint16(i)
	}
	sub := &Subset{Runes: runes, glyphs: glyphs, Widths: make([]int, len(keep))}
	for i, g := range glyphs {
		sub.glyphs[i] = newID(g)
	}
	for i, g := range keep {
		sub.Widths[i] = f.advance(g) * 1000 / f.unitsPerEm
	}

	head := slices.Clone(f.head)
	binary.BigEndian.PutUint32(head[8:], 0)  // checkSumAdjustment, set below
	binary.BigEndian.PutUint16(head[50:], 1) // indexToLocFormat: long offsets
	hmtx, long := f.subsetHmtx(keep)
	hhea := slices.Clone(f.hhea)
	binary.BigEndian.PutUint16(hhea[34:], uint16(long)) // numberOfHMetrics
	maxp := slices.Clone(f.maxp)
	binary.BigEndian.PutUint16(maxp[4:], uint16(len(keep))) // numGlyphs
	post := make([]byte, postHeader)
	if len(f.post) >= postHeader {
		copy(post, f.post) // italic angle, underline, fixed pitch
	}
	binary.BigEndian.PutUint32(post, 0x00030000) // version 3: no glyph names
	name := subsetName(f)

	// The program is written in one pass, the glyphs copied straight from
	// the font into it: the tables in tag order, each 4-byte aligned.
	tags := []string{"OS/2", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "name", "post"}
	if len(f.os2) == 0 {
		tags = tags[1:]
	}
	glyfBound := 0
	for _, g := range keep {
		if start, end, ok := f.glyphRange(g); ok && end > start {
			glyfBound += end - start + 3
		}
	}
	dir := 12 + 16*len(tags)
	size := dir + len(f.os2) + glyfBound + len(head) + len(hhea) + len(hmtx) + 4*(len(keep)+1) + len(maxp) + len(name) + len(post) + 4*len(tags)
	out := make([]byte, dir, size)
	binary.BigEndian.PutUint32(out, tagTrueType)
	binary.BigEndian.PutUint16(out[4:], uint16(len(tags)))
	putSearchParams(out[6:], len(tags), 16)
	sub.tables = make(map[string][]byte, len(tags))
	var headAt int
	for i, tag := range tags {
		at := len(out)
		switch tag {
		case "OS/2":
			out = append(out, f.os2...)
		case "glyf":
			var loca []byte
			if out, loca, err = f.appendGlyf(out, keep, newID); err != nil {
				return nil, err
			}
			sub.tables["loca"] = loca
		case "head":
			headAt = at
			out = append(out, head...)
		case "hhea":
			out = append(out, hhea...)
		case "hmtx":
			out = append(out, hmtx...)
		case "loca":
			out = append(out, sub.tables["loca"]...)
		case "maxp":
			out = append(out, maxp...)
		case "name":
			out = append(out, name...)
		case "post":
			out = append(out, post...)
		}
		table := out[at:len(out):len(out)]
		sub.tables[tag] = table
		for len(out)%4 != 0 {
			out = append(out, 0)
		}
		e := out[12+16*i:]
		copy(e, tag)
		binary.BigEndian.PutUint32(e[4:], checksum(table))
		binary.BigEndian.PutUint32(e[8:], uint32(at))
		binary.BigEndian.PutUint32(e[12:], uint32(len(table)))
	}
	binary.BigEndian.PutUint32(out[headAt+8:], 0xB1B0AFBA-checksum(out))
	sub.program = out
	return sub, nil
}

// glyphClosure returns the glyphs to keep, sorted: .notdef, the given
// glyphs and, transitively, the components of composite glyphs.
func (f *Font) glyphClosure(glyphs []uint16) ([]uint16, error) {
	seen := make([]uint64, (f.numGlyphs+63)/64)
	mark := func(g uint16) bool {
		if seen[g/64]&(1<<(g%64)) != 0 {
			return false
		}
		seen[g/64] |= 1 << (g % 64)
		return true
	}
	mark(0)
	keep := make([]uint16, 1, len(glyphs)+1)
	for _, g := range glyphs {
		if mark(g) {
			keep = append(keep, g)
		}
	}
	// keep grows as components are found: each round reads the glyphs the
	// last one added, in one batch, and looks for their components.
	for from := 0; from < len(keep); {
		to := len(keep)
		if err := f.readGlyphs(keep[from:to]); err != nil {
			return nil, err
		}
		for _, g := range keep[from:to] {
			data, err := f.glyphData(g)
			if err != nil {
				return nil, err
			}
			err = forEachComponent(data, func(at int) error {
				c := binary.BigEndian.Uint16(data[at:])
				if int(c) >= f.numGlyphs {
					return fmt.Errorf("字体 %s 已损坏:第 %d 个字形引用的部件(第 %d 个)超出了字形总数 %d", f.Source, g, c, f.numGlyphs)
				}
				if mark(c) {
					keep = append(keep, c)
				}
				return nil
			})
			if err != nil {
				return nil, err
			}
		}
		from = to
	}
	slices.Sort(keep)
	return keep, nil
}

// postHeader is the length of a post table's header, all of the table
// in version 3: the italic angle, the underline and the fixed pitch flag,
// then the memory hints; glyph names, in versions 2 and 2.5, follow it.
const postHeader = 32

// Composite glyph flags (OpenType glyf table).
const (
	compArgsAreWords = 0x0001
	compHaveScale    = 0x0008
	compMore         = 0x0020
	compXYScale      = 0x0040
	compTwoByTwo     = 0x0080
	// compHaveInstructions marks the last component of a composite glyph
	// that has instructions after its components.
	compHaveInstructions = 0x0100
)

var (
	errBadComposite = errors.New("的部件记录不完整")
	errBadSimple    = errors.New("的轮廓数据不完整")
)

// forEachComponent calls fn with the offset, within data, of the glyph
// index of each component of a composite glyph; it does nothing for a
// simple glyph.
func forEachComponent(data []byte, fn func(at int) error) error {
	if len(data) < 10 || int16(binary.BigEndian.Uint16(data)) >= 0 {
		return nil
	}
	p := 10 // numberOfContours and the bounding box
	for {
		if p+4 > len(data) {
			return errBadComposite
		}
		flags := binary.BigEndian.Uint16(data[p:])
		if err := fn(p + 2); err != nil {
			return err
		}
		p = componentEnd(data, p)
		if p > len(data) {
			return errBadComposite
		}
		if flags&compMore == 0 {
			return nil
		}
	}
}

// componentEnd returns the offset just past the component record of a
// composite glyph that starts at p: flags, glyph index, the two arguments
// and the optional transform.
func componentEnd(data []byte, p int) int {
	flags := binary.BigEndian.Uint16(data[p:])
	p += 4
	if flags&compArgsAreWords != 0 {
		p += 4
	} else {
		p += 2
	}
	switch {
	case flags&compHaveScale != 0:
		p += 2
	case flags&compXYScale != 0:
		p += 4
	case flags&compTwoByTwo != 0:
		p += 8
	}
	return p
}

// appendGlyf appends the kept glyphs to dst, each without its hinting and
// 4-byte aligned, the components of composite glyphs renumbered, and
// returns it with the (long) loca table, whose offsets count from where
// the glyphs start.
func (f *Font) appendGlyf(dst []byte, keep []uint16, newID func(uint16) uint16) ([]byte, []byte, error) {
	base := len(dst)
	loca := make([]byte, 4*(len(keep)+1))
	for i, g := range keep {
		binary.BigEndian.PutUint32(loca[4*i:], uint32(len(dst)-base))
		data, err := f.glyphData(g)
		if err != nil {
			return nil, nil, err
		}
		at := len(dst)
		dst, err = appendUnhinted(dst, data)
		if err != nil {
			return nil, nil, fmt.Errorf("字体 %s 已损坏:第 %d 个字形%w", f.Source, g, err)
		}
		out := dst[at:]
		err = forEachComponent(out, func(p int) error {
			binary.BigEndian.PutUint16(out[p:], newID(binary.BigEndian.Uint16(out[p:])))
			return nil
		})
		if err != nil {
			return nil, nil, fmt.Errorf("字体 %s 已损坏:第 %d 个字形%w", f.Source, g, err)
		}
		for (len(dst)-base)%4 != 0 {
			dst = append(dst, 0)
		}
	}
	binary.BigEndian.PutUint32(loca[4*len(keep):], uint32(len(dst)-base))
	return dst, loca, nil
}

// appendUnhinted appends a glyph to dst without its TrueType instructions
// (hinting). Hinting fits outlines to the pixel grid of a small screen
// font; a PDF is printed at 300 dpi or more and its viewers scale pages
// freely with anti-aliasing, and the instructions are about a tenth of a
// CJK 宋体's outline data. The outlines are copied unchanged. The price,
// checked with poppler, MuPDF and Ghostscript: only a rendering without
// anti-aliasing below about 150 dpi (Ghostscript's plain pnggray device)
// can lose thin strokes; at 300 dpi, a laser printer's monochrome path
// through Ghostscript, the pages match the hinted font's.
func appendUnhinted(dst, data []byte) ([]byte, error) {
	if len(data) < 10 {
		return append(dst, data...), nil // no outline (a space)
	}
	contours := int(int16(binary.BigEndian.Uint16(data)))
	if contours >= 0 {
		// endPtsOfContours, then instructionLength and the instructions.
		p := 10 + 2*contours
		if p+2 > len(data) {
			return nil, errBadSimple
		}
		end := p + 2 + int(binary.BigEndian.Uint16(data[p:]))
		if end > len(data) {
			return nil, errBadSimple
		}
		dst = append(dst, data[:p]...)
		dst = append(dst, 0, 0)
		return append(dst, data[end:]...), nil
	}
	// A composite glyph: its instructions, if any, follow the last
	// component, whose flags say so.
	last := -1
	err := forEachComponent(data, func(at int) error {
		last = at - 2
		return nil
	})
	if err != nil {
		return nil, err
	}
	if last < 0 {
		return append(dst, data...), nil
	}
	flags := binary.BigEndian.Uint16(data[last:])
	if flags&compHaveInstructions == 0 {
		return append(dst, data...), nil
	}
	end := componentEnd(data, last)
	at := len(dst)
	dst = append(dst, data[:end]...)
	binary.BigEndian.PutUint16(dst[at+last:], flags&^compHaveInstructions)
	return dst, nil
}

// subsetHmtx writes the kept glyphs' metrics and returns them with their
// numberOfHMetrics: a full metric (advance, left side bearing) for each
// glyph up to the trailing run that shares the last glyph's advance, which
// states only bearings. In a CJK subset that run is nearly every glyph
// (the ideographs and full-width punctuation all advance one em), so the
// table is half as long.
func (f *Font) subsetHmtx(keep []uint16) ([]byte, int) {
	n := len(keep)
	long := n
	for long > 1 && f.advance(keep[long-2]) == f.advance(keep[n-1]) {
		long--
	}
	out := make([]byte, 0, 4*long+2*(n-long))
	for i, g := range keep {
		if i < long {
			out = binary.BigEndian.AppendUint16(out, uint16(f.advance(g)))
		}
		out = binary.BigEndian.AppendUint16(out, f.lsb(int(g)))
	}
	return out, long
}

// lsb returns the left side bearing of glyph g from the hmtx table: in the
// long metrics for the first numberOfHMetrics glyphs, in the trailing
// bearing array for the rest.
func (f *Font) lsb(g int) uint16 {
	off := 4*g + 2
	if g >= f.numHMetrics {
		off = 4*f.numHMetrics + 2*(g-f.numHMetrics)
	}
	if off+2 > len(f.hmtx) {
		return 0
	}
	return binary.BigEndian.Uint16(f.hmtx[off:])
}

// subsetCmap writes a cmap with a (3,1) format 4 subtable for the runes of
// the Basic Multilingual Plane and, if any rune lies beyond it, a (3,10)
// format 12 subtable for all of them.
func subsetCmap(sub *Subset) []byte {
	type mapping struct {
		r rune
		g uint16
	}
	maps := make([]mapping, len(sub.Runes))
	for i, r := range sub.Runes {
		maps[i] = mapping{r, sub.glyphs[i]}
	}

	// Format 4: one segment per run of consecutive characters whose glyphs
	// are consecutive too (a constant idDelta), then the closing 0xFFFF.
	type segment struct{ start, end, delta uint16 }
	var segs []segment
	wide := false
	for _, m := range maps {
		if m.r > 0xFFFF {
			wide = true
			continue
		}
		if m.r == 0xFFFF {
			continue // a noncharacter; its code closes the segment list
		}
		delta := uint16(int(m.g) - int(m.r))
		if n := len(segs); n > 0 && int(segs[n-1].end)+1 == int(m.r) && segs[n-1].delta == delta {
			segs[n-1].end = uint16(m.r)
			continue
		}
		segs = append(segs, segment{uint16(m.r), uint16(m.r), delta})
	}
	segs = append(segs, segment{0xFFFF, 0xFFFF, 1})
	n := len(segs)
	sub4 := make([]byte, 16+8*n)
	binary.BigEndian.PutUint16(sub4[0:], 4)
	binary.BigEndian.PutUint16(sub4[2:], uint16(len(sub4)))
	binary.BigEndian.PutUint16(sub4[6:], uint16(2*n))
	putSearchParams(sub4[8:], n, 2)
	for i, s := range segs {
		binary.BigEndian.PutUint16(sub4[14+2*i:], s.end)
		binary.BigEndian.PutUint16(sub4[16+2*n+2*i:], s.start)
		binary.BigEndian.PutUint16(sub4[16+4*n+2*i:], s.delta)
		// idRangeOffset stays 0: glyph = character + idDelta.
	}

	var sub12 []byte
	if wide {
		sub12 = make([]byte, 16, 16+12*len(maps))
		binary.BigEndian.PutUint16(sub12[0:], 12)
		for _, m := range maps {
			sub12 = binary.BigEndian.AppendUint32(sub12, uint32(m.r))
			sub12 = binary.BigEndian.AppendUint32(sub12, uint32(m.r))
			sub12 = binary.BigEndian.AppendUint32(sub12, uint32(m.g))
		}
		binary.BigEndian.PutUint32(sub12[4:], uint32(len(sub12)))
		binary.BigEndian.PutUint32(sub12[12:], uint32(len(maps)))
	}

	records := 1
	if wide {
		records = 2
	}
	out := make([]byte, 4+8*records)
	binary.BigEndian.PutUint16(out[2:], uint16(records))
	binary.BigEndian.PutUint16(out[4:], 3)
	binary.BigEndian.PutUint16(out[6:], 1)
	binary.BigEndian.PutUint32(out[8:], uint32(len(out)))
	if wide {
		binary.BigEndian.PutUint16(out[12:], 3)
		binary.BigEndian.PutUint16(out[14:], 10)
		binary.BigEndian.PutUint32(out[16:], uint32(len(out)+len(sub4)))
	}
	out = append(out, sub4...)
	return append(out, sub12...)
}

// subsetName writes a name table with the font's family (name ID 1), full
// name (4) and PostScript name (6), for Windows in US English; the original
// table, with its copyright and licence texts in several languages, can be
// tens of kilobytes.
func subsetName(f *Font) []byte {
	ps := PostScriptName(f)
	records := []struct {
		id    uint16
		value string
	}{{1, f.Family}, {4, f.Family}, {6, ps}}
	out := make([]byte, 6+12*len(records))
	binary.BigEndian.PutUint16(out[2:], uint16(len(records)))
	binary.BigEndian.PutUint16(out[4:], uint16(len(out)))
	var storage []byte
	for i, rec := range records {
		start := len(storage)
		for _, u := range utf16.Encode([]rune(rec.value)) {
			storage = binary.BigEndian.AppendUint16(storage, u)
		}
		e := out[6+12*i:]
		binary.BigEndian.PutUint16(e[0:], 3)      // Windows
		binary.BigEndian.PutUint16(e[2:], 1)      // Unicode BMP
		binary.BigEndian.PutUint16(e[4:], 0x0409) // US English
		binary.BigEndian.PutUint16(e[6:], rec.id)
		binary.BigEndian.PutUint16(e[8:], uint16(len(storage)-start))
		binary.BigEndian.PutUint16(e[10:], uint16(start))
	}
	return append(out, storage...)
}

// PostScriptName returns a name for f fit for a PDF BaseFont and the
// PostScript name of a subset: the font's PostScript name, else its family,
// keeping only ASCII letters, digits, '-' and '_'; "Font" if nothing is left.
func PostScriptName(f *Font) string {
	name := f.PostScriptName
	if name == "" {
		name = f.Family
	}
	var b strings.Builder
	for _, r := range name {
		if r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-' || r == '_' {
			b.WriteRune(r)
		}
	}
	s := b.String()
	if len(s) > 63 { // PostScript's limit for names
		s = s[:63]
	}
	if s == "" {
		return "Font"
	}
	return s
}
