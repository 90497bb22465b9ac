package cli

import (
	"fmt"
	"io"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// visible returns s with every character that could act on a terminal
// shown instead of sent: C0 control characters (ESC, BEL, backspace,
// carriage return…) as their Unicode pictures (␛ ␇ ␈ ␍), DEL as ␡, C1
// controls and invisible format characters (the bidi overrides U+202E and
// U+2066–U+2069, zero-width spaces, line separators) as <U+202E>, and bytes
// that are not UTF-8 as <0x9B> (some terminals take 0x9B for an escape).
// Line breaks and tabs stay. Text from data files reaches a terminal
// through messages (check, batch), the metrics table and reports printed to
// the screen: an escape sequence in a unit's name must show as text, not
// retitle the window, clear the screen or reverse a line.
func visible(s string) string {
	if !needsEscape(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 16)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			fmt.Fprintf(&b, "<0x%02X>", s[i])
			i++
			continue
		}
		writeVisible(&b, r)
		i += size
	}
	return b.String()
}

// needsEscape reports whether visible would change s.
func needsEscape(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 && c != '\n' && c != '\t' || c == 0x7f {
			return true
		}
		if c >= 0x80 {
			for _, r := range s[i:] {
				if r == utf8.RuneError || hidden(r) {
					return true
				}
			}
			return false
		}
	}
	return false
}

// hidden reports whether r, not ASCII, must be shown by its code.
func hidden(r rune) bool {
	return unicode.IsControl(r) || unicode.In(r, unicode.Cf, unicode.Zl, unicode.Zp)
}

func writeVisible(b *strings.Builder, r rune) {
	switch {
	case r == '\n' || r == '\t':
		b.WriteRune(r)
	case r < 0x20:
		b.WriteRune(0x2400 + r)
	case r == 0x7f:
		b.WriteRune('␡')
	case r >= 0x80 && hidden(r):
		fmt.Fprintf(b, "<U+%04X>", r)
	default:
		b.WriteRune(r)
	}
}

// safeWriter passes what is written through visible. A character split
// across two writes is held back until its rest arrives (Flush sends what
// is held at the end).
type safeWriter struct {
	mu      sync.Mutex
	w       io.Writer
	pending []byte
}

func newSafeWriter(w io.Writer) *safeWriter { return &safeWriter{w: w} }

// Write implements io.Writer.
func (s *safeWriter) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	data := p
	if len(s.pending) > 0 {
		data = append(s.pending, p...)
		s.pending = nil
	}
	// Hold back an incomplete character at the end.
	cut := len(data)
	for k := 1; k <= utf8.UTFMax-1 && k <= len(data); k++ {
		c := data[len(data)-k]
		if c < 0x80 {
			break
		}
		if utf8.RuneStart(c) {
			if !utf8.FullRune(data[len(data)-k:]) {
				cut = len(data) - k
			}
			break
		}
	}
	s.pending = append(s.pending, data[cut:]...)
	if _, err := io.WriteString(s.w, visible(string(data[:cut]))); err != nil {
		return 0, err
	}
	return len(p), nil
}

// Flush writes a held-back incomplete character, escaped.
func (s *safeWriter) Flush() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.pending) == 0 {
		return nil
	}
	_, err := io.WriteString(s.w, visible(string(s.pending)))
	s.pending = nil
	return err
}
