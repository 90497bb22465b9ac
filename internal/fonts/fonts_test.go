package fonts

import (
	"bytes"
	"encoding/binary"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"golang.org/x/image/font/sfnt"
)

func embeddedData(t *testing.T, face Face) []byte {
	t.Helper()
	if face == Hei {
		return fallbackHeiData
	}
	return fallbackSongData
}

// makeCollection builds a .ttc holding the given fonts, sharing nothing,
// the way a collection file is laid out.
func makeCollection(t *testing.T, fonts ...[]byte) []byte {
	t.Helper()
	head := 12 + 4*len(fonts)
	var dirs [][]byte
	var tables []byte
	dirSize := 0
	for _, f := range fonts {
		d, err := readDirectory(byteReader(f), 0)
		if err != nil {
			t.Fatal(err)
		}
		dirSize += 12 + 16*len(d.tables)
	}
	tableBase := head + dirSize
	for _, f := range fonts {
		d, _ := readDirectory(byteReader(f), 0)
		dir := make([]byte, 12+16*len(d.tables))
		copy(dir, f[:12])
		for i, tb := range d.tables {
			e := dir[12+16*i:]
			copy(e, tb.tag)
			binary.BigEndian.PutUint32(e[4:], tb.checksum)
			binary.BigEndian.PutUint32(e[8:], uint32(tableBase+len(tables)))
			binary.BigEndian.PutUint32(e[12:], tb.length)
			tables = append(tables, f[tb.offset:tb.offset+tb.length]...)
			for len(tables)%4 != 0 {
				tables = append(tables, 0)
			}
		}
		dirs = append(dirs, dir)
	}
	out := make([]byte, head)
	copy(out, "ttcf")
	binary.BigEndian.PutUint32(out[4:], 0x00010000)
	binary.BigEndian.PutUint32(out[8:], uint32(len(fonts)))
	off := head
	for i, d := range dirs {
		binary.BigEndian.PutUint32(out[12+4*i:], uint32(off))
		off += len(d)
	}
	for _, d := range dirs {
		out = append(out, d...)
	}
	return append(out, tables...)
}

func TestExtractFaceFromCollection(t *testing.T) {
	song, hei := embeddedData(t, Song), embeddedData(t, Hei)
	ttc := makeCollection(t, song, hei)
	if n, err := FaceCount(ttc); err != nil || n != 2 {
		t.Fatalf("FaceCount = %d, %v; want 2", n, err)
	}
	tests := []struct {
		face   int
		family string
		orig   []byte
	}{
		{0, "AR PL SungtiL GB", song},
		{1, "Droid Sans Fallback", hei},
	}
	for _, tt := range tests {
		data, err := ExtractFace(ttc, tt.face)
		if err != nil {
			t.Fatal(err)
		}
		f, err := Parse(data, "test.ttc")
		if err != nil {
			t.Fatalf("face %d: %v", tt.face, err)
		}
		if checksum(data) != 0xB1B0AFBA {
			t.Errorf("face %d: whole-font checksum %#x, want 0xB1B0AFBA", tt.face, checksum(data))
		}
		// An independent parser must read the rebuilt font too.
		if _, err := sfnt.Parse(data); err != nil {
			t.Errorf("face %d: the extracted font is not valid: %v", tt.face, err)
		}
		if f.Family != tt.family {
			t.Errorf("face %d family %q, want %q", tt.face, f.Family, tt.family)
		}
		orig, _ := Parse(tt.orig, "orig")
		for _, r := range "中国工会，。2013年“”" {
			g1, ok1 := f.Glyph(r)
			g2, ok2 := orig.Glyph(r)
			if g1 != g2 || ok1 != ok2 || f.Advance(r) != orig.Advance(r) {
				t.Errorf("face %d %q: glyph %d/%v advance %v, original %d/%v %v", tt.face, r, g1, ok1, f.Advance(r), g2, ok2, orig.Advance(r))
			}
		}
	}
	if _, err := ExtractFace(ttc, 2); err == nil {
		t.Error("face 2 of a 2-face collection: no error")
	}
	if data, err := ExtractFace(song, 0); err != nil || !bytes.Equal(data, song) {
		t.Error("face 0 of a plain font is not the font itself")
	}
}

func TestEmbeddedFallbacks(t *testing.T) {
	tests := []struct {
		face    Face
		family  string
		has     string
		lacks   string
		advance map[rune]float64
	}{
		{FangSong, "AR PL SungtiL GB", "中华全国总工会，。、“”（）0123456789%ABC—", "\uE000", map[rune]float64{'中': 1, '，': 1, '0': 0.5}},
		{Hei, "Droid Sans Fallback", "中华全国总工会，。、（）", "0123456789“”", map[rune]float64{'中': 1}},
	}
	for _, tt := range tests {
		f, err := Embedded(tt.face)
		if err != nil {
			t.Fatal(err)
		}
		if f.Family != tt.family {
			t.Errorf("%v: family %q, want %q", tt.face, f.Family, tt.family)
		}
		for _, r := range tt.has {
			if !f.Has(r) {
				t.Errorf("%s lacks %q", f.Family, r)
			}
		}
		for _, r := range tt.lacks {
			if f.Has(r) {
				t.Errorf("%s unexpectedly has %q", f.Family, r)
			}
		}
		for r, want := range tt.advance {
			if got := f.Advance(r); got != want {
				t.Errorf("%s advance of %q = %v, want %v", f.Family, r, got, want)
			}
		}
	}
}

func TestLoadWithoutInstalledFonts(t *testing.T) {
	s, err := Load(Options{NoSystemFonts: true})
	if err != nil {
		t.Fatal(err)
	}
	if s.Latin() != nil {
		t.Errorf("Latin font %v found with system fonts off", s.Latin())
	}
	tests := []struct {
		face   Face
		r      rune
		family string
	}{
		{FangSong, '中', "AR PL SungtiL GB"},
		{Song, '2', "AR PL SungtiL GB"},
		{Kai, '，', "AR PL SungtiL GB"},
		{Hei, '中', "Droid Sans Fallback"},
		{Hei, '1', "AR PL SungtiL GB"}, // Droid has no digits
		{Hei, '“', "AR PL SungtiL GB"}, // nor curly quotes
	}
	for _, tt := range tests {
		f := s.For(tt.face, tt.r)
		if f == nil || f.Family != tt.family {
			t.Errorf("For(%v, %q) = %v, want %s", tt.face, tt.r, f, tt.family)
		}
	}
	if f := s.For(FangSong, '\uE000'); f != nil {
		t.Errorf("For(private use) = %v, want nil", f)
	}

}

// fontDir writes the embedded fonts into a directory as installed files:
// the 宋体 as a plain .ttf, the sans font inside a collection.
func fontDir(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	song, hei := embeddedData(t, Song), embeddedData(t, Hei)
	if err := os.MkdirAll(filepath.Join(dir, "sub"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "song.ttf"), song, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "sub", "pair.TTC"), makeCollection(t, hei, song), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("not a font"), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestLoadFindsInstalledFonts(t *testing.T) {
	dir := fontDir(t)
	s, err := Load(Options{Dirs: []string{dir}, NoSystemFonts: true, NoIndex: true})
	if err != nil {
		t.Fatal(err)
	}
	want := map[Face]string{
		Song:     filepath.Join(dir, "song.ttf"), // path order: song.ttf < sub/pair.TTC#1
		FangSong: filepath.Join(dir, "song.ttf"),
		Kai:      "embedded:gbsn00lp.ttf", // no 楷体 installed
		Hei:      filepath.Join(dir, "sub", "pair.TTC"),
	}
	for face, src := range want {
		if got := s.Face(face).Source; got != src {
			t.Errorf("%v from %s, want %s", face, got, src)
		}
	}
	if s.Face(Song) != s.Face(FangSong) {
		t.Error("one file loaded twice for two faces")
	}
}

func TestLoadNamedFonts(t *testing.T) {
	dir := fontDir(t)
	pair := filepath.Join(dir, "sub", "pair.TTC")
	tests := []struct {
		name    string
		opts    Options
		face    Face
		source  string
		wantErr string
	}{
		{"file", Options{Faces: map[Face]string{Kai: filepath.Join(dir, "song.ttf")}, NoSystemFonts: true}, Kai, filepath.Join(dir, "song.ttf"), ""},
		{"collection face 0", Options{Faces: map[Face]string{Song: pair}, NoSystemFonts: true}, Song, pair, ""},
		{"collection face 1", Options{Faces: map[Face]string{Hei: pair + "#1"}, NoSystemFonts: true}, Hei, pair + "#1", ""},
		{"family", Options{Faces: map[Face]string{FangSong: "droid sans fallback"}, Dirs: []string{dir}, NoIndex: true}, FangSong, pair, ""},
		{"missing file", Options{Faces: map[Face]string{Kai: filepath.Join(dir, "nope.ttf")}}, Kai, "", "nope.ttf"},
		{"unknown family", Options{Faces: map[Face]string{Kai: "楷体_GB2312"}, Dirs: []string{dir}, NoIndex: true}, Kai, "", "楷体_GB2312"},
		{"not a font", Options{Faces: map[Face]string{Kai: filepath.Join(dir, "notes.txt")}}, Kai, "", "不是 TrueType"},
		{"Latin file", Options{Latin: filepath.Join(dir, "song.ttf"), NoSystemFonts: true}, -1, filepath.Join(dir, "song.ttf"), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := Load(tt.opts)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err = %v, want one mentioning %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			f := s.Latin()
			if tt.face >= 0 {
				f = s.Face(tt.face)
			}
			if f == nil || f.Source != tt.source {
				t.Errorf("font %v, want from %s", f, tt.source)
			}
		})
	}
}

func TestParseRejectsUnusableFonts(t *testing.T) {
	cff := make([]byte, 12)
	copy(cff, "OTTO")
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"CFF outlines", cff, "CFF"},
		{"not a font", []byte("hello, world"), "不是 TrueType"},
		{"empty", nil, "不是 TrueType"},
		{"truncated", fallbackSongData[:100], "截断"},
	}
	for _, tt := range tests {
		if _, err := Parse(tt.data, tt.name); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: err = %v, want one mentioning %q", tt.name, err, tt.want)
		}
	}
}

func TestIsLatin(t *testing.T) {
	for r, want := range map[rune]bool{'0': true, 'A': true, '%': true, ' ': true, 'é': true, '中': false, '，': false, '“': false, '—': false, '·': false, '×': false} {
		if got := IsLatin(r); got != want {
			t.Errorf("IsLatin(%q) = %v, want %v", r, got, want)
		}
	}
}

func TestParseFace(t *testing.T) {
	for in, want := range map[string]Face{"song": Song, "宋体": Song, "FangSong": FangSong, "仿宋": FangSong, "hei": Hei, "黑体": Hei, "kai": Kai, " 楷体 ": Kai} {
		if got, err := ParseFace(in); err != nil || got != want {
			t.Errorf("ParseFace(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	if _, err := ParseFace("comic"); err == nil {
		t.Error("ParseFace(comic): no error")
	}
}

func TestConfigOptions(t *testing.T) {
	o := Config{FangSong: " /fonts/simfang.ttf ", Hei: "SimHei", Latin: "none", Dirs: []string{"/opt/fonts"}}.Options()
	if o.Faces[FangSong] != "/fonts/simfang.ttf" || o.Faces[Hei] != "SimHei" || len(o.Faces) != 2 {
		t.Errorf("faces %v", o.Faces)
	}
	if o.Latin != "none" || len(o.Dirs) == 0 || o.Dirs[0] != "/opt/fonts" {
		t.Errorf("latin %q dirs %v", o.Latin, o.Dirs)
	}
}

// TestGlyphConcurrent: goroutines sharing a font (a batch run) get the
// glyphs a lookup in the cmap gives, whatever they look up in between.
func TestGlyphConcurrent(t *testing.T) {
	f, err := Parse(fallbackSongData, "song")
	if err != nil {
		t.Fatal(err)
	}
	text := []rune("永嘉县教育工会2013年工作总结：入会率64.5%，“职工之家”（一）—— ABCxyz\U0001F600")
	want := make([]uint16, len(text))
	for i, r := range text {
		want[i] = f.bmp.lookup(r)
		if r > 0xFFFF {
			want[i] = f.full.lookup(r)
		}
		if int(want[i]) >= f.numGlyphs {
			want[i] = 0
		}
	}
	var wg sync.WaitGroup
	for w := range 4 {
		wg.Go(func() {
			for n := range 2000 {
				i := (n*7 + w) % len(text)
				// Runes that share a cache slot with text[i] in between.
				f.Glyph(text[i] + rune(len(f.recent)))
				if g, _ := f.Glyph(text[i]); g != want[i] {
					t.Errorf("%q: glyph %d, want %d", text[i], g, want[i])
					return
				}
			}
		})
	}
	wg.Wait()
	if _, ok := f.Glyph(0x110000 + '工'); ok {
		t.Error("a rune beyond Unicode has a glyph")
	}
}
