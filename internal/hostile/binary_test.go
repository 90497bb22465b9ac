package hostile

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
)

// binDir holds the zongjie binary the tests that need a real process build.
var binDir string

func TestMain(m *testing.M) {
	if os.Getenv(peakEnv) != "" {
		os.Exit(peakWrapper())
	}
	dir, err := os.MkdirTemp("", "zongjie-hostile-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	binDir = dir
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

var build struct {
	once sync.Once
	path string
	err  error
}

// zongjieBinary builds cmd/zongjie once per test run and returns its path.
func zongjieBinary(t *testing.T) string {
	t.Helper()
	build.once.Do(func() {
		goTool := filepath.Join(runtime.GOROOT(), "bin", "go")
		if _, err := os.Stat(goTool); err != nil {
			goTool = "go"
		}
		build.path = filepath.Join(binDir, "zongjie")
		if runtime.GOOS == "windows" {
			build.path += ".exe"
		}
		out, err := exec.Command(goTool, "build", "-o", build.path, "zongjie/cmd/zongjie").CombinedOutput()
		if err != nil {
			build.err = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if build.err != nil {
		t.Fatal(build.err)
	}
	return build.path
}

// bigReportData is base.yaml with 1500 paragraphs of 工作 text: its PDF
// takes most of a second to lay out, long enough to kill a render midway.
func bigReportData(t *testing.T) []byte {
	t.Helper()
	var paras strings.Builder
	paras.WriteString("text:\n  sections:\n    organisation:\n")
	for i := range 1500 {
		fmt.Fprintf(&paras, "      - 第%d段:%s\n", i+1, strings.Repeat("县总工会组织开展职工技能比赛和劳动竞赛,基层工会积极参与,取得了良好的成效,", 4))
	}
	data := readInput(t, "base.yaml")
	return []byte(strings.Replace(string(data), "text:\n", paras.String(), 1))
}
