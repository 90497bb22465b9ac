package cli

import (
	"errors"
	"os"
	"os/exec"
	"reflect"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"unsafe"

	"boot.zongjie/startup"
)

// initMap is built while this package initializes, after package startup
// (whose import path sorts first): its table lives in the heap of package
// initialization.
var initMap = map[string]int{"工会": 1}

// TestHugeHeapAtStart: package startup has, before this package
// initialized, grown a goroutine stack of startup.Ahead bytes out of the
// heap and advised huge pages for the heap up to its top, so that the
// mapping holding that stack's memory is marked for huge pages ("hg" in
// its VmFlags) and spans all of it, and the heap of package
// initialization lies in the range advised.
func TestHugeHeapAtStart(t *testing.T) {
	start, end, top := startup.Advised()
	checkHugeHeap(t, start, end, top, startup.Ahead)
	obj := uintptr(reflect.ValueOf(initMap).UnsafePointer())
	if obj < start || obj >= end {
		t.Errorf("a map made during package initialization is at %#x, outside the range advised at start %#x–%#x", obj, start, end)
	}
	if lo, hi, flags, ok := mappingOf(t, obj); !ok || !strings.Contains(flags, " hg") {
		t.Errorf("the mapping %#x–%#x holding the heap of package initialization is not advised for huge pages: %s", lo, hi, flags)
	}
}

// TestHeapPopulatedAhead: package startup has faulted in the heap after
// the range it collapsed, huge-page aligned and inside the range it
// advised, so that every page of it is resident (mincore) once Populated
// returns. The check runs in a process of its own, just started: in a
// test binary that has run for a while, the runtime's scavenger may have
// given some of that free memory back to the kernel.
func TestHeapPopulatedAhead(t *testing.T) {
	if !inFreshProcess(t, nothingPopulated) {
		return
	}
	start, end, _ := startup.Advised()
	from, to, err := startup.Populated()
	if errors.Is(err, syscall.EINVAL) {
		t.Skip("this kernel has no MADV_POPULATE_WRITE (Linux 5.14)")
	}
	if err != nil {
		t.Fatalf("populating the heap ahead: %v", err)
	}
	if from == 0 && to == 0 {
		// startup leaves the heap alone when its free pages do not begin
		// inside the range it advised, which the randomized heap base
		// can bring about now and then; the parent tries again
		t.Fatalf("%s: advised %#x–%#x", nothingPopulated, start, end)
	}
	const hugePage = 2 << 20
	if from == 0 || from%hugePage != 0 || from >= to || from < start || to > end {
		t.Fatalf("populated %#x–%#x, advised %#x–%#x: want a huge-page aligned range inside the advised one", from, to, start, end)
	}
	page := uintptr(os.Getpagesize())
	vec := make([]byte, (to-from)/page)
	if _, _, errno := syscall.Syscall(syscall.SYS_MINCORE, from, to-from, uintptr(unsafe.Pointer(&vec[0]))); errno != 0 {
		t.Fatalf("mincore: %v", errno)
	}
	for i, v := range vec {
		if v&1 == 0 {
			t.Fatalf("page %#x of the populated range %#x–%#x is not resident", from+uintptr(i)*page, from, to)
		}
	}
}

// TestProgramPopulated: package startup has mapped the program's code,
// so that once ProgramPopulated returns, the range it names holds this
// test's own function and every page of it has a page-table entry
// (/proc/self/pagemap: bit 63, present). In a process of its own, as
// TestHeapPopulatedAhead, so that the check sees what initialization did.
func TestProgramPopulated(t *testing.T) {
	if !inFreshProcess(t, "") {
		return
	}
	from, to, err := startup.ProgramPopulated()
	if errors.Is(err, syscall.EINVAL) {
		t.Skip("this kernel has no MADV_POPULATE_READ (Linux 5.14)")
	}
	if err != nil {
		t.Fatalf("mapping the program: %v", err)
	}
	page := uintptr(os.Getpagesize())
	code := reflect.ValueOf(TestProgramPopulated).Pointer()
	if from == 0 || from%page != 0 || code < from || code >= to {
		t.Fatalf("mapped code %#x–%#x: want a page-aligned range holding this test's code at %#x", from, to, code)
	}
	pagemap, err := os.Open("/proc/self/pagemap")
	if err != nil {
		t.Skipf("no page map to check: %v", err)
	}
	defer pagemap.Close()
	entries := make([]byte, (to-from)/page*8)
	if _, err := pagemap.ReadAt(entries, int64(from/page*8)); err != nil {
		t.Fatalf("reading the page map: %v", err)
	}
	for i := 0; i < len(entries); i += 8 {
		if entries[i+7]&0x80 == 0 {
			t.Fatalf("page %#x of the program's code %#x–%#x is not mapped", from+uintptr(i/8)*page, from, to)
		}
	}
}

// nothingPopulated is how TestHeapPopulatedAhead fails when package startup
// faulted nothing in ahead.
const nothingPopulated = "startup faulted no heap in ahead"

// inFreshProcess reports whether the test runs in a process started for
// it alone. If not, it runs the test so, reports that process's failure
// or skip as its own, and returns false. A failure whose output holds
// retry (when not empty) is one a new process may not repeat: the test is
// run up to three times before it counts.
func inFreshProcess(t *testing.T, retry string) bool {
	const child = "ZONGJIE_TEST_FRESH_PROCESS"
	if os.Getenv(child) == t.Name() {
		return true
	}
	for try := 1; ; try++ {
		cmd := exec.Command(os.Args[0], "-test.run=^"+t.Name()+"$", "-test.v")
		cmd.Env = append(os.Environ(), child+"="+t.Name())
		out, err := cmd.CombinedOutput()
		if err != nil && retry != "" && strings.Contains(string(out), retry) && try < 3 {
			t.Logf("try %d: %s", try, out)
			continue
		}
		if err != nil {
			t.Fatalf("%v\n%s", err, out)
		}
		if strings.Contains(string(out), "--- SKIP") {
			t.Skipf("%s", out)
		}
		return false
	}
}

// TestStartupInitializesFirst: package startup initializes before the
// packages of zongjie and its dependencies allocate their tables
// (GODEBUG=inittrace=1 lists each package's initialization in order, with
// the bytes it allocated), so that those already land in the heap it
// advised. Go initializes packages in import-path order, each once its
// imports are: startup, which imports syscall, comes right after it. A
// package importing nothing may come before (expr's operator table, a
// kilobyte or two); one allocating more would mean startup's path no
// longer sorts first.
func TestStartupInitializesFirst(t *testing.T) {
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "GODEBUG=inittrace=1")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	const small = 4 << 10
	seen := false
	for _, line := range strings.Split(string(out), "\n") {
		// init PACKAGE @T ms, C ms clock, B bytes, N allocs
		f := strings.Fields(line)
		if len(f) < 9 || f[0] != "init" || f[8] != "bytes," {
			continue
		}
		pkg := f[1]
		if pkg == "boot.zongjie/startup" {
			seen = true
			break
		}
		first, _, _ := strings.Cut(pkg, "/")
		bytes, _ := strconv.Atoi(f[7])
		if (strings.Contains(first, ".") || first == "zongjie") && bytes > small {
			t.Errorf("%s initialized before boot.zongjie/startup and allocated %d bytes", pkg, bytes)
		}
	}
	if !seen {
		t.Errorf("boot.zongjie/startup is not in the initialization trace:\n%s", out)
	}
}

// TestHugeHeapLarge: startup.MapHeap(true), which a roll-up calls, does
// the same for startup.LargeAhead bytes.
func TestHugeHeapLarge(t *testing.T) {
	start, end, top := startup.MapHeap(true)
	checkHugeHeap(t, start, end, top, startup.LargeAhead)
}

func checkHugeHeap(t *testing.T, start, end, top, ahead uintptr) {
	t.Helper()
	if start == 0 || start >= end || top < start || top >= end {
		t.Fatalf("advised %#x–%#x, stack top %#x: not a range around the stack", start, end, top)
	}
	lo, hi, flags, ok := mappingOf(t, top)
	if !ok {
		t.Fatalf("no mapping holds the stack top %#x", top)
	}
	if !strings.Contains(flags, " hg") {
		t.Errorf("the mapping %#x–%#x holding the stack is not advised for huge pages: %s", lo, hi, flags)
	}
	if hi-lo < ahead/2 {
		t.Errorf("the mapping %#x–%#x holding the stack is %d bytes, want at least %d", lo, hi, hi-lo, ahead/2)
	}
}

// mappingOf returns the mapping of this process that holds addr, from
// /proc/self/smaps: its range and its VmFlags line. It skips the test
// where the kernel has no transparent huge pages or no smaps.
func mappingOf(t *testing.T, addr uintptr) (lo, hi uintptr, flags string, ok bool) {
	t.Helper()
	if _, err := os.Stat("/sys/kernel/mm/transparent_hugepage/enabled"); err != nil {
		t.Skip("this kernel has no transparent huge pages")
	}
	smaps, err := os.ReadFile("/proc/self/smaps")
	if err != nil {
		t.Skip(err)
	}
	for _, line := range strings.Split(string(smaps), "\n") {
		f := strings.Fields(line)
		if len(f) > 1 && strings.Contains(f[0], "-") && !strings.HasSuffix(f[0], ":") {
			a, b, _ := strings.Cut(f[0], "-")
			l, _ := strconv.ParseUint(a, 16, 64)
			h, _ := strconv.ParseUint(b, 16, 64)
			lo, hi = uintptr(l), uintptr(h)
			continue
		}
		if len(f) > 0 && f[0] == "VmFlags:" && lo <= addr && addr < hi {
			return lo, hi, line, true
		}
	}
	return 0, 0, "", false
}
