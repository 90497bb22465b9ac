package pdfobj

import (
	"bytes"
	"compress/zlib"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"zongjie/internal/fonts"
)

// TestCompressChunks: streams longer than a chunk, cut at chunk
// boundaries and compressed in parallel, inflate to their data with any
// zlib reader, and the bytes do not depend on the number of processors.
func TestCompressChunks(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	font, err := os.ReadFile(filepath.Join("..", "..", "..", "fonts", "fallback", "gbsn00lp.ttf"))
	if err != nil {
		t.Fatal(err)
	}
	random := make([]byte, 3*chunkSize+17)
	for i := range random {
		random[i] = byte(rng.UintN(256))
	}
	inputs := map[string][]byte{
		"empty":        nil,
		"small":        []byte("BT /F1 16 Tf 1 0 0 1 79.37 716.453 Tm (abc) Tj ET\n"),
		"one chunk":    font[:chunkSize],
		"chunk plus 1": font[:chunkSize+1],
		"font":         font[:5*chunkSize/2],
		"random":       random,
	}
	packed := func(procs int) map[string][]byte {
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
		var streams []*stream
		names := []string{}
		for name, data := range inputs {
			streams = append(streams, &stream{data: data})
			names = append(names, name)
		}
		compress(streams)
		out := map[string][]byte{}
		for i, s := range streams {
			var b bytes.Buffer
			s.writeTo(&b)
			if b.Len() != s.size() {
				t.Errorf("%s: size %d, wrote %d", names[i], s.size(), b.Len())
			}
			out[names[i]] = b.Bytes()
		}
		return out
	}
	one, many := packed(1), packed(4)
	for name, data := range inputs {
		if !bytes.Equal(one[name], many[name]) {
			t.Errorf("%s: bytes differ between 1 and 4 processors", name)
		}
		r, err := zlib.NewReader(bytes.NewReader(one[name]))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		got, err := io.ReadAll(r)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if !bytes.Equal(got, data) {
			t.Errorf("%s: inflates to %d bytes that differ from the %d written", name, len(got), len(data))
		}
	}
}

// TestFontIndexSameBytes: a PDF set in installed fonts is the same bytes
// whether the fonts were read from their files, found through a new font
// index or opened from an index written by an earlier run.
func TestFontIndexSameBytes(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"gbsn00lp.ttf", "DroidSansFallbackFull.ttf"} {
		data, err := os.ReadFile(filepath.Join("..", "..", "..", "fonts", "fallback", name))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	index := filepath.Join(t.TempDir(), "fonts.idx")
	pdf := func(opts fonts.Options) []byte {
		opts.Dirs = []string{dir}
		s, err := fonts.Load(opts)
		if err != nil {
			t.Fatal(err)
		}
		song, hei := s.Face(fonts.Song), s.Face(fonts.Hei)
		if song.Source != filepath.Join(dir, "gbsn00lp.ttf") || hei.Source != filepath.Join(dir, "DroidSansFallbackFull.ttf") {
			t.Fatalf("fonts from %s and %s, not from %s", song.Source, hei.Source, dir)
		}
		return write(t, documentWith(song, hei))
	}
	without := pdf(fonts.Options{NoIndex: true})
	cold := pdf(fonts.Options{IndexPath: index})
	if _, err := os.Stat(index); err != nil {
		t.Fatalf("no index written: %v", err)
	}
	warm := pdf(fonts.Options{IndexPath: index})
	if !bytes.Equal(without, cold) || !bytes.Equal(without, warm) {
		t.Error("the font index changes the PDF bytes")
	}
}
