package cli

import (
	"fmt"
	"os"
	"runtime"
	"runtime/debug"
	"time"

	"zongjie/internal/atomicfile"
)

// The memory guard. Under a memory ceiling (ulimit -v or -d, a container's
// memory limit) the Go runtime, when an allocation finds no more memory,
// dies with an English "fatal error: out of memory" and pages of stack
// traces. zongjie instead
//
//   - sets a soft memory limit (debug.SetMemoryLimit) at softShare of what
//     the ceiling leaves above the memory in use at start, so the garbage
//     collector works harder before memory runs short (GOMEMLIMIT, when
//     set, is respected);
//   - watches, every watchInterval, the measure the ceiling applies to
//     (address space, data size, resident memory) and, once less than
//     the ceiling's margin is left, removes the temporary files of the
//     writes in progress, says in Chinese what happened and exits with 1;
//   - asks the runtime for as short a report as it allows should it still
//     fail first (GOTRACEBACK, when set, is respected).
//
// The watch is a sample: memory that grows by more than the margin
// between two samples (one very large allocation, or a machine so busy
// that the watch does not run for a while) can still reach the ceiling
// first, and then the runtime's own English report is what the user sees.
// The Go runtime itself reserves about 750 MB of address space when it
// starts, so under ulimit -v below about 800 MB no Go program starts at
// all; containers limit resident memory, which has no such floor.
// Without a ceiling nothing is set: the input limits (--max-size and the
// others) bound what one data file can cost.
const (
	softShare     = 0.6
	watchInterval = 2 * time.Millisecond
)

// ceiling is a limit on this process's memory and how to measure what it
// counts.
type ceiling struct {
	limit   int64
	source  string       // what sets it, for the message: "ulimit -v"
	measure func() int64 // what the limit counts, now
	margin  int64        // how close to the limit the guard stops
}

// startMemoryGuard starts the guard for the process running cmd. Finding
// the ceiling reads files under /proc and /sys/fs/cgroup, some 0.4 ms
// that the command need not wait for, so it is done on the guard's own
// goroutine, as the command starts.
func startMemoryGuard(e *env, cmd string) {
	if os.Getenv("GOTRACEBACK") == "" {
		debug.SetTraceback("none")
	}
	go guardMemory(e, cmd)
}

// guardMemory finds the ceiling, if any, sets the soft limit under it and
// watches the memory in use.
func guardMemory(e *env, cmd string) {
	c, ok := memoryCeiling()
	if !ok {
		return
	}
	start := c.measure()
	if lim := int64(float64(c.limit-start) * softShare); os.Getenv("GOMEMLIMIT") == "" && c.limit > start && lim < debug.SetMemoryLimit(-1) {
		debug.SetMemoryLimit(lim)
	}
	stop := c.limit - c.margin
	// Its own thread: a busy scheduler does not delay the watch.
	runtime.LockOSThread()
	for range time.Tick(watchInterval) {
		if used := c.measure(); used > stop {
			atomicfile.Abort()
			fmt.Fprintf(e.stderr, "%s: 内存不够:已用到约 %s,接近上限 %s(%s);已停止,没有写出文件。"+
				"请确认数据文件没有选错,或用 --max-size、--max-nodes 等选项限制输入,或在内存更多的机器上运行\n",
				cmd, sizeText(used>>20<<20), sizeText(c.limit>>20<<20), c.source)
			e.stderr.Flush()
			e.exit(exitData)
		}
	}
}
