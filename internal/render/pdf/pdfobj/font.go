package pdfobj

import (
	"bytes"
	"fmt"
	"hash/fnv"
	"io"
	"slices"

	"zongjie/internal/fonts"
)

// embeddedFont is one font of the document: the subset of the characters
// drawn in it and the numbers of the five objects that describe it.
type embeddedFont struct {
	font     *fonts.Font
	subset   *fonts.Subset
	name     string // the BaseFont: subset tag + PostScript name
	resource string // the page resource name, F1, F2, …

	program, toUnicode *stream

	type0ID, cidID, descriptorID, programID, toUnicodeID int
}

// embedFonts subsets every font the document draws with, in order of first
// use, to the characters drawn in it, and hands each font's program and
// ToUnicode map to c as they are made.
func embedFonts(d *Document, c *compressor) ([]*embeddedFont, error) {
	used := map[*fonts.Font][]rune{}
	var order []*fonts.Font
	for _, p := range d.Pages {
		for _, t := range p.Texts {
			if _, ok := used[t.Font]; !ok {
				order = append(order, t.Font)
			}
			used[t.Font] = append(used[t.Font], []rune(t.S)...)
		}
	}
	// Whatever Ahead the pages do not use stops compressing.
	defer func() {
		for _, a := range d.Ahead {
			a.Drop()
		}
	}()
	out := make([]*embeddedFont, len(order))
	for i, f := range order {
		sub, program, ahead := subsetAhead(d.Ahead, f, used[f])
		if !ahead {
			var err error
			if sub, err = f.Subset(used[f]); err != nil {
				return nil, err // it names the font
			}
			program = &stream{data: sub.CIDProgram()}
			c.add(program)
		}
		e := &embeddedFont{
			font:     f,
			subset:   sub,
			name:     subsetTag(f, sub.Runes) + "+" + fonts.PostScriptName(f),
			resource: fmt.Sprintf("F%d", i+1),
			program:  program,
		}
		e.toUnicode = &stream{data: toUnicode(sub)}
		c.add(e.toUnicode)
		out[i] = e
	}
	return out, nil
}

// subsetAhead returns the subset of f to runes and its compressed program
// from the Ahead made for them, if there is one.
func subsetAhead(aheads []*Ahead, f *fonts.Font, runes []rune) (*fonts.Subset, *stream, bool) {
	for _, a := range aheads {
		if sub, program, ok := a.take(f, runes); ok {
			return sub, program, true
		}
	}
	return nil, nil, false
}

// subsetTag derives the six capital letters that mark an embedded subset
// from the font's names and source and the characters in the subset:
// stable, so output is reproducible, and different for different subsets,
// as the PDF standard asks.
func subsetTag(f *fonts.Font, runes []rune) string {
	h := fnv.New32a()
	io.WriteString(h, f.PostScriptName+"\x00"+f.Family+"\x00"+f.Source+"\x00"+string(runes))
	v := h.Sum32()
	tag := make([]byte, 6)
	for i := range tag {
		tag[i] = byte('A' + v%26)
		v /= 26
	}
	return string(tag)
}

// font makes the dictionaries of an embedded font: the Type 0 font pages
// refer to, its CID-keyed descendant with the glyph widths and the font
// descriptor. Its streams, the TrueType program and the ToUnicode map, are
// written by Write.
func (f *file) font(e *embeddedFont) {
	f.object(e.type0ID, fmt.Sprintf("<< /Type /Font /Subtype /Type0 /BaseFont /%s /Encoding /Identity-H /DescendantFonts [%s] /ToUnicode %s >>",
		e.name, ref(e.cidID), ref(e.toUnicodeID)))
	dw, w := widths(e.subset.Widths)
	f.object(e.cidID, fmt.Sprintf("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /%s /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor %s /CIDToGIDMap /Identity /DW %d /W %s >>",
		e.name, ref(e.descriptorID), dw, w))
	m := e.font.Metrics()
	flags := 4 // symbolic: glyphs outside the standard Latin set
	if m.FixedPitch {
		flags |= 1
	}
	f.object(e.descriptorID, fmt.Sprintf("<< /Type /FontDescriptor /FontName /%s /Flags %d /FontBBox [%d %d %d %d] /ItalicAngle %s /Ascent %d /Descent %d /CapHeight %d /StemV 80 /FontFile2 %s >>",
		e.name, flags, m.BBox[0], m.BBox[1], m.BBox[2], m.BBox[3], num(m.ItalicAngle), m.Ascent, m.Descent, m.CapHeight, ref(e.programID)))
}

// widths returns the default width (the most common one, 1000 in a Chinese
// font) and a W array for the glyphs that differ from it, consecutive
// glyphs sharing one entry: [first [w1 w2 …] …].
func widths(ws []int) (int, string) {
	count := map[int]int{}
	dw := 1000
	for _, w := range ws[1:] { // .notdef does not count
		count[w]++
		if count[w] > count[dw] || count[w] == count[dw] && w < dw {
			dw = w
		}
	}
	var b bytes.Buffer
	b.WriteByte('[')
	for g := 0; g < len(ws); {
		if ws[g] == dw {
			g++
			continue
		}
		fmt.Fprintf(&b, "%d [", g)
		for first := g; g < len(ws) && ws[g] != dw; g++ {
			if g > first {
				b.WriteByte(' ')
			}
			fmt.Fprintf(&b, "%d", ws[g])
		}
		b.WriteString("] ")
	}
	return dw, string(bytes.TrimRight(b.Bytes(), " ")) + "]"
}

// toUnicode writes the CMap that maps the subset's glyphs back to
// characters, so that text extraction, search and copy work. A subset's
// glyphs are numbered from 1 without gaps (but for composite glyphs'
// components), so they are written as ranges of consecutive glyphs: a run
// of consecutive characters as the range's first character, any other run
// as an array of characters, which takes half the bytes of a bfchar line
// per glyph. A range stays within one value of the glyph's high byte, as
// PDF 9.10.3 asks.
func toUnicode(sub *fonts.Subset) []byte {
	type pair struct {
		g uint16
		r rune
	}
	var pairs []pair
	seen := map[uint16]bool{}
	for _, r := range sub.Runes { // increasing, so a shared glyph maps to its first character
		g, _ := sub.Glyph(r)
		if g != 0 && !seen[g] {
			seen[g] = true
			pairs = append(pairs, pair{g, r})
		}
	}
	slices.SortFunc(pairs, func(a, b pair) int { return int(a.g) - int(b.g) })

	// An entry is a single glyph (bfchar), or a range of glyphs whose
	// characters count up from r (seq) or are listed (list).
	type entry struct {
		first, last uint16
		r           rune
		seq         bool
		list        []rune
	}
	var singles, ranges []entry
	// sequential reports how many pairs from i on have consecutive glyphs
	// and characters whose code counts up in the last byte only.
	sequential := func(i int) int {
		j := i + 1
		for j < len(pairs) && pairs[j].g == pairs[j-1].g+1 && pairs[j].r == pairs[j-1].r+1 &&
			pairs[j].g>>8 == pairs[i].g>>8 && pairs[j].r>>8 == pairs[i].r>>8 && pairs[j].r <= 0xFFFF {
			j++
		}
		return j - i
	}
	for i := 0; i < len(pairs); {
		if n := sequential(i); n >= 3 {
			ranges = append(ranges, entry{first: pairs[i].g, last: pairs[i+n-1].g, r: pairs[i].r, seq: true})
			i += n
			continue
		}
		// A run of consecutive glyphs up to the next sequential one.
		j := i + 1
		for j < len(pairs) && pairs[j].g == pairs[j-1].g+1 && pairs[j].g>>8 == pairs[i].g>>8 && sequential(j) < 3 {
			j++
		}
		if j-i == 1 {
			singles = append(singles, entry{first: pairs[i].g, r: pairs[i].r})
		} else {
			e := entry{first: pairs[i].g, last: pairs[j-1].g}
			for _, p := range pairs[i:j] {
				e.list = append(e.list, p.r)
			}
			ranges = append(ranges, e)
		}
		i = j
	}

	var b bytes.Buffer
	b.Grow(300 + 16*len(singles) + 20*len(ranges) + 7*len(pairs))
	b.WriteString("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n" +
		"/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n" +
		"/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n" +
		"1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n")
	for len(singles) > 0 {
		n := min(len(singles), 100) // at most 100 entries per block
		fmt.Fprintf(&b, "%d beginbfchar\n", n)
		for _, e := range singles[:n] {
			fmt.Fprintf(&b, "<%04X> <%s>\n", e.first, utf16Hex(e.r))
		}
		b.WriteString("endbfchar\n")
		singles = singles[n:]
	}
	for len(ranges) > 0 {
		n := min(len(ranges), 100)
		fmt.Fprintf(&b, "%d beginbfrange\n", n)
		for _, e := range ranges[:n] {
			fmt.Fprintf(&b, "<%04X> <%04X> ", e.first, e.last)
			if e.seq {
				fmt.Fprintf(&b, "<%s>\n", utf16Hex(e.r))
				continue
			}
			b.WriteByte('[')
			for k, r := range e.list {
				if k > 0 {
					b.WriteByte(' ')
				}
				fmt.Fprintf(&b, "<%s>", utf16Hex(r))
			}
			b.WriteString("]\n")
		}
		b.WriteString("endbfrange\n")
		ranges = ranges[n:]
	}
	b.WriteString("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n")
	return b.Bytes()
}

// utf16Hex writes r in UTF-16BE as hex digits (a surrogate pair beyond the
// Basic Multilingual Plane).
func utf16Hex(r rune) string {
	if r > 0xFFFF {
		r -= 0x10000
		return fmt.Sprintf("%04X%04X", 0xD800+(r>>10), 0xDC00+(r&0x3FF))
	}
	return fmt.Sprintf("%04X", r)
}
