package main

import (
	"os"
	"path/filepath"
	"syscall"
)

// emptyCaches returns a function that empties the page cache before a
// cold run and says how: the whole cache through /proc/sys/vm/drop_caches
// where this process may write it (as root), else each of files and every
// font file under fontDirs through posix_fadvise(POSIX_FADV_DONTNEED),
// which any user may ask for the files they can read (pages of a file in
// use by another process may stay).
func emptyCaches(files, fontDirs []string) func() string {
	return func() string {
		syscall.Sync()
		if err := os.WriteFile("/proc/sys/vm/drop_caches", []byte("3"), 0); err == nil {
			return "清空整个页缓存(sync 后写 /proc/sys/vm/drop_caches)"
		}
		all := append([]string(nil), files...)
		for _, d := range fontDirs {
			filepath.WalkDir(d, func(path string, e os.DirEntry, err error) error {
				if err == nil && !e.IsDir() {
					all = append(all, path)
				}
				return nil
			})
		}
		for _, f := range all {
			fadviseDontNeed(f)
		}
		return "无权清空整个页缓存,改为用 posix_fadvise(POSIX_FADV_DONTNEED)逐个清出 zongjie、数据文件和全部字体文件的页"
	}
}
