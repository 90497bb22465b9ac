package fonts

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"testing"
	"time"
)

// indexed loads the fonts of dir through the index file at index and
// returns the set with what the scan saw: whether the index was out of
// date, and whether a face was opened without its recorded layout.
func indexed(t *testing.T, dir, index string) (s *Set, changed, opened bool) {
	t.Helper()
	opts := Options{Dirs: []string{dir}, IndexPath: index}
	l := newLoader(opts)
	s, err := load(l, opts)
	if err != nil {
		t.Fatal(err)
	}
	return s, l.cat.changed, l.opened
}

// sources lists which file serves each face.
func sources(s *Set) []string {
	var out []string
	for _, f := range faces {
		out = append(out, s.Face(f).Source)
	}
	return out
}

// TestIndexIsUsedAndKeptUpToDate: the first run reads every font file and
// writes the index; the next finds everything in it and writes nothing; a
// font file replaced by another font (new size and time) is read again and
// changes what is found; a font file removed drops out.
func TestIndexIsUsedAndKeptUpToDate(t *testing.T) {
	dir := fontDir(t)
	index := filepath.Join(t.TempDir(), "cache", "fonts.idx")

	first, changed, opened := indexed(t, dir, index)
	if !changed || !opened {
		t.Errorf("first run: changed %v, opened %v; want both (nothing indexed yet)", changed, opened)
	}
	before, err := os.ReadFile(index)
	if err != nil {
		t.Fatalf("no index written: %v", err)
	}
	again, changed, opened := indexed(t, dir, index)
	if changed || opened {
		t.Errorf("second run: changed %v, opened %v; want neither (all indexed)", changed, opened)
	}
	if after, _ := os.ReadFile(index); !bytes.Equal(before, after) {
		t.Error("an up-to-date index was rewritten differently")
	}
	if !slices.Equal(sources(first), sources(again)) {
		t.Errorf("with the index %v, without %v", sources(again), sources(first))
	}

	// song.ttf becomes the sans font: size and time change.
	song := filepath.Join(dir, "song.ttf")
	if err := os.WriteFile(song, fallbackHeiData, 0o644); err != nil {
		t.Fatal(err)
	}
	future := time.Now().Add(time.Hour)
	if err := os.Chtimes(song, future, future); err != nil {
		t.Fatal(err)
	}
	changedSet, changed, _ := indexed(t, dir, index)
	if !changed {
		t.Error("a replaced font file was not noticed")
	}
	if got := changedSet.Face(Hei).Source; got != song {
		t.Errorf("黑体 from %s, want the replaced %s", got, song)
	}
	if got := changedSet.Face(Song).Source; got != filepath.Join(dir, "sub", "pair.TTC#1") {
		t.Errorf("宋体 from %s, want the collection's second face", got)
	}

	// The same size, another time: read again too.
	stamp := func() fileStamp {
		st, err := os.Stat(song)
		if err != nil {
			t.Fatal(err)
		}
		return stampOf(st)
	}
	old := stamp()
	if err := os.Chtimes(song, future.Add(time.Minute), future.Add(time.Minute)); err != nil {
		t.Fatal(err)
	}
	if _, changed, _ := indexed(t, dir, index); !changed || stamp() == old {
		t.Error("a touched font file was not read again")
	}

	if err := os.Remove(song); err != nil {
		t.Fatal(err)
	}
	gone, changed, _ := indexed(t, dir, index)
	if !changed || gone.Face(Hei).Source == song {
		t.Errorf("a removed font file: changed %v, 黑体 from %s", changed, gone.Face(Hei).Source)
	}
	files := loadIndex(index)
	if _, ok := files[song]; ok || files == nil {
		t.Errorf("the index still lists the removed file (or is unreadable): %v", files != nil)
	}
}

// TestIndexSurvivesDamage: an index file that is garbage, cut short, one
// byte changed, of another version, or a directory is ignored; the fonts
// are found as without it, and a good index replaces a bad file.
func TestIndexSurvivesDamage(t *testing.T) {
	dir := fontDir(t)
	index := filepath.Join(t.TempDir(), "fonts.idx")
	want, _, _ := indexed(t, dir, index)
	good, err := os.ReadFile(index)
	if err != nil {
		t.Fatal(err)
	}
	flipped := slices.Clone(good)
	flipped[len(flipped)/2] ^= 0x40
	version := slices.Clone(good)
	version[len(indexMagic)] = indexVersion + 1
	for name, data := range map[string][]byte{
		"garbage":   []byte("this is not an index"),
		"empty":     nil,
		"truncated": good[:len(good)-7],
		"flipped":   flipped,
		"version":   version,
		"header":    good[:headerSize],
	} {
		t.Run(name, func(t *testing.T) {
			if err := os.WriteFile(index, data, 0o644); err != nil {
				t.Fatal(err)
			}
			got, changed, _ := indexed(t, dir, index)
			if !changed {
				t.Error("a damaged index was taken as up to date")
			}
			if !slices.Equal(sources(got), sources(want)) {
				t.Errorf("fonts %v, want %v", sources(got), sources(want))
			}
			if loadIndex(index) == nil {
				t.Error("the damaged index was not replaced by a good one")
			}
		})
	}
	t.Run("directory", func(t *testing.T) {
		blocked := filepath.Join(t.TempDir(), "fonts.idx")
		if err := os.Mkdir(blocked, 0o755); err != nil {
			t.Fatal(err)
		}
		got, _, _ := indexed(t, dir, blocked)
		if !slices.Equal(sources(got), sources(want)) {
			t.Errorf("fonts %v, want %v", sources(got), sources(want))
		}
	})
}

// TestIndexGivesTheSameFonts: the fonts opened from the index (their
// tables where the index says) are the fonts read from the files: the same
// names, glyphs, advances, metrics and subset bytes.
func TestIndexGivesTheSameFonts(t *testing.T) {
	dir := fontDir(t)
	plain, err := Load(Options{Dirs: []string{dir}, NoIndex: true})
	if err != nil {
		t.Fatal(err)
	}
	index := filepath.Join(t.TempDir(), "fonts.idx")
	indexed(t, dir, index)
	warm, changed, opened := indexed(t, dir, index)
	if changed || opened {
		t.Fatal("the second run did not use the index alone")
	}
	text := []rune("永嘉县教育工会2013年工作总结：入会率64.5%，“职工之家”（一）ABC")
	for _, face := range faces {
		a, b := plain.Face(face), warm.Face(face)
		if a.Source != b.Source || a.Family != b.Family || a.PostScriptName != b.PostScriptName || !slices.Equal(a.names, b.names) {
			t.Errorf("%v: %v / %v", face, a, b)
		}
		if a.Metrics() != b.Metrics() {
			t.Errorf("%v: metrics differ", face)
		}
		for _, r := range text {
			ga, oka := a.Glyph(r)
			gb, okb := b.Glyph(r)
			if ga != gb || oka != okb || a.Advance(r) != b.Advance(r) {
				t.Errorf("%v %q: glyph %d/%v advance %v, from the index %d/%v %v", face, r, ga, oka, a.Advance(r), gb, okb, b.Advance(r))
			}
		}
		sa, err := a.Subset(text)
		if err != nil {
			t.Fatal(err)
		}
		sb, err := b.Subset(text)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(sa.CIDProgram(), sb.CIDProgram()) {
			t.Errorf("%v: subset bytes differ", face)
		}
	}
}

// TestIndexConcurrentWriters: runs that load at the same time, each
// writing the index, leave a whole, usable index.
func TestIndexConcurrentWriters(t *testing.T) {
	dir := fontDir(t)
	index := filepath.Join(t.TempDir(), "fonts.idx")
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for range 8 {
		wg.Go(func() {
			if _, err := Load(Options{Dirs: []string{dir}, IndexPath: index}); err != nil {
				errs <- err
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	files := loadIndex(index)
	if len(files) != 2 {
		t.Fatalf("index holds %d files, want 2", len(files))
	}
	if _, changed, opened := indexed(t, dir, index); changed || opened {
		t.Error("the index the writers left is not up to date")
	}
	temps, _ := filepath.Glob(index + ".*.tmp")
	if len(temps) > 0 {
		t.Errorf("temporary files left: %v", temps)
	}
}

// TestIndexRoundTrip: an index decodes to what was encoded.
func TestIndexRoundTrip(t *testing.T) {
	dir := fontDir(t)
	index := filepath.Join(t.TempDir(), "fonts.idx")
	indexed(t, dir, index)
	data, err := os.ReadFile(index)
	if err != nil {
		t.Fatal(err)
	}
	files, err := decodeIndex(data)
	if err != nil {
		t.Fatal(err)
	}
	var list []*fileRecord
	for _, f := range files {
		list = append(list, f)
	}
	if again := encodeIndex(list); !bytes.Equal(again, data) {
		t.Error("re-encoding the index gives other bytes")
	}
}

// FuzzIndex decodes arbitrary bytes as an index file: the file is in the
// user's cache directory, where anything may have written, so nothing in
// it may crash a run, and what decodes must encode back the same.
//
//	go test ./internal/fonts -run '^$' -fuzz FuzzIndex -fuzztime 10m
func FuzzIndex(f *testing.F) {
	lay := &layout{head: span{12, 54}, glyf: span{100, 2000}, cmap4: span{3000, 400}, unitsPerEm: 1000, numGlyphs: 40, numHMetrics: 40, longLoca: true}
	f.Add(encodeIndex([]*fileRecord{
		{path: "/usr/share/fonts/a.ttf", stamp: fileStamp{5192076, 1700000000000000000}, faces: []faceRecord{
			{index: 0, info: faceInfo{names: []string{"AR PL SungtiL GB", "文鼎ＰＬ简报宋"}, postScript: "BousungEG-Light-GB", regular: true, trueType: true, embeddable: true}, lay: lay},
		}},
		{path: "/usr/share/fonts/b.otf", stamp: fileStamp{10, -1}},
	}))
	f.Add([]byte(indexMagic))
	f.Fuzz(func(t *testing.T, data []byte) {
		files, err := decodeIndex(data)
		if err != nil {
			return
		}
		var list []*fileRecord
		for _, r := range files {
			list = append(list, r)
		}
		again, err := decodeIndex(encodeIndex(list))
		if err != nil || len(again) != len(files) {
			t.Fatalf("an index that decoded does not decode after encoding: %v", err)
		}
	})
}
