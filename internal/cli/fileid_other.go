//go:build !unix

package cli

import "os"

// fileID identifies a file; here only by its path (see inputGuard).
type fileID struct{ dev, ino uint64 }

// idOf: no file identities here.
func idOf(os.FileInfo) (fileID, bool) { return fileID{}, false }
