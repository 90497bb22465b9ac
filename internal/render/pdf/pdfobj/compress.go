package pdfobj

import (
	"bytes"
	"compress/zlib"
	"runtime"
	"sync"
	"sync/atomic"
)

// stream is the data of a stream object and, once compressed, the bytes
// written to the file.
type stream struct {
	data   []byte
	packed []byte
}

// writers keeps zlib writers for reuse: each holds about half a megabyte of
// tables, too much to allocate for every stream of every document.
var writers = sync.Pool{New: func() any {
	w, _ := zlib.NewWriterLevel(nil, zlib.DefaultCompression)
	return w
}}

// compress deflates every stream, on as many goroutines as there are
// processors: a document's font programs are most of its bytes and of its
// writing time. Each goroutine reuses one zlib writer, whose tables are
// about a megabyte; a writer per stream would cost more in fresh memory
// than the compression itself.
func compress(streams []*stream) {
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(streams)) {
		wg.Go(func() {
			zw := writers.Get().(*zlib.Writer)
			defer writers.Put(zw)
			for {
				i := int(next.Add(1)) - 1
				if i >= len(streams) {
					return
				}
				s := streams[i]
				var out bytes.Buffer
				out.Grow(len(s.data)/2 + 64)
				zw.Reset(&out)
				zw.Write(s.data) // writing to a bytes.Buffer does not fail
				zw.Close()
				s.packed = out.Bytes()
			}
		})
	}
	wg.Wait()
}
