//go:build unix

package fonts

import (
	"syscall"
	"testing"
)

// makeFIFO makes a named pipe at path and returns path.
func makeFIFO(t *testing.T, path string) string {
	t.Helper()
	if err := syscall.Mkfifo(path, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}
