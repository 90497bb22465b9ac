package fonts

import "sync/atomic"

// WarmGlyphs reads the glyph data a subset of runes copies (each rune's
// glyph and the components of a composite one, with their loca entries)
// without keeping anything, so that a Subset of the same runes that
// follows finds those pages of the font file mapped: a PDF writer calls
// it on a goroutine of its own while it lays the document out.
//
// A report's few hundred glyphs lie scattered over megabytes of a CJK
// font's glyf table, mostly one to a page, and the first touch of a page
// of a mapped file costs a process some microseconds even when the file
// is in the page cache and the page was mapped in advance (prefetch): on
// the virtual machines zongjie is measured on, 3–4 µs, so that finding the
// glyphs of the yongjia report in Subset took about 3 ms of the writer's
// 10. Touched here, alongside the layout, they cost Subset next to nothing.
// Runes the font lacks, and glyph data that is out of bounds (Subset
// reports it), are passed over.
func (f *Font) WarmGlyphs(runes []rune) {
	if f.glyf == nil || len(runes) == 0 {
		return
	}
	glyphs := make([]uint16, 0, len(runes))
	for _, r := range runes {
		if g, ok := f.Glyph(r); ok {
			glyphs = append(glyphs, g)
		}
	}
	keep, err := f.glyphClosure(glyphs) // reads each glyph's header, and its components'
	if err != nil {
		return
	}
	var sum byte
	for _, g := range keep {
		data, err := f.glyphData(g)
		if err != nil || len(data) == 0 {
			continue
		}
		for i := pageSize; i < len(data); i += pageSize {
			sum += data[i]
		}
		sum += data[len(data)-1]
	}
	warmSum.Add(uint32(sum)) // the reads have an effect, so they stay
}

// pageSize is the smallest page size of the systems zongjie runs on; a
// glyph longer than it may span more pages, each of which WarmGlyphs
// touches.
const pageSize = 4096

// warmSum keeps the bytes WarmGlyphs reads from being optimized away.
var warmSum atomic.Uint32
