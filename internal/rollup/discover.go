package rollup

import (
	"os"
	"path/filepath"
	"slices"
	"strings"

	"zongjie/internal/record"
)

// item is one child of a federation as found on disk: a data or metrics
// file, or a lower-level federation (its data file with the directory of
// its own children beside it: 青溪县总工会.yaml and 青溪县总工会/).
type item struct {
	path string // the file
	dir  string // a lower level's directory of children; "" for a file
	// weight is how many data files the item holds, for balancing shards.
	weight int
}

// dataExts are the extensions of the files a directory's children are
// read from.
var dataExts = []string{".yaml", ".yml", ".json"}

func isDataFile(name string) bool {
	return slices.Contains(dataExts, strings.ToLower(filepath.Ext(name))) && !strings.HasPrefix(filepath.Base(name), ".")
}

// levelDir returns the directory of children beside a data file
// (青溪县总工会.yaml: 青溪县总工会/), or "".
func levelDir(file string) string {
	dir := strings.TrimSuffix(file, filepath.Ext(file))
	if st, err := os.Stat(dir); err == nil && st.IsDir() && dir != file {
		return dir
	}
	return ""
}

// discoverer walks the children given on the command line.
type discoverer struct {
	skip     string // the federation's own data file, never its own child
	items    []item
	problems record.Errors
	seen     map[string]bool // real paths of the files taken
}

// discover lists the children: every data or metrics file given or found
// in a directory given (its subdirectories too), a data file with a
// directory of its own name beside it being a lower level. The federation's
// own file, if found among them, is passed over.
func discover(parentFile string, paths []string) ([]item, record.Errors) {
	d := &discoverer{seen: map[string]bool{}}
	if real, err := filepath.EvalSymlinks(parentFile); err == nil {
		if abs, err := filepath.Abs(real); err == nil {
			d.skip = abs
		}
	}
	for _, p := range paths {
		st, err := os.Stat(p)
		switch {
		case err != nil:
			d.problem(p, "找不到这个文件或目录;请检查路径")
		case st.IsDir():
			d.walk(p, nil, nil)
		default:
			d.file(p)
		}
	}
	return d.items, d.problems
}

func (d *discoverer) problem(path, format string, args ...any) {
	d.problems = append(d.problems, &record.Error{Pos: record.Pos{File: path}, Format: format, Args: args})
}

// file takes one file given on the command line.
func (d *discoverer) file(path string) {
	real, err := filepath.EvalSymlinks(path)
	if err != nil {
		real = path
	}
	if abs, err := filepath.Abs(real); err == nil {
		real = abs
	}
	d.take(path, real, levelDir(path))
}

// take takes a file whose real path is real; dir is the directory of its
// children when it is a lower level, else "".
func (d *discoverer) take(path, real, dir string) {
	if d.skip != "" && d.skip == real {
		return
	}
	if d.seen[real] {
		d.problem(path, "这个文件已经作为下级给过一次;同一个文件只能计入一次")
		return
	}
	d.seen[real] = true
	it := item{path: path, weight: 1}
	if dir != "" {
		it.dir = dir
		it.weight = countData(dir)
	}
	d.items = append(d.items, it)
}

// walk takes the files of a directory and its subdirectories, in name
// order; stack holds the real paths of the directories being walked (given
// their paths as given), so a link back to one of them is reported instead
// of followed for ever. A
// plain file's real path is its directory's with its name: only links
// cost a look-up.
func (d *discoverer) walk(dir string, stack, given []string) {
	real, err := filepath.EvalSymlinks(dir)
	if err != nil {
		real = dir
	}
	if abs, err := filepath.Abs(real); err == nil {
		real = abs
	}
	if i := slices.Index(stack, real); i >= 0 {
		d.problem(dir, "这个目录链接回了上层目录 %s,形成循环;请删去这个链接", given[i])
		return
	}
	stack, given = append(stack, real), append(given, dir)
	entries, err := os.ReadDir(dir)
	if err != nil {
		d.problem(dir, "无法读取目录")
		return
	}
	names := map[string]bool{}
	dirs := map[string]bool{}
	isDir := func(e os.DirEntry) bool {
		if e.Type()&os.ModeSymlink == 0 {
			return e.IsDir()
		}
		st, err := os.Stat(filepath.Join(dir, e.Name()))
		return err == nil && st.IsDir()
	}
	for _, e := range entries {
		names[e.Name()] = true
		if isDir(e) {
			dirs[e.Name()] = true
		}
	}
	for _, e := range entries {
		name := e.Name()
		path := filepath.Join(dir, name)
		if strings.HasPrefix(name, ".") {
			continue
		}
		if dirs[name] {
			if hasLevelFile(names, name) {
				continue // a lower level: taken with its data file
			}
			d.walk(path, stack, given)
			continue
		}
		if !isDataFile(name) {
			continue
		}
		level := ""
		if stem := strings.TrimSuffix(name, filepath.Ext(name)); dirs[stem] {
			level = filepath.Join(dir, stem)
		}
		if e.Type()&os.ModeSymlink != 0 {
			d.file(path)
			continue
		}
		d.take(path, filepath.Join(real, name), level)
	}
}

// hasLevelFile reports whether a directory's entries hold the data file of
// the subdirectory name (name.yaml, name.yml or name.json).
func hasLevelFile(entries map[string]bool, name string) bool {
	for _, ext := range dataExts {
		if entries[name+ext] {
			return true
		}
	}
	return false
}

// countData counts the data files under dir.
func countData(dir string) int {
	n := 0
	filepath.WalkDir(dir, func(path string, e os.DirEntry, err error) error {
		if err == nil && !e.IsDir() && isDataFile(e.Name()) {
			n++
		}
		return nil
	})
	return max(n, 1)
}
