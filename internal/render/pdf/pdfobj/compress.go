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

// bigStream is the size from which a stream is compressed at zlib's
// default level instead of its best: the best level takes a third longer
// for a fraction of a percent, which is worth it on the small streams but
// not on the largest font program, whose compression is the longest step
// of writing a PDF.
const bigStream = 64 << 10

// writers keeps zlib writers for reuse, by level: each holds about a
// megabyte of tables, too much to allocate for every stream of every
// document.
var writers sync.Map // level -> *sync.Pool of *zlib.Writer

func writerPool(level int) *sync.Pool {
	if p, ok := writers.Load(level); ok {
		return p.(*sync.Pool)
	}
	p, _ := writers.LoadOrStore(level, &sync.Pool{New: func() any {
		w, _ := zlib.NewWriterLevel(nil, level)
		return w
	}})
	return p.(*sync.Pool)
}

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
			for {
				i := int(next.Add(1)) - 1
				if i >= len(streams) {
					return
				}
				s := streams[i]
				level := zlib.BestCompression
				if len(s.data) >= bigStream {
					level = zlib.DefaultCompression
				}
				pool := writerPool(level)
				zw := pool.Get().(*zlib.Writer)
				var out bytes.Buffer
				out.Grow(len(s.data)/2 + 64)
				zw.Reset(&out)
				zw.Write(s.data) // writing to a bytes.Buffer does not fail
				zw.Close()
				pool.Put(zw)
				s.packed = out.Bytes()
			}
		})
	}
	wg.Wait()
}
