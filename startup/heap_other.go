//go:build !linux

package startup

// Sizes of the heap mapped ahead on Linux (see heap_linux.go).
const (
	Ahead      = 32 << 20
	LargeAhead = 512 << 20
)

// Advised returns nothing: transparent huge pages are a Linux feature.
func Advised() (start, end, top uintptr) { return 0, 0, 0 }

// MapHeap does nothing: transparent huge pages are a Linux feature.
func MapHeap(large bool) (start, end, top uintptr) { return 0, 0, 0 }
