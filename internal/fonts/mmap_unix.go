//go:build unix

package fonts

import (
	"io"
	"syscall"
)

// readFontFile maps a font file into memory read-only instead of reading
// it: a report touches a few hundred of a CJK font's glyphs and its cmap
// and metrics, a small part of 5–20 MB, so only those pages are ever
// read from disk. The mapping lives as long as the process (fonts are
// loaded once and shared). Font files are installed by package managers,
// which replace them by rename, so a mapped file is not truncated under us.
// The file must be a regular file within maxFontFile (openFontFile).
func readFontFile(path string) ([]byte, fileStamp, error) {
	f, st, err := openFontFile(path)
	if err != nil {
		return nil, fileStamp{}, err
	}
	defer f.Close()
	stamp := stampOf(st)
	size := int(st.Size())
	data, err := syscall.Mmap(int(f.Fd()), 0, size, syscall.PROT_READ, syscall.MAP_SHARED)
	if err != nil {
		// Some file systems cannot map files; read it instead.
		data = make([]byte, size)
		if _, err := io.ReadFull(f, data); err != nil {
			return nil, fileStamp{}, fileError(path, err)
		}
	}
	return data, stamp, nil
}
