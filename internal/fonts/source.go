package fonts

import (
	"cmp"
	"fmt"
	"io"
	"os"
	"slices"
	"sync/atomic"
)

// source is where the bytes of a font file are: in memory (a built-in
// fallback, or bytes given to Parse) or in a file that is read as a
// layout or a subset needs it.
//
// A font file is read, not mapped. A report uses a few hundred of a CJK
// font's glyphs, scattered over megabytes of its glyf table mostly one to
// a page, and on the virtual machines zongjie is measured on the first
// touch of each page of a mapping costs 2–9 µs even when the page is in
// the page cache and was mapped in advance: the glyphs of the yongjia
// report took 4 ms of touches. A read costs about 1.5 µs and copies a
// kilobyte in about 0.25 µs, so the tables a layout uses (cmap, hmtx,
// loca) are read whole when the font is opened, and glyphs in batches,
// near ones together (readSpans). A file read cannot fault either: a
// mapped file cut short under the program kills it with SIGBUS.
type source struct {
	mem  []byte   // the whole font, when it is in memory
	file *os.File // the open font file otherwise; it stays open with the Font
	size int64
	name string // the file's path, or the name of the font in memory, for messages
	// reads counts the reads of the file, for the tests.
	reads atomic.Int64
}

// memSource is a font held in memory.
func memSource(data []byte, name string) *source {
	return &source{mem: data, size: int64(len(data)), name: name}
}

// fileSource opens a font file, which must be a regular file within
// maxFontFile (openFontFile), and returns it with its stamp.
func fileSource(path string) (*source, fileStamp, error) {
	f, st, err := openFontFile(path)
	if err != nil {
		return nil, fileStamp{}, err
	}
	return &source{file: f, size: st.Size(), name: path}, stampOf(st), nil
}

// close closes the file of a source whose font could not be made.
func (s *source) close() {
	if s.file != nil {
		s.file.Close()
	}
}

// Size returns the length of the font: of the file when it was opened.
func (s *source) Size() int64 { return s.size }

// ReadAt implements io.ReaderAt.
func (s *source) ReadAt(p []byte, off int64) (int, error) {
	if s.file != nil {
		return s.file.ReadAt(p, off)
	}
	return byteReader(s.mem).ReadAt(p, off)
}

// mergeGap is the widest gap between two ranges that readSpans reads in
// one go. Measured on the 2-core virtual machine of bench/RESULTS.md: a
// read of a few hundred bytes costs about 1.5 µs, and each further
// kilobyte about 0.25 µs, so reading a gap of up to about 6 KB is cheaper
// than a second read. 4 KB keeps a CJK font's few hundred glyphs to about
// half as many reads without reading much that is not used.
const mergeGap = 4 << 10

// readSpans returns the bytes of each span, which must lie within the
// file: slices of the font in memory, or read from the file in the reads
// planReads makes of them. Everything read is kept in one block: a dense
// read (spans that overlap, or whose gaps add at most 1/denseSlack to
// their length, as a font's tables do) goes into the block whole, and its
// spans are slices of it; a sparse one (a few glyphs with kilobytes
// between them) goes through a scratch buffer, and only its spans are
// copied into the block, so that the gaps cost no memory beyond the call.
// An empty span gives nil. The slices must not be modified. Its errors are
// worded for the user: a span beyond the end of the file (a damaged table,
// or a file cut short since it was opened), or a failed read.
func (s *source) readSpans(spans []span) ([][]byte, error) {
	out := make([][]byte, len(spans))
	var fromFile []int
	for i, sp := range spans {
		if uint64(sp.off)+uint64(sp.len) > uint64(s.size) {
			return nil, errOutside(s.name)
		}
		switch {
		case sp.len == 0:
		case s.mem != nil:
			end := sp.off + sp.len
			out[i] = s.mem[sp.off:end:end]
		default:
			fromFile = append(fromFile, i)
		}
	}
	reads := planReads(spans, fromFile)
	size, scratchSize := 0, 0
	for _, r := range reads {
		if n := int(r.end - r.off); r.dense() {
			size += n
		} else {
			size += r.wanted
			scratchSize = max(scratchSize, n)
		}
	}
	block := make([]byte, 0, size)
	var scratch []byte
	if scratchSize > 0 {
		scratch = make([]byte, scratchSize)
	}
	for _, r := range reads {
		n := int(r.end - r.off)
		var buf []byte
		if r.dense() {
			buf = block[len(block) : len(block)+n : len(block)+n]
			block = block[:len(block)+n]
		} else {
			buf = scratch[:n:n]
		}
		s.reads.Add(1)
		if _, err := s.file.ReadAt(buf, int64(r.off)); err != nil {
			if err == io.EOF {
				return nil, fontError(s.name, errTruncated) // cut short since it was opened
			}
			return nil, fileError(s.name, err)
		}
		for _, i := range r.spans {
			at := uint64(spans[i].off) - r.off
			data := buf[at : at+uint64(spans[i].len)]
			if !r.dense() {
				start := len(block)
				block = append(block, data...)
				data = block[start:]
			}
			out[i] = data[:len(data):len(data)]
		}
	}
	return out, nil
}

// denseSlack bounds the gaps a dense read may hold: at most 1/denseSlack
// of the length of its spans. A font's tables (hmtx, loca, cmap) lie next
// to each other with a few bytes of padding between them; reading them
// through a scratch buffer and copying them out cost a second buffer of
// their size, some 360 KB for Droid Sans Fallback's, all of it fresh
// memory, which on the virtual machines zongjie is measured on costs about
// as much again as reading it.
const denseSlack = 8

// dense reports whether r is read straight into the block: its spans
// overlap or nearly fill it.
func (r fileRead) dense() bool {
	return int(r.end-r.off) <= r.wanted+r.wanted/denseSlack
}

// fileRead is one read of a font file: the bytes [off, end), which hold
// the spans with the given indexes.
type fileRead struct {
	off, end uint64
	spans    []int
	wanted   int // the spans' total length
}

// planReads groups the spans with the given indexes into reads: in file
// order, a span that starts less than mergeGap after the end of the read
// before it (or overlaps it) joins that read.
func planReads(spans []span, which []int) []fileRead {
	which = slices.Clone(which)
	slices.SortStableFunc(which, func(a, b int) int { return cmp.Compare(spans[a].off, spans[b].off) })
	var reads []fileRead
	for _, i := range which {
		off, end := uint64(spans[i].off), uint64(spans[i].off)+uint64(spans[i].len)
		if n := len(reads); n > 0 && off <= reads[n-1].end+mergeGap {
			r := &reads[n-1]
			r.end = max(r.end, end)
			r.spans = append(r.spans, i)
			r.wanted += int(spans[i].len)
			continue
		}
		reads = append(reads, fileRead{off, end, []int{i}, int(spans[i].len)})
	}
	return reads
}

// errOutside says that a font's tables run past the end of its file.
func errOutside(name string) error {
	return fmt.Errorf("字体文件 %s 已损坏或在读取时被改动(表超出了文件范围);请换一个字体文件", name)
}
