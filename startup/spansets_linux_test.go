package startup

import (
	"runtime"
	"testing"
	"unsafe"
)

// TestSizeClasses: every size in sizeClasses is one of the running
// runtime's size classes, with and without pointers: two objects of that
// size allocated one after the other lie exactly that far apart (a size
// between two classes is rounded up to the larger, and its objects lie
// that far apart).
func TestSizeClasses(t *testing.T) {
	for _, c := range sizeClasses {
		size := uintptr(c.size)
		if size >= 16 && !adjacent(size, func() unsafe.Pointer { b := make([]byte, size); return unsafe.Pointer(&b[0]) }) {
			t.Errorf("pointer-free objects of %d bytes are not allocated %d bytes apart: not a size class of this runtime", size, size)
		}
		n := withPointers(size)
		if !adjacent(size, func() unsafe.Pointer { p := make([]*byte, n/ptrSize); return unsafe.Pointer(&p[0]) }) {
			t.Errorf("objects with %d bytes of pointers (and a header of %d above %d bytes) are not allocated %d bytes apart", n, mallocHeader, headerAbove, size)
		}
	}
}

// adjacent reports whether two objects from alloc, one right after the
// other, lie size bytes apart, trying a few times: a pair may straddle
// the end of a span.
func adjacent(size uintptr, alloc func() unsafe.Pointer) bool {
	keep := make([]unsafe.Pointer, 0, 16)
	for range 8 {
		a, b := alloc(), alloc()
		keep = append(keep, a, b)
		if uintptr(b)-uintptr(a) == size {
			return true
		}
	}
	runtime.KeepAlive(keep)
	return false
}

// TestWarmSpanSetsBounded: warmSpanSets allocates a span and one object
// more of each class up to 4 KB, with and without pointers (wantWarmed):
// no less (ReadMemStats counts the objects allocated; other goroutines'
// allocations can only add to it) and not much more.
func TestWarmSpanSetsBounded(t *testing.T) {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	warmSpanSets()
	runtime.ReadMemStats(&after)
	got, want := after.TotalAlloc-before.TotalAlloc, uint64(wantWarmed())
	if got < want {
		t.Errorf("warmSpanSets allocated %d bytes, want at least %d: it no longer fills a span of every class, with and without pointers", got, want)
	}
	if got > 2*want {
		t.Errorf("warmSpanSets allocated %d bytes, want about %d", got, want)
	}
}
