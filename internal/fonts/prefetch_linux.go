package fonts

import "syscall"

// madvPopulateRead is MADV_POPULATE_READ (Linux 5.14): map the pages of a
// range now, reading them from disk if need be.
const madvPopulateRead = 22

// prefetch maps the pages of the given ranges of a mapped font file with
// one system call each, where a layout and a subset would otherwise take
// a page fault for every few pages they touch; Load calls it, in the
// background of a render. An older kernel refuses the advice, which
// changes nothing.
func prefetch(data []byte, spans ...span) {
	page := uint32(syscall.Getpagesize())
	for _, s := range spans {
		if s.len == 0 || uint64(s.off)+uint64(s.len) > uint64(len(data)) {
			continue
		}
		start := s.off &^ (page - 1)
		syscall.Madvise(data[start:s.off+s.len], madvPopulateRead)
	}
}
