package fonts

import (
	"encoding/binary"
	"errors"
	"sort"
)

// cmap4 is a format 4 cmap subtable (segment mapping for the BMP), kept as
// its raw bytes and looked up by binary search.
type cmap4 struct {
	raw      []byte
	segCount int
}

// group12 is one sequential map group of a format 12 cmap subtable.
type group12 struct {
	start, end, glyph uint32
}

// parseCmap picks the subtables a PDF writer uses: (3,1) format 4, which is
// required, and (3,10) format 12 for characters beyond the BMP.
func (f *Font) parseCmap(cmap []byte) error {
	if len(cmap) < 4 {
		return errors.New("bad cmap table")
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
		if platform != 3 || off+4 > len(cmap) {
			continue
		}
		sub := cmap[off:]
		format := binary.BigEndian.Uint16(sub)
		switch {
		case encoding == 1 && format == 4 && !found:
			c, err := parseCmap4(sub)
			if err != nil {
				return err
			}
			f.bmp, found = c, true
		case encoding == 10 && format == 12 && f.full == nil:
			f.full = parseCmap12(sub)
		}
	}
	if !found {
		return errors.New("font has no Windows Unicode (3,1) format 4 cmap")
	}
	return nil
}

func parseCmap4(sub []byte) (cmap4, error) {
	if len(sub) < 14 {
		return cmap4{}, errors.New("bad cmap format 4")
	}
	segCount := int(binary.BigEndian.Uint16(sub[6:])) / 2
	// The subtable's own length field overflows in large CJK fonts, so the
	// slice runs to the end of the cmap table and every read is bounds-checked.
	if len(sub) < 16+8*segCount {
		return cmap4{}, errors.New("truncated cmap format 4")
	}
	return cmap4{raw: sub, segCount: segCount}, nil
}

func (c cmap4) u16(off int) int {
	if off < 0 || off+2 > len(c.raw) {
		return 0
	}
	return int(binary.BigEndian.Uint16(c.raw[off:]))
}

// lookup returns the glyph of r, 0 if none.
func (c cmap4) lookup(r rune) uint16 {
	if c.segCount == 0 {
		return 0
	}
	v := int(r)
	endAt := func(i int) int { return c.u16(14 + 2*i) }
	i := sort.Search(c.segCount, func(i int) bool { return endAt(i) >= v })
	if i == c.segCount {
		return 0
	}
	start := c.u16(16 + 2*c.segCount + 2*i)
	if v < start {
		return 0
	}
	delta := c.u16(16 + 4*c.segCount + 2*i)
	rangePos := 16 + 6*c.segCount + 2*i
	rangeOff := c.u16(rangePos)
	if rangeOff == 0 {
		return uint16((v + delta) & 0xFFFF)
	}
	g := c.u16(rangePos + rangeOff + 2*(v-start))
	if g == 0 {
		return 0
	}
	return uint16((g + delta) & 0xFFFF)
}

func parseCmap12(sub []byte) []group12 {
	if len(sub) < 16 {
		return nil
	}
	n := int(binary.BigEndian.Uint32(sub[12:]))
	var groups []group12
	for i := 0; i < n; i++ {
		p := 16 + 12*i
		if p+12 > len(sub) {
			break
		}
		groups = append(groups, group12{
			start: binary.BigEndian.Uint32(sub[p:]),
			end:   binary.BigEndian.Uint32(sub[p+4:]),
			glyph: binary.BigEndian.Uint32(sub[p+8:]),
		})
	}
	sort.Slice(groups, func(i, j int) bool { return groups[i].start < groups[j].start })
	return groups
}
