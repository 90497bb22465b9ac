package cli

import (
	"os"
	"strconv"
	"strings"
	"testing"
)

// TestHugeHeap: hugeHeap grows a goroutine stack of ahead bytes out of
// the heap and advises huge pages for the heap up to its top, so that the
// mapping holding that stack's memory is marked for huge pages ("hg" in
// its VmFlags) and spans all of it.
func TestHugeHeap(t *testing.T) {
	for _, ahead := range []uintptr{heapAhead, largeHeapAhead} {
		checkHugeHeap(t, ahead)
	}
}

func checkHugeHeap(t *testing.T, ahead uintptr) {
	start, end, top := hugeHeap(ahead)
	if start == 0 || start >= end || top < start || top >= end {
		t.Fatalf("advised %#x–%#x, stack top %#x: not a range around the stack", start, end, top)
	}
	if _, err := os.Stat("/sys/kernel/mm/transparent_hugepage/enabled"); err != nil {
		t.Skip("this kernel has no transparent huge pages")
	}
	smaps, err := os.ReadFile("/proc/self/smaps")
	if err != nil {
		t.Skip(err)
	}
	var lo, hi uint64
	found := false
	for _, line := range strings.Split(string(smaps), "\n") {
		f := strings.Fields(line)
		if len(f) > 1 && strings.Contains(f[0], "-") && !strings.HasSuffix(f[0], ":") {
			a, b, _ := strings.Cut(f[0], "-")
			lo, _ = strconv.ParseUint(a, 16, 64)
			hi, _ = strconv.ParseUint(b, 16, 64)
			continue
		}
		if len(f) > 0 && f[0] == "VmFlags:" && lo <= uint64(top) && uint64(top) < hi {
			found = true
			if !strings.Contains(line, " hg") {
				t.Errorf("the mapping %#x–%#x holding the stack is not advised for huge pages: %s", lo, hi, line)
			}
			if hi-lo < uint64(ahead/2) {
				t.Errorf("the mapping %#x–%#x holding the stack is %d bytes, want at least %d", lo, hi, hi-lo, ahead/2)
			}
		}
	}
	if !found {
		t.Errorf("no mapping holds the stack top %#x", top)
	}
}
