//go:build !linux

package fonts

// prefetch does nothing on this system: pages are mapped as they are
// touched.
func prefetch(data []byte, spans ...span) {}
