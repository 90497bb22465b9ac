package fonts

import (
	"bytes"
	"compress/gzip"
	"embed"
	"fmt"
	"io"
	"sync"

	"zongjie/internal/render/style"
)

// The embedded fallback fonts, so that a report can be written on a machine
// with no Chinese fonts installed. Both are stored gzip-compressed (about
// 4.5 MB together; 9.2 MB unpacked) with their licences in fallback/:
//
//   - gbsn00lp.ttf: "AR PL SungtiL GB" (文鼎PL简报宋), a 宋体 covering GB2312
//     and ASCII, Arphic Public License (redistribution allowed).
//     It stands in for 宋体, 仿宋 and 楷体.
//   - DroidSansFallbackFull.ttf: "Droid Sans Fallback", a sans-serif CJK
//     font, Apache License 2.0. It stands in for 黑体 (it has no ASCII
//     digits; those come from the Latin font or the 宋体 fallback).
//
//go:embed fallback/gbsn00lp.ttf.gz fallback/DroidSansFallbackFull.ttf.gz
var fallbackFS embed.FS

// Embedded fallback file names.
const (
	fallbackSong = "gbsn00lp.ttf"
	fallbackHei  = "DroidSansFallbackFull.ttf"
)

// fallbackFor maps a face to its embedded stand-in.
func fallbackFor(f style.Face) string {
	if f == style.Hei {
		return fallbackHei
	}
	return fallbackSong
}

// embedded caches the parsed fallback fonts for the whole process: they are
// unpacked and parsed at most once, however many Sets use them.
var embedded struct {
	mu    sync.Mutex
	fonts map[string]*Font
}

// Embedded returns the built-in fallback font for a face, unpacking and
// parsing it on first use.
func Embedded(f style.Face) (*Font, error) {
	return embeddedFont(fallbackFor(f))
}

func embeddedFont(name string) (*Font, error) {
	embedded.mu.Lock()
	defer embedded.mu.Unlock()
	if font, ok := embedded.fonts[name]; ok {
		return font, nil
	}
	gz, err := fallbackFS.ReadFile("fallback/" + name + ".gz")
	if err != nil {
		return nil, err
	}
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return nil, fmt.Errorf("embedded %s: %w", name, err)
	}
	data, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("embedded %s: %w", name, err)
	}
	font, err := Parse(data, "embedded:"+name)
	if err != nil {
		return nil, err
	}
	if embedded.fonts == nil {
		embedded.fonts = map[string]*Font{}
	}
	embedded.fonts[name] = font
	return font, nil
}
