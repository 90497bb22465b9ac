package docx

import (
	"archive/zip"
	"io"
	"time"
)

// zipTime is the modification time of every zip entry, fixed so the same
// report always gives the same bytes: the start of the DOS date range.
var zipTime = time.Date(1980, time.January, 1, 0, 0, 0, 0, time.UTC)

// writeZip writes parts, in order, as a deflated zip.
func writeZip(w io.Writer, parts []part) error {
	z := zip.NewWriter(w)
	for _, p := range parts {
		f, err := z.CreateHeader(&zip.FileHeader{
			Name:     p.name,
			Method:   zip.Deflate,
			Modified: zipTime,
		})
		if err != nil {
			return err
		}
		if _, err := f.Write(p.data); err != nil {
			return err
		}
	}
	return z.Close()
}
