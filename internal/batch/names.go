package batch

import (
	"fmt"
	"path/filepath"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Namer hands out output paths in one directory, one per report, made from
// the report's name (a file's base name, a group or unit name) by SafeName.
// A name already given out (ignoring case, as Windows and macOS do) gets a
// number: 枫林学区(2).pdf.
type Namer struct {
	dir, ext string
	used     map[string]bool
}

// NewNamer returns a Namer for files with extension ext (".pdf") in dir.
func NewNamer(dir, ext string) *Namer {
	return &Namer{dir: dir, ext: ext, used: map[string]bool{}}
}

// Path returns a fresh output path for name.
func (n *Namer) Path(name string) string {
	base := SafeName(name)
	file := base + n.ext
	for i := 2; n.used[strings.ToLower(file)]; i++ {
		file = fmt.Sprintf("%s(%d)%s", base, i, n.ext)
	}
	n.used[strings.ToLower(file)] = true
	return filepath.Join(n.dir, file)
}

// MaxBaseBytes bounds the length of a name SafeName returns, in bytes of
// UTF-8 (60 Chinese characters). With a numbering suffix, an extension and
// the temporary name an atomic write uses beside it, the file name stays
// within the 255 bytes file systems allow.
const MaxBaseBytes = 180

// SafeName makes name usable as a file name on Linux, Windows and macOS:
//
//   - path separators, the characters Windows reserves (:*?"<>|), control
//     characters and invisible format characters (bidi overrides such as
//     U+202E, which can make 报告\u202Efdp.exe show as 报告exe.pdf,
//     zero-width spaces, line separators) become "_";
//   - surrounding spaces and dots go; an empty result becomes 报告;
//   - a name Windows reserves for a device (CON, PRN, AUX, NUL, COM1–COM9,
//     LPT1–LPT9, also before a dot: NUL.学校) gets "_" after it;
//   - a name longer than MaxBaseBytes is cut on a character boundary and
//     ends in "…".
func SafeName(name string) string {
	s := strings.Map(func(r rune) rune {
		if unsafeRune(r) {
			return '_'
		}
		return r
	}, name)
	s = strings.TrimFunc(s, func(r rune) bool { return r == '.' || unicode.IsSpace(r) })
	if s == "" {
		return "报告"
	}
	if head, rest, _ := strings.Cut(s, "."); isReservedDevice(head) {
		if rest != "" || strings.Contains(s, ".") {
			s = head + "_." + rest
		} else {
			s = head + "_"
		}
	}
	return clipName(s)
}

// unsafeRune reports whether r must not appear in a file name.
func unsafeRune(r rune) bool {
	switch {
	case r == utf8.RuneError:
		return true
	case strings.ContainsRune(`/\:*?"<>|`, r):
		return true
	case unicode.IsControl(r): // C0, DEL, C1
		return true
	case unicode.In(r, unicode.Cf, unicode.Zl, unicode.Zp): // bidi controls, zero-width, BOM, soft hyphen
		return true
	}
	return false
}

// isReservedDevice reports whether a name (the part before its first dot)
// is one Windows keeps for a device, in any case, with or without trailing
// spaces.
func isReservedDevice(head string) bool {
	h := strings.ToUpper(strings.TrimRight(head, " "))
	switch h {
	case "CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$":
		return true
	}
	if len(h) >= 4 && (strings.HasPrefix(h, "COM") || strings.HasPrefix(h, "LPT")) {
		switch h[3:] {
		case "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "¹", "²", "³":
			return true
		}
	}
	return false
}

// clipName cuts s to MaxBaseBytes on a character boundary, marking the cut.
func clipName(s string) string {
	if len(s) <= MaxBaseBytes {
		return s
	}
	const mark = "…"
	n := MaxBaseBytes - len(mark)
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return strings.TrimRight(s[:n], " .") + mark
}
