package batch

import (
	"fmt"
	"io"
	"strings"
	"sync"
	"time"
)

// Bar is a one-line progress bar for a terminal, redrawn in place at most
// every tenth of a second:
//
//	生成报告 [##########----------] 523/1000  52%  已用 4.1秒  预计还需 3.8秒
type Bar struct {
	// Plain redraws with a carriage return and spaces only, for a terminal
	// that understands no escape sequences (TERM=dumb, an editor's pane).
	Plain bool

	w     io.Writer
	width int              // characters of the bar itself
	now   func() time.Time // the clock, replaceable in tests
	last  int              // columns of the last line drawn, for Plain

	mu           sync.Mutex
	total, done  int
	failed       int
	start, drawn time.Time
}

// NewBar returns a bar drawing on w.
func NewBar(w io.Writer) *Bar {
	return &Bar{w: w, width: 30, now: time.Now}
}

// Start implements Progress.
func (b *Bar) Start(total int) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.total, b.done, b.failed = total, 0, 0
	b.start = b.now()
	b.draw()
}

// Done implements Progress.
func (b *Bar) Done(r Result) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.done++
	if r.Err != nil {
		b.failed++
	}
	if b.now().Sub(b.drawn) >= 100*time.Millisecond || b.done == b.total {
		b.draw()
	}
}

// Finish implements Progress: the bar's line is cleared, leaving the
// terminal to the summary.
func (b *Bar) Finish() {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.Plain {
		fmt.Fprint(b.w, "\r"+strings.Repeat(" ", b.last)+"\r")
		return
	}
	fmt.Fprint(b.w, "\r\033[K")
}

// draw redraws the line; b.mu is held.
func (b *Bar) draw() {
	b.drawn = b.now()
	filled := 0
	if b.total > 0 {
		filled = b.width * b.done / b.total
	}
	elapsed := b.drawn.Sub(b.start)
	var line strings.Builder
	fmt.Fprintf(&line, "\r生成报告 [%s%s] %d/%d %3d%%  已用 %s",
		strings.Repeat("#", filled), strings.Repeat("-", b.width-filled),
		b.done, b.total, percent(b.done, b.total), seconds(elapsed))
	if b.done > 0 && b.done < b.total {
		left := elapsed * time.Duration(b.total-b.done) / time.Duration(b.done)
		fmt.Fprintf(&line, "  预计还需 %s", seconds(left))
	}
	if b.failed > 0 {
		fmt.Fprintf(&line, "  失败 %d", b.failed)
	}
	if b.Plain {
		// Spaces over what the longer line before left.
		cols := columns(line.String())
		if cols < b.last {
			line.WriteString(strings.Repeat(" ", b.last-cols))
		}
		b.last = max(cols, b.last)
	} else {
		line.WriteString("\033[K")
	}
	io.WriteString(b.w, line.String())
}

// columns is how many terminal columns s takes: two for a wide (Chinese)
// character, one for the others; the carriage return takes none.
func columns(s string) int {
	n := 0
	for _, r := range s {
		switch {
		case r == '\r':
		case r >= 0x1100 && (r <= 0x115f || r >= 0x2e80 && r <= 0xa4cf || r >= 0xac00 && r <= 0xd7a3 ||
			r >= 0xf900 && r <= 0xfaff || r >= 0xfe30 && r <= 0xfe4f || r >= 0xff00 && r <= 0xff60 ||
			r >= 0xffe0 && r <= 0xffe6 || r >= 0x20000 && r <= 0x3fffd):
			n += 2
		default:
			n++
		}
	}
	return n
}

func percent(n, total int) int {
	if total == 0 {
		return 100
	}
	return n * 100 / total
}

// seconds writes a duration as the bar and the summary show it: 0.4秒, 12.3秒, 2分05秒.
func seconds(d time.Duration) string {
	if d < time.Minute {
		return fmt.Sprintf("%.1f秒", d.Seconds())
	}
	s := int(d.Round(time.Second).Seconds())
	return fmt.Sprintf("%d分%02d秒", s/60, s%60)
}
