package cli

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"syscall"
)

// memoryCeiling returns the tightest memory ceiling set on this process:
// ulimit -v (address space), ulimit -d (data size), or its cgroup's memory
// limit (resident memory); false when there is none.
func memoryCeiling() (ceiling, bool) {
	var cs []ceiling
	for _, l := range []struct {
		res     int
		source  string
		measure func() int64
	}{{syscall.RLIMIT_AS, "ulimit -v", statm(0)}, {syscall.RLIMIT_DATA, "ulimit -d", statm(5)}} {
		var r syscall.Rlimit
		if syscall.Getrlimit(l.res, &r) == nil && r.Cur < 1<<50 {
			cs = append(cs, ceiling{limit: int64(r.Cur), source: l.source, measure: l.measure})
		}
	}
	if n := cgroupLimit(); n > 0 {
		cs = append(cs, ceiling{limit: n, source: "容器内存限制", measure: statm(1)})
	}
	best, found := ceiling{}, false
	for _, c := range cs {
		// Stop while an eighth is left: the heap grows by 64 MB arenas, and a
		// slice that doubles asks for as much again in one step.
		c.margin = max(c.limit/8, 192<<20)
		if left := c.limit - c.measure(); !found || left < best.limit-best.measure() {
			best, found = c, true
		}
	}
	return best, found
}

// statm returns a reader of field i of /proc/self/statm, in bytes: 0 the
// address space, 1 resident memory, 5 data and stack.
func statm(i int) func() int64 {
	page := int64(os.Getpagesize())
	return func() int64 {
		data, err := os.ReadFile("/proc/self/statm")
		if err != nil {
			return 0
		}
		f := strings.Fields(string(data))
		if i >= len(f) {
			return 0
		}
		n, _ := strconv.ParseInt(f[i], 10, 64)
		return n * page
	}
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

// addressLimited reports whether the address space or the data size of
// this process is limited (ulimit -v, ulimit -d): memory mapped ahead
// counts against those limits whether it is used or not.
func addressLimited() bool {
	for _, res := range []int{syscall.RLIMIT_AS, syscall.RLIMIT_DATA} {
		var r syscall.Rlimit
		if syscall.Getrlimit(res, &r) == nil && r.Cur < 1<<50 {
			return true
		}
	}
	return false
}
