package rollup

import (
	"bytes"
	"os"
	"runtime"
	"strings"
	"testing"
)

// TestOverlayPartsSame rolls up a county whose register is long enough to
// be laid over the unions' rows in parts on several goroutines, with some
// of its figures wrong, and compares the result with one laid over in a
// single part: the same metrics file (records, approximate figures,
// audits) and the same problems in the same order.
func TestOverlayPartsSame(t *testing.T) {
	const n = 2*overlayPart + 100
	parent, children := county(t, n, 9)
	// Make three unions' staff, in different parts of the register,
	// disagree with the register's (and so the federation's total with
	// their sum).
	for _, i := range []int{5, n / 2, n - 3} {
		data, err := os.ReadFile(children[i])
		if err != nil {
			t.Fatal(err)
		}
		changed := strings.Replace(string(data), "\n  staff: ", "\n  staff: 1", 1)
		if changed == string(data) {
			t.Fatalf("%s: no staff figure", children[i])
		}
		if err := os.WriteFile(children[i], []byte(changed), 0o644); err != nil {
			t.Fatal(err)
		}
	}

	run := func(procs int) (string, string, int) {
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
		if parts := len(overlayParts(n)); parts != min(procs, n/overlayPart) {
			t.Fatalf("GOMAXPROCS %d: %d parts", procs, parts)
		}
		res := roll(t, parent, nil, Options{KeepGoing: true})
		var b bytes.Buffer
		if err := res.WriteMetrics(&b, nil); err != nil {
			t.Fatal(err)
		}
		return b.String(), res.Problems.Error(), len(res.Problems)
	}
	one, oneProbs, count := run(1)
	// The three rows, and the federation's staff total against the sum.
	if count != 4 || strings.Count(oneProbs, "该单位的数据为") != 3 {
		t.Fatalf("%d problems, want the 3 wrong register rows and the total:\n%s", count, oneProbs)
	}
	for _, procs := range []int{2, 4} {
		got, probs, _ := run(procs)
		if got != one {
			t.Errorf("GOMAXPROCS %d: the metrics differ from one part's", procs)
		}
		if probs != oneProbs {
			t.Errorf("GOMAXPROCS %d: problems\n%s\nwant\n%s", procs, probs, oneProbs)
		}
	}
}
