package cli

import (
	"os"
	"runtime/debug"
)

// Start-up heap settings. On the virtual machines zongjie is measured on,
// the first touch of a fresh 4 KB page of memory costs about 10 µs (a page
// fault; a 2 MB huge page costs about as much as thirty of them), and a
// collection of even a small heap several milliseconds. So every command
//
//   - lets the heap grow to heapPercent percent more than what is kept
//     before the collector runs (GOGC=400, as a roll-up already did), under
//     the roll-up's soft limit (softLimit), above which the collector works
//     harder again: a report of one union is written without a collection
//     at all; and
//   - maps heapAhead bytes of heap in advance and asks the kernel to back
//     them with transparent huge pages (hugeHeap, on Linux where
//     /sys/kernel/mm/transparent_hugepage/enabled is madvise or always;
//     elsewhere nothing): a PDF of the yongjia example touched some 6 MB of
//     fresh heap, about 1 500 page faults, a fifth of the run.
//
// GOGC and GOMEMLIMIT, when set, are respected; the memory guard lowers
// the limit under a memory ceiling. Measured on the yongjia example
// (medians of 30 alternating runs on 2 shared cores, CPU time user +
// system, before → after): PDF 80.6 → 50.9 ms, page faults 2 870 → 1 550;
// DOCX 51.1 → 40.3 ms; Markdown 42.9 → 38.3 ms; zongjie help unchanged.
//
// A roll-up maps rollupHeapAhead instead: reading a hundred thousand
// unions' files, its heap grows to the soft limit, and on the 2-core
// machine huge pages for the first 512 MB of it halved its page faults
// (272 000 → 136 000) and cut a tenth of its time (100 000 unions: 11.7 →
// 10.4 s wall, 20.7 → 18.3 s CPU). The memory is reserved, not used: what
// a roll-up of a few unions does not touch costs nothing, but for a
// process whose address space is limited (ulimit -v) it counts, so there
// a roll-up maps heapAhead too.
const (
	heapAhead       = 32 << 20
	rollupHeapAhead = 512 << 20
	heapPercent     = 400
)

// prepareHeap applies the settings above for the command cmd (the first
// argument); it is called once, as the process starts, before any command
// runs.
func prepareHeap(cmd string) {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(heapPercent)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(softLimit)
	}
	if cmd == "rollup" && !addressLimited() {
		hugeHeap(rollupHeapAhead)
		return
	}
	hugeHeap(heapAhead)
}

// PrepareHeap sets up the heap of a process as zongjie's own start-up
// does for a render (prepareHeap). It is for bench/stageprof, which does a
// PDF render stage by stage in its own process and should start as zongjie
// render does.
func PrepareHeap() { prepareHeap("render") }
