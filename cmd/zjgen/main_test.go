package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"zongjie/internal/record"
)

func TestRun(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct {
		name    string
		args    []string
		code    int
		stderr  string
		outFile string
	}{
		{"file", []string{"-units", "30", "-seed", "2", "-o", filepath.Join(dir, "c.yaml")}, 0, "", "c.yaml"},
		{"stdout", []string{"-units", "3"}, 0, "", ""},
		{"too few units", []string{"-units", "0"}, 2, "单位数应在", ""},
		{"bad year", []string{"-year", "1700"}, 2, "年度应在", ""},
		{"stray argument", []string{"out.yaml"}, 2, "不接受参数", ""},
		{"help", []string{"-h"}, 0, "用法:zjgen", ""},
		{"missing directory", []string{"-o", filepath.Join(dir, "no", "c.yaml")}, 1, "不存在", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			if code := run(tc.args, &stdout, &stderr); code != tc.code {
				t.Fatalf("exit %d, want %d; stderr: %s", code, tc.code, stderr.String())
			}
			if !strings.Contains(stderr.String(), tc.stderr) {
				t.Errorf("stderr %q does not contain %q", stderr.String(), tc.stderr)
			}
			if tc.code != 0 || tc.stderr != "" {
				return
			}
			data := stdout.Bytes()
			if tc.outFile != "" {
				var err error
				if data, err = os.ReadFile(filepath.Join(dir, tc.outFile)); err != nil {
					t.Fatal(err)
				}
			}
			if _, err := record.Parse("out.yaml", data, record.DefaultLimits); err != nil {
				t.Fatalf("output does not load: %v", err)
			}
		})
	}
}

func TestFederationFlag(t *testing.T) {
	dir := t.TempDir()
	var stdout, stderr bytes.Buffer
	if code := run([]string{"-units", "5", "-federation", dir}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	parent := strings.TrimSpace(stdout.String())
	kids, _ := filepath.Glob(filepath.Join(strings.TrimSuffix(parent, ".yaml"), "*.yaml"))
	if len(kids) != 5 {
		t.Errorf("%d unions' files beside %s", len(kids), parent)
	}
	if code := run([]string{"-units", "5", "-federation", dir, "-o", "x.yaml"}, &stdout, &stderr); code != 2 {
		t.Errorf("-o with -federation: exit %d", code)
	}
}
