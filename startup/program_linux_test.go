//go:build linux && !(386 || arm || mips || mipsle)

// The addresses below are 64-bit ones.

package startup

import (
	"syscall"
	"testing"
)

// TestParseMapping: lines of /proc/self/maps as Linux writes them, and
// lines it does not.
func TestParseMapping(t *testing.T) {
	tests := []struct {
		line string
		want mapping
		ok   bool
	}{
		{"00400000-00956000 r-xp 00000000 fe:00 247026                     /tmp/zongjie\n",
			mapping{0x400000, 0x956000, "r-xp", "fe:00 247026"}, true},
		{"7f445cd60000-7f445cf00000 rw-p 00000000 00:00 0 \n",
			mapping{0x7f445cd60000, 0x7f445cf00000, "rw-p", ""}, true},
		{"7ffcaf87c000-7ffcaf89d000 rw-p 00000000 00:00 0                          [stack]",
			mapping{0x7ffcaf87c000, 0x7ffcaf89d000, "rw-p", ""}, true},
		{"ffffffffff600000-ffffffffff601000 --xp 00000000 00:00 0                  [vsyscall]\n",
			mapping{0xffffffffff600000, 0xffffffffff601000, "--xp", ""}, true},
		{"00956000-00e4c000 r--p 00556000 fe:00 247026 /path with spaces/zongjie\n",
			mapping{0x956000, 0xe4c000, "r--p", "fe:00 247026"}, true},
		{"", mapping{}, false},
		{"\n", mapping{}, false},
		{"00400000-00956000 r-xp 00000000 fe:00\n", mapping{}, false},            // cut short
		{"00400000 r-xp 00000000 fe:00 247026 /tmp/zongjie\n", mapping{}, false}, // no end
		{"00956000-00400000 r-xp 00000000 fe:00 247026 /tmp/zongjie\n", mapping{}, false},
		{"0040000g-00956000 r-xp 00000000 fe:00 247026 /tmp/zongjie\n", mapping{}, false},
		{"00400000-00956000 r-x 00000000 fe:00 247026 /tmp/zongjie\n", mapping{}, false},
		{"10000000000000000-10000000000000001 r-xp 00000000 fe:00 1 /x\n", mapping{}, false}, // wider than an address
	}
	for _, tt := range tests {
		got, ok := parseMapping([]byte(tt.line))
		if ok != tt.ok || got != tt.want {
			t.Errorf("parseMapping(%q) = %+v, %v; want %+v, %v", tt.line, got, ok, tt.want, tt.ok)
		}
	}
}

// TestMappingOf: the mapping holding an address, only if a file backs it.
func TestMappingOf(t *testing.T) {
	maps := []byte(`00400000-00956000 r-xp 00000000 fe:00 247026 /tmp/zongjie
00956000-00e4c000 r--p 00556000 fe:00 247026 /tmp/zongjie
00e4c000-0177b000 rw-p 00a4c000 fe:00 247026 /tmp/zongjie
0177b000-037b4000 rw-p 00000000 00:00 0
7ffcaf87c000-7ffcaf89d000 rw-p 00000000 00:00 0 [stack]`)
	for _, tt := range []struct {
		addr  uintptr
		start uintptr
		ok    bool
	}{
		{0x400000, 0x400000, true},
		{0x955fff, 0x400000, true},
		{0x956000, 0x956000, true},
		{0x1000000, 0xe4c000, true},
		{0x2000000, 0x177b000, false}, // anonymous
		{0x7ffcaf880000, 0x7ffcaf87c000, false},
		{0x3fffff, 0, false},
	} {
		m, ok := mappingOf(maps, tt.addr)
		if ok != tt.ok || m.start != tt.start {
			t.Errorf("mappingOf(%#x) = %+v, %v; want start %#x, %v", tt.addr, m, ok, tt.start, tt.ok)
		}
	}
}

// TestPopulateProgram: in this test binary, the code range returned holds
// this function, and the kernel either did it all or has no
// MADV_POPULATE_READ.
func TestPopulateProgram(t *testing.T) {
	from, to, errno := populateProgram()
	if code := codeAddress(); code < from || code >= to {
		t.Errorf("populateProgram's code range %#x–%#x does not hold its own code at %#x", from, to, code)
	}
	if errno != 0 && errno != syscall.EINVAL {
		t.Errorf("populateProgram: %v", errno)
	}
}
