package fonts

import (
	"encoding/binary"
	"fmt"
	"sync"
)

// glyphStore keeps the glyphs a font has read from its file, by glyph
// number, for the rest of the run: the fonts are loaded once and shared by
// the documents of a batch, which draw mostly the same characters.
type glyphStore struct {
	mu   sync.RWMutex
	data map[uint16][]byte
}

// get returns the stored data of glyph g.
func (s *glyphStore) get(g uint16) ([]byte, bool) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	data, ok := s.data[g]
	return data, ok
}

// readGlyphs reads the data of the given glyphs that a font file has not
// read yet, in as few reads as readSpans makes of them. It does nothing
// for a font in memory. Glyphs out of the glyf table's bounds are left
// for glyphData to report.
func (f *Font) readGlyphs(glyphs []uint16) error {
	if f.src.mem != nil {
		return nil
	}
	var need []uint16
	var spans []span
	for _, g := range glyphs {
		start, end, ok := f.glyphRange(g)
		if !ok || start == end {
			continue
		}
		if _, ok := f.glyphs.get(g); ok {
			continue
		}
		need = append(need, g)
		spans = append(spans, span{f.lay.glyf.off + uint32(start), uint32(end - start)})
	}
	if len(need) == 0 {
		return nil
	}
	got, err := f.src.readSpans(spans)
	if err != nil {
		return err
	}
	f.glyphs.mu.Lock()
	defer f.glyphs.mu.Unlock()
	if f.glyphs.data == nil {
		f.glyphs.data = make(map[uint16][]byte, len(need))
	}
	for i, g := range need {
		f.glyphs.data[g] = got[i]
	}
	return nil
}

// glyphData returns the glyf bytes of glyph g (empty for a glyph without
// outline, such as the space), reading it from the font file if no
// readGlyphs has.
func (f *Font) glyphData(g uint16) ([]byte, error) {
	start, end, ok := f.glyphRange(g)
	switch {
	case !ok:
		return nil, fmt.Errorf("字体 %s 已损坏:第 %d 个字形超出了字形表(glyf)的范围", f.Source, g)
	case start == end:
		return nil, nil
	case f.src.mem != nil:
		return f.glyf[start:end], nil
	}
	if data, ok := f.glyphs.get(g); ok {
		return data, nil
	}
	if err := f.readGlyphs([]uint16{g}); err != nil {
		return nil, err
	}
	data, _ := f.glyphs.get(g)
	return data, nil
}

// glyphRange returns where glyph g's data lies in the glyf table, from
// the loca table, and false if that is not within the table.
func (f *Font) glyphRange(g uint16) (start, end int, ok bool) {
	start, end, ok = f.locaRange(int(g))
	return start, end, ok && start <= end && end <= int(f.lay.glyf.len)
}

// locaRange reads the start and end of glyph g from the loca table.
func (f *Font) locaRange(g int) (start, end int, ok bool) {
	if f.longLoca {
		if 4*g+8 > len(f.loca) {
			return 0, 0, false
		}
		return int(binary.BigEndian.Uint32(f.loca[4*g:])), int(binary.BigEndian.Uint32(f.loca[4*g+4:])), true
	}
	if 2*g+4 > len(f.loca) {
		return 0, 0, false
	}
	return 2 * int(binary.BigEndian.Uint16(f.loca[2*g:])), 2 * int(binary.BigEndian.Uint16(f.loca[2*g+2:])), true
}
