package hostile

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
)

// TestKillMidWrite starts real zongjie processes rendering a long PDF over
// an earlier report and kills each (SIGKILL, no chance to clean up) at a
// different moment of its run. After every kill the target must hold either
// the earlier report or the complete new one, never part of either; the only
// other file a kill may leave is the hidden temporary file beside the target
// (.报告.pdf.<digits>.tmp), which the next render removes once it is a
// minute old.
func TestKillMidWrite(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("SIGKILL is a Unix signal")
	}
	bin := zongjieBinary(t)
	dir := t.TempDir()
	data := filepath.Join(dir, "big.yaml")
	writeFile(t, data, bigReportData(t))

	// The complete report, and how long writing it takes.
	ref := filepath.Join(dir, "ref.pdf")
	start := time.Now()
	if out, err := exec.Command(bin, "render", "-o", ref, data).CombinedOutput(); err != nil {
		t.Fatalf("render: %v\n%s", err, out)
	}
	full := time.Since(start)
	want, err := os.ReadFile(ref)
	if err != nil {
		t.Fatal(err)
	}

	target := filepath.Join(dir, "报告.pdf")
	old := []byte("%PDF-1.4\n% 上一次生成的报告\n%%EOF\n")
	const tries = 8
	var kept, replaced, withTemp int
	seen := map[string]bool{} // temporary files earlier kills left
	for i := range tries {
		writeFile(t, target, old)
		cmd := exec.Command(bin, "render", "-o", target, data)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		// From at once to a little after the run would end.
		time.Sleep(full * time.Duration(i) / (tries - 2))
		_ = cmd.Process.Kill()
		_ = cmd.Wait()

		got, err := os.ReadFile(target)
		switch {
		case err != nil:
			t.Fatalf("try %d: the report is gone: %v", i, err)
		case bytes.Equal(got, old):
			kept++
		case bytes.Equal(got, want):
			replaced++
		default:
			t.Fatalf("try %d (killed after %v): the report is neither the earlier one nor the complete new one (%d bytes)",
				i, full*time.Duration(i)/(tries-2), len(got))
		}
		temps := 0
		for _, name := range dirNames(t, dir) {
			switch {
			case name == "big.yaml" || name == "ref.pdf" || name == "报告.pdf":
			case isTempOf(name, "报告.pdf"):
				if !seen[name] {
					temps++
				}
				seen[name] = true
			default:
				t.Errorf("try %d: unexpected file %s", i, name)
			}
		}
		if temps > 0 {
			withTemp++
		}
	}
	t.Logf("%d kills over a %v render: earlier report kept %d times, complete new report %d times; %d kills landed while the temporary file existed",
		tries, full.Round(time.Millisecond), kept, replaced, withTemp)
	if kept == 0 || withTemp == 0 {
		t.Errorf("no kill landed mid-write (kept %d, with temporary file %d): the test proved nothing", kept, withTemp)
	}

	// The next render removes what the kills left, once it is a minute old.
	longAgo := time.Now().Add(-2 * time.Minute)
	for _, name := range dirNames(t, dir) {
		if isTempOf(name, "报告.pdf") {
			if err := os.Chtimes(filepath.Join(dir, name), longAgo, longAgo); err != nil {
				t.Fatal(err)
			}
		}
	}
	if out, err := exec.Command(bin, "render", "-o", target, data).CombinedOutput(); err != nil {
		t.Fatalf("render: %v\n%s", err, out)
	}
	for _, name := range dirNames(t, dir) {
		if isTempOf(name, "报告.pdf") {
			t.Errorf("%s outlived the next render", name)
		}
	}
	if got, _ := os.ReadFile(target); !bytes.Equal(got, want) {
		t.Error("the final render did not write the complete report")
	}
}

func dirNames(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	names := make([]string, len(entries))
	for i, e := range entries {
		names[i] = e.Name()
	}
	return names
}

// isTempOf reports whether name is a temporary file of a write to target.
func isTempOf(name, target string) bool {
	mid, ok := strings.CutPrefix(name, "."+target+".")
	if !ok {
		return false
	}
	mid, ok = strings.CutSuffix(mid, ".tmp")
	return ok && mid != "" && strings.Trim(mid, "0123456789") == ""
}
