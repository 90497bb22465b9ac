package cli

import (
	"syscall"
	"unsafe"
)

// hugeHeap makes the runtime map ahead bytes of heap (heapAhead or
// largeHeapAhead) ahead of its needs, free, and asks the kernel to back
// the heap mapped so far with transparent huge pages, so that the allocations that follow, which the
// runtime places at the lowest free addresses, land in memory faulted in
// 2 MB at a time. Where transparent huge pages are off the advice does
// nothing, and it is ignored for 2 MB spans already partly in use (the
// heap of package initialization).
//
// The advice must come after the runtime has mapped the memory: it maps
// heap with mmap(MAP_FIXED), which drops advice given to the reserved
// range. The memory is mapped by a goroutine whose stack, which the
// runtime takes from the heap, grows to ahead bytes in one step
// (bigFrame) and is given back, untouched, as the goroutine ends. A large
// heap object would instead stay allocated until a collection, and a
// collection costs more than the huge pages save.
//
// It returns the range it advised (nothing, if the addresses make no
// sense) and, for tests, an address near the top of the stack it grew.
func hugeHeap(ahead uintptr) (start, end, top uintptr) {
	const (
		hugePage     = 2 << 20
		arena        = 64 << 20 // the runtime's heap arena on 64-bit Linux
		madvHugepage = 14       // MADV_HUGEPAGE
	)
	done := make(chan uintptr)
	frame := bigFrame
	if ahead == largeHeapAhead {
		frame = bigFrameLarge
	}
	go func() { done <- frame() }()
	top = <-done
	heapProbe = new([64]byte)
	heap := uintptr(unsafe.Pointer(heapProbe))
	// From the start of the heap's arena to the top of the stack.
	start = min(heap, top-ahead) &^ (arena - 1)
	end = (top + hugePage) &^ (hugePage - 1)
	if start >= end || end-start > 16*arena {
		return 0, 0, top
	}
	syscall.Syscall(syscall.SYS_MADVISE, start, end-start, madvHugepage)
	return start, end, top
}

// heapProbe is an object on the heap, whose address says where the heap
// is.
var heapProbe *[64]byte

// bigFrame returns an address near the top of its goroutine's stack,
// after making that stack grow to more than heapAhead/2 bytes: its frame
// holds the arguments of a call to bigArgument, made on a path never
// taken, so the frame is reserved (and the stack grown to the next power
// of two, heapAhead) but never written.
//
//go:noinline
func bigFrame() uintptr {
	var x byte
	top := uintptr(unsafe.Pointer(&x))
	if neverTrue {
		x = bigArgument([heapAhead / 2]byte{})
	}
	return top + uintptr(x)
}

//go:noinline
func bigArgument(a [heapAhead / 2]byte) byte { return a[len(a)-1] }

// bigFrameLarge is bigFrame for a stack of largeHeapAhead bytes.
//
//go:noinline
func bigFrameLarge() uintptr {
	var x byte
	top := uintptr(unsafe.Pointer(&x))
	if neverTrue {
		x = bigArgumentLarge([largeHeapAhead / 2]byte{})
	}
	return top + uintptr(x)
}

//go:noinline
func bigArgumentLarge(a [largeHeapAhead / 2]byte) byte { return a[len(a)-1] }

// neverTrue is false; the compiler cannot know that, so it keeps the call
// in bigFrame.
var neverTrue bool
