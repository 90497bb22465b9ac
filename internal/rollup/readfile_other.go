//go:build !unix

package rollup

import (
	"bytes"
	"io"
	"os"
)

// readFile reads the file at path, reporting tooBig, with no data, when it
// holds more than limit bytes: a regular file in one read into a buffer of
// its size (and one that finds its end), anything else up to the limit.
func readFile(path string, limit int64) (data []byte, tooBig bool, err error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, false, err
	}
	defer f.Close()
	size := int64(bytes.MinRead)
	if st, err := f.Stat(); err == nil && st.Mode().IsRegular() {
		if st.Size() > limit {
			return nil, true, nil
		}
		size = st.Size() + 1 // and the read that finds the end
	}
	data = make([]byte, 0, size)
	for {
		if len(data) == cap(data) {
			data = append(data, 0)[:len(data)]
		}
		n, err := f.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if int64(len(data)) > limit {
			return nil, true, nil
		}
		if err == io.EOF {
			return data, false, nil
		}
		if err != nil {
			return nil, false, err
		}
	}
}
