// Package atomicfile writes output files so that a reader, or a crash, never
// sees half a file: the content goes to a temporary file in the target's
// directory, is synced, and is renamed over the target in one step. An
// earlier file at the target survives any failure before the rename, even
// the process being killed; the temporary file such a kill leaves behind
// (".NAME.<digits>.tmp") is removed by the next write to NAME once it is a
// minute old.
package atomicfile

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// Write calls fill with a writer for a temporary file beside path and, when
// fill succeeds, renames the file to path. The file gets mode 0644.
func Write(path string, fill func(w io.Writer) error) (err error) {
	dir := filepath.Dir(path)
	st, err := os.Stat(dir)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return fmt.Errorf("输出目录 %s 不存在,请先创建它", dir)
		}
		return fmt.Errorf("无法访问输出目录 %s:%v", dir, err)
	}
	if !st.IsDir() {
		return fmt.Errorf("%s 不是目录", dir)
	}
	if fi, err := os.Stat(path); err == nil && fi.IsDir() {
		return fmt.Errorf("%s 是一个目录,请给出文件名", path)
	}
	removeStale(dir, filepath.Base(path), time.Now().Add(-staleAge))
	f, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("无法在 %s 中写文件:%v", dir, err)
	}
	tmp := f.Name()
	renamed := false
	defer func() {
		// Also on a panic in fill: no temp file outlives a failed write.
		if !renamed {
			f.Close()
			os.Remove(tmp)
		}
	}()
	if err = fill(f); err != nil {
		return err
	}
	if err = f.Sync(); err != nil {
		return fmt.Errorf("写入 %s 失败:%v", path, err)
	}
	if err = f.Close(); err != nil {
		return fmt.Errorf("写入 %s 失败:%v", path, err)
	}
	mode := os.FileMode(0o644)
	if fi, err := os.Stat(path); err == nil {
		mode = fi.Mode().Perm() // a rewritten report keeps its permissions
	}
	if err = os.Chmod(tmp, mode); err != nil {
		return fmt.Errorf("写入 %s 失败:%v", path, err)
	}
	if err = os.Rename(tmp, path); err != nil {
		return fmt.Errorf("无法把结果写到 %s:%v", path, err)
	}
	renamed = true
	return nil
}

// staleAge is how old a temporary file of an earlier write must be before
// a later write to the same target removes it. A process killed outright
// (SIGKILL, power loss) cannot remove its own; a minute is far longer than
// any write takes, so a temporary file that old belongs to no live write.
const staleAge = time.Minute

// removeStale removes the temporary files ".BASE.<digits>.tmp" in dir that
// earlier writes to BASE left behind and that were last modified before
// cutoff. Failures are ignored: the files are litter, not data.
func removeStale(dir, base string, cutoff time.Time) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	prefix := "." + base + "."
	for _, e := range entries {
		name := e.Name()
		if !strings.HasPrefix(name, prefix) || !strings.HasSuffix(name, ".tmp") || !e.Type().IsRegular() {
			continue
		}
		mid := strings.TrimSuffix(strings.TrimPrefix(name, prefix), ".tmp")
		if mid == "" || strings.Trim(mid, "0123456789") != "" {
			continue
		}
		if info, err := e.Info(); err == nil && info.ModTime().Before(cutoff) {
			os.Remove(filepath.Join(dir, name))
		}
	}
}

// WriteBytes writes data to path atomically.
func WriteBytes(path string, data []byte) error {
	return Write(path, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}
