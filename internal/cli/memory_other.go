//go:build !linux

package cli

// memoryCeiling: the ceilings are read on Linux only.
func memoryCeiling() (int64, string) { return 0, "" }
