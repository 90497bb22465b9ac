//go:build unix

package fonts

import (
	"fmt"
	"os"
	"syscall"
)

// readFontFile maps a font file into memory read-only instead of reading
// it: a report touches a few hundred of a CJK font's glyphs and its cmap
// and metrics, a small part of 5–20 MB, so only those pages are ever
// read from disk. The mapping lives as long as the process (fonts are
// loaded once and shared). Font files are installed by package managers,
// which replace them by rename, so a mapped file is not truncated under us.
func readFontFile(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, err
	}
	size := st.Size()
	if size == 0 || size != int64(int(size)) {
		return os.ReadFile(path)
	}
	data, err := syscall.Mmap(int(f.Fd()), 0, int(size), syscall.PROT_READ, syscall.MAP_SHARED)
	if err != nil {
		// Some file systems cannot map files; read it instead.
		if data, rerr := os.ReadFile(path); rerr == nil {
			return data, nil
		}
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return data, nil
}
