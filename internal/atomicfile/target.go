package atomicfile

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"syscall"

	"zongjie/internal/oserr"
)

// Kind is what a write target is, and so how Write writes it.
type Kind int

// The kinds of target.
const (
	// NewFile: nothing is there yet; the file is created atomically.
	NewFile Kind = iota
	// File: an existing regular file, replaced atomically.
	File
	// Stream: a character device, a named pipe, or a file descriptor of
	// this process (/dev/fd/N, /dev/stdout), written directly.
	Stream
)

// Target is where a write goes.
type Target struct {
	Kind Kind
	// Path is the file written: for NewFile and File the path with any
	// symbolic links resolved, so the link itself stays.
	Path string
	// Shown is the path as the user gave it, for messages.
	Shown string
	// Link is set when the path itself is a symbolic link.
	Link  bool
	flags int // extra open flags of a Stream
}

// Classify says what path is as a write target, or why it cannot be one:
// a directory, a block device, a socket, a link that points nowhere, or a
// file in a directory that does not exist.
func Classify(path string) (Target, error) {
	t := Target{Kind: File, Path: path, Shown: path}
	li, err := os.Lstat(path)
	if errors.Is(err, fs.ErrNotExist) {
		t.Kind = NewFile
		return t, checkDir(filepath.Dir(path))
	}
	if err != nil {
		return t, fmt.Errorf("无法访问 %s:%s", path, oserr.Text(err))
	}
	fi := li
	link := li.Mode()&fs.ModeSymlink != 0
	t.Link = link
	if link {
		if fi, err = os.Stat(path); err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				dest, _ := os.Readlink(path)
				return t, fmt.Errorf("%s 是指向 %s 的符号链接,而那里没有文件;为免写到意想不到的地方,没有写出。请删去这个链接,或换一个输出文件名", path, dest)
			}
			return t, fmt.Errorf("无法访问 %s:%s", path, oserr.Text(err))
		}
	}
	m := fi.Mode()
	switch {
	case m.IsDir():
		return t, fmt.Errorf("%s 是一个目录,请给出文件名", path)
	case m&fs.ModeCharDevice != 0, m&fs.ModeNamedPipe != 0:
		t.Kind = Stream
		return t, nil
	case m&fs.ModeDevice != 0:
		return t, fmt.Errorf("%s 是磁盘设备;写到这里会毁掉上面的数据,没有写出。请给出一个文件名", path)
	case m&fs.ModeSocket != 0:
		return t, fmt.Errorf("%s 是一个套接字,不能写入;请给出一个文件名", path)
	case !m.IsRegular():
		return t, fmt.Errorf("%s 不是普通文件,不能写入;请给出一个文件名", path)
	}
	if link && isDescriptor(path) {
		// A regular file open in this process (a shell's "> out" seen as
		// /dev/stdout or /dev/fd/3): writing through the descriptor adds to
		// what the shell opened; replacing the file would write behind it.
		t.Kind, t.flags = Stream, os.O_APPEND
		return t, nil
	}
	if link {
		real, err := filepath.EvalSymlinks(path)
		if err != nil {
			return t, fmt.Errorf("无法访问 %s:%s", path, oserr.Text(err))
		}
		t.Path = real
	}
	return t, nil
}

// descriptorPath matches the names of this process's open files.
var descriptorPath = regexp.MustCompile(`^/(dev/(fd/\d+|stdout|stderr)|proc/(self|thread-self|\d+)/fd/\d+)$`)

// isDescriptor reports whether path names a file descriptor.
func isDescriptor(path string) bool {
	return descriptorPath.MatchString(filepath.Clean(path))
}

// checkDir checks that dir exists and is a directory.
func checkDir(dir string) error {
	st, err := os.Stat(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("输出目录 %s 不存在,请先创建它", dir)
	case errors.Is(err, syscall.ENOTDIR):
		return fmt.Errorf("输出目录 %s 的路径中有一段不是目录", dir)
	case err != nil:
		return fmt.Errorf("无法访问输出目录 %s:%s", dir, oserr.Text(err))
	case !st.IsDir():
		return fmt.Errorf("%s 不是目录", dir)
	}
	return nil
}
