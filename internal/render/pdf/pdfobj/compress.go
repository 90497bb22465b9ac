package pdfobj

import (
	"bytes"
	"cmp"
	"encoding/binary"
	"hash/adler32"
	"io"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"

	"github.com/klauspost/compress/flate"
)

// stream is the data of a stream object and, once compressed, the bytes
// written to the file: the zlib header, the compressed chunks and the
// Adler-32 checksum.
type stream struct {
	data  []byte
	parts [][]byte
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
	s          *stream
	data, dict []byte // the chunk and the window before it
	last       bool
	out        bytes.Buffer
	adler      uint32 // the Adler-32 of data
}

// compress deflates every stream, its chunks spread over as many
// goroutines as there are processors, each reusing one compressor.
func compress(streams []*stream) {
	var jobs []*job
	byStream := make(map[*stream][]*job, len(streams))
	for _, s := range streams {
		for i, off := 0, 0; off < len(s.data) || i == 0; i, off = i+1, off+chunkSize {
			end := min(off+chunkSize, len(s.data))
			j := &job{s: s, data: s.data[off:end], last: end == len(s.data)}
			if off > 0 {
				j.dict = s.data[max(0, off-window):off]
			}
			jobs = append(jobs, j)
			byStream[s] = append(byStream[s], j)
		}
	}
	// The longest first, so that no processor is left with a long chunk
	// when the others are done.
	slices.SortStableFunc(jobs, func(a, b *job) int { return cmp.Compare(len(b.data), len(a.data)) })
	var next atomic.Int64
	run := func() {
		zw := writers.Get().(*flate.Writer)
		defer writers.Put(zw)
		for {
			i := int(next.Add(1)) - 1
			if i >= len(jobs) {
				return
			}
			j := jobs[i]
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
	}
	workers := min(runtime.GOMAXPROCS(0), len(jobs))
	var wg sync.WaitGroup
	for range workers - 1 {
		wg.Go(run)
	}
	run()
	wg.Wait()

	for _, s := range streams {
		chunks := byStream[s]
		s.parts = append(make([][]byte, 0, len(chunks)+2), zlibHeader)
		sum := uint32(1) // the Adler-32 of nothing
		for _, j := range chunks {
			s.parts = append(s.parts, j.out.Bytes())
			sum = adler32Combine(sum, j.adler, len(j.data))
		}
		s.parts = append(s.parts, binary.BigEndian.AppendUint32(nil, sum))
	}
}

// zlibHeader is CMF (DEFLATE with a 32 KB window) and FLG (the level
// class "maximum", and a check so that CMF·256+FLG is a multiple of 31).
var zlibHeader = []byte{0x78, 0xDA}

// writers keeps compressors for reuse: each holds about a megabyte of
// tables, more than compressing a small stream costs.
var writers = sync.Pool{New: func() any {
	zw, _ := flate.NewWriter(nil, level)
	return zw
}}

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
