//go:build unix

package oserr

import "syscall"

// errnoText words the errnos file and device work meets, each as what
// happened and, where there is one, what to do.
var errnoText = map[syscall.Errno]string{
	syscall.EACCES:       "没有权限;请检查文件和所在目录的权限,或换一个位置",
	syscall.EPERM:        "操作不允许(没有权限,或文件被设为不可修改)",
	syscall.ENOENT:       "文件或目录不存在",
	syscall.EEXIST:       "已经存在",
	syscall.ENOTDIR:      "路径中有一段不是目录",
	syscall.EISDIR:       "这是一个目录",
	syscall.ENOSPC:       "磁盘空间不足;请清理磁盘或换一个位置",
	syscall.EDQUOT:       "超出了磁盘配额;请清理文件或换一个位置",
	syscall.EROFS:        "所在的文件系统是只读的;请换一个可写的位置",
	syscall.EMFILE:       "打开的文件太多;请减小 --jobs,或用 ulimit -n 调高上限",
	syscall.ENFILE:       "系统打开的文件太多;请稍后再试",
	syscall.ENAMETOOLONG: "文件名或路径太长",
	syscall.ELOOP:        "符号链接层数太多(可能指向自身)",
	syscall.EIO:          "读写出错(磁盘、U 盘或网络盘可能有故障)",
	syscall.EBUSY:        "设备或文件正忙",
	syscall.ETXTBSY:      "文件正在被执行,不能写入",
	syscall.EXDEV:        "不能跨磁盘移动文件",
	syscall.EPIPE:        "读取输出的程序已经退出(管道已关闭)",
	syscall.ENXIO:        "设备不存在,或没有程序在读这个管道",
	syscall.ENODEV:       "设备不存在",
	syscall.EFBIG:        "文件太大",
	syscall.EINVAL:       "参数无效(这种文件或设备不支持这个操作)",
	syscall.ENOMEM:       "内存不足",
	syscall.EAGAIN:       "资源暂时不可用;请稍后再试",
	syscall.EINTR:        "操作被中断",
	syscall.ENOTEMPTY:    "目录不是空的",
	syscall.ESTALE:       "网络文件已失效;请重新挂载后再试",
	syscall.ETIMEDOUT:    "连接超时",
	syscall.ENOTSUP:      "这种文件系统不支持这个操作",
	syscall.EBADF:        "文件没有以可写(或可读)的方式打开",
	syscall.ESPIPE:       "这种文件不能定位读写(是管道或设备)",
	syscall.ECONNREFUSED: "连接被拒绝",
	syscall.ECONNRESET:   "连接被对方关闭",
	syscall.ENOLCK:       "没有可用的文件锁",
	syscall.EMLINK:       "链接数太多",
	syscall.ENOEXEC:      "不是可执行文件",
	syscall.E2BIG:        "参数太长",
	syscall.EFAULT:       "地址无效(程序内部错误,请报告给开发者)",
	syscall.ECHILD:       "没有子进程",
	syscall.ESRCH:        "进程不存在",
	syscall.EDEADLK:      "可能发生死锁,操作已取消",
	syscall.ERANGE:       "结果超出范围",
	syscall.ENOSYS:       "系统不支持这个功能",
	syscall.ENOTTY:       "这不是终端",
}
