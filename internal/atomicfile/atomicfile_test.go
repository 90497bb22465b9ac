package atomicfile

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
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
