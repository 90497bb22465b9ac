package pdfobj

import (
	"bytes"
	"encoding/binary"
	"hash/adler32"
	"io"
	"runtime"
	"sync"

	"github.com/klauspost/compress/flate"
)

// stream is the data of a stream object and, once compressed, the bytes
// written to the file: the zlib header, the compressed chunks and the
// Adler-32 checksum.
type stream struct {
	data  []byte
	parts [][]byte
	jobs  []*job // its chunks, while it is being compressed
}

// size returns the length of the compressed stream.
func (s *stream) size() int {
	n := 0
	for _, p := range s.parts {
		n += len(p)
	}
	return n
}

// writeTo writes the compressed stream.
func (s *stream) writeTo(w io.Writer) {
	for _, p := range s.parts {
		w.Write(p)
	}
}

// Streams are compressed in the zlib format PDF's FlateDecode reads (RFC
// 1950: a two-byte header, DEFLATE data, the Adler-32 of the data) with
// klauspost/compress's DEFLATE (see level).
//
// A stream longer than chunkSize, in practice the program of the body
// font, is cut into chunks of chunkSize bytes that are compressed in
// parallel. Each chunk after the first is given the 32 KB before it as a
// preset dictionary, so its matches reach back across the cut just as in
// one pass; each chunk but the last ends in a sync flush (an empty stored
// block that aligns to a byte), so the chunks' DEFLATE data concatenate
// into one valid stream. The cuts depend only on the data, never on the
// number of processors, so the output bytes do not either.
const (
	chunkSize = 128 << 10
	window    = 32 << 10 // DEFLATE's match window, the dictionary a chunk gets
)

// level is the DEFLATE level of every stream, chosen on the yongjia
// report (README, 依赖及理由; instructions counted with callgrind):
//
//	                     file size     DEFLATE instructions
//	standard library     171 625 B     87.7 M  (level 6 for long streams, 9 for the rest)
//	klauspost level 5    176 528 B     32.3 M
//	klauspost level 6    175 238 B     33.1 M
//	klauspost level 7    172 773 B     48.8 M
//	klauspost level 8    171 188 B     65.4 M
//	klauspost level 9    170 453 B    143.3 M
//
// Level 7 is the fastest that keeps the file below the 173 225 bytes the
// standard library made before this package's smaller ToUnicode maps and
// metrics; it is also below it on every other example report.
const level = 7

// job is one chunk of a stream to compress.
type job struct {
	data, dict []byte // the chunk and the window before it
	last       bool
	out        bytes.Buffer
	adler      uint32 // the Adler-32 of data
}

// compressor deflates streams in the background as they are made: the
// font programs while the pages' content streams and the dictionaries are
// written, and those while the last chunks of the fonts are compressed.
// (The programs of fonts subset ahead are compressed by their Ahead.)
// Its workers, one fewer than the processors (at least one), take chunks
// in the order they are added; finish has the calling goroutine join them
// for what is left. Each chunk is compressed on its own (with its preset
// dictionary), so the bytes do not depend on which worker took it.
type compressor struct {
	queue   chan *job
	wg      sync.WaitGroup
	streams []*stream
}

func newCompressor() *compressor {
	c := &compressor{queue: make(chan *job, 64)}
	for range workers() {
		c.wg.Go(c.work)
	}
	return c
}

// add cuts s into chunks and queues them.
func (c *compressor) add(s *stream) {
	c.streams = append(c.streams, s)
	for _, j := range s.cut() {
		c.queue <- j
	}
}

// finish waits until every stream added is compressed, compressing
// alongside the workers, and sets each stream's parts.
func (c *compressor) finish() {
	close(c.queue)
	c.work()
	c.wg.Wait()
	for _, s := range c.streams {
		s.assemble()
	}
}

// work compresses queued chunks, with one compressor, until the queue is
// closed and empty. It takes its writer with the first chunk: a worker
// waits on the queue through the layout, while the fonts subset ahead
// need writers.
func (c *compressor) work() {
	var zw *flate.Writer
	for j := range c.queue {
		if zw == nil {
			zw = writers.get()
			defer writers.put(zw)
		}
		j.compress(zw)
	}
}

// cut cuts s into its chunks, sets them as its jobs and returns them.
func (s *stream) cut() []*job {
	for off := 0; off < len(s.data) || off == 0; off += chunkSize {
		end := min(off+chunkSize, len(s.data))
		j := &job{data: s.data[off:end], last: end == len(s.data)}
		if off > 0 {
			j.dict = s.data[max(0, off-window):off]
		}
		s.jobs = append(s.jobs, j)
	}
	return s.jobs
}

// assemble sets s's parts from its compressed chunks: the zlib header, the
// chunks' DEFLATE data and the Adler-32 of the whole.
func (s *stream) assemble() {
	s.parts = append(make([][]byte, 0, len(s.jobs)+2), zlibHeader)
	sum := uint32(1) // the Adler-32 of nothing
	for _, j := range s.jobs {
		s.parts = append(s.parts, j.out.Bytes())
		sum = adler32Combine(sum, j.adler, len(j.data))
	}
	s.parts = append(s.parts, binary.BigEndian.AppendUint32(nil, sum))
	s.jobs = nil
}

// compress deflates the chunk with zw.
func (j *job) compress(zw *flate.Writer) {
	j.out.Grow(len(j.data)/2 + 64)
	// ResetDict, also without a dictionary: Reset would keep the
	// dictionary of the writer's previous chunk.
	zw.ResetDict(&j.out, j.dict)
	zw.Write(j.data) // writing to a bytes.Buffer does not fail
	j.adler = adler32.Checksum(j.data)
	if j.last {
		zw.Close()
	} else {
		zw.Flush()
	}
}

// compress deflates the given streams.
func compress(streams []*stream) {
	c := newCompressor()
	for _, s := range streams {
		c.add(s)
	}
	c.finish()
}

// compressors is how many goroutines compress a document's streams: the
// workers and the goroutine that writes the file.
func compressors() int { return workers() + 1 }

// workers is how many goroutines compress alongside the one that writes
// the file: one fewer than the processors, at least one.
func workers() int { return max(1, runtime.GOMAXPROCS(0)-1) }

// zlibHeader is CMF (DEFLATE with a 32 KB window) and FLG (the level
// class "maximum", and a check so that CMF·256+FLG is a multiple of 31).
var zlibHeader = []byte{0x78, 0xDA}

// adler32Combine returns the Adler-32 of a+b from the checksums of a and
// of b, which is n bytes long (as zlib's adler32_combine), so that each
// chunk's checksum is taken where it is compressed.
func adler32Combine(a, b uint32, n int) uint32 {
	const mod = 65521
	rem := uint32(n % mod)
	sum1 := a & 0xFFFF
	sum2 := rem * sum1 % mod
	sum1 += b&0xFFFF + mod - 1
	sum2 += a>>16 + b>>16 + mod - rem
	if sum1 >= mod {
		sum1 -= mod
	}
	if sum1 >= mod {
		sum1 -= mod
	}
	if sum2 >= 2*mod {
		sum2 -= 2 * mod
	}
	if sum2 >= mod {
		sum2 -= mod
	}
	return sum2<<16 | sum1
}
