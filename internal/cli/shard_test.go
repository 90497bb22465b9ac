package cli

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"zongjie/bench/synth"
)

// readTree returns every file under dir by its path relative to dir.
func readTree(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(path)
		rel, _ := filepath.Rel(dir, path)
		out[rel] = data
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// sameTree reports how two trees of files differ, or "".
func sameTree(a, b map[string][]byte) string {
	var diffs []string
	for name, data := range a {
		other, ok := b[name]
		switch {
		case !ok:
			diffs = append(diffs, "only in the first: "+name)
		case !bytes.Equal(data, other):
			diffs = append(diffs, "differs: "+name)
		}
	}
	for name := range b {
		if _, ok := a[name]; !ok {
			diffs = append(diffs, "only in the second: "+name)
		}
	}
	sort.Strings(diffs)
	return strings.Join(diffs, "\n")
}

// TestBatchShard checks that batch --shard i/N, run for every i, writes
// exactly the files of the plain batch, byte for byte, for N = 1, 3 and 7;
// the same with the data files given in another order; and that running a
// shard again rewrites the same bytes.
func TestBatchShard(t *testing.T) {
	dir := t.TempDir()
	county := filepath.Join(dir, "county.yaml")
	if err := os.WriteFile(county, synth.YAML(synth.Options{Units: 30, Seed: 5}), 0o644); err != nil {
		t.Fatal(err)
	}
	corpus, err := filepath.Glob(filepath.Join("..", "..", "examples", "corpus", "*.yaml"))
	if err != nil || len(corpus) < 10 {
		t.Fatalf("corpus: %v, %d files", err, len(corpus))
	}
	reversed := append([]string(nil), corpus...)
	sort.Sort(sort.Reverse(sort.StringSlice(reversed)))
	run := func(t *testing.T, out string, args ...string) {
		t.Helper()
		var stdout, stderr bytes.Buffer
		if code := Main(append([]string{"batch", "-o", out}, args...), strings.NewReader(""), &stdout, &stderr); code != exitOK {
			t.Fatalf("batch %v: exit %d\n%s", args, code, stderr.String())
		}
	}
	for _, tc := range []struct {
		name  string
		args  []string
		again []string // the same work, the files in another order
	}{
		// --force: the corpus holds a file for a whole term (003-8), which
		// an annual summary, batch's default, does not fit.
		{"files", append([]string{"--format", "md", "--force"}, corpus...), append([]string{"--format", "md", "--force"}, reversed...)},
		{"split unit", []string{"--split", "unit", "--format", "html", county}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			whole := filepath.Join(t.TempDir(), "whole")
			run(t, whole, tc.args...)
			want := readTree(t, whole)
			if len(want) < 10 {
				t.Fatalf("the plain batch wrote %d files", len(want))
			}
			for _, n := range []int{1, 3, 7} {
				out := filepath.Join(t.TempDir(), fmt.Sprint(n))
				counts := map[int]int{}
				for i := 1; i <= n; i++ {
					args := tc.args
					if tc.again != nil && i%2 == 0 {
						args = tc.again
					}
					before := len(readTreeOrEmpty(out))
					run(t, out, append([]string{"--shard", fmt.Sprintf("%d/%d", i, n)}, args...)...)
					counts[i] = len(readTreeOrEmpty(out)) - before
				}
				if d := sameTree(want, readTree(t, out)); d != "" {
					t.Errorf("N=%d: the shards together differ from the plain batch:\n%s", n, d)
				}
				lo, hi := len(want), 0
				for _, c := range counts {
					lo, hi = min(lo, c), max(hi, c)
				}
				if hi-lo > 1 {
					t.Errorf("N=%d: shards of %v reports", n, counts)
				}
				// Idempotent: a shard run again writes the same bytes.
				run(t, out, append([]string{"--shard", fmt.Sprintf("1/%d", n)}, tc.args...)...)
				if d := sameTree(want, readTree(t, out)); d != "" {
					t.Errorf("N=%d: running shard 1 again changed the files:\n%s", n, d)
				}
			}
		})
	}
}

func readTreeOrEmpty(dir string) []string {
	var out []string
	filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			out = append(out, path)
		}
		return nil
	})
	return out
}
