//go:build !unix

package fonts

import "testing"

// makeFIFO returns "": the system has no named pipes in the file system.
func makeFIFO(t *testing.T, path string) string { return "" }
