package docx

import (
	"io"

	"zongjie/internal/zipfile"
)

// zipTime is the modification time of every zip entry (zipfile.Modified).
var zipTime = zipfile.Modified

// writeZip writes parts, in order, as a deflated zip.
func writeZip(w io.Writer, parts []part) error {
	zp := make([]zipfile.Part, len(parts))
	for i, p := range parts {
		zp[i] = zipfile.Part{Name: p.name, Data: p.data}
	}
	return zipfile.Write(w, zp)
}
