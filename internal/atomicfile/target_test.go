//go:build unix

package atomicfile

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

func TestSymlinkIsFollowed(t *testing.T) {
	dir := t.TempDir()
	real := filepath.Join(dir, "reports", "总结.md")
	if err := os.MkdirAll(filepath.Dir(real), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(real, []byte("old"), 0o640); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "latest.md")
	if err := os.Symlink("reports/总结.md", link); err != nil {
		t.Fatal(err)
	}
	if err := WriteBytes(link, []byte("new")); err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Fatalf("the link was replaced: %v %v", fi, err)
	}
	got, _ := os.ReadFile(real)
	fi, _ := os.Stat(real)
	if string(got) != "new" || fi.Mode().Perm() != 0o640 {
		t.Errorf("target holds %q with mode %v, want new with 0640", got, fi.Mode().Perm())
	}
	if names := dirNames(t, filepath.Dir(real)); len(names) != 1 {
		t.Errorf("the target's directory holds %v", names)
	}
}

func TestRefusedTargets(t *testing.T) {
	dir := t.TempDir()
	dangling := filepath.Join(dir, "dangling.md")
	if err := os.Symlink("nowhere/x.md", dangling); err != nil {
		t.Fatal(err)
	}
	loop := filepath.Join(dir, "loop.md")
	if err := os.Symlink("loop.md", loop); err != nil {
		t.Fatal(err)
	}
	sock := filepath.Join(dir, "s.sock")
	l, err := net.Listen("unix", sock)
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	cases := map[string]string{
		dangling:                         "符号链接",
		loop:                             "符号链接层数太多",
		sock:                             "套接字",
		dir:                              "是一个目录",
		filepath.Join(dir, "no", "x.md"): "不存在",
		filepath.Join(sock, "x.md"):      "不是目录",
	}
	if blk := blockDevice(); blk != "" {
		cases[blk] = "磁盘设备"
	}
	for path, want := range cases {
		err := WriteBytes(path, []byte("x"))
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: got %v, want an error with %q", path, err, want)
		}
	}
	if fi, err := os.Lstat(dangling); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Error("the dangling link was replaced")
	}
}

// blockDevice returns a block device of this machine, if one is visible.
func blockDevice() string {
	entries, _ := os.ReadDir("/dev")
	for _, e := range entries {
		if e.Type()&os.ModeDevice != 0 && e.Type()&os.ModeCharDevice == 0 {
			return filepath.Join("/dev", e.Name())
		}
	}
	return ""
}

func TestStreamTargets(t *testing.T) {
	tgt, err := Classify("/dev/null")
	if err != nil || tgt.Kind != Stream {
		t.Fatalf("/dev/null: %+v %v; want a stream", tgt, err)
	}
	if err := WriteBytes("/dev/null", []byte("report")); err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Lstat("/dev/null"); err != nil || fi.Mode()&os.ModeCharDevice == 0 {
		t.Fatalf("/dev/null is no longer a device: %v %v", fi, err)
	}

	fifo := filepath.Join(t.TempDir(), "pipe")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skip("no FIFOs:", err)
	}
	got := make(chan []byte)
	go func() {
		f, err := os.Open(fifo)
		if err != nil {
			got <- nil
			return
		}
		data, _ := io.ReadAll(f)
		f.Close()
		got <- data
	}()
	if err := WriteBytes(fifo, []byte("报告正文")); err != nil {
		t.Fatal(err)
	}
	if data := <-got; string(data) != "报告正文" {
		t.Errorf("the reader got %q", data)
	}
	if fi, err := os.Lstat(fifo); err != nil || fi.Mode()&os.ModeNamedPipe == 0 {
		t.Errorf("the FIFO was replaced: %v %v", fi, err)
	}
}

func TestDescriptorOfRegularFileAppends(t *testing.T) {
	f, err := os.CreateTemp(t.TempDir(), "out")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	io.WriteString(f, "开头\n")
	path := fmt.Sprintf("/dev/fd/%d", f.Fd())
	if _, err := os.Lstat(path); err != nil {
		t.Skip(path, "is not available:", err)
	}
	tgt, err := Classify(path)
	if err != nil || tgt.Kind != Stream {
		t.Fatalf("%s: %+v %v; want a stream", path, tgt, err)
	}
	if err := WriteBytes(path, []byte("报告\n")); err != nil {
		t.Fatal(err)
	}
	if data, _ := os.ReadFile(f.Name()); string(data) != "开头\n报告\n" {
		t.Errorf("file holds %q", data)
	}
}

func TestReadOnlyTarget(t *testing.T) {
	path := filepath.Join(t.TempDir(), "定稿.md")
	if err := os.WriteFile(path, []byte("定稿"), 0o444); err != nil {
		t.Fatal(err)
	}
	err := WriteBytes(path, []byte("new"))
	if err == nil || !strings.Contains(err.Error(), "只读") || !strings.Contains(err.Error(), "--force") {
		t.Fatalf("got %v, want a read-only refusal naming --force", err)
	}
	if got, _ := os.ReadFile(path); string(got) != "定稿" {
		t.Fatalf("the read-only file changed to %q", got)
	}
	if err := (Options{Force: true}).WriteBytes(path, []byte("new")); err != nil {
		t.Fatal(err)
	}
	fi, _ := os.Stat(path)
	if got, _ := os.ReadFile(path); string(got) != "new" || fi.Mode().Perm() != 0o444 {
		t.Errorf("forced write: %q, mode %v; want new, still 0444", got, fi.Mode().Perm())
	}
}

func TestNoClobber(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "报告.md")
	nc := Options{NoClobber: true}
	if err := nc.WriteBytes(path, []byte("first")); err != nil {
		t.Fatal(err)
	}
	err := nc.WriteBytes(path, []byte("second"))
	if !errors.Is(err, ErrExist) || !strings.Contains(err.Error(), "--no-clobber") {
		t.Fatalf("got %v, want ErrExist", err)
	}
	// A file that appears while the report is written is not replaced.
	err = nc.Write(filepath.Join(dir, "late.md"), func(w io.Writer) error {
		if err := os.WriteFile(filepath.Join(dir, "late.md"), []byte("someone else's"), 0o644); err != nil {
			return err
		}
		_, err := io.WriteString(w, "mine")
		return err
	})
	if !errors.Is(err, ErrExist) {
		t.Errorf("a file created during the write: got %v, want ErrExist", err)
	}
	if got, _ := os.ReadFile(filepath.Join(dir, "late.md")); string(got) != "someone else's" {
		t.Errorf("late.md holds %q", got)
	}
	if got, _ := os.ReadFile(path); string(got) != "first" {
		t.Errorf("报告.md holds %q", got)
	}
	if names := dirNames(t, dir); len(names) != 2 {
		t.Errorf("directory holds %v", names)
	}
}

func TestOtherOwnerKept(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("giving a file to another user needs root")
	}
	path := filepath.Join(t.TempDir(), "他人的报告.md")
	if err := os.WriteFile(path, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	const nobody = 65534
	if err := os.Chown(path, nobody, nobody); err != nil {
		t.Skip("chown:", err)
	}
	if err := WriteBytes(path, []byte("new")); err != nil {
		t.Fatal(err)
	}
	fi, _ := os.Stat(path)
	st := fi.Sys().(*syscall.Stat_t)
	if st.Uid != nobody || st.Gid != nobody {
		t.Errorf("owner became %d:%d, want %d:%d kept", st.Uid, st.Gid, nobody, nobody)
	}
}

func TestLongNameLeavesRoomForTempName(t *testing.T) {
	dir := t.TempDir()
	base := strings.Repeat("甲", 82) + ".pdf" // 250 bytes: the name fits, a temp name with it would not
	if err := WriteBytes(filepath.Join(dir, base), []byte("x")); err != nil {
		t.Fatal(err)
	}
	if names := dirNames(t, dir); len(names) != 1 || names[0] != base {
		t.Errorf("directory holds %v", names)
	}
}

func TestSweep(t *testing.T) {
	dir := t.TempDir()
	long := strings.Repeat("乙", 82) + ".md"
	stale := []string{".a.md.1.tmp", ".b.md.22.tmp", "." + tempStem(long) + ".333.tmp"}
	kept := []string{".c.md.1.tmp", ".a.md.x.tmp", "a.md"}
	for _, n := range append(append([]string{}, stale...), kept...) {
		writeOld(t, filepath.Join(dir, n))
	}
	Sweep(dir, []string{"a.md", "b.md", long})
	names := strings.Join(dirNames(t, dir), " ")
	for _, n := range stale {
		if strings.Contains(names, n) {
			t.Errorf("%s survived the sweep", n)
		}
	}
	for _, n := range kept {
		if !strings.Contains(names, n) {
			t.Errorf("%s was swept", n)
		}
	}
}

func TestAbort(t *testing.T) {
	defer func() { live.Lock(); live.aborted = false; live.Unlock() }()
	dir := t.TempDir()
	path := filepath.Join(dir, "报告.md")
	if err := os.WriteFile(path, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	started, release := make(chan struct{}), make(chan struct{})
	done := make(chan error)
	go func() {
		done <- Write(path, func(w io.Writer) error {
			io.WriteString(w, "half")
			close(started)
			<-release
			_, err := io.WriteString(w, " and the rest")
			return err
		})
	}()
	<-started
	if n := len(dirNames(t, dir)); n != 2 {
		t.Fatalf("want the report and its temporary file, found %d files", n)
	}
	Abort()
	if names := dirNames(t, dir); len(names) != 1 {
		t.Errorf("after Abort the directory holds %v", names)
	}
	close(release)
	if err := <-done; err == nil {
		t.Error("the aborted write succeeded")
	}
	if got, _ := os.ReadFile(path); !bytes.Equal(got, []byte("old")) {
		t.Errorf("the report changed to %q", got)
	}
	if err := WriteBytes(filepath.Join(dir, "later.md"), nil); !errors.Is(err, ErrAborted) {
		t.Errorf("a write after Abort: %v", err)
	}
}

func TestPlainOnly(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "elsewhere.md"), []byte("kept"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("elsewhere.md", filepath.Join(dir, "link.md")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("nowhere.md", filepath.Join(dir, "dangling.md")); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mkfifo(filepath.Join(dir, "pipe.md"), 0o644); err != nil {
		t.Fatal(err)
	}
	plain := Options{PlainOnly: true}
	for name, want := range map[string]string{"link.md": "符号链接", "dangling.md": "符号链接", "pipe.md": "不是普通文件"} {
		err := plain.WriteBytes(filepath.Join(dir, name), []byte("x"))
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: %v, want an error with %q", name, err, want)
		}
	}
	if got, _ := os.ReadFile(filepath.Join(dir, "elsewhere.md")); string(got) != "kept" {
		t.Errorf("the link's target changed to %q", got)
	}
	if err := plain.WriteBytes(filepath.Join(dir, "new.md"), []byte("x")); err != nil {
		t.Error(err)
	}
}
