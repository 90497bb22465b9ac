package pdfobj

import (
	"runtime"
	"slices"
	"sync"
	"sync/atomic"

	"github.com/klauspost/compress/flate"

	"zongjie/internal/fonts"
)

// Ahead is a font's subset, and the compression of its program, that can
// be made before Write needs them: while the document is still being laid
// out, by a caller that knows what characters the text will draw in the
// font. Write uses it for the font if the pages draw exactly those
// characters in it, and subsets the font itself otherwise. A subset
// depends only on the font and its characters, and a stream's compressed
// bytes only on its data, so the file is the same byte for byte either way.
//
// The work is shared, not handed over: Run and Write each do what the
// other has not started (the subset once, whoever comes first; then the
// chunks of the program, each taken by one of them), and Write waits only
// for chunks already being compressed. So an Ahead never makes Write
// slower than subsetting the font itself, however late Run starts.
//
// The fonts are most of a PDF's work after the layout: a report's 500
// characters of 仿宋 are some 260 KB of glyph outlines to copy and
// compress. Made ahead on another processor, that work runs alongside the
// layout instead of after it.
type Ahead struct {
	font  *fonts.Font
	runes []rune // sorted, without repeats

	once    sync.Once // makes the subset and cuts its program into chunks
	sub     *fonts.Subset
	err     error
	program *stream
	jobs    []*job // the program's chunks (assemble clears the stream's own list)

	next    atomic.Int32   // the next chunk to take
	left    sync.WaitGroup // chunks not yet compressed
	dropped atomic.Bool    // no Write will use it: stop
	waiting atomic.Bool    // take is waiting for Run: Run yields to it (yieldToTake)
}

// NewAhead returns an Ahead for the subset of f to runes (in any order,
// repeated or not). It does no work.
func NewAhead(f *fonts.Font, runes []rune) *Ahead {
	runes = slices.Clone(runes)
	slices.Sort(runes)
	return &Ahead{font: f, runes: slices.Compact(runes)}
}

// Run makes the subset and compresses its program, unless Write has done
// so or decided not to use it. It may be called on any goroutine, at most
// once, and returns when nothing is left for it to do.
func (a *Ahead) Run() {
	if a.dropped.Load() {
		return
	}
	a.prepare()
	a.yieldToTake()
	a.work(true)
}

// yieldToTake lets a take that is waiting go on first. Whatever Run
// finishes that take waits for (the subset, a chunk) makes take's
// goroutine next to run on Run's processor, but only once Run stops:
// after compressing its next chunk, or the next font's, milliseconds
// later (0.3 and 2 ms in traces of the yongjia PDF), unless the other
// processor is free first. Run yields only then: a goroutine that yields
// waits its turn behind every other that is ready to run, and the work
// Run does ahead is work Write does not have to do itself.
func (a *Ahead) yieldToTake() {
	if a.waiting.Load() {
		runtime.Gosched()
	}
}

// Drop tells Run that no Write will use the subset: what it has not begun
// is skipped.
func (a *Ahead) Drop() { a.dropped.Store(true) }

// prepare makes the subset and cuts its program into chunks, once.
func (a *Ahead) prepare() {
	a.once.Do(func() {
		a.sub, a.err = a.font.Subset(a.runes)
		if a.err != nil {
			return
		}
		a.program = &stream{data: a.sub.CIDProgram()}
		a.jobs = a.program.cut()
		a.left.Add(len(a.jobs))
	})
}

// work compresses the program's chunks that no one has taken yet; on
// Run's goroutine (run set) it yields to a waiting take after each.
func (a *Ahead) work(run bool) {
	if a.err != nil {
		return
	}
	var zw *flate.Writer
	for {
		i := int(a.next.Add(1)) - 1
		if i >= len(a.jobs) {
			return
		}
		if !a.dropped.Load() {
			if zw == nil {
				zw = writers.get()
				defer writers.put(zw)
			}
			a.jobs[i].compress(zw)
		}
		a.left.Done()
		if run {
			a.yieldToTake()
		}
	}
}

// take returns the subset and its compressed program if a is for f and
// the characters of runes (in any order, repeated), doing whatever Run
// has not done and waiting for what it is doing. Otherwise it returns
// false; if a is for f, Run stops.
func (a *Ahead) take(f *fonts.Font, runes []rune) (*fonts.Subset, *stream, bool) {
	if a.font != f {
		return nil, nil, false
	}
	if !sameSet(a.runes, runes) {
		a.Drop()
		return nil, nil, false
	}
	a.waiting.Store(true) // for the subset, if Run is making it
	a.prepare()
	a.waiting.Store(false)
	if a.err != nil {
		return nil, nil, false // Write subsets the font again and reports the error
	}
	a.work(false)
	a.waiting.Store(true) // for the chunks Run is compressing
	a.left.Wait()
	a.program.assemble()
	return a.sub, a.program, true
}

// sameSet reports whether runes, in any order and repeated, are exactly
// the characters of set, which is sorted and without repeats.
func sameSet(set, runes []rune) bool {
	seen := make([]bool, len(set))
	n := 0
	for _, r := range runes {
		i, ok := slices.BinarySearch(set, r)
		if !ok {
			return false
		}
		if !seen[i] {
			seen[i] = true
			n++
		}
	}
	return n == len(set)
}
