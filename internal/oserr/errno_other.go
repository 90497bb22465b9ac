//go:build !unix

package oserr

import "syscall"

// errnoText words the errnos Go defines on every system.
var errnoText = map[syscall.Errno]string{
	syscall.EACCES:       "没有权限;请检查文件和所在目录的权限,或换一个位置",
	syscall.EPERM:        "操作不允许(没有权限,或文件被设为不可修改)",
	syscall.ENOENT:       "文件或目录不存在",
	syscall.EEXIST:       "已经存在",
	syscall.ENOTDIR:      "路径中有一段不是目录",
	syscall.EISDIR:       "这是一个目录",
	syscall.ENOSPC:       "磁盘空间不足;请清理磁盘或换一个位置",
	syscall.EROFS:        "所在的文件系统是只读的;请换一个可写的位置",
	syscall.EMFILE:       "打开的文件太多;请减小 --jobs",
	syscall.ENAMETOOLONG: "文件名或路径太长",
	syscall.EIO:          "读写出错(磁盘、U 盘或网络盘可能有故障)",
	syscall.EPIPE:        "读取输出的程序已经退出(管道已关闭)",
	syscall.EINVAL:       "参数无效(这种文件或设备不支持这个操作)",
}
