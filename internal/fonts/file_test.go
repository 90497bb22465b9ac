package fonts

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// TestFontFileMustBeRegular: a font named on the command line is read only
// if it is a regular file of a plausible size. A device would be read
// forever (--font-body /dev/zero), opening a FIFO blocks until something
// writes to it, and every refusal is in Chinese.
func TestFontFileMustBeRegular(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty.ttf")
	if err := os.WriteFile(empty, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	huge := filepath.Join(dir, "huge.ttf")
	if f, err := os.Create(huge); err != nil {
		t.Fatal(err)
	} else {
		// Sparse: no disk space, but the size a reader would see.
		if err := f.Truncate(maxFontFile + 1); err != nil {
			t.Fatal(err)
		}
		f.Close()
	}
	tests := []struct {
		name, path, want string
	}{
		{"missing", filepath.Join(dir, "nope.ttf"), "找不到字体文件"},
		{"directory", dir, "是一个目录"},
		{"empty", empty, "是空的"},
		{"too large", huge, "超过了 1024 MB 的上限"},
		{"missing face", filepath.Join(dir, "nope.ttc") + "#3", "找不到字体文件"},
	}
	if fifo := makeFIFO(t, filepath.Join(dir, "fifo.ttf")); fifo != "" {
		tests = append(tests,
			struct{ name, path, want string }{"fifo", fifo, "不是普通文件"},
			struct{ name, path, want string }{"device", "/dev/zero", "不是普通文件"},
		)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			done := make(chan error, 1)
			go func() {
				_, err := Load(Options{Faces: map[Face]string{FangSong: tt.path}, NoSystemFonts: true})
				done <- err
			}()
			var err error
			select {
			case err = <-done:
			case <-time.After(10 * time.Second):
				t.Fatal("Load did not return: it is blocked reading the file")
			}
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("err = %v, want one saying %q", err, tt.want)
			}
			checkChinese(t, err.Error(), tt.path)
		})
	}
}

// englishWord is a run of Latin letters; identifiers a message may hold
// are listed in allowedWords.
var englishWord = regexp.MustCompile(`[A-Za-z]{2,}`)

var allowedWords = map[string]bool{
	"TrueType": true, "OpenType": true, "CFF": true, "PostScript": true, "PDF": true,
	"ttf": true, "ttc": true, "MB": true, "Windows": true, "Unicode": true, "cmap": true,
	"glyf": true, "head": true, "hhea": true, "maxp": true, "hmtx": true, "loca": true,
	"zongjie": true, "fonts": true, "font": true, "title": true, "body": true, "hei": true, "kai": true,
	"song": true, "fangsong": true, "em": true,
}

// pathLike is a file path in a message.
var pathLike = regexp.MustCompile(`[^\s:;,，;()（）“”]*[/\\][^\s，,;；()（）“”]*`)

// checkChinese fails if msg, with the paths removed, holds an English
// word that is not an identifier.
func checkChinese(t *testing.T, msg string, paths ...string) {
	t.Helper()
	for _, p := range paths {
		msg = strings.ReplaceAll(msg, p, "")
	}
	msg = pathLike.ReplaceAllString(msg, "")
	for _, w := range englishWord.FindAllString(msg, -1) {
		if !allowedWords[w] {
			t.Errorf("English word %q in message %q", w, msg)
		}
	}
}

// TestFontErrorsAreChinese: the messages about fonts that cannot be used
// say what is wrong in Chinese.
func TestFontErrorsAreChinese(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	cff := make([]byte, 64)
	copy(cff, "OTTO")
	collection := makeCollection(t, fallbackSongData, fallbackHeiData)
	tests := []struct {
		name string
		opts Options
		want string
	}{
		{"text", Options{Faces: map[Face]string{Kai: write("notes.ttf", []byte("not a font at all"))}}, "不是 TrueType 或 OpenType 字体"},
		{"CFF", Options{Faces: map[Face]string{Kai: write("cff.otf", cff)}}, "CFF"},
		{"truncated", Options{Faces: map[Face]string{Kai: write("cut.ttf", fallbackSongData[:5000])}}, "截断"},
		{"face", Options{Faces: map[Face]string{Kai: write("pair.ttc", collection) + "#2"}}, "没有第 2 个"},
		{"family", Options{Faces: map[Face]string{Hei: "No Such Family"}, Dirs: []string{dir}, NoIndex: true}, "本机没有名为“No Such Family”"},
		{"latin", Options{Latin: filepath.Join(dir, "nope.ttf"), NoSystemFonts: true}, "数字和西文字体"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.opts.NoSystemFonts = tt.opts.Dirs == nil
			_, err := Load(tt.opts)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("err = %v, want one saying %q", err, tt.want)
			}
			checkChinese(t, strings.ReplaceAll(err.Error(), "No Such Family", ""), dir)
		})
	}
	if _, err := ParseFace("comic"); err == nil || !strings.Contains(err.Error(), "没有“comic”这种字体") {
		t.Errorf("ParseFace: %v", err)
	}
}
