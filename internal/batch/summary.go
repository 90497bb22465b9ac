package batch

import (
	"context"
	"errors"
	"fmt"
	"time"

	"zongjie/internal/cnfmt"
)

// Summary is the one line that ends a batch, e.g.
//
//	已生成 1000 份报告(共 52.3 MB),用时 12.4秒,2 路并行。
//	已生成 998 份报告(共 52.1 MB),2 份失败(见上),用时 12.4秒,2 路并行。
//	已生成 84 份报告(共 10.4 MB),916 份因中断没有生成,用时 3.5秒,2 路并行。
//	已生成 10 份报告(共 1.2 MB),990 份已经存在(按 --no-clobber 没有覆盖),用时 0.5秒,2 路并行。
func Summary(results []Result, elapsed time.Duration, workers int) string {
	ok, failed, cancelled, skipped, size := 0, 0, 0, 0, 0
	for _, r := range results {
		switch {
		case r.Skipped:
			skipped++
		case r.Err == nil:
			ok++
			size += r.Bytes
		case errors.Is(r.Err, context.Canceled):
			cancelled++
		default:
			failed++
		}
	}
	s := fmt.Sprintf("已生成 %d 份报告(共 %s)", ok, cnfmt.Bytes(int64(size)))
	if skipped > 0 {
		s += fmt.Sprintf(",%d 份已经存在(按 --no-clobber 没有覆盖)", skipped)
	}
	if failed > 0 {
		s += fmt.Sprintf(",%d 份失败(见上)", failed)
	}
	if cancelled > 0 {
		s += fmt.Sprintf(",%d 份因中断没有生成", cancelled)
	}
	return s + fmt.Sprintf(",用时 %s,%d 路并行。", seconds(elapsed), workers)
}

// Failed reports how many results failed.
func Failed(results []Result) int {
	n := 0
	for _, r := range results {
		if r.Err != nil {
			n++
		}
	}
	return n
}
