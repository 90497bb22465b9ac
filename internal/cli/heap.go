package cli

import (
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"

	"boot.zongjie/startup"
)

// Start-up heap settings. On the virtual machines zongjie is measured on,
// the first touch of a fresh 4 KB page of memory costs 10–15 µs (a page
// fault; a 2 MB huge page costs about as much as thirty of them), and a
// collection of even a small heap several milliseconds. So every command
//
//   - lets the heap grow to heapPercent percent more than what is kept
//     before the collector runs (GOGC=400), under a soft limit of 700 MB
//     (softLimit), above which the collector works harder again: a report
//     of one union is written without a collection at all; and
//   - runs with startup.Ahead bytes of heap mapped in advance and backed
//     by transparent huge pages, which package startup sets up before the
//     other packages initialize (on Linux where
//     /sys/kernel/mm/transparent_hugepage/enabled is madvise or always;
//     elsewhere nothing): a PDF of the yongjia example touched some 6 MB
//     of fresh heap, about 1 500 page faults, a fifth of the run.
//
// GOGC and GOMEMLIMIT, when set, are respected; the memory guard lowers
// the limit under a memory ceiling. Measured on the yongjia example
// (medians of 30 alternating runs on 2 shared cores, CPU time user +
// system, before → after): PDF 80.6 → 50.9 ms, page faults 2 870 → 1 550;
// DOCX 51.1 → 40.3 ms; Markdown 42.9 → 38.3 ms; zongjie help unchanged.
//
// A roll-up, and a command given data files of largeInput bytes or more,
// maps startup.LargeAhead as well: its heap grows far beyond 32 MB (a
// county of 100 000 units, a 10 MB file, to some 440 MB; a roll-up of
// 100 000 unions to the soft limit), and every 4 KB of it would be a
// fault. On the 2-core machine: a render of 100 000 units went from
// 99 000 faults and 1.9 s to 2 200 faults and 0.9–1.5 s; a roll-up of
// 100 000 unions from 272 000 faults to 136 000 and 20.7 to 18.3 s of
// CPU. The memory is reserved, not used: what the command does not touch
// costs nothing, but for a process whose address space is limited
// (ulimit -v) it counts, so there no command maps it. For a small report
// the larger mapping would cost some milliseconds of system time for
// nothing.
//
// A roll-up lets its heap grow by rollupHeapPercent only. Its heap keeps
// growing (a row for each union), and with GOGC=400 it soon reached the
// soft limit: every large allocation then first gave pages back to the
// system, which the next touched again. At GOGC=200 a roll-up of 100 000
// unions collects a little more often and faults far less: 116 000–119 000
// → 67 000–84 000 page faults, system time 3.1–3.3 s → 2.1–2.9 s and CPU
// time 14.1–16.6 s → 12.2–13.9 s (three alternating pairs, the machine
// otherwise busy); at 150 and 100 no better.
const (
	softLimit         = 700 << 20
	largeInput        = 256 << 10
	heapPercent       = 400
	rollupHeapPercent = 200
)

// prepareHeap applies the settings above for a command line (without the
// program name); it is called once, as the process starts, before any
// command runs.
func prepareHeap(args []string) {
	rollup := len(args) > 0 && args[0] == "rollup"
	if os.Getenv("GOGC") == "" {
		if rollup {
			debug.SetGCPercent(rollupHeapPercent)
		} else {
			debug.SetGCPercent(heapPercent)
		}
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(softLimit)
	}
	if (rollup || inputSize(args) >= largeInput) && !addressLimited() {
		startup.MapHeap(true)
	}
}

// inputSize adds up the sizes of the data files (.yaml, .yml, .json,
// .xlsx, .csv) named on a command line. An option's value that happens to
// be such a file counts too: it only makes the mapping larger.
func inputSize(args []string) int64 {
	var n int64
	for _, a := range args {
		switch strings.ToLower(filepath.Ext(a)) {
		case ".yaml", ".yml", ".json", ".xlsx", ".csv":
			if fi, err := os.Stat(a); err == nil && fi.Mode().IsRegular() {
				n += fi.Size()
			}
		}
	}
	return n
}

// PrepareHeap sets up the heap of a process as zongjie's own start-up
// does for a render of the data files args (prepareHeap). It is for
// bench/stageprof, which does a PDF render stage by stage in its own
// process and should start as zongjie render does.
func PrepareHeap(args []string) { prepareHeap(append([]string{"render"}, args...)) }
