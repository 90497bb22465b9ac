package fonts

import (
	"encoding/binary"
)

// findCmaps finds, within a cmap table, the subtables a PDF writer uses:
// (3,1) format 4, which is required, and (3,10) format 12 for characters
// beyond the BMP. Each span runs from the subtable to the end of the cmap
// table (format 4's own length field overflows in large CJK fonts), with
// offsets relative to the cmap table.
func findCmaps(cmap []byte) (bmp, full span, err error) {
	if len(cmap) < 4 {
		return span{}, span{}, tableError("cmap", "已损坏")
	}
	n := int(binary.BigEndian.Uint16(cmap[2:]))
	found := false
	for i := 0; i < n; i++ {
		p := 4 + 8*i
		if p+8 > len(cmap) {
			break
		}
		platform := binary.BigEndian.Uint16(cmap[p:])
		encoding := binary.BigEndian.Uint16(cmap[p+2:])
		off := int(binary.BigEndian.Uint32(cmap[p+4:]))
		if platform != 3 || off < 0 || off+4 > len(cmap) {
			continue
		}
		sub := cmap[off:]
		format := binary.BigEndian.Uint16(sub)
		switch {
		case encoding == 1 && format == 4 && !found:
			if len(sub) < 14 || len(sub) < 16+8*int(binary.BigEndian.Uint16(sub[6:])/2) {
				return span{}, span{}, tableError("cmap", "的格式 4 子表已损坏")
			}
			bmp, found = span{uint32(off), uint32(len(sub))}, true
		case encoding == 10 && format == 12 && full.len == 0:
			if len(sub) >= 16 {
				full = span{uint32(off), uint32(len(sub))}
			}
		}
	}
	if !found {
		return span{}, span{}, errNoUnicodeBM
	}
	return bmp, full, nil
}

// cmap4 is a format 4 cmap subtable (segment mapping for the BMP), looked
// up in place by binary search over its end codes.
type cmap4 struct {
	raw                          []byte
	ends, starts, deltas, ranges []byte // the four parallel arrays of 16-bit values
	rangesAt                     int    // offset of ranges within raw
	segCount                     int
}

// newCmap4 indexes a format 4 subtable checked by findCmaps.
func newCmap4(raw []byte) cmap4 {
	if len(raw) < 14 {
		return cmap4{}
	}
	n := int(binary.BigEndian.Uint16(raw[6:]) / 2)
	if len(raw) < 16+8*n {
		return cmap4{}
	}
	return cmap4{
		raw:      raw,
		ends:     raw[14 : 14+2*n],
		starts:   raw[16+2*n : 16+4*n],
		deltas:   raw[16+4*n : 16+6*n],
		ranges:   raw[16+6*n : 16+8*n],
		rangesAt: 16 + 6*n,
		segCount: n,
	}
}

// lookup returns the glyph of r, 0 if none.
func (c *cmap4) lookup(r rune) uint16 {
	if r < 0 || r > 0xFFFF {
		return 0
	}
	v := uint16(r)
	// The first segment whose end code is at least v.
	lo, hi := 0, c.segCount
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if binary.BigEndian.Uint16(c.ends[2*m:]) < v {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo == c.segCount {
		return 0
	}
	start := binary.BigEndian.Uint16(c.starts[2*lo:])
	if v < start {
		return 0
	}
	delta := binary.BigEndian.Uint16(c.deltas[2*lo:])
	rangeOff := int(binary.BigEndian.Uint16(c.ranges[2*lo:]))
	if rangeOff == 0 {
		return v + delta
	}
	// idRangeOffset counts from its own position in the ranges array.
	at := c.rangesAt + 2*lo + rangeOff + 2*int(v-start)
	if at+2 > len(c.raw) {
		return 0
	}
	g := binary.BigEndian.Uint16(c.raw[at:])
	if g == 0 {
		return 0
	}
	return g + delta
}

// cmap12 is a format 12 cmap subtable (sequential map groups for all of
// Unicode), looked up in place by binary search.
type cmap12 struct {
	groups []byte // 12 bytes each: startCharCode, endCharCode, startGlyphID
	n      int
}

func newCmap12(raw []byte) cmap12 {
	if len(raw) < 16 {
		return cmap12{}
	}
	n := int(min(binary.BigEndian.Uint32(raw[12:]), uint32((len(raw)-16)/12)))
	return cmap12{groups: raw[16 : 16+12*n], n: n}
}

// lookup returns the glyph of r, 0 if none. The groups are sorted by
// character code, as the format requires.
func (c *cmap12) lookup(r rune) uint16 {
	v := uint32(r)
	lo, hi := 0, c.n
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if binary.BigEndian.Uint32(c.groups[12*m+4:]) < v {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo == c.n {
		return 0
	}
	g := c.groups[12*lo:]
	start := binary.BigEndian.Uint32(g)
	if v < start {
		return 0
	}
	glyph := binary.BigEndian.Uint32(g[8:]) + v - start
	if glyph > 0xFFFF {
		return 0
	}
	return uint16(glyph)
}
