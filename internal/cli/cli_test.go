package cli

import (
	"bytes"
	"flag"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"golang.org/x/tools/txtar"
)

var update = flag.Bool("update", false, "rewrite the expected sections of testdata/scripts/*.txtar")

// TestScripts runs each testdata/scripts/*.txtar, a command line with its
// files and what it must give. Sections:
//
//   - "args": the command line, one argument per line ($EXAMPLES is the
//     examples directory, $WORK the working directory).
//   - "env": KEY=VALUE lines the command sees (TERM=dumb).
//   - "stdin": what the command reads on standard input.
//   - "terminal": "stdout" and/or "stderr", the streams that count as a
//     terminal (a progress bar is drawn, binary output refused).
//   - "setup": lines run before the command: "mkdir D", "chmod 0444 F",
//     "symlink TARGET LINK", "old F" (last modified an hour ago).
//   - any other name: a file written to the working directory.
//
// Expected, rewritten by go test ./internal/cli -update: "stdout",
// "stderr" and "exit"; "want/PATH", the content of PATH after the run;
// "files", the sorted paths in the working directory after the run
// (directories end in /, links show their target).
func TestScripts(t *testing.T) {
	files, _ := filepath.Glob("testdata/scripts/*.txtar")
	if len(files) == 0 {
		t.Fatal("no scripts")
	}
	for _, file := range files {
		t.Run(strings.TrimSuffix(filepath.Base(file), ".txtar"), func(t *testing.T) {
			runScript(t, file)
		})
	}
}

// scriptResult is what a script's command gave.
type scriptResult struct {
	ar     *txtar.Archive
	got    map[string]string // section name → content
	stdout string
	stderr string
}

// examplesDir is the repository's examples directory.
var examplesDir, _ = filepath.Abs("../../examples")

func runScript(t *testing.T, file string) scriptResult {
	t.Helper()
	ar, err := txtar.ParseFile(file)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	expand := func(s string) string {
		return strings.NewReplacer("$EXAMPLES", examplesDir, "$WORK", dir).Replace(s)
	}
	var args, setup []string
	vars := map[string]string{}
	terminals := map[string]bool{}
	stdin := ""
	for _, f := range ar.Files {
		text := strings.TrimRight(string(f.Data), "\n")
		switch {
		case f.Name == "args":
			for _, a := range strings.Split(text, "\n") {
				args = append(args, expand(a))
			}
		case f.Name == "env":
			for _, kv := range strings.Split(text, "\n") {
				k, v, _ := strings.Cut(kv, "=")
				vars[k] = v
			}
		case f.Name == "stdin":
			stdin = string(f.Data)
		case f.Name == "terminal":
			for _, s := range strings.Fields(text) {
				terminals[s] = true
			}
		case f.Name == "setup":
			setup = strings.Split(text, "\n")
		case f.Name == "stdout", f.Name == "stderr", f.Name == "exit", f.Name == "files", strings.HasPrefix(f.Name, "want/"):
		default:
			p := filepath.Join(dir, f.Name)
			if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(p, f.Data, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	for _, line := range setup {
		runSetup(t, dir, expand(line))
	}

	wd, _ := os.Getwd()
	if err := os.Chdir(dir); err != nil {
		t.Fatal(err)
	}
	defer os.Chdir(wd)
	var stdout, stderr bytes.Buffer
	e := newEnv(strings.NewReader(stdin), &stdout, &stderr)
	e.getenv = func(k string) string { return vars[k] }
	e.terminal = func(w io.Writer) bool {
		return w == io.Writer(&stdout) && terminals["stdout"] || w == io.Writer(&stderr) && terminals["stderr"]
	}
	code := e.main(args)

	unexpand := strings.NewReplacer(dir, "$WORK", examplesDir, "$EXAMPLES")
	got := map[string]string{
		"stdout": normalize(unexpand.Replace(stdout.String())),
		"stderr": normalize(unexpand.Replace(stderr.String())),
		"exit":   strconv.Itoa(code) + "\n",
	}
	for _, f := range ar.Files {
		switch {
		case strings.HasPrefix(f.Name, "want/"):
			data, err := os.ReadFile(filepath.Join(dir, strings.TrimPrefix(f.Name, "want/")))
			if err != nil {
				got[f.Name] = "(" + err.Error() + ")\n"
			} else {
				got[f.Name] = unexpand.Replace(string(data))
			}
		case f.Name == "files":
			got[f.Name] = listDir(t, dir)
		}
	}
	os.Chdir(wd)
	if *update {
		var out []txtar.File
		for _, f := range ar.Files {
			if _, ok := got[f.Name]; !ok {
				out = append(out, f)
			}
		}
		for _, name := range []string{"stdout", "stderr", "exit"} {
			out = append(out, txtar.File{Name: name, Data: []byte(got[name])})
		}
		for _, f := range ar.Files {
			if strings.HasPrefix(f.Name, "want/") || f.Name == "files" {
				out = append(out, txtar.File{Name: f.Name, Data: []byte(got[f.Name])})
			}
		}
		ar.Files = out
		if err := os.WriteFile(file, txtar.Format(ar), 0o644); err != nil {
			t.Fatal(err)
		}
	} else {
		for _, f := range ar.Files {
			if want, ok := got[f.Name]; ok && want != string(f.Data) {
				t.Errorf("%s differs\n--- got ---\n%s--- want ---\n%s", f.Name, want, f.Data)
			}
		}
	}
	return scriptResult{ar: ar, got: got, stdout: got["stdout"], stderr: got["stderr"]}
}

// Times and the number of CPUs vary from run to run.
var (
	timing  = regexp.MustCompile(`(用时|已用|预计还需) [0-9.分]+秒`)
	workers = regexp.MustCompile(`[0-9]+ 路并行`)
)

// normalize makes a command's output comparable across runs and visible in
// a golden file: times become "…秒", the number of workers "N 路并行",
// and raw carriage returns and escapes (a progress bar) are spelt \r, \e.
func normalize(s string) string {
	s = timing.ReplaceAllString(s, "$1 …秒")
	s = workers.ReplaceAllString(s, "N 路并行")
	return strings.NewReplacer("\r", `\r`, "\x1b", `\e`).Replace(s)
}

// runSetup runs one "setup" line in dir.
func runSetup(t *testing.T, dir, line string) {
	t.Helper()
	f := strings.Fields(line)
	if len(f) == 0 {
		return
	}
	path := func(i int) string { return filepath.Join(dir, f[i]) }
	var err error
	switch {
	case f[0] == "mkdir" && len(f) == 2:
		err = os.MkdirAll(path(1), 0o755)
	case f[0] == "chmod" && len(f) == 3:
		var mode uint64
		if mode, err = strconv.ParseUint(f[1], 8, 32); err == nil {
			err = os.Chmod(path(2), os.FileMode(mode))
		}
	case f[0] == "symlink" && len(f) == 3:
		err = os.Symlink(f[1], path(2))
	case f[0] == "old" && len(f) == 2:
		old := time.Now().Add(-time.Hour)
		err = os.Chtimes(path(1), old, old)
	default:
		t.Fatalf("setup: cannot run %q", line)
	}
	if err != nil {
		t.Fatalf("setup %q: %v", line, err)
	}
}

// listDir lists the paths under dir, sorted, directories with a trailing
// /, symbolic links with their target.
func listDir(t *testing.T, dir string) string {
	var names []string
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || p == dir {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		rel = filepath.ToSlash(rel)
		switch {
		case d.IsDir():
			rel += "/"
		case d.Type()&os.ModeSymlink != 0:
			target, _ := os.Readlink(p)
			rel += " -> " + target
		}
		names = append(names, rel)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(names)
	return strings.Join(names, "\n") + "\n"
}
