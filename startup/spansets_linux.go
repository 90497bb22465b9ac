package startup

import (
	"sync/atomic"
	"unsafe"
)

// warmSpanSets makes the runtime set up, on the calling goroutine, the
// lists it keeps of each size class's spans, by filling one span of every
// class up to 4 KB, with and without pointers, and starting the next.
//
// When a goroutine has used up the span it allocates a size class from,
// the runtime puts that span on a list of full spans (mcentral's spanSet)
// and takes a new one. Each list gets its first block of memory, 4 KB
// outside the heap, with its first span, and that block's first touch is
// a page fault; a PDF run makes about 160 such lists, and its main thread
// took 103 of those faults (perf, page-faults event), 13 µs each on the
// virtual machines zongjie is measured on. Made here, on the thread that
// faulted the heap in while the main one initializes the packages, the
// lists are ready when the main thread fills its own spans: it took 46 of
// those faults instead of 103 (the classes above 4 KB, and large objects,
// are left: their spans are large, and filling them would take megabytes).
// The yongjia PDF, medians of rounds alternating the two versions: alone,
// 33.5 → 31.8 ms (200 rounds) and 33.8 → 32.8 (150, each after a program
// that takes and frees 150 MB); after pandoc + wkhtmltopdf each time, as
// bench/run.sh runs it, 36.7 → 34.7 (100), 41.3 → 38.9 (40), 33.8 → 35.7
// (60) and 37.9 → 37.9 (100). A single run varies by ±4 ms on these
// machines. The cost is on the other processor: this takes it 1 to 4 ms,
// and the goroutines the command starts to parse the templates and load
// the fonts wait for it there.
//
// The objects are garbage at once: about 900 KB of it (wantWarmed), which
// the first collection reclaims; a one-report process never collects, and
// its heap was mapped for far more (Ahead). With GOGC set below about 60
// the first collection could come during the initialization.
func warmSpanSets() {
	for _, c := range sizeClasses {
		size, span := uintptr(c.size), uintptr(c.span)
		for range span/size + 1 {
			if size >= 16 { // pointer-free objects below 16 bytes share blocks of 16 (the tiny allocator)
				b := make([]byte, size)
				warmSink.Store(&b[0])
			}
			p := make([]*byte, withPointers(size)/ptrSize)
			warmSink.Store((*byte)(unsafe.Pointer(&p[0])))
		}
	}
	warmSink.Store(nil)
}

// warmSink keeps warmSpanSets' objects from being allocated on its stack:
// each is stored in it, replacing the one before. (Atomically: a test
// calls warmSpanSets while the initialization's goroutine may still be
// in it. Package syscall imports sync/atomic already.)
var warmSink atomic.Pointer[byte]

// ptrSize is the size of a pointer. An object with pointers larger than
// headerAbove (the runtime's minSizeForMallocHeader: 512 bytes on 64-bit
// systems, 128 on 32-bit ones) starts with a header of mallocHeader bytes
// that says its type (8 on every system, to keep objects 8-byte aligned).
const (
	ptrSize      = unsafe.Sizeof(uintptr(0))
	headerAbove  = ptrSize * 8 * ptrSize
	mallocHeader = 8
)

// withPointers returns how many bytes of pointers make an object of a
// size class's size.
func withPointers(size uintptr) uintptr {
	if size > headerAbove {
		return size - mallocHeader
	}
	return size
}

// wantWarmed returns how many bytes warmSpanSets allocates: a span and one
// object more of each class, with pointers and without (but for the
// classes below 16 bytes, which pointer-free objects never use).
func wantWarmed() uintptr {
	var n uintptr
	for _, c := range sizeClasses {
		size, span := uintptr(c.size), uintptr(c.span)
		objects := span/size + 1
		n += objects * size // with pointers
		if size >= 16 {
			n += objects * size
		}
	}
	return n
}

// sizeClass is one of the runtime's size classes: the size of its objects
// and of the spans they are allocated from.
type sizeClass struct{ size, span uint32 }

// sizeClasses are the runtime's size classes up to 4 KB, from Go's
// internal/runtime/gc/sizeclasses.go as of Go 1.26. Were they
// to change, warmSpanSets would set up fewer lists ahead, nothing worse;
// TestSizeClasses checks the sizes against the running runtime (the spans'
// sizes only set how many objects fill one).
var sizeClasses = [...]sizeClass{
	{8, 8192}, {16, 8192}, {24, 8192}, {32, 8192}, {48, 8192}, {64, 8192}, {80, 8192},
	{96, 8192}, {112, 8192}, {128, 8192}, {144, 8192}, {160, 8192}, {176, 8192},
	{192, 8192}, {208, 8192}, {224, 8192}, {240, 8192}, {256, 8192}, {288, 8192},
	{320, 8192}, {352, 8192}, {384, 8192}, {416, 8192}, {448, 8192}, {480, 8192},
	{512, 8192}, {576, 8192}, {640, 8192}, {704, 8192}, {768, 8192}, {896, 8192},
	{1024, 8192}, {1152, 8192}, {1280, 8192}, {1408, 16384}, {1536, 8192},
	{1792, 16384}, {2048, 8192}, {2304, 16384}, {2688, 8192}, {3072, 24576},
	{3200, 16384}, {3456, 24576}, {4096, 8192},
}
