//go:build !unix

package atomicfile

import "os"

// readOnly reports whether the file is marked read-only.
func readOnly(path string, fi os.FileInfo) bool { return fi.Mode().Perm()&0o222 == 0 }

// ownerCheck: files have no owner id to keep here.
func ownerCheck(string, os.FileInfo) error { return nil }

// keepOwner: files have no owner id to keep here.
func keepOwner(string, string, os.FileInfo) error { return nil }
