//go:build unix

package rollup

import (
	"bytes"
	"io/fs"
	"syscall"
)

// readFile reads the file at path, reporting tooBig, with no data, when it
// holds more than limit bytes: a regular file in one read into a buffer of
// its size (and one that finds its end), anything else up to the limit.
//
// A roll-up reads a hundred thousand small files, and os.Open costs a
// file about twice the system calls made here (it tries the file with the
// network poller and sets and clears its blocking mode), each some
// microseconds on a virtual machine.
func readFile(path string, limit int64) (data []byte, tooBig bool, err error) {
	var fd int
	for {
		fd, err = syscall.Open(path, syscall.O_RDONLY|syscall.O_CLOEXEC, 0)
		if err != syscall.EINTR {
			break
		}
	}
	if err != nil {
		return nil, false, &fs.PathError{Op: "open", Path: path, Err: err}
	}
	defer syscall.Close(fd)
	size := int64(bytes.MinRead)
	var st syscall.Stat_t
	if syscall.Fstat(fd, &st) == nil && st.Mode&syscall.S_IFMT == syscall.S_IFREG {
		if st.Size > limit {
			return nil, true, nil
		}
		size = st.Size + 1 // and the read that finds the end
	}
	data = make([]byte, 0, size)
	for {
		if len(data) == cap(data) {
			data = append(data, 0)[:len(data)]
		}
		n, err := syscall.Read(fd, data[len(data):cap(data)])
		switch {
		case err == syscall.EINTR:
			continue
		case err != nil:
			return nil, false, &fs.PathError{Op: "read", Path: path, Err: err}
		case n == 0:
			return data, false, nil
		}
		data = data[:len(data)+n]
		if int64(len(data)) > limit {
			return nil, true, nil
		}
	}
}
