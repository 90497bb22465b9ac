package pdfobj

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"hash"
	"io"
	"slices"
	"strconv"

	"zongjie/internal/fonts"
)

// Write writes d as a PDF file to w. It fails, writing nothing, if a text
// run holds a character its font has no glyph for, or a font cannot be
// subset.
//
// Every object is made first, each stream compressed in the background as
// soon as it is made (the dictionaries in one object stream), and the file
// is then written out in one pass.
func Write(w io.Writer, d *Document) error {
	stage := func(name string) {
		if Stages != nil {
			Stages(name)
		}
	}
	stage("start")
	c := newCompressor()
	embedded, err := embedFonts(d, c)
	if err != nil {
		c.finish()
		return err
	}
	stage("subset")
	f := newFile(d, embedded)
	contents := make([]*stream, len(d.Pages))
	for i, p := range d.Pages {
		data, err := f.content(p)
		if err != nil {
			c.finish()
			return err
		}
		contents[i] = &stream{data: data}
		c.add(contents[i])
	}
	f.catalog()
	f.info()
	f.pageTree()
	for i, p := range d.Pages {
		f.page(i, p)
	}
	for _, e := range embedded {
		f.font(e)
	}
	f.outline(d)
	objStm, objStmExtra := f.objectStream()
	c.add(objStm)
	stage("objects")
	c.finish()
	stage("compress")

	f.out = newSink(w)
	f.header()
	for i, c := range contents {
		f.streamObject(f.contentIDs[i], c, "")
	}
	for _, e := range embedded {
		f.streamObject(e.programID, e.program, fmt.Sprintf(" /Length1 %d", len(e.program.data)))
		f.streamObject(e.toUnicodeID, e.toUnicode, "")
	}
	f.streamObject(f.objStmID, objStm, objStmExtra)
	f.xrefStream()
	err = f.out.flush()
	stage("write")
	return err
}

// Stages, if not nil, is called as Write starts ("start") and as it ends
// each of its steps: "subset" (fonts cut to the glyphs drawn), "objects"
// (content streams and dictionaries made), "compress" and "write". It is
// for bench/stageprof's breakdown of a PDF run; set it before any Write.
var Stages func(step string)

// file is a PDF being written: the objects made so far, the offset of every
// object written, and the object numbers given out in advance so that
// objects can refer to ones written later.
type file struct {
	doc *Document
	out *sink
	// offsets[n] is where object n starts, for an object written in the
	// file's body (a stream); packed are the other objects, which go into
	// the object stream.
	offsets []int
	packed  []packedObject

	catalogID, pagesID, infoID, outlinesID int
	objStmID, xrefID                       int
	pageIDs, contentIDs                    []int
	bookmarkIDs                            []int // in document order
	fonts                                  []*embeddedFont
}

func newFile(d *Document, embedded []*embeddedFont) *file {
	f := &file{doc: d, fonts: embedded}
	next := 1
	id := func() int { next++; return next - 1 }
	f.catalogID, f.pagesID, f.infoID = id(), id(), id()
	for range d.Pages {
		f.pageIDs = append(f.pageIDs, id())
		f.contentIDs = append(f.contentIDs, id())
	}
	for _, e := range embedded {
		e.type0ID, e.cidID, e.descriptorID, e.programID, e.toUnicodeID = id(), id(), id(), id(), id()
	}
	for _, p := range d.Pages {
		for range p.Bookmarks {
			f.bookmarkIDs = append(f.bookmarkIDs, id())
		}
	}
	if len(f.bookmarkIDs) > 0 {
		f.outlinesID = id()
	}
	f.objStmID, f.xrefID = id(), id()
	f.offsets = make([]int, next)
	return f
}

// sink writes the file through a buffer, counting the bytes for the
// cross-reference stream and hashing them for the file identifier.
type sink struct {
	w    *bufio.Writer
	hash hash.Hash
	n    int
	err  error
}

func newSink(w io.Writer) *sink {
	return &sink{w: bufio.NewWriterSize(w, 32<<10), hash: sha256.New()}
}

func (s *sink) Write(p []byte) (int, error) {
	s.hash.Write(p)
	s.n += len(p)
	if s.err == nil {
		_, s.err = s.w.Write(p)
	}
	return len(p), nil
}

func (s *sink) WriteString(str string) (int, error) {
	return s.Write([]byte(str))
}

func (s *sink) flush() error {
	if s.err == nil {
		s.err = s.w.Flush()
	}
	return s.err
}

// packedObject is an object that is not a stream, kept for the object
// stream.
type packedObject struct {
	id    int
	value string
}

// begin starts object n.
func (f *file) begin(n int) {
	f.offsets[n] = f.out.n
	fmt.Fprintf(f.out, "%d 0 obj\n", n)
}

// object adds object n, a dictionary or other value that is not a stream,
// to the object stream.
func (f *file) object(n int, value string) {
	f.packed = append(f.packed, packedObject{n, value})
}

// streamObject writes object n as a stream with extra dictionary entries.
func (f *file) streamObject(n int, s *stream, extra string) {
	f.begin(n)
	fmt.Fprintf(f.out, "<< /Length %d /Filter /FlateDecode%s >>\nstream\n", s.size(), extra)
	s.writeTo(f.out)
	f.out.WriteString("\nendstream\nendobj\n")
}

func (f *file) header() {
	// The second line's bytes above 127 tell transfer programs the file
	// is binary.
	f.out.WriteString("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n")
}

func (f *file) catalog() {
	v := fmt.Sprintf("<< /Type /Catalog /Pages %s", ref(f.pagesID))
	if f.outlinesID != 0 {
		v += fmt.Sprintf(" /Outlines %s /PageMode /UseOutlines", ref(f.outlinesID))
	}
	f.object(f.catalogID, v+" >>")
}

func (f *file) info() {
	in := f.doc.Info
	var b bytes.Buffer
	b.WriteString("<<")
	for _, kv := range []struct{ key, value string }{
		{"Title", in.Title}, {"Author", in.Author}, {"Subject", in.Subject},
		{"Creator", in.Creator}, {"Producer", in.Producer},
	} {
		if kv.value != "" {
			fmt.Fprintf(&b, " /%s %s", kv.key, textString(kv.value))
		}
	}
	if !in.CreationDate.IsZero() {
		fmt.Fprintf(&b, " /CreationDate %s", textString(dateString(in.CreationDate)))
	}
	b.WriteString(" >>")
	f.object(f.infoID, b.String())
}

func (f *file) pageTree() {
	var b bytes.Buffer
	fmt.Fprintf(&b, "<< /Type /Pages /Count %d /MediaBox [0 0 %s %s] /Kids [", len(f.pageIDs), num(f.doc.Width), num(f.doc.Height))
	for i, id := range f.pageIDs {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(ref(id))
	}
	b.WriteString("] >>")
	f.object(f.pagesID, b.String())
}

func (f *file) page(i int, p *Page) {
	var b bytes.Buffer
	fmt.Fprintf(&b, "<< /Type /Page /Parent %s /Contents %s /Resources <<", ref(f.pagesID), ref(f.contentIDs[i]))
	used := map[*fonts.Font]bool{}
	for _, t := range p.Texts {
		used[t.Font] = true
	}
	if len(used) > 0 {
		b.WriteString(" /Font <<")
		for _, e := range f.fonts { // document order, so the bytes are stable
			if used[e.font] {
				fmt.Fprintf(&b, " /%s %s", e.resource, ref(e.type0ID))
			}
		}
		b.WriteString(" >>")
	}
	b.WriteString(" >> >>")
	f.object(f.pageIDs[i], b.String())
}

// outline writes the document outline: the bookmarks in page order,
// nested by level, every entry open, each showing its page from the
// bookmark's height.
func (f *file) outline(d *Document) {
	if f.outlinesID == 0 {
		return
	}
	type item struct {
		bm                                    Bookmark
		page, id                              int
		parent, first, last, prev, next, open int // object numbers; open: descendants shown
	}
	var items []*item
	k := 0
	for pi, p := range d.Pages {
		for _, bm := range p.Bookmarks {
			items = append(items, &item{bm: bm, page: pi, id: f.bookmarkIDs[k]})
			k++
		}
	}
	root := &item{id: f.outlinesID}
	stack := []*item{root} // the open ancestors of the next entry
	level := func(it *item) int {
		if it == root {
			return 0
		}
		return max(it.bm.Level, 1)
	}
	byID := map[int]*item{root.id: root}
	for _, it := range items {
		byID[it.id] = it
		for len(stack) > 1 && level(stack[len(stack)-1]) >= level(it) {
			stack = stack[:len(stack)-1]
		}
		parent := stack[len(stack)-1]
		it.parent = parent.id
		if parent.last != 0 {
			byID[parent.last].next = it.id
			it.prev = parent.last
		} else {
			parent.first = it.id
		}
		parent.last = it.id
		for _, anc := range stack {
			anc.open++
		}
		stack = append(stack, it)
	}
	for _, it := range items {
		var b bytes.Buffer
		fmt.Fprintf(&b, "<< /Title %s /Parent %s", textString(it.bm.Title), ref(it.parent))
		for _, kv := range []struct {
			key string
			id  int
		}{{"Prev", it.prev}, {"Next", it.next}, {"First", it.first}, {"Last", it.last}} {
			if kv.id != 0 {
				fmt.Fprintf(&b, " /%s %s", kv.key, ref(kv.id))
			}
		}
		if it.open > 0 {
			fmt.Fprintf(&b, " /Count %d", it.open)
		}
		fmt.Fprintf(&b, " /Dest [%s /XYZ 0 %s null] >>", ref(f.pageIDs[it.page]), num(d.Height-it.bm.Y))
		f.object(it.id, b.String())
	}
	f.object(f.outlinesID, fmt.Sprintf("<< /Type /Outlines /First %s /Last %s /Count %d >>", ref(root.first), ref(root.last), root.open))
}

// objectStream puts every object that is not a stream into one object
// stream (PDF 1.5), compressed with the other streams: the page, font and
// outline dictionaries are a few kilobytes of repetitive text. It returns
// the stream and its dictionary entries.
func (f *file) objectStream() (*stream, string) {
	slices.SortFunc(f.packed, func(a, b packedObject) int { return a.id - b.id })
	var head, body bytes.Buffer
	for _, o := range f.packed {
		fmt.Fprintf(&head, "%d %d ", o.id, body.Len())
		body.WriteString(o.value)
		body.WriteByte('\n')
	}
	s := &stream{data: append(head.Bytes(), body.Bytes()...)}
	return s, fmt.Sprintf(" /Type /ObjStm /N %d /First %d", len(f.packed), head.Len())
}

// xrefStream writes the cross-reference stream (PDF 1.5), which says where
// every object is: at an offset in the file, or at an index in the object
// stream; then the pointer to it. The file identifier is a hash of
// everything before it, so equal files get equal identifiers.
func (f *file) xrefStream() {
	at := f.out.n
	f.offsets[f.xrefID] = at
	// Each entry is a type byte and two fields of 4 and 2 bytes (/W [1 4 2]).
	rows := make([]byte, 7*len(f.offsets))
	rows[5], rows[6] = 0xFF, 0xFF // object 0: free, generation 65535
	for n, off := range f.offsets[1:] {
		r := rows[7*(n+1):]
		r[0] = 1
		binary.BigEndian.PutUint32(r[1:], uint32(off))
	}
	for i, o := range f.packed {
		r := rows[7*o.id:]
		r[0] = 2
		binary.BigEndian.PutUint32(r[1:], uint32(f.objStmID))
		binary.BigEndian.PutUint16(r[5:], uint16(i))
	}
	sum := f.out.hash.Sum(nil)
	id := fmt.Sprintf("<%X>", sum[:16])
	s := &stream{data: rows}
	compress([]*stream{s})
	f.streamObject(f.xrefID, s, fmt.Sprintf(" /Type /XRef /Size %d /W [1 4 2] /Root %s /Info %s /ID [%s %s]",
		len(f.offsets), ref(f.catalogID), ref(f.infoID), id, id))
	fmt.Fprintf(f.out, "startxref\n%d\n%%%%EOF\n", at)
}

// ref is an indirect reference to object n.
func ref(n int) string { return strconv.Itoa(n) + " 0 R" }
