package hostile

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"zongjie/internal/fonts"
	"zongjie/internal/pipeline"
	"zongjie/internal/record"
	"zongjie/internal/render/pdf"
	"zongjie/internal/report"
)

// exampleSet is one input of a report: a data file, or the five years of a
// term review.
type exampleSet struct {
	name  string
	files []string
}

func exampleSets(t *testing.T) []exampleSet {
	t.Helper()
	var sets []exampleSet
	single, _ := filepath.Glob(filepath.Join(examplesDir, "*.yaml"))
	sort.Strings(single)
	for _, f := range single {
		sets = append(sets, exampleSet{strings.TrimSuffix(filepath.Base(f), ".yaml"), []string{f}})
	}
	term, _ := filepath.Glob(filepath.Join(examplesDir, "term", "*.yaml"))
	sort.Strings(term)
	sets = append(sets, exampleSet{"term", term})
	if len(single) < 2 || len(term) < 2 {
		t.Fatalf("examples missing: %v %v", single, term)
	}
	return sets
}

// TestDeterministicOutput renders every kind of report of every example in
// every format three times, from freshly loaded records, twice with one
// renderer and once with another, and requires byte-identical output (no
// clock, no map order, no random ids). An example that cannot make a kind
// must fail the same way every time. Neither today's date nor the time may
// appear in any output.
func TestDeterministicOutput(t *testing.T) {
	set, err := fonts.Load(fonts.Options{NoSystemFonts: true})
	if err != nil {
		t.Fatal(err)
	}
	opts := pipeline.Options{PDF: pdf.Options{FontSet: set}}
	a, b := pipeline.New(opts), pipeline.New(opts)
	renderers := []*pipeline.Renderer{a, a, b}
	now := time.Now()
	clock := []string{now.Format("2006-01-02"), now.Format("20060102"), now.Format("2006年1月2日")}
	rendered := 0
	for _, ex := range exampleSets(t) {
		for _, kind := range report.Kinds() {
			for _, format := range pipeline.Formats() {
				var first []byte
				var firstErr string
				for run, r := range renderers {
					out, errMsg := renderOnce(t, r, ex.files, kind, format)
					if run == 0 {
						first, firstErr = out, errMsg
						if errMsg == "" {
							rendered++
							for _, c := range clock {
								if bytes.Contains(out, []byte(c)) {
									t.Errorf("%s %s %s holds today's date %s", ex.name, kind, format, c)
								}
							}
						}
						continue
					}
					if errMsg != firstErr {
						t.Errorf("%s %s %s: run %d failed differently: %q vs %q", ex.name, kind, format, run+1, errMsg, firstErr)
					}
					if !bytes.Equal(out, first) {
						t.Errorf("%s %s %s: run %d gave different bytes (%d vs %d bytes)", ex.name, kind, format, run+1, len(out), len(first))
					}
				}
			}
		}
	}
	if rendered < 40 {
		t.Errorf("only %d of the example reports rendered: the test compares too little", rendered)
	}
	t.Logf("%d reports rendered identically three times", rendered)
}

// renderOnce loads the files afresh and renders one report with r.
func renderOnce(t *testing.T, r *pipeline.Renderer, files []string, kind report.Kind, format pipeline.Format) ([]byte, string) {
	t.Helper()
	var periods []*record.Period
	for _, f := range files {
		p, err := record.LoadAndValidate(f, record.DefaultLimits)
		if err != nil {
			t.Fatal(err)
		}
		periods = append(periods, p)
	}
	out, err := r.Bytes(periods, kind, format)
	if err != nil {
		return nil, err.Error()
	}
	return out, ""
}

// TestDeterministicAcrossProcesses renders the same reports in two separate
// zongjie processes (so nothing shared in memory can hide a difference) and
// compares the files byte for byte.
func TestDeterministicAcrossProcesses(t *testing.T) {
	bin := zongjieBinary(t)
	examples, err := filepath.Abs(examplesDir)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	sum := map[string]string{}
	for _, proc := range []string{"a", "b"} {
		for _, f := range []string{"md", "html", "docx", "pdf"} {
			for _, kind := range []string{"annual", "term"} {
				args := []string{"render", "--kind", kind, "--no-system-fonts", "-o", filepath.Join(dir, proc+"-"+kind+"."+f)}
				if kind == "term" {
					term, _ := filepath.Glob(filepath.Join(examples, "term", "*.yaml"))
					args = append(args, term...)
				} else {
					args = append(args, filepath.Join(examples, "yongjia-edu-2014.yaml"), filepath.Join(examples, "yongjia-edu-2013.yaml"))
				}
				if out, err := exec.Command(bin, args...).CombinedOutput(); err != nil {
					t.Fatalf("%v: %v\n%s", args, err, out)
				}
			}
		}
	}
	for _, f := range []string{"md", "html", "docx", "pdf"} {
		for _, kind := range []string{"annual", "term"} {
			a, errA := os.ReadFile(filepath.Join(dir, "a-"+kind+"."+f))
			b, errB := os.ReadFile(filepath.Join(dir, "b-"+kind+"."+f))
			if errA != nil || errB != nil {
				t.Fatal(errA, errB)
			}
			if !bytes.Equal(a, b) {
				t.Errorf("%s %s differs between two processes", kind, f)
			}
			sum[kind+"."+f] = fmt.Sprintf("%x", sha256.Sum256(a))[:12]
		}
	}
	t.Logf("identical in two processes: %v", sum)
}
