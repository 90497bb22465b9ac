// Package atomicfile writes output files so that a reader, or a crash, never
// sees half a file: the content goes to a temporary file in the target's
// directory, is synced, and is renamed over the target in one step. An
// earlier file at the target survives any failure before the rename, even
// the process being killed; the temporary file such a kill leaves behind
// (".NAME.<digits>.tmp") is removed by the next write to NAME once it is a
// minute old (Sweep does the same for many targets of one directory at once).
//
// Only a regular file can be replaced that way. What Write does with every
// other kind of target is a deliberate policy (see Classify):
//
//   - a character device (/dev/null, a terminal) or a named pipe (FIFO) is
//     written to directly, as a stream: replacing it would put a regular
//     file where the device or pipe was;
//   - a symbolic link is followed: the file it points to is replaced, in
//     that file's directory, and the link stays a link; a link that points
//     nowhere is refused;
//   - a block device (a disk), a socket or a directory is refused.
//
// An existing regular file is also refused when it is read-only (unless
// Options.Force), when Options.NoClobber is set, and when it belongs to
// another user and replacing it would hand it to the writing user: the
// replacement keeps the owner, the group and the permissions of the file
// it replaces, or is not made.
package atomicfile

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
	"time"

	"zongjie/internal/oserr"
)

// Options say how Write treats an existing target. The zero value replaces
// any writable regular file and sweeps the stale temporary files of the
// target first.
type Options struct {
	// NoClobber refuses to replace an existing file: Write fails with an
	// error that Is ErrExist, also when the file appears during the write.
	NoClobber bool
	// Force replaces a read-only file (keeping it read-only).
	Force bool
	// PlainOnly writes regular files only, at the path itself: a symbolic
	// link, a device or a pipe there is refused. For files named by the
	// program (a batch's reports), not by the user: something planted in
	// an output directory must not send a report elsewhere, or block it.
	PlainOnly bool
	// NoSweep skips removing the stale temporary files of the target. A
	// caller that writes many files into one directory sweeps it once with
	// Sweep instead of reading the directory again for every file.
	NoSweep bool
}

// ErrExist is what a refused NoClobber write Is.
var ErrExist = os.ErrExist

// Write calls fill with a writer for a temporary file beside path and, when
// fill succeeds, renames the file to path; see the package comment for what
// happens when path is not a regular file.
func Write(path string, fill func(w io.Writer) error) error {
	return Options{}.Write(path, fill)
}

// WriteBytes writes data to path like Write.
func WriteBytes(path string, data []byte) error {
	return Options{}.WriteBytes(path, data)
}

// WriteBytes writes data to path like Write.
func (o Options) WriteBytes(path string, data []byte) error {
	return o.Write(path, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}

// Write writes path as the options say: atomically for a regular file,
// streamed to a device or pipe, refused for the rest.
func (o Options) Write(path string, fill func(w io.Writer) error) error {
	t, fi, err := o.check(path)
	if err != nil {
		return err
	}
	if t.Kind == Stream {
		return stream(t, fill)
	}
	return o.replace(t, fi, fill)
}

// Check tells, before any work, whether Write would refuse path, and what
// kind of target it is. Write checks again: the file system may change in
// between.
func (o Options) Check(path string) (Target, error) {
	t, _, err := o.check(path)
	return t, err
}

// check classifies path and applies the options' refusals to an existing
// regular file, which it returns (nil for other targets).
func (o Options) check(path string) (Target, os.FileInfo, error) {
	t, err := Classify(path)
	switch {
	case o.PlainOnly && t.Link:
		return t, nil, fmt.Errorf("%s 是符号链接;这里只写普通文件,不写到链接指向的地方,请删去这个链接", path)
	case err != nil:
		return t, nil, err
	case o.PlainOnly && t.Kind == Stream:
		return t, nil, fmt.Errorf("%s 不是普通文件(是设备或管道);这里只写普通文件,请删去它", path)
	case t.Kind != File:
		return t, nil, nil
	}
	fi, err := os.Stat(t.Path)
	if err != nil {
		return t, nil, fmt.Errorf("无法访问 %s:%s", t.Path, oserr.Text(err))
	}
	if o.NoClobber {
		return t, nil, &exists{path}
	}
	if readOnly(t.Path, fi) && !o.Force {
		return t, nil, fmt.Errorf("%s 是只读文件(权限 %04o),没有覆盖;确需覆盖请加 --force,或换一个输出文件名", path, fi.Mode().Perm())
	}
	if err := ownerCheck(path, fi); err != nil {
		return t, nil, err
	}
	return t, fi, nil
}

// exists is the NoClobber refusal.
type exists struct{ path string }

func (e *exists) Error() string {
	return fmt.Sprintf("%s 已经存在,按 --no-clobber 没有覆盖", e.path)
}

func (e *exists) Is(target error) bool { return target == ErrExist }

// replace writes t.Path atomically; old is the file it replaces, nil when
// there is none.
func (o Options) replace(t Target, old os.FileInfo, fill func(w io.Writer) error) (err error) {
	dir := filepath.Dir(t.Path)
	if !o.NoSweep {
		stem := tempStem(filepath.Base(t.Path))
		removeStale(dir, func(s string) bool { return s == stem }, time.Now().Add(-staleAge))
	}
	f, err := createTemp(dir, filepath.Base(t.Path))
	if err != nil {
		return err
	}
	tmp := f.Name()
	done := false
	defer func() {
		// Also on a panic in fill: no temp file outlives a failed write.
		if !done {
			f.Close()
			os.Remove(tmp)
			forget(tmp)
		}
	}()
	if err = fill(f); err != nil {
		return writeError(t, err)
	}
	if err = f.Sync(); err != nil {
		return fmt.Errorf("写入 %s 失败:%s", t.Shown, oserr.Text(err))
	}
	if err = f.Close(); err != nil {
		return fmt.Errorf("写入 %s 失败:%s", t.Shown, oserr.Text(err))
	}
	mode := os.FileMode(0o644)
	if old != nil {
		mode = old.Mode().Perm() // a rewritten report keeps its permissions
		if err := keepOwner(tmp, t.Shown, old); err != nil {
			return err
		}
	}
	if err = os.Chmod(tmp, mode); err != nil {
		return fmt.Errorf("写入 %s 失败:%s", t.Shown, oserr.Text(err))
	}
	if err = commit(tmp, t.Path, o.NoClobber); err != nil {
		if errors.Is(err, ErrExist) {
			return &exists{t.Shown}
		}
		return fmt.Errorf("无法把结果写到 %s:%s", t.Shown, oserr.Text(err))
	}
	done = true
	return nil
}

// stream writes straight to a device or pipe.
func stream(t Target, fill func(w io.Writer) error) error {
	f, err := os.OpenFile(t.Path, os.O_WRONLY|t.flags, 0)
	if err != nil {
		return fmt.Errorf("无法写入 %s:%s", t.Shown, oserr.Text(err))
	}
	if err := fill(f); err != nil {
		f.Close()
		return writeError(t, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("写入 %s 失败:%s", t.Shown, oserr.Text(err))
	}
	return nil
}

// writeError words an error of fill: the writer's own errors (a report
// that cannot be laid out) pass as they are; a failed write (a full disk,
// a closed pipe) says where it failed, in Chinese.
func writeError(t Target, err error) error {
	var pe *fs.PathError
	var errno syscall.Errno
	if errors.As(err, &pe) || errors.As(err, &errno) {
		return fmt.Errorf("写入 %s 失败:%s", t.Shown, oserr.Text(err))
	}
	return err
}

// staleAge is how old a temporary file of an earlier write must be before
// a later write to the same target removes it. A process killed outright
// (SIGKILL, power loss) cannot remove its own; a minute is far longer than
// any write takes, so a temporary file that old belongs to no live write.
const staleAge = time.Minute
