package report

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Export writes the default templates into dir (created if needed) for a
// user to edit, with the template reference (ReferenceFile) beside them. It refuses, before writing anything, when any of the files
// already exists there; ExportOverwrite replaces them. Each file is written
// to a temporary file and moved into place, so a file is never left half
// written.
func Export(dir string) error { return export(dir, false) }

// ExportOverwrite writes the default templates into dir like Export, but
// replaces files of the same name.
func ExportOverwrite(dir string) error { return export(dir, true) }

func export(dir string, overwrite bool) error {
	files, err := defaultFiles()
	if err != nil {
		return err
	}
	files[ReferenceFile] = Reference()
	names := make([]string, 0, len(files))
	for n := range files {
		names = append(names, n)
	}
	sort.Strings(names)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("无法创建目录 %s:%w", dir, unwrapPath(err))
	}
	if !overwrite {
		var exist []string
		for _, n := range names {
			if _, err := os.Lstat(filepath.Join(dir, n)); err == nil {
				exist = append(exist, n)
			}
		}
		if len(exist) > 0 {
			return fmt.Errorf("%s 中已有 %s;为免覆盖你修改过的模板,没有导出任何文件(确需覆盖请加 --force)",
				dir, strings.Join(exist, "、"))
		}
	}
	for _, n := range names {
		if err := writeAtomic(filepath.Join(dir, n), []byte(files[n]), overwrite); err != nil {
			return err
		}
	}
	return nil
}

// writeAtomic writes data to a temporary file beside path and moves it into
// place; without overwrite it fails if path exists, even if it appeared
// after the check.
func writeAtomic(path string, data []byte, overwrite bool) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("无法写入 %s:%w", path, unwrapPath(err))
	}
	name := tmp.Name()
	defer os.Remove(name)
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return fmt.Errorf("无法写入 %s:%w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("无法写入 %s:%w", path, err)
	}
	if err := os.Chmod(name, 0o644); err != nil {
		return fmt.Errorf("无法写入 %s:%w", path, unwrapPath(err))
	}
	if overwrite {
		if err := os.Rename(name, path); err != nil {
			return fmt.Errorf("无法写入 %s:%w", path, unwrapPath(err))
		}
		return nil
	}
	// A hard link fails if path exists: no window in which a file the user
	// just created could be replaced.
	if err := os.Link(name, path); err != nil {
		if errors.Is(err, fs.ErrExist) {
			return fmt.Errorf("%s 已存在,没有覆盖", path)
		}
		if _, serr := os.Lstat(path); serr == nil {
			return fmt.Errorf("%s 已存在,没有覆盖", path)
		}
		if err := os.Rename(name, path); err != nil {
			return fmt.Errorf("无法写入 %s:%w", path, unwrapPath(err))
		}
	}
	return nil
}
