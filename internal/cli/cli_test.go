package cli

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"
)

var update = flag.Bool("update", false, "rewrite the expected sections of testdata/scripts/*.txtar")

// TestScripts runs each testdata/scripts/*.txtar: the "args" file holds the
// command line (one argument per line; $EXAMPLES is the examples directory),
// other files are written to a temporary working directory, and the "stdout",
// "stderr" and "exit" files hold what is expected. Rewrite them with
// go test ./internal/cli -update
func TestScripts(t *testing.T) {
	files, _ := filepath.Glob("testdata/scripts/*.txtar")
	if len(files) == 0 {
		t.Fatal("no scripts")
	}
	examples, err := filepath.Abs("../../examples")
	if err != nil {
		t.Fatal(err)
	}
	for _, file := range files {
		t.Run(strings.TrimSuffix(filepath.Base(file), ".txtar"), func(t *testing.T) {
			ar, err := txtar.ParseFile(file)
			if err != nil {
				t.Fatal(err)
			}
			dir := t.TempDir()
			var args []string
			for _, f := range ar.Files {
				switch f.Name {
				case "args":
					for _, a := range strings.Split(strings.TrimRight(string(f.Data), "\n"), "\n") {
						args = append(args, strings.ReplaceAll(a, "$EXAMPLES", examples))
					}
				case "stdout", "stderr", "exit":
				default:
					if err := os.WriteFile(filepath.Join(dir, f.Name), f.Data, 0o644); err != nil {
						t.Fatal(err)
					}
				}
			}
			wd, _ := os.Getwd()
			if err := os.Chdir(dir); err != nil {
				t.Fatal(err)
			}
			defer os.Chdir(wd)
			var stdout, stderr bytes.Buffer
			code := Main(args, strings.NewReader(""), &stdout, &stderr)
			got := map[string]string{
				"stdout": strings.ReplaceAll(stdout.String(), examples, "$EXAMPLES"),
				"stderr": strings.ReplaceAll(stderr.String(), examples, "$EXAMPLES"),
				"exit":   strconv.Itoa(code) + "\n",
			}
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
				ar.Files = out
				os.Chdir(wd)
				if err := os.WriteFile(file, txtar.Format(ar), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			for _, f := range ar.Files {
				if want, ok := got[f.Name]; ok && want != string(f.Data) {
					t.Errorf("%s differs\n--- got ---\n%s--- want ---\n%s", f.Name, want, f.Data)
				}
			}
		})
	}
}
