package report

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"
)

// TestHostileTemplates checks that a template directory a clerk got wrong
// is refused with a Chinese message naming the file.
func TestHostileTemplates(t *testing.T) {
	gbk, err := simplifiedchinese.GBK.NewEncoder().String("{{title .Org.Name \"工作要点\"}}\n")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, body string
		load       bool // the error comes from LoadTemplates, not Compose
		want       []string
	}{
		{"gbk", gbk, true, []string{"plan.md.tmpl", "不是 UTF-8", "另存为"}},
		{"recursion", "{{define \"x\"}}{{template \"x\"}}{{end}}{{template \"x\"}}\n", false,
			[]string{"plan.md.tmpl:1:", "嵌套超过 100000 层", "调用了它自己"}},
		{"syntax", "{{title .Org.Name}}\n{{if}}\n", true, []string{"plan.md.tmpl:2", "模板有误"}},
	}
	res := result(t, []string{filepath.Join("..", "..", "examples", "yongjia-edu-2013.yaml")})
	for _, tt := range tests {
		dir := t.TempDir()
		if err := os.WriteFile(filepath.Join(dir, "plan.md.tmpl"), []byte(tt.body), 0o644); err != nil {
			t.Fatal(err)
		}
		ts, err := LoadTemplates(dir)
		if err == nil && !tt.load {
			_, err = Compose(res, Plan, ts)
		}
		if err == nil {
			t.Errorf("%s: no error", tt.name)
			continue
		}
		for _, w := range tt.want {
			if !strings.Contains(err.Error(), w) {
				t.Errorf("%s: %q lacks %q", tt.name, err, w)
			}
		}
	}

	dir, outside := t.TempDir(), t.TempDir()
	if err := os.WriteFile(filepath.Join(outside, "secret.md.tmpl"), []byte("秘密"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(outside, "secret.md.tmpl"), filepath.Join(dir, "annual.md.tmpl")); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	_, err = LoadTemplates(dir)
	if err == nil || !strings.Contains(err.Error(), "指向模板目录之外") {
		t.Errorf("link out of the directory: %v", err)
	}
}
