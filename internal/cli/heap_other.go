//go:build !linux

package cli

// hugeHeap does nothing: transparent huge pages are a Linux feature.
func hugeHeap(int) {}
