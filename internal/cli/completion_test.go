package cli

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// completionScript writes the completion script for shell to a file.
func completionScript(t *testing.T, shell string) string {
	t.Helper()
	var out, errs bytes.Buffer
	if code := Main([]string{"completion", shell}, nil, &out, &errs); code != 0 {
		t.Fatalf("completion %s: %s", shell, errs.String())
	}
	path := filepath.Join(t.TempDir(), "zongjie."+shell)
	if err := os.WriteFile(path, out.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestCompletionSyntax checks each script with its shell's parser, where
// the shell is installed.
func TestCompletionSyntax(t *testing.T) {
	for _, shell := range []string{"bash", "zsh", "fish"} {
		t.Run(shell, func(t *testing.T) {
			if _, err := exec.LookPath(shell); err != nil {
				t.Skip(shell, "is not installed")
			}
			script := completionScript(t, shell)
			if out, err := exec.Command(shell, "-n", script).CombinedOutput(); err != nil {
				t.Errorf("%s -n: %v\n%s", shell, err, out)
			}
		})
	}
}

// TestCompletionOffers asks bash and fish, where installed, what they offer
// after a few command-line beginnings.
func TestCompletionOffers(t *testing.T) {
	cases := []struct {
		line string // the words typed; the last is being completed
		want []string
	}{
		{"zongjie re", []string{"render"}},
		{"zongjie render --kind ", []string{"annual", "halfyear", "congress", "term", "plan"}},
		{"zongjie render -k h", []string{"halfyear"}},
		{"zongjie render --no-c", []string{"--no-clobber"}},
		{"zongjie batch --split ", []string{"group", "unit"}},
		{"zongjie completion ", []string{"bash", "zsh", "fish"}},
		{"zongjie check yongjia-edu-201", []string{"yongjia-edu-2013.yaml", "yongjia-edu-2014.yaml"}},
	}
	wd, _ := os.Getwd()
	t.Run("bash", func(t *testing.T) {
		if _, err := exec.LookPath("bash"); err != nil {
			t.Skip("bash is not installed")
		}
		script := completionScript(t, "bash")
		for _, tc := range cases {
			words := strings.Fields(tc.line)
			if strings.HasSuffix(tc.line, " ") {
				words = append(words, "")
			}
			var quoted []string
			for _, w := range words {
				quoted = append(quoted, "'"+w+"'")
			}
			prog := "source " + script + "; COMP_WORDS=(" + strings.Join(quoted, " ") + "); COMP_CWORD=$((${#COMP_WORDS[@]}-1)); _zongjie; printf '%s\\n' \"${COMPREPLY[@]}\""
			cmd := exec.Command("bash", "-c", prog)
			cmd.Dir = filepath.Join(wd, "../../examples")
			out, err := cmd.CombinedOutput()
			if err != nil {
				t.Fatalf("%q: %v\n%s", tc.line, err, out)
			}
			if got := strings.Fields(string(out)); strings.Join(got, " ") != strings.Join(tc.want, " ") {
				t.Errorf("%q: bash offers %v, want %v", tc.line, got, tc.want)
			}
		}
	})
	t.Run("fish", func(t *testing.T) {
		if _, err := exec.LookPath("fish"); err != nil {
			t.Skip("fish is not installed")
		}
		script := completionScript(t, "fish")
		for _, tc := range cases {
			cmd := exec.Command("fish", "-c", "source "+script+"; complete -C '"+tc.line+"'")
			cmd.Dir = filepath.Join(wd, "../../examples")
			out, err := cmd.CombinedOutput()
			if err != nil {
				t.Fatalf("%q: %v\n%s", tc.line, err, out)
			}
			var got []string
			for _, l := range strings.Split(strings.TrimSpace(string(out)), "\n") {
				got = append(got, strings.SplitN(l, "\t", 2)[0])
			}
			for _, w := range tc.want {
				if !strings.Contains("\n"+strings.Join(got, "\n")+"\n", "\n"+w+"\n") {
					t.Errorf("%q: fish offers %v, lacking %s", tc.line, got, w)
				}
			}
		}
	})
}
