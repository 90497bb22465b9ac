package atomicfile

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestWriteReplacesAtomically(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "report.md")
	if err := WriteBytes(path, []byte("old")); err != nil {
		t.Fatal(err)
	}
	// A failing writer leaves the earlier file untouched and no temp file.
	err := Write(path, func(w io.Writer) error {
		io.WriteString(w, "half a rep")
		return errors.New("boom")
	})
	if err == nil {
		t.Fatal("want error from failing fill")
	}
	got, _ := os.ReadFile(path)
	if string(got) != "old" {
		t.Fatalf("earlier file changed to %q", got)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Fatalf("temp file left behind: %v", entries)
	}
	if err := WriteBytes(path, []byte("new")); err != nil {
		t.Fatal(err)
	}
	got, _ = os.ReadFile(path)
	if string(got) != "new" {
		t.Fatalf("got %q, want new", got)
	}
}

func TestWriteMissingDirectory(t *testing.T) {
	err := WriteBytes(filepath.Join(t.TempDir(), "no", "such", "x.md"), []byte("x"))
	if err == nil || !strings.Contains(err.Error(), "不存在") {
		t.Fatalf("want 不存在 error, got %v", err)
	}
}

func TestWriteOntoDirectory(t *testing.T) {
	dir := t.TempDir()
	if err := WriteBytes(dir, []byte("x")); err == nil {
		t.Fatal("writing onto a directory must fail")
	}
}

func TestWriteRemovesStaleTempFiles(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "报告.md")
	old := time.Now().Add(-2 * time.Minute)
	files := map[string]bool{ // name: removed by the next write
		".报告.md.123456.tmp":  true,
		".报告.md.99.tmp":      true,
		".报告.md.fresh.tmp":   false, // not our pattern
		".报告.md.777.tmp.bak": false,
		".其他.md.123.tmp":     false, // another target's
		"报告.md.123.tmp":      false, // not hidden
	}
	for name := range files {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.Chtimes(p, old, old); err != nil {
			t.Fatal(err)
		}
	}
	young := filepath.Join(dir, ".报告.md.555.tmp") // a write still running
	if err := os.WriteFile(young, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	files[".报告.md.555.tmp"] = false
	if err := WriteBytes(path, []byte("new")); err != nil {
		t.Fatal(err)
	}
	for name, removed := range files {
		_, err := os.Stat(filepath.Join(dir, name))
		if gone := errors.Is(err, os.ErrNotExist); gone != removed {
			t.Errorf("%s: removed=%v, want %v", name, gone, removed)
		}
	}
}

func TestWritePanicLeavesNoTempFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "report.md")
	if err := WriteBytes(path, []byte("old")); err != nil {
		t.Fatal(err)
	}
	func() {
		defer func() { _ = recover() }()
		_ = Write(path, func(w io.Writer) error {
			io.WriteString(w, "half")
			panic("writer bug")
		})
	}()
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("temp file left after a panic: %v", entries)
	}
	if got, _ := os.ReadFile(path); string(got) != "old" {
		t.Errorf("earlier file changed to %q", got)
	}
}

func TestWriteKeepsMode(t *testing.T) {
	path := filepath.Join(t.TempDir(), "private.md")
	if err := os.WriteFile(path, []byte("old"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := WriteBytes(path, []byte("new")); err != nil {
		t.Fatal(err)
	}
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode().Perm() != 0o600 {
		t.Errorf("mode = %v, want 0600 kept", fi.Mode().Perm())
	}
}

func dirNames(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return names
}

func writeOld(t *testing.T, path string) {
	t.Helper()
	if err := os.WriteFile(path, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	old := time.Now().Add(-2 * time.Minute)
	if err := os.Chtimes(path, old, old); err != nil {
		t.Fatal(err)
	}
}

// TestWaitFor: once a process has said it is installing its signal
// handler, a write creates no temporary file until the handler is in
// place, and then goes on as usual.
func TestWaitFor(t *testing.T) {
	installed := make(chan struct{})
	WaitFor(installed)
	defer WaitFor(nil)
	dir := t.TempDir()
	path := filepath.Join(dir, "报告.md")
	filled := make(chan struct{})
	done := make(chan error)
	go func() {
		done <- Write(path, func(w io.Writer) error {
			close(filled)
			_, err := io.WriteString(w, "new")
			return err
		})
	}()
	select {
	case <-filled:
		t.Fatal("the write began before the handler was installed")
	case err := <-done:
		t.Fatalf("the write ended (%v) before the handler was installed", err)
	case <-time.After(20 * time.Millisecond):
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Fatalf("before the handler was installed the directory holds %v", entries)
	}
	close(installed)
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(path); string(got) != "new" {
		t.Errorf("the report holds %q", got)
	}
}
