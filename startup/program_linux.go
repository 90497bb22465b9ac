package startup

import (
	"slices"
	"syscall"
	"unsafe"
)

const madvPopulateRead = 22 // MADV_POPULATE_READ, Linux 5.14 and later

// populateProgram maps every page of the program's code and read-only
// data (the read-only mappings of its executable file) in one call per
// mapping, and returns the range of the code and the kernel's answer
// (zero when it did them all).
//
// Without it the process faults those pages in as it first runs each
// function and reads each table, 64 KB at a time (the kernel's
// fault-around): about 150 faults in a PDF run, each a trap on the thread
// that runs the code. With the file in the page cache, as it is after
// the first run, the calls map all of it (about 10 MB) in 1 to 1.5 ms, on
// another thread while the main one initializes the packages; about 60 of
// those faults are spared, the rest come before it is done. The pages
// stay the page cache's, shared and not copied; after a restart the first
// run reads the whole program from disk this way (measured no slower).
func populateProgram() (from, to uintptr, errno syscall.Errno) {
	maps, errno := readFile("/proc/self/maps")
	if errno != 0 {
		return 0, 0, errno
	}
	own, ok := mappingOf(maps, codeAddress())
	if !ok {
		return 0, 0, syscall.ENOENT
	}
	for line := range lines(maps) {
		m, ok := parseMapping(line)
		if !ok || m.file != own.file || m.perms[0] != 'r' || m.perms[1] != '-' {
			continue // another file's, or writable (its pages are copied on write)
		}
		if m.perms[2] == 'x' {
			from, to = m.start, m.end
		}
		if _, _, e := syscall.Syscall(syscall.SYS_MADVISE, m.start, m.end-m.start, madvPopulateRead); e != 0 && errno == 0 {
			errno = e
		}
	}
	return from, to, errno
}

// program is what populateProgram did, for ProgramPopulated.
var program struct {
	from, to uintptr
	errno    syscall.Errno
	done     chan struct{}
}

// ProgramPopulated waits until the program's code and read-only data are
// mapped, and returns the range of its code and the kernel's error, if it
// refused.
func ProgramPopulated() (from, to uintptr, err error) {
	<-program.done
	if program.errno != 0 {
		err = program.errno
	}
	return program.from, program.to, err
}

// mapping is one line of /proc/self/maps.
type mapping struct {
	start, end uintptr
	perms      string
	file       string // device and inode: the same for every mapping of one file
}

// mappingOf returns the mapping of maps that holds addr.
func mappingOf(maps []byte, addr uintptr) (mapping, bool) {
	for line := range lines(maps) {
		if m, ok := parseMapping(line); ok && m.start <= addr && addr < m.end {
			return m, m.file != ""
		}
	}
	return mapping{}, false
}

// parseMapping parses "START-END PERMS OFFSET DEV INODE [PATH]"; file is
// empty for an anonymous mapping (inode 0).
func parseMapping(line []byte) (mapping, bool) {
	var f [5][]byte
	for i := range f {
		for len(line) > 0 && line[0] == ' ' {
			line = line[1:]
		}
		n := 0
		for n < len(line) && line[n] != ' ' && line[n] != '\n' {
			n++
		}
		if n == 0 {
			return mapping{}, false
		}
		f[i], line = line[:n], line[n:]
	}
	if len(f[1]) != 4 {
		return mapping{}, false
	}
	dash := 0
	for dash < len(f[0]) && f[0][dash] != '-' {
		dash++
	}
	if dash == len(f[0]) {
		return mapping{}, false
	}
	m := mapping{perms: string(f[1])}
	var ok bool
	if m.start, ok = parseHex(f[0][:dash]); !ok {
		return mapping{}, false
	}
	if m.end, ok = parseHex(f[0][dash+1:]); !ok || m.end <= m.start {
		return mapping{}, false
	}
	if string(f[4]) != "0" {
		m.file = string(f[3]) + " " + string(f[4])
	}
	return m, true
}

// lines yields the lines of b, each with its newline.
func lines(b []byte) func(func([]byte) bool) {
	return func(yield func([]byte) bool) {
		for len(b) > 0 {
			n := 0
			for n < len(b) && b[n] != '\n' {
				n++
			}
			if n < len(b) {
				n++
			}
			if !yield(b[:n]) {
				return
			}
			b = b[n:]
		}
	}
}

// parseHex parses a hexadecimal address.
func parseHex(b []byte) (uintptr, bool) {
	var v uintptr
	if len(b) == 0 || len(b) > 2*int(unsafe.Sizeof(v)) {
		return 0, false
	}
	for _, c := range b {
		switch {
		case '0' <= c && c <= '9':
			v = v<<4 | uintptr(c-'0')
		case 'a' <= c && c <= 'f':
			v = v<<4 | uintptr(c-'a'+10)
		default:
			return 0, false
		}
	}
	return v, true
}

// codeAddress returns the address of a function of this program: a func
// value points to a word holding its code's address.
func codeAddress() uintptr {
	f := codeAddress
	return **(**uintptr)(unsafe.Pointer(&f))
}

// readFile reads a whole file with system calls only (package os would
// initialize before this one).
func readFile(path string) ([]byte, syscall.Errno) {
	fd, err := syscall.Open(path, syscall.O_RDONLY|syscall.O_CLOEXEC, 0)
	if err != nil {
		return nil, errnoOf(err)
	}
	defer syscall.Close(fd)
	buf := make([]byte, 0, 8<<10)
	for {
		buf = slices.Grow(buf, 4<<10)
		n, err := syscall.Read(fd, buf[len(buf):cap(buf)])
		switch {
		case err == syscall.EINTR:
			continue
		case err != nil:
			return nil, errnoOf(err)
		case n == 0:
			return buf, 0
		}
		buf = buf[:len(buf)+n]
	}
}

// errnoOf returns the error number a system call failed with.
func errnoOf(err error) syscall.Errno {
	if e, ok := err.(syscall.Errno); ok {
		return e
	}
	return syscall.EIO
}
