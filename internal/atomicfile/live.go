package atomicfile

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"sync"

	"zongjie/internal/oserr"
)

// live tracks the temporary files of the writes in progress, so that a
// signal handler can remove them before the process exits (Abort).
var live = struct {
	sync.Mutex
	temps   map[string]bool
	aborted bool
	ready   <-chan struct{} // see WaitFor; nil: no wait
}{temps: map[string]bool{}}

// WaitFor makes every later write wait, before it creates its temporary
// file, until ready is closed. A process that installs its signal handler
// in the background calls it, so that no temporary file exists before
// the handler that would remove it (Abort) does.
func WaitFor(ready <-chan struct{}) {
	live.Lock()
	defer live.Unlock()
	live.ready = ready
}

// ErrAborted is what a write fails with once Abort was called.
var ErrAborted = errors.New("已中断,没有写出")

// Abort removes the temporary file of every write in progress and makes
// every later write fail with ErrAborted; no target is replaced after it
// returns. It is for a process that was told to stop (SIGINT, SIGTERM,
// SIGHUP) and is about to exit: earlier files stay as they were.
func Abort() {
	live.Lock()
	defer live.Unlock()
	live.aborted = true
	for tmp := range live.temps {
		os.Remove(tmp)
		delete(live.temps, tmp)
	}
}

// maxName is the longest file name (in bytes) most file systems accept.
const maxName = 255

// tempSuffixRoom is what a temporary name adds to its stem: the leading
// dot, the dot before up to ten random digits, and ".tmp".
const tempSuffixRoom = 1 + 1 + 10 + len(".tmp")

// tempStem is the part of a target's base name its temporary files carry:
// all of it, unless the temporary name would then be too long for the file
// system (a target name near the limit), when it is cut on a character
// boundary.
func tempStem(base string) string {
	n := maxName - tempSuffixRoom
	if len(base) <= n {
		return base
	}
	for n > 0 && base[n]&0xc0 == 0x80 {
		n--
	}
	return base[:n]
}

// createTemp creates the temporary file for a write to base in dir, once
// the signal handler that would remove it is in place (WaitFor).
func createTemp(dir, base string) (*os.File, error) {
	live.Lock()
	ready := live.ready
	live.Unlock()
	if ready != nil {
		<-ready
	}
	live.Lock()
	defer live.Unlock()
	if live.aborted {
		return nil, ErrAborted
	}
	f, err := os.CreateTemp(dir, "."+tempStem(base)+".*.tmp")
	if err != nil {
		return nil, fmt.Errorf("无法在 %s 中写文件:%s", dir, oserr.Text(err))
	}
	live.temps[f.Name()] = true
	return f, nil
}

// forget drops a temporary file that was removed.
func forget(tmp string) {
	live.Lock()
	defer live.Unlock()
	delete(live.temps, tmp)
}

// commit moves the finished temporary file to path: by rename, or, when
// an existing file must not be replaced, by a hard link, which fails if
// path exists (the check and the write are one step).
func commit(tmp, path string, noClobber bool) error {
	live.Lock()
	defer live.Unlock()
	if live.aborted {
		return ErrAborted
	}
	if noClobber {
		err := os.Link(tmp, path)
		if err == nil {
			os.Remove(tmp)
			delete(live.temps, tmp)
			return nil
		}
		if errors.Is(err, fs.ErrExist) {
			return ErrExist
		}
		// No hard links on this file system: check, then rename.
		if _, err := os.Lstat(path); err == nil {
			return ErrExist
		}
	}
	if err := os.Rename(tmp, path); err != nil {
		return err
	}
	delete(live.temps, tmp)
	return nil
}
