package cli

import (
	"bytes"
	"testing"
	"unicode"
	"unicode/utf8"
)

// FuzzVisible: whatever the bytes, visible leaves nothing a terminal acts
// on or hides, and a safeWriter fed them in two pieces cut anywhere gives
// the same text.
func FuzzVisible(f *testing.F) {
	for _, s := range []string{"", "普通文字", "\x1b]0;标题\a", "\u202e反向", "\x9b2J", "坏\xe5\x8d", "😀\u200d👍"} {
		f.Add(s, 1)
	}
	f.Fuzz(func(t *testing.T, s string, cut int) {
		v := visible(s)
		if !utf8.ValidString(v) {
			t.Fatalf("visible(%q) = %q is not UTF-8", s, v)
		}
		for _, r := range v {
			if r != '\n' && r != '\t' && (unicode.IsControl(r) || unicode.In(r, unicode.Cf, unicode.Zl, unicode.Zp)) {
				t.Fatalf("visible(%q) = %q keeps U+%04X", s, v, r)
			}
		}
		if len(s) > 0 {
			cut = (cut%len(s) + len(s)) % len(s)
		} else {
			cut = 0
		}
		var out bytes.Buffer
		w := newSafeWriter(&out)
		w.Write([]byte(s[:cut]))
		w.Write([]byte(s[cut:]))
		w.Flush()
		if out.String() != v {
			t.Fatalf("written in two pieces at %d: %q, want %q", cut, out.String(), v)
		}
	})
}

// FuzzParseSize: any value is either refused or a size from one byte to
// the ceiling; none overflows.
func FuzzParseSize(f *testing.F) {
	for _, s := range []string{"64", "200MB", "1.5GB", "8796093022208", "1e400", "-1", "0.5字节", "9999999999TB"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, err := parseSize(s)
		if err == nil && (n < 1 || n > maxSizeCeiling) {
			t.Fatalf("parseSize(%q) = %d", s, n)
		}
	})
}
