// Package zipfile writes the ZIP packages of Office Open XML (DOCX, XLSX):
// deterministic entries, deflated by a pooled compressor.
//
// archive/zip's default compressor makes a new compress/flate writer,
// about a megabyte of tables, for every entry; a DOCX has a dozen parts
// and a chart's workbook nine more, so that allocation and its clearing
// were a fifth of writing a report's DOCX. The writers here come from a
// pool and are Reset between entries, and the DEFLATE is
// github.com/klauspost/compress/flate, which the PDF writer already uses.
package zipfile

import (
	"archive/zip"
	"io"
	"sync"
	"time"

	"github.com/klauspost/compress/flate"
)

// Modified is the modification time of every entry, fixed so the same
// content always gives the same bytes: the start of the DOS date range.
var Modified = time.Date(1980, time.January, 1, 0, 0, 0, 0, time.UTC)

// level balances size and speed for XML parts, a few kilobytes to a few
// hundred each.
const level = 6

var writers = sync.Pool{New: func() any {
	w, err := flate.NewWriter(nil, level)
	if err != nil {
		panic(err) // only for a bad level
	}
	return w
}}

// pooled is a flate writer that goes back to the pool when closed.
type pooled struct{ *flate.Writer }

func (p pooled) Close() error {
	err := p.Writer.Close()
	writers.Put(p.Writer)
	return err
}

func compressor(out io.Writer) (io.WriteCloser, error) {
	w := writers.Get().(*flate.Writer)
	w.Reset(out)
	return pooled{w}, nil
}

// Part is one entry of a package.
type Part struct {
	Name string
	Data []byte
}

// Write writes parts, in order, as a deflated zip to w.
func Write(w io.Writer, parts []Part) error {
	z := zip.NewWriter(w)
	z.RegisterCompressor(zip.Deflate, compressor)
	for _, p := range parts {
		f, err := z.CreateHeader(&zip.FileHeader{Name: p.Name, Method: zip.Deflate, Modified: Modified})
		if err != nil {
			return err
		}
		if _, err := f.Write(p.Data); err != nil {
			return err
		}
	}
	return z.Close()
}
