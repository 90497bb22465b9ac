//go:build !unix

package fonts

import "io"

// readFontFile reads a font file whole, once it is known to be a regular
// file within maxFontFile (openFontFile).
func readFontFile(path string) ([]byte, fileStamp, error) {
	f, st, err := openFontFile(path)
	if err != nil {
		return nil, fileStamp{}, err
	}
	defer f.Close()
	data := make([]byte, st.Size())
	if _, err := io.ReadFull(f, data); err != nil {
		return nil, fileStamp{}, fileError(path, err)
	}
	return data, stampOf(st), nil
}
