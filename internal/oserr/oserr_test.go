//go:build unix

package oserr

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"regexp"
	"syscall"
	"testing"
)

func TestText(t *testing.T) {
	_, missing := os.Open("/no/such/file.yaml")
	for _, tc := range []struct {
		name string
		err  error
		want string
	}{
		{"path error", &fs.PathError{Op: "open", Path: "a.yaml", Err: syscall.EACCES}, errnoText[syscall.EACCES]},
		{"real missing file", missing, errnoText[syscall.ENOENT]},
		{"disk full", &fs.PathError{Op: "write", Path: "报告.pdf", Err: syscall.ENOSPC}, errnoText[syscall.ENOSPC]},
		{"read-only fs", &os.LinkError{Op: "rename", Old: "a", New: "b", Err: syscall.EROFS}, errnoText[syscall.EROFS]},
		{"too many files", os.NewSyscallError("socket", syscall.EMFILE), errnoText[syscall.EMFILE]},
		{"bare errno", syscall.EDQUOT, errnoText[syscall.EDQUOT]},
		{"unknown errno", syscall.Errno(4000), "系统调用失败(错误号 4000)"},
		{"wrapped", fmt.Errorf("无法写入 报告.pdf:%w", &fs.PathError{Op: "write", Path: "报告.pdf", Err: syscall.ENOSPC}),
			"无法写入 报告.pdf:" + errnoText[syscall.ENOSPC]},
		{"wrapped errno", fmt.Errorf("无法写入:%w", syscall.EROFS), "无法写入:" + errnoText[syscall.EROFS]},
		{"formatted with %v", fmt.Errorf("无法读取:%v", &fs.PathError{Op: "open", Path: "x.yaml", Err: syscall.EACCES}),
			"无法读取:x.yaml:" + errnoText[syscall.EACCES]},
		{"Chinese passes", errors.New("文件是空的"), "文件是空的"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := Text(tc.err); got != tc.want {
				t.Errorf("Text = %q, want %q", got, tc.want)
			}
		})
	}
	if Text(nil) != "" {
		t.Error("Text(nil) is not empty")
	}
}

func TestScrub(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"x.yaml: 无法读取:open x.yaml: permission denied", "x.yaml: 无法读取:" + errnoText[syscall.EACCES]},
		{"无法读取:open /tmp/数据.yaml: permission denied", "无法读取:/tmp/数据.yaml:" + errnoText[syscall.EACCES]},
		{"写入失败:no space left on device", "写入失败:" + errnoText[syscall.ENOSPC]},
		{"写入失败:Read-only file system", "写入失败:" + errnoText[syscall.EROFS]},
		{"无法写入:write 报告.md: too many open files", "无法写入:报告.md:" + errnoText[syscall.EMFILE]},
		{"数据无误", "数据无误"},
	} {
		if got := Scrub(tc.in); got != tc.want {
			t.Errorf("Scrub(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestNoEnglishLeft checks every errno's own text, as any wrapper prints
// it, comes out with no English word left.
func TestNoEnglishLeft(t *testing.T) {
	word := regexp.MustCompile(`[A-Za-z]{3,}`)
	flag := regexp.MustCompile(`--[a-z]+|ulimit -n`)
	for errno := range errnoText {
		for _, err := range []error{
			errno,
			&fs.PathError{Op: "open", Path: "报告", Err: errno},
			&os.LinkError{Op: "rename", Old: "甲", New: "乙", Err: errno},
			fmt.Errorf("写入失败:%w", &fs.PathError{Op: "write", Path: "报告", Err: errno}),
			fmt.Errorf("写入失败:%v", &fs.PathError{Op: "write", Path: "报告", Err: errno}),
		} {
			got := Text(err)
			// Flags and commands the advice names are not English prose.
			if w := word.FindString(flag.ReplaceAllString(got, "")); w != "" {
				t.Errorf("%v: %q keeps the English %q", errno, got, w)
			}
		}
	}
}
