package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"zongjie/bench/synth"
)

func TestBatch(t *testing.T) {
	dir := t.TempDir()
	county := filepath.Join(dir, "county.yaml")
	if err := os.WriteFile(county, synth.YAML(synth.Options{Units: 40, Seed: 2}), 0o644); err != nil {
		t.Fatal(err)
	}
	bad := filepath.Join(dir, "bad.yaml")
	if err := os.WriteFile(bad, []byte("organisation: {name: 甲}\nperiod: {year: 1800}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	yongjia := filepath.Join("..", "..", "examples", "yongjia-edu-2013.yaml")
	dangyang := filepath.Join("..", "..", "examples", "dangyang-zhujian-2014h1.yaml")
	for _, tc := range []struct {
		name   string
		args   []string // "OUT" is replaced by the test's output directory
		code   int
		files  []string // expected output files, sorted; nil: not checked
		count  int      // expected number of output files when files is nil
		stderr []string // what standard error must hold; standard output stays empty
	}{
		{name: "files", args: []string{"--format", "md", "-o", "OUT", yongjia, dangyang},
			files: []string{"dangyang-zhujian-2014h1.md", "yongjia-edu-2013.md"}, stderr: []string{"已生成 2 份报告"}},
		{name: "docx", args: []string{"--format", "docx", "-o", "OUT", yongjia},
			files: []string{"yongjia-edu-2013.docx"}, stderr: []string{"已生成 1 份报告"}},
		{name: "one bad file", args: []string{"--format", "md", "-o", "OUT", yongjia, bad}, code: exitData,
			files: []string{"yongjia-edu-2013.md"}, stderr: []string{"1 份失败", "bad.yaml"}},
		{name: "split group", args: []string{"--split", "group", "--format", "md", "-o", "OUT", county},
			count: 4, stderr: []string{"已生成 4 份报告"}},
		{name: "split unit", args: []string{"--split", "unit", "--format", "html", "--jobs", "3", "-o", "OUT", county},
			count: 40, stderr: []string{"3 路并行"}},
		{name: "no output dir", args: []string{yongjia}, code: exitUsage, stderr: []string{"请用 -o 给出输出目录"}},
		{name: "no files", args: []string{"-o", "OUT"}, code: exitUsage, stderr: []string{"请给出数据文件"}},
		{name: "bad split", args: []string{"--split", "town", "-o", "OUT", county}, code: exitUsage, stderr: []string{"--split 只能是 group 或 unit"}},
		{name: "split two files", args: []string{"--split", "unit", "-o", "OUT", county, yongjia}, code: exitUsage, stderr: []string{"只拆分一个数据文件"}},
		{name: "bad format", args: []string{"--format", "rtf", "-o", "OUT", yongjia}, code: exitUsage, stderr: []string{"rtf"}},
		{name: "bad kind", args: []string{"--kind", "weekly", "-o", "OUT", yongjia}, code: exitUsage, stderr: []string{"weekly"}},
		{name: "split a bad file", args: []string{"--split", "unit", "-o", "OUT", bad}, code: exitData, stderr: []string{"1800"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "out")
			args := make([]string, len(tc.args))
			for i, a := range tc.args {
				args[i] = strings.ReplaceAll(a, "OUT", out)
			}
			var stdout, stderr bytes.Buffer
			code := Main(append([]string{"batch"}, args...), strings.NewReader(""), &stdout, &stderr)
			if code != tc.code {
				t.Fatalf("exit %d, want %d\nstdout: %s\nstderr: %s", code, tc.code, stdout.String(), stderr.String())
			}
			if stdout.Len() > 0 {
				t.Errorf("batch wrote to standard output: %q", stdout.String())
			}
			for _, want := range tc.stderr {
				if !strings.Contains(stderr.String(), want) {
					t.Errorf("stderr %q lacks %q", stderr.String(), want)
				}
			}
			if strings.Contains(stderr.String(), "\r") {
				t.Errorf("a progress bar was drawn on a non-terminal: %q", stderr.String())
			}
			if tc.code == exitUsage {
				return
			}
			entries, _ := os.ReadDir(out)
			var names []string
			for _, e := range entries {
				if info, err := e.Info(); err != nil || info.Size() == 0 {
					t.Errorf("%s is empty", e.Name())
				}
				names = append(names, e.Name())
			}
			sort.Strings(names)
			switch {
			case tc.files != nil && strings.Join(names, " ") != strings.Join(tc.files, " "):
				t.Errorf("wrote %v, want %v", names, tc.files)
			case tc.files == nil && len(names) != tc.count:
				t.Errorf("wrote %d files, want %d: %v", len(names), tc.count, names)
			}
		})
	}
}
