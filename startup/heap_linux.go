package startup

import (
	"runtime"
	"syscall"
	"unsafe"
)

const (
	hugePage     = 2 << 20
	arena        = 64 << 20 // the runtime's heap arena on 64-bit Linux
	madvHugepage = 14       // MADV_HUGEPAGE
	madvCollapse = 25       // MADV_COLLAPSE, Linux 6.1 and later

	madvPopulateWrite = 23 // MADV_POPULATE_WRITE, Linux 5.14 and later

	// populateAhead is how much heap after the collapsed range init
	// faults in ahead: what a PDF of one union's report allocates beyond
	// it (about 8 MB of its 10). Measured against 4 and 12 MB, alternating
	// with pandoc + wkhtmltopdf; a smaller run leaves the rest untouched
	// in its address space, resident but free.
	populateAhead = 8 << 20
)

// advised is the range the initialization advised, for Advised.
var advised struct{ start, end, top uintptr }

func init() {
	// The program's own code and read-only data, mapped on another thread
	// while this one goes on (see populateProgram).
	program.done = make(chan struct{})
	go func() {
		program.from, program.to, program.errno = populateProgram()
		close(program.done)
	}()

	// Where the heap's free pages begin: a new span for a block of this
	// size comes from the lowest free pages, fresh ones, which it leaves
	// untouched. It is read before MapHeap, whose stack takes those pages
	// for a while.
	heapProbe = make([]byte, 64<<10)
	frontier := uintptr(unsafe.Pointer(&heapProbe[0])) &^ (hugePage - 1)
	heapProbe = nil
	start, end, top := MapHeap(false)
	advised.start, advised.end, advised.top = start, end, top
	if start == 0 || frontier < start || frontier >= end {
		return
	}
	// The runtime's own start-up has already touched some pages of the
	// heap, one fault each, and a 2 MB range with any page in it no
	// longer gets a huge page on its next fault: the heap that follows
	// would fill the rest of that range 4 KB at a time (up to 500 faults,
	// depending on where the randomized heap base falls). Collapsing that
	// range into a huge page now costs about half a millisecond and spares
	// that. Kernels without MADV_COLLAPSE, or without huge pages, refuse;
	// nothing changes then.
	syscall.Syscall(syscall.SYS_MADVISE, frontier, hugePage, madvCollapse)

	// The heap grows from there. Fault its next huge pages in now, on
	// another thread, while this one initializes the other packages.
	// A huge page's first fault costs the kernel about 0.13 ms when the
	// memory it takes was in use a moment ago, but 1 to 3.5 ms right after
	// another process has freed a few hundred megabytes (as pandoc and
	// wkhtmltopdf do in bench/run.sh): the virtual machine has to back the
	// memory again. A PDF run faults four or five of them, and used to
	// wait for each. MADV_POPULATE_WRITE faults pages in as a write would,
	// without writing: the runtime, which may hand out that memory at the
	// same moment, still finds it zero. One call does better than one per
	// huge page (measured alternating with pandoc + wkhtmltopdf). Kernels
	// before Linux 5.14 refuse it; the heap then faults as before.
	//
	// That thread then sets up the runtime's lists of spans
	// (warmSpanSets), its garbage landing in the heap just faulted in;
	// not where the heap could not be faulted in ahead (its garbage would
	// cost a fault a page), nor with a single processor, where the main
	// thread would wait for it.
	if from, to := frontier+hugePage, min(frontier+hugePage+populateAhead, end); from < to {
		populated.from, populated.to, populated.done = from, to, make(chan struct{})
		go func() {
			_, _, populated.errno = syscall.Syscall(syscall.SYS_MADVISE, from, to-from, madvPopulateWrite)
			close(populated.done)
			if populated.errno == 0 && runtime.GOMAXPROCS(0) > 1 {
				warmSpanSets()
			}
		}()
	}
}

// populated is the range the initialization faulted in ahead and the
// kernel's answer, for Populated.
var populated struct {
	from, to uintptr
	errno    syscall.Errno
	done     chan struct{}
}

// Populated waits until the heap the initialization faulted in ahead is
// in, and returns its range (zero where it faulted nothing in) and the
// kernel's error, if it refused.
func Populated() (from, to uintptr, err error) {
	if populated.done == nil {
		return 0, 0, nil
	}
	<-populated.done
	if populated.errno != 0 {
		err = populated.errno
	}
	return populated.from, populated.to, err
}

// heapProbe holds the objects whose addresses say where the heap is: an
// object held only by a local variable would be put on the stack.
var heapProbe []byte

// Advised returns the range of the heap that the initialization advised
// for huge pages (zero where it advised nothing) and the top of the stack
// it grew to map it.
func Advised() (start, end, top uintptr) {
	return advised.start, advised.end, advised.top
}

// MapHeap makes the runtime map Ahead bytes of heap (LargeAhead if large)
// ahead of its needs, free, and asks the kernel to back the heap mapped
// so far with transparent huge pages, so that the allocations that
// follow, which the runtime places at the lowest free addresses, land in
// memory faulted in 2 MB at a time. Where transparent huge pages are off
// the advice does nothing.
//
// The advice must come after the runtime has mapped the memory: it maps
// heap with mmap(MAP_FIXED), which drops advice given to the reserved
// range. The memory is mapped by a goroutine whose stack, which the
// runtime takes from the heap, grows to the size asked for in one step
// (bigFrame) and is given back, untouched, as the goroutine ends. A large
// heap object would instead stay allocated until a collection, and a
// collection costs more than the huge pages save.
//
// It returns the range it advised (nothing, if the addresses make no
// sense) and, for tests, an address near the top of the stack it grew.
func MapHeap(large bool) (start, end, top uintptr) {
	ahead := uintptr(Ahead)
	frame := bigFrame
	if large {
		ahead, frame = LargeAhead, bigFrameLarge
	}
	done := make(chan uintptr)
	go func() { done <- frame() }()
	top = <-done
	heapProbe = make([]byte, 64)
	heap := uintptr(unsafe.Pointer(&heapProbe[0]))
	heapProbe = nil
	// From the start of the heap's arena to the top of the stack.
	start = min(heap, top-ahead) &^ (arena - 1)
	end = (top + hugePage) &^ (hugePage - 1)
	if start >= end || end-start > 16*arena {
		return 0, 0, top
	}
	syscall.Syscall(syscall.SYS_MADVISE, start, end-start, madvHugepage)
	return start, end, top
}

// bigFrame returns an address near the top of its goroutine's stack,
// after making that stack grow to more than Ahead/2 bytes: its frame
// holds the arguments of a call to bigArgument, made on a path never
// taken, so the frame is reserved (and the stack grown to the next power
// of two, Ahead) but never written.
//
//go:noinline
func bigFrame() uintptr {
	var x byte
	top := uintptr(unsafe.Pointer(&x))
	if neverTrue {
		x = bigArgument([Ahead / 2]byte{})
	}
	return top + uintptr(x)
}

//go:noinline
func bigArgument(a [Ahead / 2]byte) byte { return a[len(a)-1] }

// bigFrameLarge is bigFrame for a stack of LargeAhead bytes. The frame's
// size has to be a constant, hence two functions.
//
//go:noinline
func bigFrameLarge() uintptr {
	var x byte
	top := uintptr(unsafe.Pointer(&x))
	if neverTrue {
		x = bigArgumentLarge([LargeAhead / 2]byte{})
	}
	return top + uintptr(x)
}

//go:noinline
func bigArgumentLarge(a [LargeAhead / 2]byte) byte { return a[len(a)-1] }

// neverTrue is false; the compiler cannot know that, so it keeps the
// calls in bigFrame and bigFrameLarge.
var neverTrue bool
