// Package startup prepares the memory of a zongjie process before the
// other packages initialize.
//
// On the virtual machines zongjie is measured on, the first touch of a
// fresh 4 KB page costs 10–15 µs (a page fault); a 2 MB transparent huge
// page costs about as much as thirty of them and then serves 512 pages.
// So the heap is mapped ahead and advised for huge pages (MapHeap). That
// used to happen in main, after the packages' initialization had already
// touched some 300 pages of heap, one fault each: goldmark's tables, the
// record types' field caches, the regular expressions. Done here, those
// land in huge pages too. Measured on the yongjia PDF, each run alternating
// with pandoc + wkhtmltopdf as bench/run.sh does (medians of 15, 2 shared
// cores): page faults about 1 050 → 540, wall time 39.3 → 35.4 ms; the
// initialization of goldmark/util and goldmark/parser, which was mostly
// page faults, 3.3 → 0.5 ms (GODEBUG=inittrace=1). The next 8 MB of heap
// are then faulted in on another thread while the other packages
// initialize (see init): right after a large process has exited, a huge
// page's first fault costs milliseconds on these machines. That thread
// then has the runtime set up its lists of spans (warmSpanSets), whose
// memory outside the heap the main thread would otherwise fault in, a
// page at a time, as it allocates. Before all that, init has another
// thread map the program's own code and read-only data in one call per
// mapping (populateProgram), which the process would otherwise fault in
// 64 KB at a time as it runs.
//
// Go initializes packages in the order of their import paths, each once
// the packages it imports are (the language specification, "Package
// initialization"). This package imports only syscall, unsafe, runtime
// (initialized before every package) and slices and sync/atomic (which
// syscall imports too), and its path sorts before every other package
// zongjie links, so it initializes as soon as syscall has: before zongjie's own packages and before its
// dependencies build their tables (only a package that imports nothing can
// come first; internal/cli's TestStartupInitializesFirst checks that none
// of those allocates more than a few kilobytes). That is why it is a
// module of its own, required by zongjie's go.mod and replaced by this
// directory: no path under "zongjie/" could sort first.
package startup
