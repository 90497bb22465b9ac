//go:build unix

package main

import (
	"syscall"
	"time"
)

// usage is the process's CPU time and page faults so far.
type usage struct {
	user, sys      time.Duration
	minflt, majflt int64
}

func getUsage() usage {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return usage{}
	}
	return usage{
		user:   time.Duration(ru.Utime.Nano()),
		sys:    time.Duration(ru.Stime.Nano()),
		minflt: int64(ru.Minflt),
		majflt: int64(ru.Majflt),
	}
}
