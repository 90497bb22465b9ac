// Package fontstest holds helpers for tests that need damaged fonts. It
// imports nothing of zongjie, so the fonts package's own tests can use it.
package fontstest

import (
	"bytes"
	"encoding/binary"
)

// WithTableLength returns a copy of the font program data (a TrueType
// file, not a collection) whose table directory gives the table tag the
// length n, and false if the directory has no such table.
func WithTableLength(data []byte, tag string, n uint32) ([]byte, bool) {
	if len(data) < 12 {
		return nil, false
	}
	out := bytes.Clone(data)
	tables := int(binary.BigEndian.Uint16(out[4:]))
	for i := range tables {
		rec := out[12+16*i:]
		if len(rec) >= 16 && string(rec[:4]) == tag {
			binary.BigEndian.PutUint32(rec[12:], n)
			return out, true
		}
	}
	return nil, false
}
