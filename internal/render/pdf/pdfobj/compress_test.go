package pdfobj

import (
	"bytes"
	"compress/zlib"
	"hash/adler32"
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

// TestAdler32Combine: the checksum of a stream put together from its
// chunks' checksums is the checksum of the whole.
func TestAdler32Combine(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	data := make([]byte, 300000)
	for i := range data {
		data[i] = byte(rng.UintN(256))
	}
	for _, cut := range []int{0, 1, 65521, 131072, 299999, 300000} {
		a, b := data[:cut], data[cut:]
		if got, want := adler32Combine(adler32.Checksum(a), adler32.Checksum(b), len(b)), adler32.Checksum(data); got != want {
			t.Errorf("cut at %d: %08x, want %08x", cut, got, want)
		}
	}
	for range 1000 {
		n := rng.IntN(200)
		a, b := data[:n], data[n:n+rng.IntN(70000)]
		whole := append(append([]byte(nil), a...), b...)
		if adler32Combine(adler32.Checksum(a), adler32.Checksum(b), len(b)) != adler32.Checksum(whole) {
			t.Fatalf("lengths %d + %d", len(a), len(b))
		}
	}
}
