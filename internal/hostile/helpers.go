// Package hostile holds zongjie's catalogue of hostile inputs (the tests in
// this directory run each one through the real command and keep its answer
// under testdata/hostile) and small helpers the fuzz tests of other
// packages share. Nothing in zongjie itself imports it.
package hostile

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"time"
)

// Watchdog turns an input that runs longer than limit into a crash. Go's
// fuzzing has no time limit per input, so a hang would only show as
// "0/sec"; with the watchdog the process panics with every goroutine's stack
// and the fuzzer keeps the input under testdata/fuzz. Use it as
//
//	defer hostile.Watchdog(10 * time.Second)()
func Watchdog(limit time.Duration) (stop func()) {
	timer := time.AfterFunc(limit, func() {
		buf := make([]byte, 1<<20)
		n := runtime.Stack(buf, true)
		panic(fmt.Sprintf("one input ran longer than %v:\n%s", limit, buf[:n]))
	})
	return func() { timer.Stop() }
}

// MarkdownSeeds returns fuzz seeds for the writers: every composed example
// report under dir (the composer's golden files), whole and cut into its
// level-1 sections (each under the report's title line), so the fuzzer also
// starts from small inputs, which it mutates and minimises much faster.
func MarkdownSeeds(dir string) ([][]byte, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.md"))
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("no *.md files in %s", dir)
	}
	sort.Strings(files)
	var seeds [][]byte
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			return nil, err
		}
		seeds = append(seeds, data)
		title, _, _ := bytes.Cut(data, []byte("\n"))
		parts := bytes.Split(data, []byte("\n## "))
		for _, part := range parts[1:] {
			seed := append(append(append([]byte{}, title...), "\n\n## "...), part...)
			seeds = append(seeds, seed)
		}
	}
	return seeds, nil
}
