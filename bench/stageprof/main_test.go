package main

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"zongjie/internal/fonts"
)

// TestRun: the stages come in render's order, each measured, and the PDF
// is written.
func TestRun(t *testing.T) {
	out := filepath.Join(t.TempDir(), "x.pdf")
	stages, err := run(time.Now(), filepath.Join("..", "..", "examples", "yongjia-edu-2013.yaml"), out, fonts.Options{NoSystemFonts: true})
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, s := range stages {
		names = append(names, s.Name)
		if s.WallMS < 0 || s.UserMS < 0 || s.SysMS < 0 {
			t.Errorf("%s: negative measure %+v", s.Name, s)
		}
	}
	want := []string{"进程启动与初始化", "读取并校验数据", "规则与组稿", "加载字体", "排版", "字体子集", "内容流与字典", "压缩", "写出", "同步并改名"}
	if !slices.Equal(names, want) {
		t.Errorf("stages %v, want %v", names, want)
	}
	data, err := os.ReadFile(out)
	if err != nil || !bytes.HasPrefix(data, []byte("%PDF-")) {
		t.Errorf("no PDF written: %v", err)
	}
}
