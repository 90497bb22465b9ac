package fonts

import (
	"encoding/binary"
	"errors"
	"hash/crc32"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"
)

// The font index file keeps, between runs, what finding the installed
// fonts reads: for every font file in the font directories its size and
// modification time, and for every face its names, its style and, once it
// has been opened, where its tables and cmap subtables are. A run then
// reads this one small file instead of a few kilobytes from each of dozens
// of font files, and opens the fonts it uses without reading their headers.
//
// The file is rewritten whenever a run finds something it does not hold:
// written to a temporary file beside it and renamed over it, so that a
// reader, even one running at the same time, sees either the old or the
// new index whole. A file that is damaged, truncated, or of another format
// version fails its check and is ignored, and the fonts are read as if
// there were none; a record whose file's size or time has changed is read
// again. Nothing in the index decides anything on its own: the same fonts
// are found, and the same bytes written, with or without it.

// indexMagic starts the file; indexVersion changes when what is recorded
// or how it is checked changes (2: CRC-32 IEEE instead of CRC-32C, whose
// tables cost every run about a million instructions to build).
const (
	indexMagic   = "ZJFONTIX"
	indexVersion = 2
	indexName    = "fonts.idx"
)

// DefaultIndexPath returns where the font index is kept: in zongjie's
// directory of the user's cache directory (os.UserCacheDir), or "" if the
// system has none.
func DefaultIndexPath() string {
	dir, err := os.UserCacheDir()
	if err != nil || dir == "" {
		return ""
	}
	return filepath.Join(dir, "zongjie", indexName)
}

// loadIndex reads the index file; nil if it is missing or cannot be used.
func loadIndex(path string) map[string]*fileRecord {
	if path == "" {
		return nil
	}
	f, err := os.Open(path)
	if err != nil {
		return nil
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil || !st.Mode().IsRegular() || st.Size() > maxIndexFile {
		return nil
	}
	data := make([]byte, st.Size())
	if _, err := f.ReadAt(data, 0); err != nil {
		return nil
	}
	files, err := decodeIndex(data)
	if err != nil {
		return nil
	}
	return files
}

// maxIndexFile bounds the index file read: a few hundred bytes per font
// file, for tens of thousands of files at most.
const maxIndexFile = 64 << 20

// saveIndex writes the index file atomically, creating its directory.
// A failure only costs the next run the time of reading the fonts again.
func saveIndex(path string, files []*fileRecord) error {
	if path == "" {
		return nil
	}
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(dir, indexName+".*.tmp")
	if err != nil {
		return err
	}
	_, err = tmp.Write(encodeIndex(files))
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		os.Remove(tmp.Name())
		return err
	}
	removeStaleTemps(dir)
	return nil
}

// removeStaleTemps removes temporary index files a killed writer left
// behind, once they are old enough not to be another writer's.
func removeStaleTemps(dir string) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		if !strings.HasPrefix(e.Name(), indexName+".") || !strings.HasSuffix(e.Name(), ".tmp") {
			continue
		}
		if info, err := e.Info(); err == nil && time.Since(info.ModTime()) > 10*time.Minute {
			os.Remove(filepath.Join(dir, e.Name()))
		}
	}
}

// The index file: magic, version byte, CRC-32 (IEEE) of the body, body
// length, body. The body holds the files in path order, each with its
// faces.

const headerSize = len(indexMagic) + 1 + 4 + 4

// encodeIndex writes the records in path order, so equal indexes are equal
// bytes.
func encodeIndex(files []*fileRecord) []byte {
	files = slices.Clone(files)
	slices.SortFunc(files, func(a, b *fileRecord) int { return strings.Compare(a.path, b.path) })
	var e encoder
	e.uint(uint64(len(files)))
	for _, f := range files {
		e.str(f.path)
		e.int(f.stamp.size)
		e.int(f.stamp.mtime)
		e.uint(uint64(len(f.faces)))
		for _, face := range f.faces {
			e.uint(uint64(face.index))
			fi := face.info
			e.uint(uint64(len(fi.names)))
			for _, n := range fi.names {
				e.str(n)
			}
			e.str(fi.postScript)
			var flags byte
			for i, b := range []bool{fi.regular, fi.trueType, fi.embeddable, face.lay != nil} {
				if b {
					flags |= 1 << i
				}
			}
			e.b = append(e.b, flags)
			if lay := face.lay; lay != nil {
				for _, s := range lay.spans() {
					e.uint(uint64(s.off))
					e.uint(uint64(s.len))
				}
				e.uint(uint64(lay.unitsPerEm))
				e.uint(uint64(lay.numGlyphs))
				e.uint(uint64(lay.numHMetrics))
				e.bool(lay.longLoca)
			}
		}
	}
	out := make([]byte, headerSize, headerSize+len(e.b))
	copy(out, indexMagic)
	out[len(indexMagic)] = indexVersion
	binary.BigEndian.PutUint32(out[len(indexMagic)+1:], crc32.ChecksumIEEE(e.b))
	binary.BigEndian.PutUint32(out[len(indexMagic)+5:], uint32(len(e.b)))
	return append(out, e.b...)
}

// errBadIndex is any reason an index file cannot be used.
var errBadIndex = errors.New("font index damaged or of another version")

// decodeIndex reads an index file, checking its frame and every count and
// length against the bytes there are.
func decodeIndex(data []byte) (map[string]*fileRecord, error) {
	if len(data) < headerSize || string(data[:len(indexMagic)]) != indexMagic || data[len(indexMagic)] != indexVersion {
		return nil, errBadIndex
	}
	body := data[headerSize:]
	if int(binary.BigEndian.Uint32(data[len(indexMagic)+5:])) != len(body) ||
		binary.BigEndian.Uint32(data[len(indexMagic)+1:]) != crc32.ChecksumIEEE(body) {
		return nil, errBadIndex
	}
	d := decoder{b: body}
	n := d.count(8)
	files := make(map[string]*fileRecord, n)
	for range n {
		f := &fileRecord{path: d.str()}
		f.stamp.size = d.int()
		f.stamp.mtime = d.int()
		nf := d.count(4)
		for range nf {
			face := faceRecord{index: int(d.uint())}
			nn := d.count(1)
			for range nn {
				face.info.names = append(face.info.names, d.str())
			}
			face.info.postScript = d.str()
			flags := d.byte()
			face.info.regular, face.info.trueType, face.info.embeddable = flags&1 != 0, flags&2 != 0, flags&4 != 0
			if flags&8 != 0 {
				lay := &layout{}
				for _, s := range lay.spanPtrs() {
					s.off = uint32(d.uint())
					s.len = uint32(d.uint())
				}
				lay.unitsPerEm = uint16(d.uint())
				lay.numGlyphs = uint16(d.uint())
				lay.numHMetrics = uint16(d.uint())
				lay.longLoca = d.bool()
				face.lay = lay
			}
			f.faces = append(f.faces, face)
		}
		if d.err != nil {
			return nil, errBadIndex
		}
		files[f.path] = f
	}
	if d.err != nil || len(d.b) != 0 {
		return nil, errBadIndex
	}
	return files, nil
}

// spans lists the layout's spans in the index file's order.
func (l *layout) spans() []span {
	out := make([]span, 0, 10)
	for _, p := range l.spanPtrs() {
		out = append(out, *p)
	}
	return out
}

func (l *layout) spanPtrs() []*span {
	return []*span{&l.head, &l.hhea, &l.maxp, &l.hmtx, &l.loca, &l.glyf, &l.post, &l.os2, &l.cmap4, &l.cmap12}
}

// encoder appends varints and length-prefixed strings.
type encoder struct{ b []byte }

func (e *encoder) uint(v uint64) { e.b = binary.AppendUvarint(e.b, v) }
func (e *encoder) int(v int64)   { e.b = binary.AppendVarint(e.b, v) }
func (e *encoder) str(s string)  { e.uint(uint64(len(s))); e.b = append(e.b, s...) }
func (e *encoder) bool(v bool) {
	if v {
		e.b = append(e.b, 1)
	} else {
		e.b = append(e.b, 0)
	}
}

// decoder reads what encoder wrote; the first error sticks and makes
// every later read return zero.
type decoder struct {
	b   []byte
	err error
}

func (d *decoder) fail() { d.err, d.b = errBadIndex, nil }

func (d *decoder) uint() uint64 {
	v, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.fail()
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *decoder) int() int64 {
	v, n := binary.Varint(d.b)
	if n <= 0 {
		d.fail()
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *decoder) byte() byte {
	if len(d.b) == 0 {
		d.fail()
		return 0
	}
	c := d.b[0]
	d.b = d.b[1:]
	return c
}

func (d *decoder) bool() bool {
	switch d.byte() {
	case 0:
		return false
	case 1:
		return true
	}
	d.fail()
	return false
}

func (d *decoder) str() string {
	n := d.uint()
	if n > uint64(len(d.b)) {
		d.fail()
		return ""
	}
	s := string(d.b[:n])
	d.b = d.b[n:]
	return s
}

// count reads a number of items that take at least min bytes each, and
// fails if the rest of the file cannot hold that many.
func (d *decoder) count(min int) int {
	n := d.uint()
	if n > uint64(len(d.b)/min) {
		d.fail()
		return 0
	}
	return int(n)
}
