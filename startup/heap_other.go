//go:build !linux

package startup

// Advised returns nothing: transparent huge pages are a Linux feature.
func Advised() (start, end, top uintptr) { return 0, 0, 0 }

// MapHeap does nothing: transparent huge pages are a Linux feature.
func MapHeap(large bool) (start, end, top uintptr) { return 0, 0, 0 }

// Populated returns nothing: nothing is faulted in ahead but on Linux.
func Populated() (from, to uintptr, err error) { return 0, 0, nil }

// ProgramPopulated returns nothing: the program's pages are mapped ahead
// only on Linux.
func ProgramPopulated() (from, to uintptr, err error) { return 0, 0, nil }
