package fonts

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"slices"
)

// Outline-format tags that start an sfnt font, and the tag of a collection.
const (
	tagTrueType   = 0x00010000
	tagTrueTypeOS = 0x74727565 // "true", old Apple TrueType
	tagCFF        = 0x4F54544F // "OTTO", OpenType with CFF outlines
	tagCollection = 0x74746366 // "ttcf"
)

// table is one entry of an sfnt table directory.
type table struct {
	tag      string
	checksum uint32
	offset   uint32
	length   uint32
}

// directory is the table directory of one face.
type directory struct {
	version uint32
	tables  []table
}

// find returns the table with the given tag.
func (d directory) find(tag string) (table, bool) {
	for _, t := range d.tables {
		if t.tag == tag {
			return t, true
		}
	}
	return table{}, false
}

// reader is what the font's tables are read from: a byte slice
// (byteReader), a font's source, or a section of a file. It knows its
// length, so that readAt can refuse a range past the end before
// allocating it.
type reader interface {
	io.ReaderAt
	Size() int64
}

// readAt reads exactly n bytes at off. A range beyond the end is refused
// before anything is allocated: a table length read from a corrupt or
// hostile font (up to 4 GB) must not make the program allocate that much.
func readAt(r reader, off int64, n int) ([]byte, error) {
	if n < 0 || off < 0 {
		return nil, errNotFont
	}
	if off+int64(n) > r.Size() {
		return nil, errTruncated
	}
	b := make([]byte, n)
	if _, err := r.ReadAt(b, off); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, errTruncated
		}
		return nil, err
	}
	return b, nil
}

// faceOffsets returns the offsets of the table directories of every face in
// a font file: one for a plain font, one per face for a collection (.ttc).
func faceOffsets(r reader) ([]uint32, error) {
	head, err := readAt(r, 0, 12)
	if errors.Is(err, errTruncated) {
		// Too short for a font header: say so only of what starts like one.
		if tag, err := readAt(r, 0, 4); err != nil || !knownTag(binary.BigEndian.Uint32(tag)) {
			return nil, errNotFont
		}
	}
	if err != nil {
		return nil, err
	}
	switch binary.BigEndian.Uint32(head) {
	case tagTrueType, tagTrueTypeOS, tagCFF:
		return []uint32{0}, nil
	case tagCollection:
		n := binary.BigEndian.Uint32(head[8:])
		if n == 0 || n > 1024 {
			return nil, fmt.Errorf("是字体集,但声明的字体个数(%d)不合理", n)
		}
		b, err := readAt(r, 12, int(4*n))
		if err != nil {
			return nil, err
		}
		offs := make([]uint32, n)
		for i := range offs {
			offs[i] = binary.BigEndian.Uint32(b[4*i:])
		}
		return offs, nil
	}
	return nil, errNotFont
}

// knownTag reports whether tag starts a font or a collection.
func knownTag(tag uint32) bool {
	switch tag {
	case tagTrueType, tagTrueTypeOS, tagCFF, tagCollection:
		return true
	}
	return false
}

// readDirectory reads the table directory that starts at off.
func readDirectory(r reader, off uint32) (directory, error) {
	head, err := readAt(r, int64(off), 12)
	if err != nil {
		return directory{}, err
	}
	d := directory{version: binary.BigEndian.Uint32(head)}
	switch d.version {
	case tagTrueType, tagTrueTypeOS, tagCFF:
	default:
		return directory{}, errNotFont
	}
	n := int(binary.BigEndian.Uint16(head[4:]))
	b, err := readAt(r, int64(off)+12, 16*n)
	if err != nil {
		return directory{}, err
	}
	for i := 0; i < n; i++ {
		e := b[16*i:]
		d.tables = append(d.tables, table{
			tag:      string(e[:4]),
			checksum: binary.BigEndian.Uint32(e[4:]),
			offset:   binary.BigEndian.Uint32(e[8:]),
			length:   binary.BigEndian.Uint32(e[12:]),
		})
	}
	return d, nil
}

// readTable returns the bytes of one table of a face.
func readTable(r reader, d directory, tag string) ([]byte, error) {
	t, ok := d.find(tag)
	if !ok {
		return nil, tableError(tag, "缺失")
	}
	return readAt(r, int64(t.offset), int(t.length))
}

// FaceCount returns how many faces a font file holds: 1 for a .ttf or .otf,
// the number of fonts in a .ttc collection.
func FaceCount(data []byte) (int, error) {
	offs, err := faceOffsets(byteReader(data))
	if err != nil {
		return 0, err
	}
	return len(offs), nil
}

// ExtractFace returns face index of a font file as a standalone TrueType
// font. For a plain font file and index 0 it returns data unchanged. For a
// collection (.ttc) it rebuilds an sfnt holding that face's tables, which is
// what PDF libraries that only read single fonts need.
func ExtractFace(data []byte, index int) ([]byte, error) {
	r := byteReader(data)
	offs, err := faceOffsets(r)
	if err != nil {
		return nil, err
	}
	if index < 0 || index >= len(offs) {
		return nil, fmt.Errorf("里有 %d 个字体,没有第 %d 个(编号从 0 起)", len(offs), index)
	}
	if binary.BigEndian.Uint32(data) != tagCollection {
		return data, nil
	}
	d, err := readDirectory(r, offs[index])
	if err != nil {
		return nil, err
	}
	return buildSfnt(data, d)
}

// buildSfnt writes a standalone sfnt holding the tables of d, copied from
// data.
func buildSfnt(data []byte, d directory) ([]byte, error) {
	tables := make(map[string][]byte, len(d.tables))
	for _, t := range d.tables {
		if uint64(t.offset)+uint64(t.length) > uint64(len(data)) {
			return nil, tableError(t.tag, "超出了文件范围")
		}
		tables[t.tag] = data[t.offset : t.offset+t.length]
	}
	return assembleSfnt(d.version, tables), nil
}

// assembleSfnt writes tables as an sfnt font with the given version tag:
// the directory in tag order, each table 4-byte aligned with its checksum,
// and head's checkSumAdjustment set so the whole font sums to 0xB1B0AFBA.
func assembleSfnt(version uint32, tables map[string][]byte) []byte {
	tags := make([]string, 0, len(tables))
	size := 0
	for tag, b := range tables {
		tags = append(tags, tag)
		size += (len(b) + 3) &^ 3
	}
	slices.Sort(tags)
	n := len(tags)
	out := make([]byte, 12+16*n, 12+16*n+size)
	binary.BigEndian.PutUint32(out, version)
	binary.BigEndian.PutUint16(out[4:], uint16(n))
	putSearchParams(out[6:], n, 16)
	headAt := -1
	for i, tag := range tags {
		b := tables[tag]
		if tag == "head" && len(b) >= 12 {
			// Its checksum, like the whole font's, counts checkSumAdjustment as 0.
			b = slices.Clone(b)
			binary.BigEndian.PutUint32(b[8:], 0)
			headAt = len(out)
		}
		e := out[12+16*i:]
		copy(e, tag)
		binary.BigEndian.PutUint32(e[4:], checksum(b))
		binary.BigEndian.PutUint32(e[8:], uint32(len(out)))
		binary.BigEndian.PutUint32(e[12:], uint32(len(b)))
		out = append(out, b...)
		for len(out)%4 != 0 {
			out = append(out, 0)
		}
	}
	if headAt >= 0 {
		binary.BigEndian.PutUint32(out[headAt+8:], 0xB1B0AFBA-checksum(out))
	}
	return out
}

// putSearchParams writes the binary-search header of n entries of size
// bytes each, as the sfnt table directory and cmap format 4 state it:
// searchRange, entrySelector and rangeShift.
func putSearchParams(b []byte, n, size int) {
	sel := 0
	for 1<<(sel+1) <= n {
		sel++
	}
	binary.BigEndian.PutUint16(b[0:], uint16(size<<sel))
	binary.BigEndian.PutUint16(b[2:], uint16(sel))
	binary.BigEndian.PutUint16(b[4:], uint16(size*n-size<<sel))
}

// checksum is the sfnt table checksum: the sum of big-endian uint32 words,
// the last one padded with zeros.
func checksum(b []byte) uint32 {
	var sum uint32
	for len(b) >= 4 {
		sum += binary.BigEndian.Uint32(b)
		b = b[4:]
	}
	if len(b) > 0 {
		var last [4]byte
		copy(last[:], b)
		sum += binary.BigEndian.Uint32(last[:])
	}
	return sum
}

// byteReader adapts a byte slice to io.ReaderAt.
type byteReader []byte

// Size returns the length of the slice.
func (b byteReader) Size() int64 { return int64(len(b)) }

// ReadAt implements io.ReaderAt.
func (b byteReader) ReadAt(p []byte, off int64) (int, error) {
	if off < 0 || off > int64(len(b)) {
		return 0, io.EOF
	}
	n := copy(p, b[off:])
	if n < len(p) {
		return n, io.EOF
	}
	return n, nil
}
