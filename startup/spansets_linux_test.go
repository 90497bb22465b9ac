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
		n := size
		if size > headerAbove {
			n -= ptrSize
		}
		if !adjacent(size, func() unsafe.Pointer { p := make([]*byte, n/ptrSize); return unsafe.Pointer(&p[0]) }) {
			t.Errorf("objects with pointers of %d bytes (a header included above %d) are not allocated %d bytes apart", size, headerAbove, size)
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

// TestWarmSpanSetsBounded: warmSpanSets fills about one span of each
// class up to 4 KB, with and without pointers, and starts the next. The
// runtime counts a span as allocated once it is taken, so the count here
// is two to three spans of each class and kind (the span a goroutine had
// begun, the one filled, the one begun); the garbage is about one.
func TestWarmSpanSetsBounded(t *testing.T) {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	warmSpanSets()
	runtime.ReadMemStats(&after)
	got := after.TotalAlloc - before.TotalAlloc
	var span uint64
	for _, c := range sizeClasses {
		span += uint64(c.span)
	}
	if limit := 3 * 2 * span; got > limit {
		t.Errorf("warmSpanSets allocated %d bytes, want at most %d (three spans of each class, with and without pointers)", got, limit)
	}
	if got < span {
		t.Errorf("warmSpanSets allocated %d bytes: it no longer fills a span of each class", got)
	}
}
