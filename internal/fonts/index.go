package fonts

import (
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// fileStamp tells one version of a file from another: its size and
// modification time. A font file installed, upgraded or edited gets a new
// stamp, and the index reads it again.
type fileStamp struct{ size, mtime int64 }

func stampOf(st fs.FileInfo) fileStamp {
	return fileStamp{st.Size(), st.ModTime().UnixNano()}
}

// fileRecord is what the font index knows about one font file: its stamp
// and its faces. A file that holds no readable face is kept too (with no
// faces), so that it is not read again on every run.
type fileRecord struct {
	path  string
	stamp fileStamp
	faces []faceRecord
}

// faceRecord is one face of an indexed file.
type faceRecord struct {
	index int // in the collection; 0 for a plain font
	info  faceInfo
	// lay is where the face's tables are, once the face has been opened;
	// nil before, and for faces that cannot be used.
	lay *layout
}

// indexFile reads the names and styles of every face of a font file,
// reading only the table directories and the head, OS/2 and name tables.
// It returns nil if the file cannot be opened; a file that is no font gets
// a record without faces.
func indexFile(path string) *fileRecord {
	f, st, err := openFontFile(path)
	if err != nil {
		return nil
	}
	defer f.Close()
	rec := &fileRecord{path: path, stamp: stampOf(st)}
	// Read through a reader that knows the file's length, so that a table
	// length beyond it is refused before it is allocated (readAt).
	r := io.NewSectionReader(f, 0, st.Size())
	offs, err := faceOffsets(r)
	if err != nil {
		return rec
	}
	for i, off := range offs {
		fi, err := readFaceInfo(r, off)
		if err != nil {
			continue
		}
		rec.faces = append(rec.faces, faceRecord{index: i, info: fi})
	}
	return rec
}

// installed is one face of an installed font file.
type installed struct {
	file *fileRecord
	face *faceRecord
}

// catalogue is the font files found in the font directories, their faces
// indexed by normalized name.
type catalogue struct {
	files  []*fileRecord // in path order
	byName map[string][]installed
	// changed says that files differ from what the index file holds.
	changed bool
}

// isFontFile reports whether a file name looks like an sfnt font or collection.
func isFontFile(name string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".ttf", ".ttc", ".otf", ".otc":
		return true
	}
	return false
}

// scan walks dirs (missing ones are skipped) for font files. A file whose
// size and modification time match its record in known is taken from
// there; any other is read (indexFile). Only regular files are read, also
// behind a symbolic link: a FIFO or a device named like a font would hang
// or never end.
func scan(dirs []string, known map[string]*fileRecord) *catalogue {
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
			var st fs.FileInfo
			if e.Type()&fs.ModeSymlink != 0 {
				st, err = os.Stat(path)
			} else {
				st, err = e.Info()
			}
			if err != nil || !st.Mode().IsRegular() {
				return nil
			}
			rec := known[path]
			if rec == nil || rec.stamp != stampOf(st) {
				if rec = indexFile(path); rec == nil {
					return nil
				}
				c.changed = true
			}
			c.files = append(c.files, rec)
			return nil
		})
	}
	sort.Slice(c.files, func(i, j int) bool { return c.files[i].path < c.files[j].path })
	for _, f := range c.files {
		for i := range f.faces {
			face := &f.faces[i]
			for _, n := range face.info.names {
				key := normalizeFamily(n)
				c.byName[key] = append(c.byName[key], installed{f, face})
			}
		}
	}
	// A file the index knows under a walked directory that the walk did
	// not find has been removed.
	for path := range known {
		if !seen[path] && under(path, dirs) {
			c.changed = true
			break
		}
	}
	return c
}

// under reports whether path lies in one of dirs.
func under(path string, dirs []string) bool {
	for _, d := range dirs {
		if rel, err := filepath.Rel(d, path); err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
			return true
		}
	}
	return false
}

// usable reports whether a face can set a report: regular (neither bold
// nor italic), TrueType outlines, embedding allowed.
func (in installed) usable() bool {
	fi := in.face.info
	return fi.regular && fi.trueType && fi.embeddable
}

// find returns the usable faces named by any of families, best first: in
// the order of families, then by path and face index so the choice is
// deterministic.
func (c *catalogue) find(families []string) []installed {
	var out []installed
	for _, fam := range families {
		for _, in := range c.byName[normalizeFamily(fam)] {
			if in.usable() {
				out = append(out, in)
			}
		}
	}
	return out
}
