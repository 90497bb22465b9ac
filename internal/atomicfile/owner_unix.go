//go:build unix

package atomicfile

import (
	"fmt"
	"os"
	"syscall"
)

// readOnly reports whether the file at path, described by fi, is one its
// owner marked read-only or one this process may not write. Root may write
// any file, so a file with no write permission for anyone counts as
// read-only whoever asks.
func readOnly(path string, fi os.FileInfo) bool {
	if fi.Mode().Perm()&0o222 == 0 {
		return true
	}
	const wOK = 2
	return syscall.Access(path, wOK) != nil
}

// ownerCheck refuses, before any work, to replace a file of another user
// that this process could not give back to that user.
func ownerCheck(shown string, fi os.FileInfo) error {
	st, ok := fi.Sys().(*syscall.Stat_t)
	if !ok || int(st.Uid) == os.Geteuid() || os.Geteuid() == 0 {
		return nil
	}
	return otherOwner(shown, int(st.Uid))
}

func otherOwner(shown string, uid int) error {
	return fmt.Errorf("%s 属于另一个用户(用户号 %d),替换它会使它改归当前用户所有,没有覆盖;请换一个输出文件名,或请文件的主人处理", shown, uid)
}

// keepOwner gives the temporary file tmp the owner and group of the file
// it replaces. A file of another user that cannot be given back is not
// replaced; a group that cannot be kept is left as the directory gives it.
func keepOwner(tmp, shown string, old os.FileInfo) error {
	st, ok := old.Sys().(*syscall.Stat_t)
	if !ok {
		return nil
	}
	uid, gid := int(st.Uid), int(st.Gid)
	if uid != os.Geteuid() {
		if err := os.Lchown(tmp, uid, gid); err != nil {
			return otherOwner(shown, uid)
		}
		return nil
	}
	if ti, err := os.Lstat(tmp); err == nil {
		if ts, ok := ti.Sys().(*syscall.Stat_t); ok && int(ts.Gid) != gid {
			_ = os.Lchown(tmp, -1, gid)
		}
	}
	return nil
}
