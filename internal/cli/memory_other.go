//go:build !linux

package cli

// memoryCeiling: the ceilings are read on Linux only.
func memoryCeiling() (ceiling, bool) { return ceiling{}, false }

// addressLimited: the limits are read on Linux only.
func addressLimited() bool { return false }
