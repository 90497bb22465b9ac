package fonts

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"syscall"
)

// maxFontFile bounds the size of a font file. The largest CJK collections
// (every weight of a pan-CJK family in one .ttc) are a few hundred
// megabytes; anything larger is not a font.
const maxFontFile = 1 << 30

// openFontFile opens a font file for reading after checking, without
// opening it, that it is a regular file of at most maxFontFile bytes: a
// device (/dev/zero) would be read forever, and opening a FIFO blocks until
// something writes to it. The file is opened non-blocking and checked
// again, in case it was replaced in between.
func openFontFile(path string) (*os.File, fs.FileInfo, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, nil, fileError(path, err)
	}
	if err := checkRegular(path, st); err != nil {
		return nil, nil, err
	}
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, nil, fileError(path, err)
	}
	if st, err = f.Stat(); err != nil {
		f.Close()
		return nil, nil, fileError(path, err)
	}
	if err := checkRegular(path, st); err != nil {
		f.Close()
		return nil, nil, err
	}
	return f, st, nil
}

// checkRegular refuses what is not a regular file of a plausible size.
func checkRegular(path string, st fs.FileInfo) error {
	switch {
	case st.IsDir():
		return fmt.Errorf("字体文件 %s 是一个目录;请给出字体文件(.ttf 或 .ttc)的路径", path)
	case !st.Mode().IsRegular():
		return fmt.Errorf("%s 不是普通文件(是设备、管道或套接字),不能当作字体读取;请给出字体文件(.ttf 或 .ttc)的路径", path)
	case st.Size() > maxFontFile:
		return fmt.Errorf("字体文件 %s 有 %d 字节,超过了 %d MB 的上限,不像是字体;请换一个字体文件", path, st.Size(), maxFontFile>>20)
	case st.Size() == 0:
		return fmt.Errorf("字体文件 %s 是空的;请换一个字体文件", path)
	}
	return nil
}

// fileError words an error from opening or reading a font file in Chinese.
func fileError(path string, err error) error {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("找不到字体文件 %s;请检查路径", path)
	case errors.Is(err, fs.ErrPermission):
		return fmt.Errorf("没有权限读取字体文件 %s", path)
	case errors.Is(err, syscall.ENOTDIR):
		return fmt.Errorf("字体文件路径 %s 中有一段不是目录;请检查路径", path)
	case errors.Is(err, syscall.ENAMETOOLONG):
		return fmt.Errorf("字体文件路径 %s 太长", path)
	case errors.Is(err, syscall.ELOOP):
		return fmt.Errorf("字体文件路径 %s 中的符号链接绕成了圈", path)
	case errors.Is(err, syscall.EIO):
		return fmt.Errorf("读取字体文件 %s 时磁盘出错", path)
	}
	return fmt.Errorf("无法读取字体文件 %s(系统错误码 %s)", path, errnoName(err))
}

// errnoName returns the symbolic errno of err (EMFILE, ENOMEM, …), which
// a user can look up, instead of the system's English sentence.
func errnoName(err error) string {
	var en syscall.Errno
	if errors.As(err, &en) {
		return fmt.Sprintf("%d", int(en))
	}
	return "未知"
}
