package atomicfile

import (
	"os"
	"path/filepath"
	"strings"
	"time"
)

// Sweep removes from dir the temporary files that earlier, killed writes
// to any of the targets (base names in dir) left behind, once they are a
// minute old. It reads the directory once, however many targets there are:
// a batch writing many files into one directory sweeps it once and writes
// each file with Options.NoSweep.
func Sweep(dir string, targets []string) {
	stems := make(map[string]bool, len(targets))
	for _, t := range targets {
		stems[tempStem(t)] = true
	}
	removeStale(dir, func(stem string) bool { return stems[stem] }, time.Now().Add(-staleAge))
}

// removeStale removes the temporary files ".STEM.<digits>.tmp" in dir whose
// stem isTarget accepts and that were last modified before cutoff.
// Failures are ignored: the files are litter, not data.
func removeStale(dir string, isTarget func(stem string) bool, cutoff time.Time) {
	f, err := os.Open(dir)
	if err != nil {
		return
	}
	defer f.Close()
	for {
		// In chunks, so a directory of a million files is not held in memory.
		entries, err := f.ReadDir(4096)
		for _, e := range entries {
			name := e.Name()
			stem, ok := tempStemOf(name)
			if !ok || !e.Type().IsRegular() || !isTarget(stem) {
				continue
			}
			if info, err := e.Info(); err == nil && info.ModTime().Before(cutoff) {
				p := filepath.Join(dir, name)
				live.Lock()
				if !live.temps[p] {
					os.Remove(p)
				}
				live.Unlock()
			}
		}
		if err != nil || len(entries) == 0 {
			return
		}
	}
}

// tempStemOf returns the stem of a temporary file name ".STEM.<digits>.tmp".
func tempStemOf(name string) (string, bool) {
	rest, ok := strings.CutPrefix(name, ".")
	if !ok {
		return "", false
	}
	if rest, ok = strings.CutSuffix(rest, ".tmp"); !ok {
		return "", false
	}
	i := strings.LastIndexByte(rest, '.')
	if i <= 0 || i == len(rest)-1 || strings.Trim(rest[i+1:], "0123456789") != "" {
		return "", false
	}
	return rest[:i], true
}
