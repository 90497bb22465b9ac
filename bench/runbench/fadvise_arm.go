//go:build linux && arm

package main

// fadviseDontNeed does nothing on 32-bit ARM, whose system call takes its
// arguments in another order; only drop_caches empties the cache there.
func fadviseDontNeed(path string) {}
