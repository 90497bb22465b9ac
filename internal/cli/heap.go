package cli

import (
	"os"
	"runtime/debug"
)

// Start-up heap settings. On the virtual machines zongjie is measured on,
// the first touch of a fresh 4 KB page of memory costs about 10 µs (a page
// fault; a 2 MB huge page costs about as much as thirty of them), and a
// collection of even a small heap several milliseconds. So
//
//   - every command lets the heap grow to heapPercent percent more than
//     what is kept before the collector runs (GOGC=400, as a roll-up
//     already did), under the roll-up's soft limit (softLimit), above which
//     the collector works harder again: a report of one union is then
//     written without a collection at all;
//   - a render to PDF, which touches some 6 MB of fresh heap (about 1 500
//     page faults, a fifth of the run), first maps heapAhead bytes of heap
//     in advance and asks the kernel to back them with transparent huge
//     pages (hugeHeap, on Linux where
//     /sys/kernel/mm/transparent_hugepage/enabled is madvise or always;
//     elsewhere nothing). That costs one collection, which a Markdown or
//     DOCX report, whose heap stays near what package initialization
//     mapped, does not win back (DOCX: 53.0 ms CPU without, 55.0 ms with).
//
// GOGC and GOMEMLIMIT, when set, are respected; the memory guard lowers
// the limit under a memory ceiling. Measured on the yongjia PDF (medians
// of 25–30 alternating runs on 2 busy cores, CPU time user + system): 73
// ms before, 58 ms after; page faults 2 760 → 1 740.
const (
	heapAhead   = 32 << 20
	heapPercent = 400
)

// prepareHeap sets the collector as above; it is called once, as the
// process starts, before any command runs.
func prepareHeap() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(heapPercent)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(softLimit)
	}
}

// PrepareHeap sets up the heap of a process as zongjie's own start-up does
// for a render to PDF: prepareHeap, then hugeHeap. It is for
// bench/stageprof, which does a PDF render stage by stage in its own
// process and should start as zongjie render does.
func PrepareHeap() {
	prepareHeap()
	hugeHeap(heapAhead)
}
