package fonts

import (
	"encoding/binary"
	"fmt"
	"slices"
	"sync"
)

// glyphStore keeps the glyphs a font has read from its file, by glyph
// number, for the rest of the run: the fonts are loaded once and shared by
// the documents of a batch, which draw mostly the same characters.
type glyphStore struct {
	mu   sync.Mutex
	data map[uint16][]byte
	// reading holds the glyphs being read, each with the read that has
	// it: a Subset that starts while WarmGlyphs is still reading its
	// glyphs waits for them instead of reading them again.
	reading map[uint16]*glyphRead
}

// glyphRead is one batch of glyphs being read; done is closed once they
// are stored, or the read failed with err.
type glyphRead struct {
	done chan struct{}
	err  error
}

// get returns the stored data of glyph g.
func (s *glyphStore) get(g uint16) ([]byte, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	data, ok := s.data[g]
	return data, ok
}

// readGlyphs reads the data of the given glyphs that a font file has not
// read yet, in as few reads as readSpans makes of them, and waits for
// those another goroutine is reading. It does nothing for a font in
// memory. Glyphs out of the glyf table's bounds are left for glyphData to
// report.
func (f *Font) readGlyphs(glyphs []uint16) error {
	if f.src.mem != nil {
		return nil
	}
	var need []uint16
	var spans []span
	var mine *glyphRead
	var others []*glyphRead
	st := f.glyphs
	st.mu.Lock()
	for _, g := range glyphs {
		start, end, ok := f.glyphRange(g)
		if !ok || start == end {
			continue
		}
		if _, ok := st.data[g]; ok {
			continue
		}
		if r, ok := st.reading[g]; ok {
			if r != mine && !slices.Contains(others, r) {
				others = append(others, r)
			}
			continue
		}
		if mine == nil {
			mine = &glyphRead{done: make(chan struct{})}
			if st.reading == nil {
				st.reading = map[uint16]*glyphRead{}
			}
		}
		st.reading[g] = mine
		need = append(need, g)
		spans = append(spans, span{f.lay.glyf.off + uint32(start), uint32(end - start)})
	}
	st.mu.Unlock()
	if mine != nil {
		got, err := f.src.readSpans(spans)
		st.mu.Lock()
		if st.data == nil {
			st.data = make(map[uint16][]byte, len(need))
		}
		for i, g := range need {
			if err == nil {
				st.data[g] = got[i]
			}
			delete(st.reading, g)
		}
		st.mu.Unlock()
		mine.err = err
		close(mine.done)
		if err != nil {
			return err
		}
	}
	for _, r := range others {
		<-r.done
		if r.err != nil {
			return r.err
		}
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
