package cli

import (
	"os"
	"runtime/debug"
)

// Start-up heap settings. On the virtual machines zongjie is measured on,
// the first touch of a fresh 4 KB page of memory costs about 10 µs; a PDF
// of the yongjia example touched some 6 MB of fresh heap, about 1 500 page
// faults, a fifth of the run. prepareHeap therefore
//
//   - maps heapAhead bytes of heap in advance and asks the kernel to back
//     them with transparent huge pages, so that one fault brings in 2 MB
//     (hugeHeap, on Linux, where /sys/kernel/mm/transparent_hugepage/enabled
//     is madvise or always; elsewhere nothing); and
//   - lets the heap grow to heapPercent percent more than what is kept
//     before the collector runs (GOGC=400, as a roll-up already did): the
//     fresh memory that the extra growth takes is now cheap, and a short
//     run collects one to three times less. The soft limit is the roll-up's
//     (softLimit), above which the collector works harder again.
//
// GOGC and GOMEMLIMIT, when set, are respected; the memory guard lowers
// the limit under a memory ceiling. Measured on the yongjia PDF (median of
// 25 alternating runs, CPU time user + system, on 2 shared cores): 73.2 ms
// before, 58.2 ms after, page faults 2 761 → 1 736.
const (
	heapAhead   = 32 << 20
	heapPercent = 400
)

// prepareHeap sets the collector as above; it is called once, as the
// process starts, before any command runs. hugeHeap is left to a render
// to PDF: for a Markdown or DOCX report, whose heap stays near what
// package initialization mapped, its collection costs more than it saves
// (DOCX: 53.0 ms CPU without, 55.0 ms with).
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
