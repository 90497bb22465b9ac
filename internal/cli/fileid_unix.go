//go:build unix

package cli

import (
	"os"
	"syscall"
)

// fileID identifies a file whatever the path it is reached by (links, "..").
type fileID struct{ dev, ino uint64 }

// idOf returns fi's identity.
func idOf(fi os.FileInfo) (fileID, bool) {
	st, ok := fi.Sys().(*syscall.Stat_t)
	if !ok {
		return fileID{}, false
	}
	return fileID{uint64(st.Dev), uint64(st.Ino)}, true
}
