package batch

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"zongjie/internal/atomicfile"
)

// countingProgress records what Run reports.
type countingProgress struct {
	mu                    sync.Mutex
	total, done, finished int
}

func (c *countingProgress) Start(total int) { c.total = total }
func (c *countingProgress) Done(Result)     { c.mu.Lock(); c.done++; c.mu.Unlock() }
func (c *countingProgress) Finish()         { c.finished++ }

func TestRun(t *testing.T) {
	dir := t.TempDir()
	const n = 50
	jobs := make([]Job, n)
	for i := range jobs {
		jobs[i] = Job{Name: fmt.Sprint(i), Out: filepath.Join(dir, fmt.Sprintf("%02d.txt", i))}
	}
	render := func(ctx context.Context, j Job) ([]byte, error) {
		switch j.Name {
		case "7":
			return nil, errors.New("数据有误")
		case "8":
			panic("boom")
		}
		return []byte("report " + j.Name), nil
	}
	for _, workers := range []int{0, 1, 3, 100} {
		t.Run(fmt.Sprintf("workers=%d", workers), func(t *testing.T) {
			prog := &countingProgress{}
			results := Run(context.Background(), jobs, render, Options{Workers: workers, Progress: prog})
			if len(results) != n {
				t.Fatalf("%d results for %d jobs", len(results), n)
			}
			for i, r := range results {
				if r.Job.Name != jobs[i].Name {
					t.Fatalf("result %d is for job %s", i, r.Job.Name)
				}
				data, err := os.ReadFile(jobs[i].Out)
				switch i {
				case 7, 8:
					if r.Err == nil || err == nil {
						t.Errorf("job %d: err %v, file written: %v", i, r.Err, err == nil)
					}
				default:
					if r.Err != nil || string(data) != "report "+r.Job.Name || r.Bytes != len(data) {
						t.Errorf("job %d: err %v, file %q, %d bytes", i, r.Err, data, r.Bytes)
					}
				}
			}
			if !strings.Contains(results[8].Err.Error(), "boom") {
				t.Errorf("panic not reported: %v", results[8].Err)
			}
			if Failed(results) != 2 || prog.total != n || prog.done != n || prog.finished != 1 {
				t.Errorf("failed %d, progress %+v", Failed(results), prog)
			}
		})
	}
}

func TestRunCancelled(t *testing.T) {
	dir := t.TempDir()
	ctx, cancel := context.WithCancel(context.Background())
	jobs := make([]Job, 20)
	for i := range jobs {
		jobs[i] = Job{Name: fmt.Sprint(i), Out: filepath.Join(dir, fmt.Sprint(i))}
	}
	render := func(ctx context.Context, j Job) ([]byte, error) {
		if j.Name == "2" {
			cancel()
		}
		return []byte("x"), nil
	}
	results := Run(ctx, jobs, render, Options{Workers: 1})
	for i, r := range results {
		if cancelled := errors.Is(r.Err, context.Canceled); cancelled != (i > 2) {
			t.Errorf("job %d: err %v", i, r.Err)
		}
	}
}

func TestWorkerCount(t *testing.T) {
	for _, tc := range []struct{ requested, jobs, want int }{
		{4, 10, 4}, {4, 2, 2}, {1, 0, 1}, {-1, 1, 1},
	} {
		if got := WorkerCount(tc.requested, tc.jobs); got != tc.want {
			t.Errorf("WorkerCount(%d, %d) = %d, want %d", tc.requested, tc.jobs, got, tc.want)
		}
	}
}

func TestBar(t *testing.T) {
	var out bytes.Buffer
	b := NewBar(&out)
	b.width = 10
	clock := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	b.now = func() time.Time { return clock }
	b.Start(4)
	for i, step := range []struct {
		after time.Duration
		err   error
		want  string // what the last redraw shows; "" when there is none
	}{
		{time.Second, nil, "[##--------] 1/4  25%  已用 1.0秒  预计还需 3.0秒"},
		{10 * time.Millisecond, errors.New("x"), ""},
		{time.Second, nil, "[#######---] 3/4  75%  已用 2.0秒  预计还需 0.7秒  失败 1"},
		{0, nil, "[##########] 4/4 100%  已用 2.0秒  失败 1"},
	} {
		out.Reset()
		clock = clock.Add(step.after)
		b.Done(Result{Err: step.err})
		if got := out.String(); step.want == "" && got != "" || !strings.Contains(got, step.want) {
			t.Errorf("step %d: drew %q, want %q", i, got, step.want)
		}
	}
	out.Reset()
	b.Finish()
	if out.String() != "\r\033[K" {
		t.Errorf("finish drew %q", out.String())
	}
}

func TestSummary(t *testing.T) {
	ok := Result{Bytes: 3 << 20}
	bad := Result{Err: errors.New("x")}
	for _, tc := range []struct {
		results []Result
		want    string
	}{
		{[]Result{ok, ok}, "已生成 2 份报告(共 6 MB),用时 12.5秒,2 路并行。"},
		{[]Result{ok, bad}, "已生成 1 份报告(共 3 MB),1 份失败(见上),用时 12.5秒,2 路并行。"},
		{[]Result{{Bytes: 100}}, "已生成 1 份报告(共 100 字节),用时 12.5秒,2 路并行。"},
		{[]Result{ok, bad, {Err: context.Canceled}}, "已生成 1 份报告(共 3 MB),1 份失败(见上),1 份因中断没有生成,用时 12.5秒,2 路并行。"},
	} {
		if got := Summary(tc.results, 12500*time.Millisecond, 2); got != tc.want {
			t.Errorf("got %q, want %q", got, tc.want)
		}
	}
}

func TestSeconds(t *testing.T) {
	for d, want := range map[time.Duration]string{
		400 * time.Millisecond: "0.4秒", 59 * time.Second: "59.0秒", 125 * time.Second: "2分05秒",
	} {
		if got := seconds(d); got != want {
			t.Errorf("seconds(%v) = %q, want %q", d, got, want)
		}
	}
}

func TestNamer(t *testing.T) {
	n := NewNamer("out", ".pdf")
	for _, tc := range []struct{ name, want string }{
		{"枫林学区", "out/枫林学区.pdf"},
		{"枫林学区", "out/枫林学区(2).pdf"},
		{"a/b:c", "out/a_b_c.pdf"},
		{"A_B_C", "out/A_B_C(2).pdf"},
		{" . ", "out/报告.pdf"},
		{"tab\there", "out/tab_here.pdf"},
		{"报告\u202efdp.exe", "out/报告_fdp.exe.pdf"},
		{"甲\u200b乙\u2066丙\u2069\ufeff", "out/甲_乙_丙__.pdf"},
		{"行一\u2028行二", "out/行一_行二.pdf"},
		{"\x1b]0;标题\a", "out/_]0;标题_.pdf"},
		{"CON", "out/CON_.pdf"},
		{"con", "out/con_(2).pdf"},
		{"NUL.学校", "out/NUL_.学校.pdf"},
		{"Com1", "out/Com1_.pdf"},
		{"LPT9 ", "out/LPT9_.pdf"},
		{"aux ", "out/aux_.pdf"},
		{"COM10", "out/COM10.pdf"},
		{"CONSOLE", "out/CONSOLE.pdf"},
		{"　全角空格　", "out/全角空格.pdf"},
		{strings.Repeat("很", 100), "out/" + strings.Repeat("很", 59) + "….pdf"},
		{strings.Repeat("很", 100) + "x", "out/" + strings.Repeat("很", 59) + "…(2).pdf"},
		{strings.Repeat("a", 300), "out/" + strings.Repeat("a", 177) + "….pdf"},
	} {
		if got := n.Path(tc.name); got != filepath.FromSlash(tc.want) {
			t.Errorf("Path(%q) = %q, want %q", tc.name, got, tc.want)
		}
	}
}

func TestPlainBar(t *testing.T) {
	var out bytes.Buffer
	b := NewBar(&out)
	b.Plain = true
	clock := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	b.now = func() time.Time { return clock }
	b.Start(2)
	clock = clock.Add(time.Second)
	b.Done(Result{Err: errors.New("x")})
	clock = clock.Add(time.Second)
	b.Done(Result{})
	b.Finish()
	got := out.String()
	if strings.ContainsRune(got, '\033') {
		t.Errorf("a plain bar drew an escape sequence: %q", got)
	}
	lines := strings.Split(got, "\r")
	// The line after a longer one is padded to cover it.
	if columns(lines[3]) < columns(lines[2]) {
		t.Errorf("a shorter redraw left characters of the longer one: %q", got)
	}
	if !strings.HasSuffix(got, "\r"+strings.Repeat(" ", b.last)+"\r") {
		t.Errorf("finish did not blank the line: %q", got)
	}
}

func TestNoClobberSkips(t *testing.T) {
	dir := t.TempDir()
	old := filepath.Join(dir, "old.txt")
	if err := os.WriteFile(old, []byte("kept"), 0o644); err != nil {
		t.Fatal(err)
	}
	jobs := []Job{{Name: "old", Out: old}, {Name: "new", Out: filepath.Join(dir, "new.txt")}}
	rendered := 0
	render := func(ctx context.Context, j Job) ([]byte, error) {
		rendered++
		return []byte("report"), nil
	}
	results := Run(context.Background(), jobs, render, Options{Workers: 1, Write: atomicfile.Options{NoClobber: true}})
	if !results[0].Skipped || results[1].Skipped || Failed(results) != 0 || rendered != 1 {
		t.Fatalf("results %+v, rendered %d", results, rendered)
	}
	if got, _ := os.ReadFile(old); string(got) != "kept" {
		t.Errorf("old.txt holds %q", got)
	}
	if s := Summary(results, time.Second, 1); !strings.Contains(s, "1 份已经存在(按 --no-clobber 没有覆盖)") {
		t.Errorf("summary %q", s)
	}
}

func TestRunSweepsOnce(t *testing.T) {
	dir := t.TempDir()
	stale := filepath.Join(dir, ".a.txt.123.tmp")
	other := filepath.Join(dir, ".other.txt.123.tmp")
	for _, p := range []string{stale, other} {
		if err := os.WriteFile(p, []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
		old := time.Now().Add(-time.Hour)
		os.Chtimes(p, old, old)
	}
	render := func(ctx context.Context, j Job) ([]byte, error) { return []byte("r"), nil }
	Run(context.Background(), []Job{{Name: "a", Out: filepath.Join(dir, "a.txt")}}, render, Options{})
	if _, err := os.Stat(stale); !os.IsNotExist(err) {
		t.Error("the stale temporary file of a.txt survived")
	}
	if _, err := os.Stat(other); err != nil {
		t.Error("the temporary file of another target was removed")
	}
}
