package pdf

import (
	"bytes"
	"errors"
	"sync"
	"testing"
	"time"

	"zongjie/internal/doc"
	"zongjie/internal/doc/doctest"
	"zongjie/internal/fonts"
	"zongjie/internal/hostile"
)

// fuzzWriter is the writer FuzzPDF uses, with the embedded fonts, loaded
// once per process.
var fuzzWriter = sync.OnceValues(func() (*Writer, error) {
	return New(Options{Fonts: fonts.Options{NoSystemFonts: true}})
})

// FuzzPDF writes documents decoded from arbitrary bytes (doctest.Decode;
// seeded from the test documents and every example report, whole and by
// section) as PDF with the embedded fonts and checks that it never panics
// and either refuses because some character has no glyph in a font, which
// the error then must name, writing nothing, or gives a complete file
// (%PDF- header, %%EOF trailer) whose layout drew the document's whole
// text, in order.
//
//	go test ./internal/render/pdf -run '^$' -fuzz FuzzPDF -fuzztime 10m
func FuzzPDF(f *testing.F) {
	for _, seed := range doctest.Seeds(f) {
		f.Add(seed)
	}
	f.Add([]byte("M(title) \\\x1f)\x1f\x1f\n0\x1f<script>) Tj (\n" +
		"P\x1f{{ .X }} \x1c1粗\x1c0 ) /Type /Page %%EOF\x1e\\(\n" +
		"TNL\x1f\x1d\x1e1\x1d一个很长的单元格文字一个很长的单元格文字一个很长的单元格文字\n"))
	w, err := fuzzWriter()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		defer hostile.Watchdog(20 * time.Second)()
		d := doctest.Decode(data)
		var out bytes.Buffer
		if err := w.Write(&out, d); err != nil {
			var me *missingError
			if !errors.As(err, &me) {
				t.Fatalf("Write: %v", err)
			}
			for _, r := range me.runes {
				if !lacksGlyph(w.Fonts(), string(r)) && !unicodeControl(r) {
					t.Fatalf("Write: %v, but U+%04X has a glyph", err, r)
				}
			}
			if out.Len() != 0 {
				t.Fatal("Write wrote bytes despite the error")
			}
			return
		}
		if err := checkPDF(out.Bytes()); err != "" {
			t.Fatal(err)
		}
		pages, err := w.layout(d)
		if err != nil {
			t.Fatal(err)
		}
		// Text no format carries is dropped (doc.CleanText).
		if got, want := drawnText(pages), expectedText(doctest.MapText(d, doc.CleanText)); got != want {
			t.Fatalf("drawn text differs %s", firstDiff(got, want))
		}
	})
}

// unicodeControl reports whether r is a control character, which no font
// has either.
func unicodeControl(r rune) bool {
	return r < 0x20 || (r >= 0x7f && r < 0xa0)
}

// checkPDF returns what is wrong with a PDF file's framing, or "".
func checkPDF(data []byte) string {
	if !bytes.HasPrefix(data, []byte("%PDF-")) {
		return "output does not start with %PDF-"
	}
	if !bytes.HasSuffix(bytes.TrimRight(data, "\r\n"), []byte("%%EOF")) {
		return "output does not end with %%EOF"
	}
	if !bytes.Contains(data, []byte("startxref")) {
		return "output has no startxref"
	}
	return ""
}

// TestCheckPDF shows that checkPDF tells a framed file from a cut one.
func TestCheckPDF(t *testing.T) {
	tests := []struct {
		data string
		ok   bool
	}{
		{"%PDF-1.4\n1 0 obj\nendobj\nstartxref\n9\n%%EOF\n", true},
		{"%PDF-1.4\n1 0 obj\nendobj\nstartx", false},
		{"<html>", false},
	}
	for _, tt := range tests {
		if got := checkPDF([]byte(tt.data)); (got == "") != tt.ok {
			t.Errorf("checkPDF(%q) = %q, want ok=%v", tt.data, got, tt.ok)
		}
	}
}
