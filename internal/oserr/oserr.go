// Package oserr words the operating system's errors in Chinese. The text an
// errno carries ("permission denied", "no space left on device") is English
// and names no remedy; Text replaces it with what happened and what to do,
// and Scrub rewrites such text where it already sits inside a message.
//
// Every place zongjie prints an error that may come from the file system
// passes it through Text or Scrub, so no errno text reaches a user.
package oserr

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"regexp"
	"sort"
	"strings"
	"sync"
	"syscall"
)

// Text returns err in Chinese. An error from the operating system (a
// *fs.PathError, *os.LinkError, *os.SyscallError or a bare errno) becomes
// the Chinese sentence for its errno, without the English operation and
// path (callers name the path themselves); any other error keeps its
// message with the OS errors inside it rewritten by Scrub.
func Text(err error) string {
	if err == nil {
		return ""
	}
	if s, ok := osText(err); ok {
		return s
	}
	msg := err.Error()
	// A wrapped OS error: replace its text where the message quotes it.
	for e := err; e != nil; e = errors.Unwrap(e) {
		if isOSError(e) {
			if s, ok := osText(e); ok {
				msg = strings.ReplaceAll(msg, e.Error(), s)
			}
			break
		}
	}
	return Scrub(msg)
}

// isOSError reports whether err is one of the wrappers the os package
// returns, or an errno.
func isOSError(err error) bool {
	switch err.(type) {
	case *fs.PathError, *os.LinkError, *os.SyscallError, syscall.Errno:
		return true
	}
	return false
}

// osText words err when it is an OS error at its top.
func osText(err error) (string, bool) {
	if !isOSError(err) && err != io.ErrUnexpectedEOF && err != io.ErrShortWrite && err != os.ErrDeadlineExceeded && err != fs.ErrClosed {
		return "", false
	}
	var errno syscall.Errno
	if errors.As(err, &errno) {
		if s, ok := errnoText[errno]; ok {
			return s, true
		}
		return fmt.Sprintf("系统调用失败(错误号 %d)", int(errno)), true
	}
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return errnoText[syscall.ENOENT], true
	case errors.Is(err, fs.ErrPermission):
		return errnoText[syscall.EACCES], true
	case errors.Is(err, fs.ErrExist):
		return errnoText[syscall.EEXIST], true
	case errors.Is(err, fs.ErrClosed):
		return "文件已经关闭(程序内部错误,请报告给开发者)", true
	case errors.Is(err, os.ErrDeadlineExceeded):
		return "读写超时", true
	case errors.Is(err, io.ErrUnexpectedEOF):
		return "内容在中途意外结束(文件可能被截断或正在被写入)", true
	case errors.Is(err, io.ErrShortWrite):
		return "没能写完全部内容(磁盘可能已满)", true
	}
	// An OS wrapper around an error that is not an errno.
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return Text(pe.Err), true
	}
	return "系统调用失败", true
}

// opPath is the pattern of what *fs.PathError and *os.LinkError print before their
// errno: "open /a/b: ", "rename a b: ".
const opPath = `\b(open|read|write|close|stat|lstat|fstat|mkdir|mkdirat|rename|remove|unlinkat|chmod|fchmod|chown|fchown|lchown|readdir|readdirent|readlink|symlink|link|sync|fsync|seek|truncate|ftruncate|openat|fdopendir|mmap|munmap|chdir|getwd|utimes|chtimes|CreateTemp|MkdirTemp) ([^:\n]+): `

// Scrub rewrites the errno texts inside msg into Chinese, and drops the
// English operation before them ("open a.yaml: permission denied" becomes
// "a.yaml:没有权限", or only "没有权限" when msg names the path elsewhere).
// Text without errno text is returned unchanged.
func Scrub(msg string) string {
	sc := scrubber()
	if !sc.re.MatchString(msg) {
		return msg
	}
	return sc.re.ReplaceAllStringFunc(msg, func(m string) string {
		sub := sc.re.FindStringSubmatch(m)
		zh := sc.byEnglish[strings.ToLower(sub[len(sub)-1])]
		path := sub[2]
		if path == "" || strings.Count(msg, path) > 1 {
			return zh
		}
		return path + ":" + zh
	})
}

// scrub is what Scrub needs: re matches an errno text, with the operation
// and path that may come before it; byEnglish maps each errno's English
// text to its Chinese one.
type scrub struct {
	re        *regexp.Regexp
	byEnglish map[string]string
}

// scrubber builds the scrub tables on first use, not at every start.
var scrubber = sync.OnceValue(func() scrub {
	sc := scrub{byEnglish: map[string]string{}}
	eng := make([]string, 0, len(errnoText))
	for errno, zh := range errnoText {
		s := errno.Error()
		if _, dup := sc.byEnglish[s]; dup || s == "" || strings.HasPrefix(s, "errno ") {
			continue
		}
		sc.byEnglish[s] = zh
		eng = append(eng, regexp.QuoteMeta(s))
	}
	// Longer texts first, so that one that begins another is not matched
	// in its place.
	sort.Slice(eng, func(i, j int) bool {
		if len(eng[i]) != len(eng[j]) {
			return len(eng[i]) > len(eng[j])
		}
		return eng[i] < eng[j]
	})
	sc.re = regexp.MustCompile(`(?:` + opPath + `)?(?i:(` + strings.Join(eng, "|") + `))`)
	return sc
})
