package cnfmt

import "strconv"

// Bytes words a size in bytes for a message: "1.5 MB", "12.0 KB", "512
// 字节"; a whole number of megabytes or kilobytes is written whole ("64
// MB", "512 KB"), as limits are.
func Bytes(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return strconv.FormatInt(n>>20, 10) + " MB"
	case n >= 1<<10 && n < 1<<20 && n%(1<<10) == 0:
		return strconv.FormatInt(n>>10, 10) + " KB"
	case n >= 1<<20:
		return strconv.FormatFloat(float64(n)/(1<<20), 'f', 1, 64) + " MB"
	case n >= 1<<10:
		return strconv.FormatFloat(float64(n)/(1<<10), 'f', 1, 64) + " KB"
	}
	return strconv.FormatInt(n, 10) + " 字节"
}
