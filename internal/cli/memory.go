package cli

import (
	"fmt"
	"os"
	"runtime/debug"
	"runtime/metrics"
	"time"

	"zongjie/internal/atomicfile"
)

// The memory guard. Under a memory ceiling (ulimit -v or -d, a container's
// memory limit) the Go runtime, when an allocation finds no more memory,
// dies with an English "fatal error: out of memory" and pages of stack
// traces. zongjie instead
//
//   - sets a soft memory limit (debug.SetMemoryLimit) at softShare of the
//     ceiling, so the garbage collector works harder before memory runs
//     short (GOMEMLIMIT, when set, is respected);
//   - watches the memory the runtime holds and, once it passes stopShare of
//     the ceiling, removes the temporary files of the writes in progress,
//     says in Chinese what happened and exits with code 1;
//   - asks the runtime for no goroutine dump should it still fail (one
//     allocation larger than what is left; GOTRACEBACK, when set, is
//     respected).
//
// Without a ceiling nothing is set: the input limits (--max-size and the
// others) bound what one data file can cost.
const (
	softShare     = 0.70
	stopShare     = 0.85
	watchInterval = 20 * time.Millisecond
)

// startMemoryGuard starts the guard for the process running cmd.
func startMemoryGuard(e *env, cmd string) {
	if os.Getenv("GOTRACEBACK") == "" {
		debug.SetTraceback("none")
	}
	ceiling, source := memoryCeiling()
	if ceiling <= 0 {
		return
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(int64(float64(ceiling) * softShare))
	}
	stop := uint64(float64(ceiling) * stopShare)
	go func() {
		sample := []metrics.Sample{{Name: "/memory/classes/total:bytes"}, {Name: "/memory/classes/heap/released:bytes"}}
		for range time.Tick(watchInterval) {
			metrics.Read(sample)
			used := sample[0].Value.Uint64()
			if source != "ulimit -v" { // a resident ceiling: memory returned to the system does not count
				used -= min(used, sample[1].Value.Uint64())
			}
			if used > stop {
				atomicfile.Abort()
				fmt.Fprintf(e.stderr, "%s: 内存不够:已用到约 %s,接近上限 %s(%s);已停止,没有写出文件。"+
					"请确认数据文件没有选错,或用 --max-size、--max-nodes 等选项限制输入,或在内存更多的机器上运行\n",
					cmd, sizeText(int64(used)), sizeText(ceiling), source)
				e.stderr.Flush()
				e.exit(exitData)
			}
		}
	}()
}
