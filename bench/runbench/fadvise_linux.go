//go:build linux && !arm

package main

import (
	"os"
	"syscall"
)

// fadviseDontNeed asks the kernel to drop a file's cached pages.
func fadviseDontNeed(path string) {
	f, err := os.Open(path)
	if err != nil {
		return
	}
	defer f.Close()
	const posixFadvDontNeed = 4
	syscall.Syscall6(syscall.SYS_FADVISE64, f.Fd(), 0, 0, posixFadvDontNeed, 0, 0)
}
