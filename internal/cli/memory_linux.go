package cli

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"syscall"
)

// memoryCeiling returns the least of the memory ceilings set on this
// process, in bytes, and what sets it; 0 when there is none.
func memoryCeiling() (int64, string) {
	best, source := int64(0), ""
	consider := func(n int64, what string) {
		if n > 0 && (best == 0 || n < best) {
			best, source = n, what
		}
	}
	for _, l := range []struct {
		res  int
		name string
	}{{syscall.RLIMIT_AS, "ulimit -v"}, {syscall.RLIMIT_DATA, "ulimit -d"}} {
		var r syscall.Rlimit
		if syscall.Getrlimit(l.res, &r) == nil && r.Cur != ^uint64(0) && r.Cur < 1<<62 {
			consider(int64(r.Cur), l.name)
		}
	}
	consider(cgroupLimit(), "容器内存限制")
	return best, source
}

// cgroupLimit reads the memory limit of this process's cgroup (v2, else
// v1); 0 when there is none.
func cgroupLimit() int64 {
	f, err := os.Open("/proc/self/cgroup")
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		parts := strings.SplitN(sc.Text(), ":", 3)
		if len(parts) != 3 {
			continue
		}
		var file string
		switch {
		case parts[0] == "0" && parts[1] == "":
			file = "/sys/fs/cgroup" + parts[2] + "/memory.max"
		case strings.Contains(","+parts[1]+",", ",memory,"):
			file = "/sys/fs/cgroup/memory" + parts[2] + "/memory.limit_in_bytes"
		default:
			continue
		}
		data, err := os.ReadFile(file)
		if err != nil {
			continue
		}
		n, err := strconv.ParseInt(strings.TrimSpace(string(data)), 10, 64)
		if err == nil && n > 0 && n < 1<<50 { // "max" or a huge v1 value: no limit
			return n
		}
	}
	return 0
}
