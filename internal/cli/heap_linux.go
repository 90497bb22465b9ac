package cli

import (
	"runtime"
	"runtime/debug"
	"syscall"
	"unsafe"
)

// hugeHeap makes the runtime map n bytes more heap than it has (one
// allocation it never touches), asks the kernel to back the heap mapped so
// far with transparent huge pages, and frees the allocation again, so that
// the allocations that follow, which the runtime places at the lowest free
// addresses, land in memory faulted in 2 MB at a time. The advice must
// come after the runtime has mapped the memory: it maps heap with
// mmap(MAP_FIXED), which drops advice given to the reserved range. Where
// transparent huge pages are off the advice does nothing, and it is
// ignored for 2 MB spans already partly in use (the heap of package
// initialization).
func hugeHeap(n int) {
	const (
		hugePage     = 2 << 20
		arena        = 64 << 20 // the runtime's heap arena on 64-bit Linux
		madvHugepage = 14       // MADV_HUGEPAGE
	)
	percent := debug.SetGCPercent(-1) // no collection while b is held
	b := make([]byte, n)
	p := uintptr(unsafe.Pointer(unsafe.SliceData(b)))
	start, end := p&^(arena-1), (p+uintptr(n))&^(hugePage-1)
	if start < end {
		syscall.Syscall(syscall.SYS_MADVISE, start, end-start, madvHugepage)
	}
	runtime.KeepAlive(b)
	b = nil
	debug.SetGCPercent(percent)
	runtime.GC() // b's pages are free again, first in line for what follows
}
