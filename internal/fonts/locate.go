package fonts

import (
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
)

// SystemDirs returns the directories where fonts are installed on this
// operating system, user directories included, in search order.
func SystemDirs() []string {
	home, _ := os.UserHomeDir()
	var dirs []string
	switch runtime.GOOS {
	case "windows":
		win := os.Getenv("WINDIR")
		if win == "" {
			win = `C:\Windows`
		}
		dirs = append(dirs, filepath.Join(win, "Fonts"))
		if local := os.Getenv("LOCALAPPDATA"); local != "" {
			dirs = append(dirs, filepath.Join(local, "Microsoft", "Windows", "Fonts"))
		}
	case "darwin":
		dirs = append(dirs, "/System/Library/Fonts", "/Library/Fonts")
		if home != "" {
			dirs = append(dirs, filepath.Join(home, "Library", "Fonts"))
		}
	default:
		data := os.Getenv("XDG_DATA_DIRS")
		if data == "" {
			data = "/usr/local/share:/usr/share"
		}
		for _, d := range filepath.SplitList(data) {
			dirs = append(dirs, filepath.Join(d, "fonts"))
		}
		if home != "" {
			xdg := os.Getenv("XDG_DATA_HOME")
			if xdg == "" {
				xdg = filepath.Join(home, ".local", "share")
			}
			dirs = append(dirs, filepath.Join(xdg, "fonts"), filepath.Join(home, ".fonts"))
		}
	}
	return dirs
}

// installed is one face of an installed font file.
type installed struct {
	path string
	face int
	info faceInfo
}

// catalogue indexes the faces found in font directories by normalized name.
type catalogue struct {
	byName map[string][]installed
}

// isFontFile reports whether a file name looks like an sfnt font or collection.
func isFontFile(name string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".ttf", ".ttc", ".otf", ".otc":
		return true
	}
	return false
}

// scan walks dirs (missing ones are skipped) and reads the names of every
// face of every font file, reading only the tables it needs.
func scan(dirs []string) *catalogue {
	c := &catalogue{byName: map[string][]installed{}}
	seen := map[string]bool{}
	for _, dir := range dirs {
		_ = filepath.WalkDir(dir, func(path string, e fs.DirEntry, err error) error {
			if err != nil {
				if e != nil && e.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if e.IsDir() || !isFontFile(path) || seen[path] {
				return nil
			}
			seen[path] = true
			c.addFile(path)
			return nil
		})
	}
	for name, list := range c.byName {
		sort.SliceStable(list, func(i, j int) bool {
			if list[i].path != list[j].path {
				return list[i].path < list[j].path
			}
			return list[i].face < list[j].face
		})
		c.byName[name] = list
	}
	return c
}

func (c *catalogue) addFile(path string) {
	f, err := os.Open(path)
	if err != nil {
		return
	}
	defer f.Close()
	offs, err := faceOffsets(f)
	if err != nil {
		return
	}
	for i, off := range offs {
		fi, err := readFaceInfo(f, off)
		if err != nil {
			continue
		}
		for _, n := range fi.names {
			key := normalizeFamily(n)
			c.byName[key] = append(c.byName[key], installed{path: path, face: i, info: fi})
		}
	}
}

// find returns the usable faces (regular, TrueType outlines, embeddable)
// named by any of families, best first: in the order of families, then by
// path and face index so the choice is deterministic.
func (c *catalogue) find(families []string) []installed {
	var out []installed
	for _, fam := range families {
		for _, in := range c.byName[normalizeFamily(fam)] {
			if in.info.regular && in.info.trueType && in.info.embeddable {
				out = append(out, in)
			}
		}
	}
	return out
}
