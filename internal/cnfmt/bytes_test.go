package cnfmt

import "testing"

func TestBytes(t *testing.T) {
	for n, want := range map[int64]string{
		0: "0 字节", 1023: "1023 字节", 1024: "1 KB", 1536: "1.5 KB", 512 << 10: "512 KB",
		1 << 20: "1 MB", 64 << 20: "64 MB", 200 << 20: "200 MB", 3<<20 + 1: "3.0 MB", 1<<20 + 1<<19: "1.5 MB",
	} {
		if got := Bytes(n); got != want {
			t.Errorf("Bytes(%d) = %q, want %q", n, got, want)
		}
	}
}
