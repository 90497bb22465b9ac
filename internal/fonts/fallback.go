package fonts

import (
	_ "embed" // the fallback fonts
	"strings"
	"sync"
)

// The embedded fallback fonts, so that a report can be written on a machine
// with no Chinese fonts installed, with their licences in fallback/:
//
//   - gbsn00lp.ttf: "AR PL SungtiL GB" (文鼎PL简报宋), a 宋体 covering GB2312
//     and ASCII, Arphic Public License (redistribution allowed).
//     It stands in for 宋体, 仿宋 and 楷体.
//   - DroidSansFallbackFull.ttf: "Droid Sans Fallback", a sans-serif CJK
//     font, Apache License 2.0. It stands in for 黑体 (it has no ASCII
//     digits; those come from the Latin font or the 宋体 fallback).
//
// They are stored as they are (9.2 MB of the binary), not compressed: the
// program reads them in place, and a PDF touches only the few hundred
// glyphs it draws, where unpacking them cost about 100 ms per run.
var (
	//go:embed fallback/gbsn00lp.ttf
	fallbackSongData []byte
	//go:embed fallback/DroidSansFallbackFull.ttf
	fallbackHeiData []byte
)

// Embedded fallback file names.
const (
	fallbackSong = "gbsn00lp.ttf"
	fallbackHei  = "DroidSansFallbackFull.ttf"
)

// fallbackFor maps a face to its embedded stand-in.
func fallbackFor(f Face) string {
	if f == Hei {
		return fallbackHei
	}
	return fallbackSong
}

// embedded caches the parsed fallback fonts for the whole process: they are
// parsed at most once, however many Sets use them.
var embedded struct {
	mu    sync.Mutex
	fonts map[string]*Font
}

// Embedded returns the built-in fallback font for a face, parsing it on
// first use.
func Embedded(f Face) (*Font, error) {
	return embeddedFont(fallbackFor(f))
}

// embeddedPrefix starts the Source of an embedded font.
const embeddedPrefix = "embedded:"

// embeddedName returns the file name of an embedded font's Source.
func embeddedName(source string) (string, bool) {
	return strings.CutPrefix(source, embeddedPrefix)
}

func embeddedFont(name string) (*Font, error) {
	embedded.mu.Lock()
	defer embedded.mu.Unlock()
	if font, ok := embedded.fonts[name]; ok {
		return font, nil
	}
	data := fallbackSongData
	if name == fallbackHei {
		data = fallbackHeiData
	}
	font, err := Parse(data, embeddedPrefix+name)
	if err != nil {
		return nil, err
	}
	if embedded.fonts == nil {
		embedded.fonts = map[string]*Font{}
	}
	embedded.fonts[name] = font
	return font, nil
}
