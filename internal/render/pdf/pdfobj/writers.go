package pdfobj

import (
	"sync"

	"github.com/klauspost/compress/flate"
)

// writerList keeps DEFLATE writers for reuse by any goroutine. Each
// writer holds about 770 KB of tables (klauspost's level 7), which it
// clears when it is made: more memory than a report's PDF itself, and in
// a fresh process every byte of it is a page the kernel has to provide.
//
// A sync.Pool would keep a writer on the processor that put it back,
// out of reach of a goroutine running on another (its private slot): the
// layout's goroutine, the one working ahead on the fonts (Ahead) and the
// compressor's worker each made writers of their own, four in a yongjia
// PDF where two are ever in use at once, 3 MB of the run's 11 MB of heap.
// The list hands a writer to whoever asks next, so a process makes as many
// as it ever uses at the same time. It keeps them for the process: a
// batch writes PDF after PDF with them.
type writerList struct {
	mu   sync.Mutex
	free []*flate.Writer
	made int // writers made, for the tests
}

// writers are the DEFLATE writers of every stream this package compresses.
var writers writerList

// get returns a free writer, or a new one (made outside the lock: making
// one takes a while).
func (l *writerList) get() *flate.Writer {
	l.mu.Lock()
	if n := len(l.free); n > 0 {
		zw := l.free[n-1]
		l.free = l.free[:n-1]
		l.mu.Unlock()
		return zw
	}
	l.made++
	l.mu.Unlock()
	return newWriter()
}

// fill makes writers, each free as soon as it is made, until the list
// has made n in all.
func (l *writerList) fill(n int) {
	for {
		l.mu.Lock()
		if l.made >= n {
			l.mu.Unlock()
			return
		}
		l.made++
		l.mu.Unlock()
		l.put(newWriter())
	}
}

// newWriter makes a DEFLATE writer at the package's level.
func newWriter() *flate.Writer {
	zw, _ := flate.NewWriter(nil, level) // level is valid: no error
	return zw
}

// put gives a writer back for reuse.
func (l *writerList) put(zw *flate.Writer) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.free = append(l.free, zw)
}

// WarmWriters makes the DEFLATE writers a Write compresses with, one per
// goroutine that compresses (compressors), unless they are made already,
// and keeps them for it. Each allocates and clears its tables; done while
// the fonts load, in the background, that memory is taken and faulted in
// before the layout rather than at the end of the first document, when
// every processor is busy compressing. Each is free for use as soon as it
// is made.
func WarmWriters() { writers.fill(compressors()) }
