package deploy

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"

	"zongjie/bench/synth"
)

// TestLocalRun runs the manifest's Jobs as local processes, with the
// config map's settings and the completion index of each pod: the map
// Job's shards all at once, then the reduce Job. The federation's report
// and every union's report are the bytes one machine's zongjie rollup
// writes. A map pod run again rewrites the same bytes.
func TestLocalRun(t *testing.T) {
	sh, err := exec.LookPath("sh")
	if err != nil {
		t.Skip("no sh to run the Jobs' commands")
	}
	if testing.Short() {
		t.Skip("builds zongjie and runs it as processes")
	}
	docs := readManifest(t)
	var mapJob, reduceJob, cm map[string]any
	for _, d := range docs {
		switch name, _ := get(d.v, "metadata", "name").(string); {
		case d.v["kind"] == "ConfigMap":
			cm = d.v
		case strings.HasSuffix(name, "map"):
			mapJob = d.v
		case strings.HasSuffix(name, "reduce"):
			reduceJob = d.v
		}
	}
	if mapJob == nil || reduceJob == nil || cm == nil {
		t.Fatal("the manifest lacks a Job or the config map")
	}
	bin := filepath.Join(t.TempDir(), "zongjie")
	if out, err := exec.Command("go", "build", "-o", bin, "zongjie/cmd/zongjie").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	binDir := filepath.Dir(bin)

	// The shared volume: the federation's file and its unions' in /data/in.
	data := t.TempDir()
	fed, err := synth.NewFederation(synth.Options{Units: 30, Seed: 4})
	if err != nil {
		t.Fatal(err)
	}
	parent, err := fed.WriteFiles(filepath.Join(data, "in"))
	if err != nil {
		t.Fatal(err)
	}
	env := []string{"PATH=" + binDir + string(os.PathListSeparator) + os.Getenv("PATH"), "HOME=" + t.TempDir()}
	for k, v := range get(cm, "data").(map[string]any) {
		if k == "FEDERATION" {
			v = fed.Name // the synthetic federation's name
		}
		env = append(env, k+"="+v.(string))
	}
	shards := get(mapJob, "spec", "completions").(int)
	format := get(cm, "data", "FORMAT").(string)
	run := func(job map[string]any, index int) error {
		script := strings.ReplaceAll(command(t, job), "/data", data)
		cmd := exec.Command(sh, "-c", script)
		cmd.Env = append(append([]string(nil), env...), "JOB_COMPLETION_INDEX="+strconv.Itoa(index))
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		if err := cmd.Run(); err != nil {
			return fmt.Errorf("pod %d: %v\n%s", index, err, stderr.String())
		}
		return nil
	}
	var wg sync.WaitGroup
	errs := make([]error, shards)
	for i := range shards {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[i] = run(mapJob, i)
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	if err := run(reduceJob, 0); err != nil {
		t.Fatal(err)
	}

	// One machine.
	single := t.TempDir()
	report := filepath.Join(single, fed.Name+"."+format)
	cmd := exec.Command(bin, "rollup", "-o", report, "--each", filepath.Join(single, "reports"), parent)
	cmd.Env = env
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("one machine: %v\n%s", err, out)
	}
	out := filepath.Join(data, "out")
	same(t, report, filepath.Join(out, fed.Name+"."+format))
	sameTree(t, filepath.Join(single, "reports"), filepath.Join(out, "reports"), len(fed.Children))

	// A pod run again rewrites the same bytes.
	before := tree(t, out)
	if err := run(mapJob, 1); err != nil {
		t.Fatal(err)
	}
	after := tree(t, out)
	for name, data := range before {
		if !bytes.Equal(after[name], data) {
			t.Errorf("running map pod 1 again changed %s", name)
		}
	}
}

func same(t *testing.T, a, b string) {
	t.Helper()
	x, err1 := os.ReadFile(a)
	y, err2 := os.ReadFile(b)
	if err1 != nil || err2 != nil {
		t.Fatalf("%v, %v", err1, err2)
	}
	if !bytes.Equal(x, y) {
		t.Errorf("%s and %s differ", a, b)
	}
}

// sameTree compares two directories' files byte for byte.
func sameTree(t *testing.T, a, b string, want int) {
	t.Helper()
	x, y := tree(t, a), tree(t, b)
	if len(x) != want {
		t.Errorf("%d reports in %s, want %d", len(x), a, want)
	}
	var names []string
	for n := range x {
		names = append(names, n)
	}
	for n := range y {
		if _, ok := x[n]; !ok {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	for _, n := range names {
		if !bytes.Equal(x[n], y[n]) {
			t.Errorf("%s differs between one machine and the Jobs (%d and %d bytes)", n, len(x[n]), len(y[n]))
		}
	}
}

// tree reads every file under dir by its path relative to dir.
func tree(t *testing.T, dir string) map[string][]byte {
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
