// Package atomicfile writes output files so that a reader, or a crash, never
// sees half a file: the content goes to a temporary file in the target's
// directory, is synced, and is renamed over the target in one step. An
// earlier file at the target survives any failure before the rename.
package atomicfile

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
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
	f, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("无法在 %s 中写文件:%v", dir, err)
	}
	tmp := f.Name()
	defer func() {
		if err != nil {
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
	if err = os.Chmod(tmp, 0o644); err != nil {
		return fmt.Errorf("写入 %s 失败:%v", path, err)
	}
	if err = os.Rename(tmp, path); err != nil {
		return fmt.Errorf("无法把结果写到 %s:%v", path, err)
	}
	return nil
}

// WriteBytes writes data to path atomically.
func WriteBytes(path string, data []byte) error {
	return Write(path, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}
