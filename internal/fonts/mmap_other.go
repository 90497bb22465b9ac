//go:build !unix

package fonts

import "os"

// readFontFile reads a font file whole.
func readFontFile(path string) ([]byte, error) { return os.ReadFile(path) }
