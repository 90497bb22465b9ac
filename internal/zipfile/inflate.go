package zipfile

import (
	"errors"
	"io"
	"sync"

	"github.com/klauspost/compress/flate"
)

// Reading a workbook inflates its parts with
// github.com/klauspost/compress/flate as well: about a quarter faster
// than compress/flate on a large worksheet. Its readers, 40 kB of window
// and tables each, come from a pool as archive/zip's own do.

var readers sync.Pool

// errClosed is a read from an entry already closed.
var errClosed = errors.New("zipfile: read after close")

// Decompressor inflates a deflated entry: register it on a zip.Reader
// with RegisterDecompressor(zip.Deflate, zipfile.Decompressor).
func Decompressor(r io.Reader) io.ReadCloser {
	fr, ok := readers.Get().(io.ReadCloser)
	if ok {
		_ = fr.(flate.Resetter).Reset(r, nil) // never fails: no dictionary
	} else {
		fr = flate.NewReader(r)
	}
	return &pooledReader{fr: fr}
}

// pooledReader is an entry's reader, which goes back to the pool when
// closed.
type pooledReader struct {
	mu sync.Mutex // guards Close and Read
	fr io.ReadCloser
}

func (r *pooledReader) Read(p []byte) (int, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.fr == nil {
		return 0, errClosed
	}
	return r.fr.Read(p)
}

func (r *pooledReader) Close() error {
	r.mu.Lock()
	defer r.mu.Unlock()
	var err error
	if r.fr != nil {
		err = r.fr.Close()
		readers.Put(r.fr)
		r.fr = nil
	}
	return err
}
