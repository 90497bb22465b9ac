package fonts

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"sync"
	"testing"
	"unsafe"

	"zongjie/internal/fonts/fontstest"
)

// TestPlanReads: spans are read in file order, those less than mergeGap
// apart (or overlapping, as the two cmap subtables do) in one read.
func TestPlanReads(t *testing.T) {
	tests := []struct {
		name  string
		spans []span
		which []int
		want  []fileRead
	}{
		{"one", []span{{100, 10}}, []int{0}, []fileRead{{100, 110, []int{0}, 10}}},
		{"far apart", []span{{0, 10}, {10 + mergeGap + 1, 5}}, []int{0, 1},
			[]fileRead{{0, 10, []int{0}, 10}, {10 + mergeGap + 1, 10 + mergeGap + 6, []int{1}, 5}}},
		{"a gap of mergeGap", []span{{0, 10}, {10 + mergeGap, 5}}, []int{0, 1},
			[]fileRead{{0, 10 + mergeGap + 5, []int{0, 1}, 15}}},
		{"adjacent", []span{{0, 10}, {10, 10}}, []int{0, 1}, []fileRead{{0, 20, []int{0, 1}, 20}}},
		{"out of order", []span{{9000, 10}, {0, 10}, {20, 10}}, []int{0, 1, 2},
			[]fileRead{{0, 30, []int{1, 2}, 20}, {9000, 9010, []int{0}, 10}}},
		{"overlapping to one end", []span{{50, 100}, {80, 70}}, []int{0, 1}, []fileRead{{50, 150, []int{0, 1}, 170}}},
		{"one inside another", []span{{0, 1000}, {10, 10}, {1500, 10}}, []int{0, 1, 2},
			[]fileRead{{0, 1510, []int{0, 1, 2}, 1020}}},
		{"only the spans asked for", []span{{0, 10}, {20, 10}, {30, 10}}, []int{2, 0},
			[]fileRead{{0, 40, []int{0, 2}, 20}}},
		{"none", []span{{0, 10}}, nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := planReads(tt.spans, tt.which); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("planReads = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestReadSpansBlock: a dense read (tables with a little padding between
// them, or subtables that overlap) goes into the block whole, its spans
// slices of it at their distances in the file; a sparse read keeps only
// its spans, packed. Either way each span holds the file's bytes, and the
// file is read once per planned read.
func TestReadSpansBlock(t *testing.T) {
	data := make([]byte, 64<<10)
	for i := range data {
		data[i] = byte(i * 7)
	}
	src, _ := tempSource(t, data)
	tests := []struct {
		name  string
		spans []span
		dense bool
	}{
		{"padded tables", []span{{100, 4000}, {4104, 8000}, {12108, 30}}, true},
		{"overlapping subtables", []span{{1000, 3000}, {2000, 2500}}, true},
		{"glyphs far apart", []span{{20000, 300}, {23000, 200}, {26500, 100}}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := src.reads.Load()
			got, err := src.readSpans(tt.spans)
			if err != nil {
				t.Fatal(err)
			}
			if n := src.reads.Load() - before; n != 1 {
				t.Errorf("read the file %d times, want once", n)
			}
			for i, sp := range tt.spans {
				if !bytes.Equal(got[i], data[sp.off:sp.off+sp.len]) {
					t.Errorf("span %d: wrong bytes", i)
				}
			}
			// Where the second span begins, relative to the first.
			dist := uintptr(unsafe.Pointer(&got[1][0])) - uintptr(unsafe.Pointer(&got[0][0]))
			want := uintptr(tt.spans[0].len) // packed
			if tt.dense {
				want = uintptr(tt.spans[1].off - tt.spans[0].off) // as in the file
			}
			if dist != want {
				t.Errorf("the second span is %d bytes after the first, want %d (dense: %v)", dist, want, tt.dense)
			}
		})
	}
}

// fontFile writes an embedded fallback to a file and opens it as an
// installed font is opened: read from the file, not held in memory.
func fontFile(t *testing.T, face Face) (*Font, string) {
	t.Helper()
	data := fallbackSongData
	if face == Hei {
		data = fallbackHeiData
	}
	src, path := tempSource(t, data)
	f, err := parseFace(src, 0, path)
	if err != nil {
		t.Fatal(err)
	}
	if f.src.mem != nil || f.glyf != nil {
		t.Fatal("the font is held in memory, not read from its file")
	}
	return f, path
}

// tempSource writes data to a file and opens it as a font file is
// opened; the file is closed when the test ends.
func tempSource(t *testing.T, data []byte) (*source, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "font.ttf")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	src, _, err := fileSource(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(src.close)
	return src, path
}

// subsetText has composite glyphs in the embedded 黑体 (Droid Sans
// Fallback) and characters that both fonts lack.
const subsetText = "永嘉县教育工会2013年工作总结：入会率64.5%，“职工之家”（一）—— ABCxyz,.;ÀéĀ①"

// TestFileFontMatchesMemory: a font read from its file, glyphs on demand,
// gives the same metrics and the same subset bytes as the same font in
// memory, whether or not WarmGlyphs read the glyphs first.
func TestFileFontMatchesMemory(t *testing.T) {
	text := []rune(subsetText)
	for _, face := range []Face{Song, Hei} {
		mem, err := Embedded(face)
		if err != nil {
			t.Fatal(err)
		}
		want, err := mem.Subset(text)
		if err != nil {
			t.Fatal(err)
		}
		for _, warm := range []bool{false, true} {
			f, _ := fontFile(t, face)
			for _, r := range text {
				if f.Advance(r) != mem.Advance(r) || f.Has(r) != mem.Has(r) {
					t.Errorf("%s %q: advance %v has %v, in memory %v %v", mem.Family, r, f.Advance(r), f.Has(r), mem.Advance(r), mem.Has(r))
				}
			}
			if f.Metrics() != mem.Metrics() {
				t.Errorf("%s: metrics %+v, in memory %+v", mem.Family, f.Metrics(), mem.Metrics())
			}
			if warm {
				f.WarmGlyphs(text)
				if len(f.glyphs.data) == 0 {
					t.Errorf("%s: WarmGlyphs read no glyph", mem.Family)
				}
			}
			got, err := f.Subset(text)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got.Program(), want.Program()) {
				t.Errorf("%s (warmed first: %v): the subset differs from the one made in memory", mem.Family, warm)
			}
		}
	}
}

// TestFontFileCutShort: a font file cut short after it was opened gives
// an error that says so when its glyphs are read, not a crash (a mapped
// file would have killed the process with SIGBUS).
func TestFontFileCutShort(t *testing.T) {
	f, path := fontFile(t, Song)
	if err := os.Truncate(path, int64(f.lay.glyf.off)+64); err != nil {
		t.Fatal(err)
	}
	f.WarmGlyphs([]rune(subsetText)) // leaves the error to Subset
	_, err := f.Subset([]rune(subsetText))
	if err == nil || !strings.Contains(err.Error(), "截断") || !strings.Contains(err.Error(), path) {
		t.Fatalf("Subset of a file cut short: %v", err)
	}
}

// TestFileGlyphsConcurrent: documents of a batch subset a shared font
// concurrently, each reading the glyphs it lacks; each gets the subset it
// would get alone.
func TestFileGlyphsConcurrent(t *testing.T) {
	texts := []string{subsetText, "中华全国总工会第十八次代表大会", "职工之家建设工作总结与计划", "①②③ 入会率、建会率和经费划拨率"}
	mem, err := Embedded(Hei)
	if err != nil {
		t.Fatal(err)
	}
	want := make([][]byte, len(texts))
	for i, s := range texts {
		sub, err := mem.Subset([]rune(s))
		if err != nil {
			t.Fatal(err)
		}
		want[i] = sub.Program()
	}
	f, _ := fontFile(t, Hei)
	var wg sync.WaitGroup
	for w := range 8 {
		wg.Go(func() {
			i := w % len(texts)
			if w%2 == 0 {
				f.WarmGlyphs([]rune(texts[i]))
			}
			sub, err := f.Subset([]rune(texts[i]))
			if err != nil {
				t.Error(err)
				return
			}
			if !bytes.Equal(sub.Program(), want[i]) {
				t.Errorf("%q: the subset differs from the one made alone", texts[i])
			}
		})
	}
	wg.Wait()
}

// TestGlyphsReadOnce: a Subset that starts while WarmGlyphs is reading the
// same glyphs waits for them instead of reading them again, as the PDF
// writer's first document has them do.
func TestGlyphsReadOnce(t *testing.T) {
	text := []rune(subsetText)
	alone, _ := fontFile(t, Hei)
	opened := alone.src.reads.Load()
	alone.WarmGlyphs(text)
	if _, err := alone.Subset(text); err != nil {
		t.Fatal(err)
	}
	want := alone.src.reads.Load() - opened
	if want == 0 {
		t.Fatal("no glyph was read from the file")
	}
	for range 20 {
		f, _ := fontFile(t, Hei)
		opened := f.src.reads.Load()
		start := make(chan struct{})
		var wg sync.WaitGroup
		wg.Go(func() { <-start; f.WarmGlyphs(text) })
		wg.Go(func() {
			<-start
			if _, err := f.Subset(text); err != nil {
				t.Error(err)
			}
		})
		close(start)
		wg.Wait()
		if got := f.src.reads.Load() - opened; got != want {
			t.Fatalf("WarmGlyphs and Subset side by side read the file %d times, one after the other %d", got, want)
		}
	}
}

// TestHugeTableLength: a font whose table directory gives its name table a length
// of nearly 2 GB, far beyond the file, is refused as cut short without the
// program allocating that length (as it did, found by FuzzSubset: an
// 816-byte font made Parse allocate 786 MB). From memory, from a file, and
// when the font index reads the file's names.
func TestHugeTableLength(t *testing.T) {
	font, err := Embedded(Song)
	if err != nil {
		t.Fatal(err)
	}
	sub, err := font.Subset([]rune("工会"))
	if err != nil {
		t.Fatal(err)
	}
	// The name table is read for the font's names, after the layout's
	// tables are checked.
	data, ok := fontstest.WithTableLength(sub.Program(), "name", 0x7FFF0000)
	if !ok {
		t.Fatal("the subset has no name table to patch")
	}
	path := filepath.Join(t.TempDir(), "huge.ttf")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name  string
		parse func() error
	}{
		{"memory", func() error { _, err := Parse(data, "huge.ttf"); return err }},
		{"file", func() error {
			src, _, err := fileSource(path)
			if err != nil {
				return err
			}
			defer src.close()
			_, err = parseFace(src, 0, path)
			return err
		}},
		// The font index reads every installed font's names; it records
		// a file it cannot read as one without faces, the same refusal.
		{"index", func() error {
			if rec := indexFile(path); rec == nil || len(rec.faces) != 0 {
				return fmt.Errorf("indexed as %+v", rec)
			}
			return errTruncated
		}},
	} {
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		err := tt.parse()
		runtime.ReadMemStats(&after)
		if err == nil || !strings.Contains(err.Error(), "截断") {
			t.Errorf("%s: a table longer than the font: %v, want an error saying it is cut short", tt.name, err)
		}
		if n := after.TotalAlloc - before.TotalAlloc; n > 1<<20 {
			t.Errorf("%s: parsing allocated %d bytes", tt.name, n)
		}
	}
}
