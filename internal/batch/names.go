package batch

import (
	"fmt"
	"path/filepath"
	"strings"
	"unicode"
)

// Namer hands out output paths in one directory, one per report, made from
// the report's name (a file's base name, a group or unit name). Characters
// that file systems refuse become "_", and a name already given out (ignoring
// case, as Windows and macOS do) gets a number: 枫林学区(2).pdf.
type Namer struct {
	dir, ext string
	used     map[string]bool
}

// NewNamer returns a Namer for files with extension ext (".pdf") in dir.
func NewNamer(dir, ext string) *Namer {
	return &Namer{dir: dir, ext: ext, used: map[string]bool{}}
}

// Path returns a fresh output path for name.
func (n *Namer) Path(name string) string {
	base := SafeName(name)
	file := base + n.ext
	for i := 2; n.used[strings.ToLower(file)]; i++ {
		file = fmt.Sprintf("%s(%d)%s", base, i, n.ext)
	}
	n.used[strings.ToLower(file)] = true
	return filepath.Join(n.dir, file)
}

// SafeName makes name usable as a file name on Linux, Windows and macOS:
// path separators, reserved and control characters become "_", surrounding
// spaces and dots go, and an empty result becomes 报告.
func SafeName(name string) string {
	s := strings.Map(func(r rune) rune {
		if unicode.IsControl(r) || strings.ContainsRune(`/\:*?"<>|`, r) {
			return '_'
		}
		return r
	}, name)
	s = strings.Trim(s, " .")
	if s == "" {
		return "报告"
	}
	return s
}
